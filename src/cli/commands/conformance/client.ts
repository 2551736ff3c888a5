// `swarm conformance client`: checks an implementation's client (and its server, as a member) by running a small
// swarm of the suite's own that the implementation joins, step by step, driven by a command or by hand.
import { resolve } from 'node:path';
import { Option } from 'clipanion';
import type { ConformanceCheckResult } from '../../../../generated/types.js';
import { SwarmCommand } from '../../base.js';
import { usage } from '../../errors.js';
import { isCount } from '../option-rules.js';
import { ConformanceReportCommand } from './reporting.js';

export class ConformanceClientCommand extends ConformanceReportCommand {
  static override paths = [['conformance', 'client']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: "check an implementation's client against the protocol spec, with a swarm of the suite's own",
    details: `
      Runs a small swarm over HTTPS: a master and two members, all served by one server of the suite at
      \`https://HOST:PORT/<agent_id>\` (--listen), with a throwaway CA in \`DIR/ca.pem\` (--out) that signs the
      server's certificate. The implementation under test must trust that CA, for its client and its server alike
      (for this project's CLI: \`swarm init --ca-file DIR/ca.pem\`, or \`client.ca_file\` in its config). The CA
      (and its key, \`DIR/ca-key.pem\`, mode 0600) is kept and reused by later runs with the same --out: configure
      the implementation once. --prepare makes it and exits. Trust it only in the implementation's test setup.

      The suite creates the swarm and has the implementation join, send and leave, one step at a time, and checks
      every request it receives: the join request (WIRE.md §5.1: URL from the token's endpoint claim, the token
      exactly as the URL's token parameter holds it, a raw 32-byte key, the protocol headers), the refusal of an
      invite whose token names another swarm than its URL, every message (key order, no nulls, timestamp form,
      lower-case UUIDs, the signature over the canonical string, headers, URLs), delivery (a broadcast reaches each
      of the suite's three agents once; a 503 with Retry-After: 2 is retried no sooner, and delivered once; a 400
      is not retried) and the member_left it sends when it leaves. The implementation runs its own server: the
      suite learns its endpoint from the join request and sends to it as the swarm's master and members (member
      messages accepted, forged master actions refused, member_joined, master_transfer, kicked and
      swarm_dissolved obeyed). The run takes a few seconds plus the implementation's time.

      Steps (spec/schemas/ConformanceDriverStep.json). With --drive CMD the suite runs \`sh -c CMD\` once per step,
      with the step in these variables (added to its environment) and a time limit (--step-timeout); exit 0 says
      the step was done, anything else that it was refused or failed. The suite judges what arrives either way.

      - SWARM_CONFORMANCE_STEP: \`join\`, \`send-broadcast\`, \`send-direct\`, \`send-sealed\` or \`leave\`.
        \`send-sealed\` (a direct message with sealed content, protocol 0.2) comes only to an implementation whose
        /info lists 0.2.0; a driver that does not know a step exits 64, and the checks that need it are skipped.
      - SWARM_CONFORMANCE_INVITE (join): the swarm:// invite URL; one whose token names another swarm is refused.
      - SWARM_CONFORMANCE_CA_FILE (every step): the suite's CA, DIR/ca.pem.
      - SWARM_CONFORMANCE_SWARM_ID (every step): the suite's swarm.
      - SWARM_CONFORMANCE_TEXT (send-broadcast, send-direct, send-sealed): the message content.
      - SWARM_CONFORMANCE_RECIPIENT (send-direct, send-sealed): the agent_id to send to.

      \`join\` comes again after the implementation left or was kicked. Without --drive each step is printed to
      stderr with its variables, and the suite waits for the implementation to act. The examples below include a
      driver for another implementation.

      The suite trusts the implementation's own server certificate by the system roots and --ca-file. --only selects
      by check id or prefix (client-delivery) or requirement (DLV-RETRY-001); --list prints the checks and exits.

      Exit codes: 0 no MUST check failed (SHOULD failures are warnings unless --strict), 1 a MUST check failed,
      2 usage, 3 the suite could not listen on --listen.
    `,
    examples: [
      ['Make the CA to configure the implementation with', '$0 conformance client --out ./conformance --prepare'],
      [
        'A driver for another implementation (its server running and trusting DIR/ca.pem)',
        [
          'cat drive.sh',
          '  #!/bin/sh',
          '  set -eu',
          '  case "$SWARM_CONFORMANCE_STEP" in',
          '    join) exec myagent join "$SWARM_CONFORMANCE_INVITE" ;;',
          '    send-broadcast) exec myagent send --swarm "$SWARM_CONFORMANCE_SWARM_ID" "$SWARM_CONFORMANCE_TEXT" ;;',
          '    send-direct) exec myagent send --swarm "$SWARM_CONFORMANCE_SWARM_ID" \\',
          '      --to "$SWARM_CONFORMANCE_RECIPIENT" "$SWARM_CONFORMANCE_TEXT" ;;',
          '    send-sealed) exec myagent send --swarm "$SWARM_CONFORMANCE_SWARM_ID" \\',
          '      --to "$SWARM_CONFORMANCE_RECIPIENT" --sealed "$SWARM_CONFORMANCE_TEXT" ;;',
          '    leave) exec myagent leave --swarm "$SWARM_CONFORMANCE_SWARM_ID" ;;',
          '    *) echo "unknown step: $SWARM_CONFORMANCE_STEP" >&2; exit 64 ;;',
          '  esac',
        ].join('\n'),
      ],
      [
        'Drive it, trusting its server certificate',
        "$0 conformance client --out ./conformance --drive 'sh drive.sh' --ca-file myagent-ca.pem",
      ],
      ['By hand: each step is printed', '$0 conformance client --listen 192.0.2.10:9443 --out ./conformance'],
      [
        'Only delivery, as JUnit',
        "$0 conformance client --drive 'sh drive.sh' --only client-delivery --junit client.xml",
      ],
    ],
  });

  listen = Option.String('--listen', '127.0.0.1:0', {
    description: "HOST:PORT of the suite's server (default 127.0.0.1:0); HOST is how the implementation reaches it",
  });
  out = Option.String('--out', 'swarm-conformance', {
    description: "Folder of the suite's CA (ca.pem, kept for later runs); default ./swarm-conformance",
  });
  drive = Option.String('--drive', {
    description: 'Command run once per step (sh -c), the step in SWARM_CONFORMANCE_*',
  });
  prepare = Option.Boolean('--prepare', false, { description: 'Only make (or keep) DIR/ca.pem, print it and exit' });
  caFile = Option.String('--ca-file', { description: "Extra CA (PEM) trusted for the implementation's server" });
  stepTimeout = Option.String('--step-timeout', {
    description: 'Seconds one step may take, its requests included (default 60)',
    validator: isCount(1, 3_600),
  });
  timeoutMs = Option.String('--timeout-ms', {
    description: "Per-request timeout to the implementation's server in milliseconds (default 10000)",
    validator: isCount(1, 600_000),
  });
  only = Option.Array('--only', [], {
    description: 'Run only these checks: check id or prefix, requirement id or prefix (repeatable)',
  });
  list = Option.Boolean('--list', false, { description: 'Print the checks a run would make, and do nothing' });
  strict = Option.Boolean('--strict', false, { description: 'SHOULD failures fail the run too' });

  protected async run(): Promise<number> {
    const { planClientChecks } = await import('../../../conformance/client/runner.js');
    if (this.list) return this.printList(planClientChecks(this.only));
    const outDir = resolve(this.out);
    if (this.prepare) {
      const { prepareSuiteCa } = await import('../../../conformance/client/pki.js');
      const ca = await prepareSuiteCa(outDir);
      const when = ca.notAfter.toISOString();
      this.emit({ ca_file: ca.file, created: ca.created, not_after: when }, () => [
        `${ca.created ? 'Made' : 'Kept'} the suite's CA: ${ca.file} (valid until ${when})`,
        'Configure the implementation under test to trust it, then run without --prepare.',
      ]);
      return 0;
    }
    const [host, port] = splitHostPort(this.listen);
    const { createTransport } = await import('../../../transport/transport.js');
    const transport = createTransport({ caFile: this.caFile, timeoutMs: this.timeoutMs ?? 10_000 });
    try {
      const { commandDriver, manualDriver } = await import('../../../conformance/client/driver.js');
      const driver = this.drive ? commandDriver(this.drive) : manualDriver(this.context.stderr);
      const { runClientConformance } = await import('../../../conformance/client/runner.js');
      const progress = (text: string) => {
        if (!this.json && this.drive) this.context.stderr.write(`${text}\n`);
      };
      const report = await runClientConformance({
        host,
        port,
        outDir,
        driver,
        fetch: transport.fetch as never,
        only: this.only,
        strict: this.strict,
        stepTimeoutMs: (this.stepTimeout ?? 60) * 1000,
        target: this.drive ? `the implementation driven by ${this.drive}` : undefined,
        onReady: ({ origin, caFile }) => {
          if (!this.drive) this.context.stderr.write(`The suite listens at ${origin}; its CA is ${caFile}\n`);
        },
        onStep: (record) => {
          const { outcome } = record;
          if (outcome.manual) return;
          const how = outcome.timedOut ? 'timed out' : `exit ${outcome.exitCode}`;
          const seconds = ((record.endedAt - record.startedAt) / 1000).toFixed(1);
          progress(`step ${record.step.SWARM_CONFORMANCE_STEP}: ${how} after ${seconds} s (${record.label})`);
        },
        onResult: (result: ConformanceCheckResult) => {
          if (result.status === 'failed') progress(`${result.level === 'MUST' ? 'FAIL' : 'WARN'} ${result.id}`);
        },
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
          throw this.error('PEER_UNREACHABLE', `Cannot listen on ${this.listen}: ${error.message}`);
        }
        throw error;
      });
      return this.present(report);
    } finally {
      await transport.close();
    }
  }

  private printList(planned: ReturnType<typeof import('../../../conformance/client/runner.js').planClientChecks>) {
    const rows = planned.map(({ check, section }) => ({
      id: check.id,
      section: section.id,
      requirement: check.requirement,
      also: check.also ?? [],
      category: check.category,
      expected: check.expected,
      steps: 'stages' in check ? [...check.stages] : [],
    }));
    this.emit({ checks: rows }, () => [
      ...rows.map((row) => `${row.id} [${row.requirement}] ${row.category}: ${row.expected}`),
      `${rows.length} checks`,
    ]);
    return 0;
  }
}

function splitHostPort(text: string): [string, number] {
  const at = text.lastIndexOf(':');
  const port = Number(text.slice(at + 1));
  const host = text.slice(0, at).replace(/^\[(.*)\]$/, '$1');
  if (at <= 0 || host === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw usage(`--listen must be HOST:PORT, got ${text}`);
  }
  if (host === '0.0.0.0' || host === '::') {
    throw usage(`--listen ${text}: give the address the implementation reaches the suite at, not a wildcard`);
  }
  return [host, port];
}
