// `swarm invite revoke`: withdraws an invite this agent issued, named by its URL, its JWT or its hash.
import { Option } from 'clipanion';
import type { InviteRecord } from '../../../state/invites.js';
import { parseSwarmId } from '../../base.js';
import { usage } from '../../errors.js';
import { MembershipCommand } from '../membership-command.js';

type Target = { kind: 'token'; jwt: string } | { kind: 'hash'; prefix: string };

const HASH = /^[0-9a-f]{8,64}$/i;

export class InviteRevokeCommand extends MembershipCommand {
  static override paths = [['invite', 'revoke']];
  static override usage = MembershipCommand.Usage({
    category: 'Invites',
    description: 'revoke an invite this agent issued',
    details: `
      Names the invite by its \`swarm://\` URL, its bare JWT, or its token hash as shown by \`swarm invite list\`
      (a unique prefix of at least 8 hex digits is enough). From then on the master refuses joins with it
      (\`TOKEN_REVOKED\`); agents that already joined stay members. Revoking twice is harmless.

      \`-s\` limits the search to one swarm; without it every swarm of this agent is searched.

      JSON: \`{"status":"revoked","swarm_id","token_hash","revoked_at","already_revoked"}\`.
    `,
    examples: [
      [
        'Revoke by URL',
        '$0 invite revoke "swarm://6ba7b810-9dad-41d1-80b4-00c04fd430c8@alpha.example.com?token=eyJ..."',
      ],
      ['Revoke by hash prefix', '$0 invite revoke 3f1c9a0b2d --json'],
    ],
  });

  target = Option.String({ name: 'token-url-or-hash' });
  swarm = Option.String('-s,--swarm', { description: 'Only look in this swarm' });

  protected async run(): Promise<number> {
    const target = await this.parseTarget(this.target.trim());
    const swarmId = this.swarm?.trim() ? parseSwarmId(this.swarm) : undefined;
    if (swarmId !== undefined) await this.localSwarm(swarmId);
    const store = await this.store();
    const invite = await this.find(target, swarmId);
    let alreadyRevoked = invite.revokedAt !== null;
    if (!alreadyRevoked) {
      alreadyRevoked = !(await store.write(({ invites }) => invites.revokeByHash(invite.tokenHash)));
    }
    const { inviteTokenHash } = await import('../../../state/invites.js');
    const current =
      target.kind === 'token'
        ? store.invites.get(target.jwt)
        : store.invites.list(invite.swarmId).find((i) => i.tokenHash === invite.tokenHash);
    const revokedAt = current?.revokedAt ?? null;
    const hash = target.kind === 'token' ? inviteTokenHash(target.jwt) : invite.tokenHash;
    this.emit(
      {
        status: 'revoked',
        swarm_id: invite.swarmId,
        token_hash: hash,
        revoked_at: revokedAt,
        already_revoked: alreadyRevoked,
      },
      () =>
        alreadyRevoked
          ? `Invite ${hash.slice(0, 12)} was already revoked (${revokedAt})`
          : this.style.green(`Invite ${hash.slice(0, 12)} revoked`),
    );
    return 0;
  }

  private async parseTarget(text: string): Promise<Target> {
    if (text === '') throw usage('Give the invite URL, its JWT or its hash');
    if (text.startsWith('swarm://')) {
      const { parseInviteUrl } = await import('../../../core/invite-url.js');
      try {
        return { kind: 'token', jwt: parseInviteUrl(text).jwt };
      } catch (error) {
        throw usage(`Not an invite URL: ${(error as Error).message}`);
      }
    }
    if (HASH.test(text)) return { kind: 'hash', prefix: text.toLowerCase() };
    if (text.split('.').length === 3) return { kind: 'token', jwt: text };
    throw usage(`'${text}' is neither an invite URL, a JWT, nor a token hash (8 to 64 hex digits)`);
  }

  private async find(target: Target, swarmId: string | undefined): Promise<InviteRecord> {
    const store = await this.store();
    const notFound = () =>
      usage(
        `No invite issued by this agent matches ${target.kind === 'hash' ? target.prefix : 'that token'}`,
        'See `swarm invite list`',
      );
    if (target.kind === 'token') {
      const invite = store.invites.get(target.jwt);
      if (!invite || (swarmId !== undefined && invite.swarmId !== swarmId)) throw notFound();
      return invite;
    }
    const swarmIds = swarmId === undefined ? store.swarms.list().map((s) => s.swarmId) : [swarmId];
    const matches = swarmIds
      .flatMap((id) => store.invites.list(id))
      .filter((i) => i.tokenHash.startsWith(target.prefix));
    if (matches.length > 1) throw usage(`${target.prefix} matches ${matches.length} invites: give more digits`);
    if (!matches[0]) throw notFound();
    return matches[0];
  }
}
