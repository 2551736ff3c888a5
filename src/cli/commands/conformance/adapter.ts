// `swarm conformance adapter`: this project's own adapter for `swarm conformance vectors`, answering each request of
// the vector protocol with the protocol core (src/core) until stdin closes.
import { SwarmCommand } from '../../base.js';

export class ConformanceAdapterCommand extends SwarmCommand {
  static override paths = [['conformance', 'adapter']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: "answer the vector suite's requests with this project's protocol core (stdin to stdout)",
    details: `
      The adapter side of \`swarm conformance vectors\`: reads one request per line on stdin
      (spec/schemas/VectorAdapterRequest.json), writes one answer per line on stdout (VectorAdapterAnswer.json), in
      order, and exits 0 when stdin closes. A line that is not a request is answered with a refusal
      (\`INVALID_JSON\`, \`INVALID_FORMAT\`, or \`unsupported\` for an unknown op); nothing else is written on
      stdout. It needs no agent home. See \`swarm conformance vectors --help\` for the ops.
    `,
    examples: [
      ['Run the vector suite against it', "$0 conformance vectors --adapter 'swarm conformance adapter'"],
      [
        'One request by hand',
        `echo '{"id":"1","op":"derive_public_key","seed_hex":"${'00'.repeat(32)}"}' | $0 conformance adapter`,
      ],
    ],
  });

  protected async run(): Promise<number> {
    const { serveAdapter } = await import('../../../conformance/vectors/adapter.js');
    await serveAdapter(this.context.stdin, this.context.stdout);
    return 0;
  }
}
