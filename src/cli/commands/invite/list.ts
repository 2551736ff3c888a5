// `swarm invite list`: the invites this agent issued for a swarm, with their use counts; never the tokens.
import { Option } from 'clipanion';
import type { InviteRecord } from '../../../state/invites.js';
import { table } from '../../output.js';
import { MembershipCommand } from '../membership-command.js';

export type InviteState = 'active' | 'expired' | 'exhausted' | 'revoked';

export function inviteState(invite: InviteRecord, now: string): InviteState {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt !== null && invite.expiresAt <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'exhausted';
  return 'active';
}

export class InviteListCommand extends MembershipCommand {
  static override paths = [['invite', 'list']];
  static override usage = MembershipCommand.Usage({
    category: 'Invites',
    description: 'list the invites issued for a swarm',
    details: `
      One row per invite this agent issued: the SHA-256 of the token (the token itself is never stored), when it
      was issued, when it expires, joins admitted so far out of the maximum, and its state (active, expired,
      exhausted or revoked). A hash, or a unique prefix of one, can be given to \`swarm invite revoke\`.

      JSON: \`{"swarm_id","invites":[{"token_hash","issued_by","issued_at","expires_at","max_uses","uses",
      "revoked_at","state"}]}\`.
    `,
    examples: [
      ['Invites of the only (or default) swarm', '$0 invite list'],
      ['As JSON', '$0 invite list -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    await this.localSwarm(swarmId);
    const invites = (await this.store()).invites.list(swarmId);
    const now = new Date().toISOString();
    const rows = invites.map((invite) => ({
      token_hash: invite.tokenHash,
      issued_by: invite.issuedBy,
      issued_at: invite.issuedAt,
      expires_at: invite.expiresAt,
      max_uses: invite.maxUses,
      uses: invite.uses,
      revoked_at: invite.revokedAt,
      state: inviteState(invite, now),
    }));
    this.emit({ swarm_id: swarmId, invites: rows }, () =>
      rows.length === 0
        ? 'No invites issued for this swarm'
        : table(
            ['Hash', 'Issued', 'Expires', 'Uses', 'State'],
            rows.map((row) => [
              row.token_hash.slice(0, 12),
              row.issued_at.slice(0, 16).replace('T', ' '),
              row.expires_at === null ? 'never' : row.expires_at.slice(0, 16).replace('T', ' '),
              `${row.uses}/${row.max_uses ?? 'unlimited'}`,
              row.state,
            ]),
          ),
    );
    return 0;
  }
}
