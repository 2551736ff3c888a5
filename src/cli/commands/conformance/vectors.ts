// `swarm conformance vectors --adapter CMD`: checks an implementation's protocol core against the golden vectors,
// through an adapter process that answers the suite's requests on stdin/stdout (spec/schemas/VectorAdapter*.json).
import { Option } from 'clipanion';
import type { ConformanceCheckResult } from '../../../../generated/types.js';
import { SwarmCommand } from '../../base.js';
import { usage } from '../../errors.js';
import { isCount } from '../option-rules.js';
import { ConformanceReportCommand } from './reporting.js';

export class ConformanceVectorsCommand extends ConformanceReportCommand {
  static override paths = [['conformance', 'vectors']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: "check an implementation's protocol core against the golden vectors, through an adapter",
    details: `
      Every case of the golden vectors (keys, signatures, verification, invite tokens, system messages, join
      requests; for protocol 0.2, JCS, envelope signatures and their verification, sealed content) becomes one check, \`vectors.<file>.<case>\`, citing the requirement it exercises. The suite starts
      the adapter, sends it the requests of each case and compares the answers with the vectors. Where this project
      departs from the reference on purpose (a case marked \`reference_quirk\` or \`optional\`: an offset timestamp
      dropped instead of converted, \`max_uses: 0\` issued as unlimited, unescaped kick reasons, a token glued to the
      next query parameter, lenient base64), the check expects what spec/ says, and its notes say why.

      The adapter is a long-running process: CMD is run through the shell (\`/bin/sh -c CMD\`, so quote it as one
      argument), in the current directory. It reads one request per line on stdin, a JSON object
      \`{"id", "op", ...inputs}\`, and writes one answer per line on stdout, in order:
      \`{"id", "ok": true, "result": {...}}\`, or \`{"id", "ok": false, "error": {"code"?, "message"}}\` when the
      implementation refuses the input (\`code\` from the error catalog; \`"unsupported": true\` skips the case). It
      writes nothing else on stdout (logs go to stderr) and exits when stdin closes. The shapes are
      spec/schemas/VectorAdapterRequest.json and VectorAdapterAnswer.json; an answer that does not match fails its
      case as \`format\`. An answer slower than --timeout-ms stops the adapter, and the cases left fail with the
      reason, as they do when it exits.

      The ops, each with its inputs and the keys of its result (\`fields\` are the six signed fields: message_id,
      timestamp, swarm_id, recipient, type, content):

      - derive_public_key {seed_hex} → public_key
      - decode_public_key {public_key} → public_key_hex; refused unless the canonical 44-character form
      - normalize_timestamp {timestamp} → signed (its canonical-string form), utc (what a sender emits), each or null
      - canonical_string {fields} → fields (normalised), canonical_string, sha256_hex
      - sign {seed_hex, fields} → fields (as the sender emits them), signature
      - verify_message {message, public_key} → valid, reason?
      - parse_invite_url {url} → swarm_id, authority, token
      - create_invite_token {seed_hex, claims} → token, url
      - verify_invite_url {url, public_key?, now} → claims; refused with the code of the first failed check
      - verify_invite_token {token, public_key?, now} → claims; refused likewise
      - encode_system_content {content} → content (the string to sign)
      - parse_system_content {content} → json, value?
      - peer_request {endpoint, route, agent_id} → url, headers
      - build_join_request {invite_url, agent_id, endpoint, public_key, now, master_public_key?} → method, url, headers, body
      - jcs {json} → jcs (RFC 8785 of the parsed text); refused when it has no JCS form
      - sign_envelope {seed_hex, envelope} → envelope (signed, as sent), jcs
      - verify_envelope {envelope, public_key} → valid, reason?
      - seal_content {content, message_id, swarm_id, sender_id, readers, content_key_hex, nonce_hex} → sealed
      - open_sealed {sealed, message_id, swarm_id, sender_id, agent_id, seed_hex} → status, content?, reason?

      \`swarm conformance adapter\` is this project's own adapter. With --vectors the suite reads another directory
      holding any of the same files (keys.json, signatures.json, verify.json, invite_tokens.json, system_messages.json,
      join_requests.json; jcs.json, envelope_signatures.json, envelope_verify.json, sealed.json), such as a hold-out
      set; by default the package's own copies (test/fixtures/vectors, then test/fixtures/vectors-0.2). --only selects by check id or
      prefix (vectors.verify) or by requirement id or prefix (MSG-SIG).

      Exit codes: 0 no MUST check failed (SHOULD failures are warnings unless --strict), 1 a MUST check failed,
      2 usage (no vector files), 3 the adapter answered nothing (it could not start, or died at once).
    `,
    examples: [
      ["Check this project's own core", "$0 conformance vectors --adapter 'swarm conformance adapter'"],
      ['Check another implementation', "$0 conformance vectors --adapter 'python3 my_adapter.py'"],
      [
        'Only the signature cases, as JUnit',
        "$0 conformance vectors --adapter './adapter' --only vectors.signatures --junit vectors.xml",
      ],
      ['A hold-out set of vectors', "$0 conformance vectors --adapter './adapter' --vectors ./holdout"],
    ],
  });

  adapter = Option.String('--adapter', {
    required: true,
    description: 'The adapter command, run through the shell: speaks the vector protocol on stdin/stdout',
  });
  vectors = Option.String('--vectors', { description: 'Directory of vector files (default: the package’s own)' });
  only = Option.Array('--only', [], {
    description: 'Run only these checks: check id or prefix, requirement id or prefix (repeatable)',
  });
  strict = Option.Boolean('--strict', false, { description: 'SHOULD failures fail the run too' });
  timeoutMs = Option.String('--timeout-ms', {
    description: 'How long the adapter may take to answer one request, in milliseconds (default 10000)',
    validator: isCount(1, 600_000),
  });

  protected async run(): Promise<number> {
    const { loadVectorFiles } = await import('../../../conformance/vectors/files.js');
    try {
      if (loadVectorFiles(this.vectors).length === 0)
        throw new Error('no vector files (keys.json, signatures.json, …)');
    } catch (error) {
      throw usage(`Cannot read the vectors${this.vectors ? ` in ${this.vectors}` : ''}: ${(error as Error).message}`);
    }
    const { runVectorConformance } = await import('../../../conformance/vectors/runner.js');
    const progress = (result: ConformanceCheckResult) => {
      if (!this.json && result.status === 'failed')
        this.context.stderr.write(`${result.level === 'MUST' ? 'FAIL' : 'WARN'} ${result.id}\n`);
    };
    const { report, answered, stopped } = await runVectorConformance({
      adapter: this.adapter,
      vectorsDir: this.vectors,
      only: this.only,
      strict: this.strict,
      timeoutMs: this.timeoutMs,
      env: this.env as NodeJS.ProcessEnv,
      onResult: progress,
    });
    if (answered === 0 && stopped !== undefined && report.checks.length > 0) {
      throw this.error(
        'PEER_UNREACHABLE',
        `The adapter answered nothing: ${stopped}`,
        'Run the command alone to see it fail',
      );
    }
    return this.present(report);
  }
}
