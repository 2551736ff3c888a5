// `swarm message verify`: checks the signature of a wire message read from stdin.
import { Command, Option } from 'clipanion';
import { InvalidPublicKeyError } from '../../../core/errors.js';
import { decodePublicKey } from '../../../core/keys.js';
import { verifyMessage } from '../../../core/signature.js';
import { readStdinJson } from './stdin.js';

export class MessageVerifyCommand extends Command {
  static override paths = [['message', 'verify']];

  static override usage = Command.Usage({
    category: 'Messages',
    description: "verify a wire message's signature",
    details: `
      Reads one wire message (JSON) on stdin and checks its 0.1.0 signature with the sender's public key:
      Ed25519 over SHA-256 of message_id + timestamp + swarm_id + recipient + type + content. Fields outside
      those six (sender, metadata, priority...) are not covered by the signature.

      With \`--json\`, prints \`{"valid": bool, "reason": string|null}\`.

      Exit codes: 0 valid, 2 stdin is not JSON or the key is malformed, 4 the signature does not verify.
    `,
    examples: [
      [
        'Verify a message saved to a file',
        '$0 message verify --public-key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w= < message.json',
      ],
      [
        'Machine-readable verdict',
        '$0 message verify --public-key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w= --json < message.json',
      ],
    ],
  });

  publicKey = Option.String('--public-key', {
    required: true,
    description: "Sender's Ed25519 public key: standard base64 of the raw 32 bytes (44 characters)",
  });
  json = Option.Boolean('--json', false, { description: 'Print the verdict as JSON' });

  private report(valid: boolean, reason: string | null, exitCode: number): number {
    if (this.json) this.context.stdout.write(`${JSON.stringify({ valid, reason })}\n`);
    else if (valid) this.context.stdout.write('valid\n');
    else this.context.stderr.write(`invalid: ${reason}\n`);
    return exitCode;
  }

  async execute(): Promise<number> {
    let key: Uint8Array;
    try {
      key = decodePublicKey(this.publicKey);
    } catch (error) {
      if (error instanceof InvalidPublicKeyError) return this.report(false, error.message, 2);
      throw error;
    }
    const input = await readStdinJson(this.context.stdin);
    if (!input.ok) return this.report(false, input.reason, 2);
    const result = verifyMessage(input.value, key);
    return result.valid ? this.report(true, null, 0) : this.report(false, result.reason, 4);
  }
}
