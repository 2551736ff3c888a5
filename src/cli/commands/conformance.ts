// `swarm conformance`: runs the peer conformance suite against an agent's public routes and prints a report.
import { Option } from 'clipanion';
import { probePeer } from '../../conformance/peer.js';
import { createTransport } from '../../transport/transport.js';
import { checkPeerUrl } from '../../transport/url.js';
import { SwarmCommand } from '../base.js';
import { isCount } from './option-rules.js';

export class ConformanceCommand extends SwarmCommand {
  static override paths = [['conformance']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: "check a running agent's public routes against the protocol spec",
    details: `
      Sends an agent (ours, the reference, or any other implementation) the requests any stranger may send and
      compares each answer with spec/: health and identity, then messages and joins that a conforming agent
      refuses, each with its catalog code in the one error shape (body too large, wrong media type, broken
      JSON, schema, unsupported protocol version, X-Agent-ID mismatch, wrong recipient, unknown swarm, wrong
      method, invalid invite token, unknown route).
      Nothing sent can be accepted or stored by a conforming agent. Needs no agent home.

      Certificates are always verified: give a private CA with --ca-file.

      JSON: \`{"endpoint", "passed", "failed", "checks": [{"id", "requirement", "expected", "passed", "observed"}]}\`.

      Exit codes: 0 every check passed, 1 at least one failed, 2 usage.
    `,
    examples: [
      ['Check an agent', '$0 conformance https://agent.example.com/swarm'],
      ['A test agent with its own CA, as JSON', '$0 conformance https://127.0.0.1:8443/swarm --ca-file ca.pem --json'],
    ],
  });

  endpoint = Option.String({ required: true, name: 'endpoint' });
  caFile = Option.String('--ca-file', { description: 'Extra CA certificates (PEM) to trust besides the system roots' });
  timeoutMs = Option.String('--timeout-ms', {
    description: 'Per-request timeout in milliseconds (default 10000)',
    validator: isCount(1, 600_000),
  });
  allowHttpLoopback = Option.Boolean('--allow-http-loopback', false, {
    description: 'Allow plain http:// to a loopback address (an agent behind its TLS proxy)',
  });

  protected async run(): Promise<number> {
    // An endpoint that is no URL, or plain http:// to another host, is refused before anything is sent.
    checkPeerUrl(this.endpoint, this.allowHttpLoopback);
    const transport = createTransport({
      caFile: this.caFile,
      timeoutMs: this.timeoutMs ?? 10_000,
      allowHttpLoopback: this.allowHttpLoopback,
    });
    try {
      const report = await probePeer(this.endpoint, { fetch: transport.fetch });
      this.emit(report, () => [
        ...report.checks.map((check) =>
          check.passed
            ? `${this.style.green('pass')} ${check.id}: ${check.observed}`
            : `${this.style.red('FAIL')} ${check.id} [${check.requirement}]: expected ${check.expected}, got ${check.observed}`,
        ),
        `${report.passed} passed, ${report.failed} failed: ${report.endpoint}`,
      ]);
      return report.failed === 0 ? 0 : 1;
    } finally {
      await transport.close();
    }
  }
}
