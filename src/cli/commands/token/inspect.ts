// `swarm token inspect`: decodes an invite (URL or bare JWT) and runs every check that needs no store.
import { Command, Option } from 'clipanion';
import { errorCatalog } from '../../../../generated/errors.js';
import type { ErrorCode } from '../../../../generated/types.js';
import { InvalidPublicKeyError, InviteTokenError } from '../../../core/errors.js';
import { type InviteTokenParts, splitInviteToken, verifyInviteToken } from '../../../core/invite-token.js';
import { parseInviteUrl, verifyInviteUrl } from '../../../core/invite-url.js';
import { decodePublicKey } from '../../../core/keys.js';

export class TokenInspectCommand extends Command {
  static override paths = [['token', 'inspect']];

  static override usage = Command.Usage({
    category: 'Invites',
    description: 'decode and check an invite token',
    details: `
      Accepts a \`swarm://<swarm_id>@<host>?token=<jwt>\` invite URL or the bare JWT. Shows the JWT header and
      payload and checks, in order: structure, algorithm (EdDSA only), that the URL's swarm id is the token's,
      the signature (only when \`--public-key\` gives the master's key), the claims and expiry.

      With \`--json\`, prints \`{"valid": bool, "code": string|null, "header": {...}, "payload": {...}}\`
      (header and payload are null when the token cannot be decoded).

      Exit codes: 0 valid, 2 malformed token or key, 4 unsupported algorithm, swarm mismatch, bad signature or
      expired.
    `,
    examples: [
      [
        'Inspect an invite URL',
        '$0 token inspect "swarm://6ba7b810-9dad-11d1-80b4-00c04fd430c8@alpha.example.com?token=eyJ..."',
      ],
      [
        'Check the signature too',
        '$0 token inspect eyJ... --public-key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w= --json',
      ],
    ],
  });

  token = Option.String({ name: 'url-or-jwt' });
  publicKey = Option.String('--public-key', {
    description: "Master's public key; without it the signature is not checked",
  });
  json = Option.Boolean('--json', false, { description: 'Print the result as JSON' });

  /** Header and payload for display, even when a later check fails; null if they cannot be decoded. */
  private decodable(): InviteTokenParts | null {
    try {
      return splitInviteToken(this.token.startsWith('swarm://') ? parseInviteUrl(this.token).jwt : this.token);
    } catch (error) {
      if (error instanceof InviteTokenError) return null;
      throw error;
    }
  }

  async execute(): Promise<number> {
    if (this.publicKey !== undefined) {
      try {
        decodePublicKey(this.publicKey);
      } catch (error) {
        if (!(error instanceof InvalidPublicKeyError)) throw error;
        this.context.stderr.write(`error: ${error.message}\n`);
        return 2;
      }
    }
    const options = { now: new Date(), publicKey: this.publicKey };
    let failure: InviteTokenError | null = null;
    try {
      if (this.token.startsWith('swarm://')) verifyInviteUrl(this.token, options);
      else verifyInviteToken(this.token, options);
    } catch (error) {
      if (!(error instanceof InviteTokenError)) throw error;
      failure = error;
    }
    const parts = this.decodable();
    const code: ErrorCode | null = failure?.code ?? null;
    if (this.json) {
      const report = { valid: failure === null, code, header: parts?.header ?? null, payload: parts?.payload ?? null };
      this.context.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      if (parts)
        this.context.stdout.write(`${JSON.stringify({ header: parts.header, payload: parts.payload }, null, 2)}\n`);
      if (failure) this.context.stderr.write(`invalid (${failure.code}): ${failure.message}\n`);
      else this.context.stdout.write(this.publicKey === undefined ? 'valid (signature not checked)\n' : 'valid\n');
    }
    // A token that cannot even be decoded is bad input (2); every other refusal uses the catalog's exit code.
    if (code === null) return 0;
    return code === 'INVALID_TOKEN' ? 2 : errorCatalog[code].exitCode;
  }
}
