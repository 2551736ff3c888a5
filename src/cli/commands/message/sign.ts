// `swarm message sign`: turns a message draft on stdin into a signed wire message on stdout.
import { Command, Option } from 'clipanion';
import { errorCatalog } from '../../../../generated/errors.js';
import type { ErrorCode } from '../../../../generated/types.js';
import { completeDraft, type MessageDraft, parseWireMessage, serializeMessage } from '../../../core/envelope.js';
import { ProtocolError } from '../../../core/errors.js';
import { signMessage } from '../../../core/signature.js';
import { loadSeed } from '../../../keystore/key-file.js';
import { readStdinJson } from './stdin.js';

/** Stands in for the signature while the draft is checked against the Message schema. */
const PLACEHOLDER_SIGNATURE = `${'A'.repeat(86)}==`;

export class MessageSignCommand extends Command {
  static override paths = [['message', 'sign']];

  static override usage = Command.Usage({
    category: 'Messages',
    description: 'sign a message draft read from stdin',
    details: `
      Reads a JSON message draft on stdin, fills in \`message_id\` (a new UUIDv4), \`timestamp\` (now, UTC) and
      \`protocol_version\` (0.1.0) when they are absent, signs it with the Ed25519 seed in the key file and
      prints the wire message as one line of JSON.

      The key file holds the raw 32-byte seed and must not be readable by group or others. A timestamp given
      with an offset is converted to UTC; one without a zone is refused.

      Exit codes: 0 signed, 1 unreadable key file, 2 malformed draft, 5 key file not found.
    `,
    examples: [
      [
        'Sign a broadcast',
        `echo '{"sender":{"agent_id":"agent-alpha","endpoint":"https://alpha.example.com/swarm"},"recipient":"broadcast","swarm_id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","type":"message","content":"Hello, swarm!"}' | $0 message sign --key-file ~/.swarm/agent.key`,
      ],
    ],
  });

  keyFile = Option.String('--key-file', { required: true, description: 'Path of agent.key (raw 32-byte seed)' });
  json = Option.Boolean('--json', false, { description: 'Report errors as an ErrorBody JSON object on stdout' });

  private fail(code: ErrorCode, message: string, exitCode = errorCatalog[code].exitCode): number {
    if (this.json) this.context.stdout.write(`${JSON.stringify({ error: { code, message, details: null } })}\n`);
    else this.context.stderr.write(`error: ${message}\n`);
    return exitCode;
  }

  async execute(): Promise<number> {
    const input = await readStdinJson(this.context.stdin);
    if (!input.ok) return this.fail('INVALID_JSON', input.reason);
    const draft = input.value;
    if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) {
      return this.fail('INVALID_FORMAT', 'the draft must be a JSON object');
    }
    const completed = completeDraft(draft as MessageDraft);
    const checked = parseWireMessage({ ...completed, signature: PLACEHOLDER_SIGNATURE });
    if (!checked.ok) {
      const first = checked.errors[0];
      return this.fail('INVALID_FORMAT', `invalid draft: ${first?.pointer || '/'} ${first?.message ?? ''}`.trim());
    }
    let seed: Uint8Array;
    try {
      seed = await loadSeed(this.keyFile);
    } catch (error) {
      if (error instanceof ProtocolError) return this.fail(error.code, error.message);
      throw error;
    }
    let signed: string;
    try {
      signed = serializeMessage(signMessage(completed, seed));
    } catch (error) {
      if (error instanceof TypeError) return this.fail('INVALID_FORMAT', error.message);
      throw error;
    }
    this.context.stdout.write(`${signed}\n`);
    return 0;
  }
}
