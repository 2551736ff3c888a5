// `swarm conformance server URL`: checks an agent's server (any implementation) against spec/, as a stranger and,
// given an invite, as members of one of its swarms. `swarm conformance URL` is the same command.
import { Option } from 'clipanion';
import type { ConformanceCheckResult } from '../../../../generated/types.js';
import { SwarmCommand } from '../../base.js';
import { usage } from '../../errors.js';
import { isCount } from '../option-rules.js';
import { ConformanceReportCommand } from './reporting.js';

export class ConformanceServerCommand extends ConformanceReportCommand {
  static override paths = [['conformance', 'server'], ['conformance']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: "check an agent's server against the protocol spec, as a stranger and as a member",
    details: `
      Sends an agent (ours, the reference, or any other implementation) the requests of the conformance suite and
      judges each answer against spec/. Every check cites the requirement it exercises, its level (MUST, SHOULD,
      MAY) and what a failure means: \`security\` (accepted what must be refused), \`correctness\` (the wrong code
      or effect) or \`format\` (the right decision in the wrong shape).

      Without --invite only the stranger checks run (health, identity, refusals before membership), and the member
      checks are listed as skipped with the reason. With --invite (issued by the operator of the agent under
      test, for a swarm that admits without approval, with uses for at least three joins and a dozen re-joins), the
      suite joins fresh identities of its own and checks signatures, timestamps and the replay window, envelopes,
      membership, joins and invite tokens, and the authority rules of system messages; then it fuzzes signed
      messages. At the end every identity it joined leaves with a signed member_left, and the report says what
      it left behind (messages it sent start with \`swarm-conformance:\`).

      --single-use-invite (repeatable, each a \`max_uses: 1\` invite) enables the redemption race;
      --expired-invite, --revoked-invite and --approval-invite the checks only such invites allow; --listen with
      --advertise gives the identities a live endpoint, for checks that need the agent to deliver to them.
      --rate-limits adds the slow rate-limit checks. A 429 is waited out as its Retry-After says (up to
      --max-wait) and never judged as a failure of another check.

      --only selects by requirement id or prefix (MSG-SIG, SYS-AUTH-001) or by check id or prefix
      (signature.tampered); --list prints the checks a run would make, with what each needs, and sends nothing.

      Certificates are always verified: give a private CA with --ca-file.

      Exit codes: 0 no MUST check failed (SHOULD failures are warnings unless --strict), 1 a MUST check failed,
      2 usage, 3 the agent could not be reached.
    `,
    examples: [
      ['Check an agent as a stranger', '$0 conformance https://agent.example.com/swarm'],
      [
        'As a member, with a single-use invite for the race',
        "$0 conformance server https://agent.example.com/swarm --invite 'swarm://…' --single-use-invite 'swarm://…'",
      ],
      [
        'Only the signature checks, as JUnit for CI',
        "$0 conformance server URL --invite 'swarm://…' --only MSG-SIG --junit report.xml",
      ],
      ['List the checks without sending anything', '$0 conformance server --list'],
    ],
  });

  endpoint = Option.String({ required: false, name: 'endpoint' });
  invite = Option.String('--invite', {
    description: "An invite to one of the agent's swarms (swarm://…), for the member checks",
  });
  singleUseInvites = Option.Array('--single-use-invite', [], {
    description: 'An unused max_uses 1 invite for the redemption race (repeatable)',
  });
  expiredInvite = Option.String('--expired-invite', { description: 'An invite whose expiry has passed' });
  revokedInvite = Option.String('--revoked-invite', { description: 'An invite its issuer revoked' });
  approvalInvite = Option.String('--approval-invite', {
    description: 'An invite to a swarm that requires approval (leaves a pending request to deny)',
  });
  listen = Option.String('--listen', {
    description: "HOST:PORT for the suite's own HTTPS endpoint (port 0 picks one)",
  });
  advertise = Option.String('--advertise', {
    description: 'The URL the agent reaches --listen at, e.g. https://host:port/conformance',
  });
  tlsCert = Option.String('--tls-cert', { description: 'PEM certificate for --listen' });
  tlsKey = Option.String('--tls-key', { description: 'PEM private key for --listen' });
  fuzz = Option.String('--fuzz', {
    description: 'Fuzzed signed messages to send (default 300; 0 for none)',
    validator: isCount(0, 100_000),
  });
  fuzzSeed = Option.String('--fuzz-seed', {
    description: 'Seed of the fuzz generator (the report names the one it used), to replay the same messages',
    validator: isCount(0, 0xffffffff),
  });
  rateLimits = Option.Boolean('--rate-limits', false, {
    description: 'Also check rate limits (slow: exhausts a limit on purpose)',
  });
  only = Option.Array('--only', [], {
    description: 'Run only these checks: requirement id or prefix, check id or prefix (repeatable)',
  });
  list = Option.Boolean('--list', false, { description: 'Print the checks a run would make, and send nothing' });
  strict = Option.Boolean('--strict', false, { description: 'SHOULD failures fail the run too' });
  maxWait = Option.String('--max-wait', {
    description: 'Longest Retry-After to wait out, in seconds (default 120); a longer one skips the check',
    validator: isCount(0, 86_400),
  });
  caFile = Option.String('--ca-file', { description: 'Extra CA certificates (PEM) to trust besides the system roots' });
  timeoutMs = Option.String('--timeout-ms', {
    description: 'Per-request timeout in milliseconds (default 10000)',
    validator: isCount(1, 600_000),
  });
  allowHttpLoopback = Option.Boolean('--allow-http-loopback', false, {
    description: 'Allow plain http:// to a loopback address (an agent behind its TLS proxy)',
  });

  protected async run(): Promise<number> {
    const { planChecks } = await import('../../../conformance/runner.js');
    if (this.list) return this.printList(planChecks(this.only));
    if (!this.endpoint) throw usage('Give the endpoint of the agent to check (or --list)');
    const listening = this.listen !== undefined || this.advertise !== undefined;
    if (listening && (!this.listen || !this.advertise || !this.tlsCert || !this.tlsKey)) {
      throw usage('--listen needs --advertise, --tls-cert and --tls-key');
    }
    const { checkPeerUrl } = await import('../../../transport/url.js');
    // An endpoint that is no URL, or plain http:// to another host, is refused before anything is sent.
    checkPeerUrl(this.endpoint, this.allowHttpLoopback);
    const { createTransport } = await import('../../../transport/transport.js');
    const transport = createTransport({
      caFile: this.caFile,
      timeoutMs: this.timeoutMs ?? 10_000,
      allowHttpLoopback: this.allowHttpLoopback,
    });
    const listener = listening ? await this.startListener() : undefined;
    try {
      await this.reachable(transport.fetch);
      const { runConformance } = await import('../../../conformance/runner.js');
      const progress = (result: ConformanceCheckResult) => {
        if (!this.json && result.status === 'failed')
          this.context.stderr.write(`${result.level === 'MUST' ? 'FAIL' : 'WARN'} ${result.id}\n`);
      };
      const report = await runConformance({
        endpoint: this.endpoint,
        fetch: transport.fetch as never,
        invite: this.invite,
        singleUseInvites: this.singleUseInvites,
        specialInvites: { expired: this.expiredInvite, revoked: this.revokedInvite, approval: this.approvalInvite },
        listener,
        fuzz: this.fuzz,
        fuzzSeed: this.fuzzSeed,
        rateLimits: this.rateLimits,
        only: this.only,
        strict: this.strict,
        maxWaitMs: this.maxWait === undefined ? undefined : this.maxWait * 1000,
        onResult: progress,
      });
      return this.present(report);
    } finally {
      await listener?.close();
      await transport.close();
    }
  }

  /** The agent must answer at all (any status): otherwise nothing can be judged, and the exit code says network. */
  private async reachable(fetch: (url: string) => Promise<Response>): Promise<void> {
    const { peerUrl } = await import('../../../core/peer.js');
    const response = await fetch(peerUrl(this.endpoint as string, 'health'));
    await response.arrayBuffer();
  }

  private async startListener() {
    const { readFileSync } = await import('node:fs');
    const { startListener } = await import('../../../conformance/listener.js');
    const [host, port] = splitHostPort(this.listen as string);
    return startListener({
      host,
      port,
      advertise: this.advertise as string,
      cert: readFileSync(this.tlsCert as string, 'utf8'),
      key: readFileSync(this.tlsKey as string, 'utf8'),
    });
  }

  private printList(planned: ReturnType<typeof import('../../../conformance/runner.js').planChecks>): number {
    const rows = planned.map(({ check, section }) => ({
      id: check.id,
      section: section.id,
      requirement: check.requirement,
      also: check.also ?? [],
      category: check.category,
      expected: check.expected,
      needs: check.needs ?? {},
    }));
    this.emit({ checks: rows }, () => [
      ...rows.map((row) => {
        const needs = Object.entries(row.needs)
          .map(([key, value]) => (value === true ? key : `${key}: ${value}`))
          .join(', ');
        return `${row.id} [${row.requirement}] ${row.category}${needs ? ` (needs ${needs})` : ''}: ${row.expected}`;
      }),
      `${rows.length} checks`,
    ]);
    return 0;
  }
}

function splitHostPort(text: string): [string, number] {
  const at = text.lastIndexOf(':');
  const port = Number(text.slice(at + 1));
  if (at <= 0 || !Number.isInteger(port) || port < 0 || port > 65535)
    throw usage(`--listen must be HOST:PORT, got ${text}`);
  return [text.slice(0, at).replace(/^\[(.*)\]$/, '$1'), port];
}
