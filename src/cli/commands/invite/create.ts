// `swarm invite`: a signed invite token for a swarm this agent masters, recorded so that its uses are counted
// and it can be revoked.
import { Option } from 'clipanion';
import * as t from 'typanion';
import { MembershipCommand } from '../membership-command.js';

const MAX_HOURS = 876_000; // 100 years: beyond that the expiry is not a protocol timestamp any more

export class InviteCreateCommand extends MembershipCommand {
  static override paths = [['invite'], ['invite', 'create']];
  static override usage = MembershipCommand.Usage({
    category: 'Invites',
    description: 'issue an invite URL for a swarm',
    details: `
      Prints a \`swarm://<swarm_id>@<host>?token=<jwt>\` URL to hand to the agent that should join (\`swarm join -t\`).
      The token is signed with this agent's key and names this agent's endpoint as the place to join.

      As in the reference implementation, an invite **does not expire and admits any number of joins unless
      asked**: pass \`--expires HOURS\` (fractions allowed) and/or \`--max-uses N\` to limit it. Every invite is
      recorded here (only the SHA-256 of the token is stored), so \`swarm invite list\` shows its uses and
      \`swarm invite revoke\` withdraws it.

      The master issues invites for any swarm it masters. In a swarm created with \`--allow-member-invite\`, a
      member may issue them too: the token names the member as its issuer (JWT header \`kid\`) and its endpoint as
      the place to join, so the member's \`swarm serve\` admits the newcomer and announces it to the others
      (pending requests of an approval swarm then wait for that member's \`swarm approve\`). Elsewhere a member
      is refused with INVITES_DISABLED (exit 4).

      JSON: \`{"status":"success","invite_token","swarm_id","token_hash","expires_at","max_uses"}\` (null when
      unlimited).
    `,
    examples: [
      ['Invite to the only (or default) swarm', '$0 invite'],
      ['One join within 24 hours', '$0 invite -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 -e 24 -m 1 --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });
  expires = Option.String('-e,--expires', {
    description: 'Hours until the invite expires (default: never)',
    validator: t.cascade(t.isNumber(), [t.isInInclusiveRange(0.0001, MAX_HOURS)]),
  });
  maxUses = Option.String('-m,--max-uses', {
    description: 'Joins the invite admits (default: unlimited)',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(1, 1_000_000)]),
  });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    const swarm = await this.localSwarm(swarmId);
    const agent = await this.agent();
    const self = agent.config.agent_id;
    const byMember = swarm.masterId !== self;
    if (byMember && !swarm.settings.allowMemberInvite) {
      throw this.error('INVITES_DISABLED', `Only the master (${swarm.masterId}) can invite to swarm ${swarmId}`);
    }
    const { issueInvite } = await import('../../../client/invite.js');
    const issued = await issueInvite(
      await this.store(),
      { agentId: self, endpoint: agent.config.endpoint, keyPair: agent.keyPair },
      swarm,
      { expiresHours: this.expires, maxUses: this.maxUses },
    );
    const { expiresAt } = issued;
    const limits = [
      expiresAt === null ? 'never expires' : `expires ${expiresAt}`,
      this.maxUses === undefined ? 'unlimited joins' : `${this.maxUses} join(s)`,
    ].join(', ');
    this.emit(
      {
        status: 'success',
        invite_token: issued.url,
        swarm_id: issued.swarmId,
        token_hash: issued.tokenHash,
        expires_at: issued.expiresAt,
        max_uses: issued.maxUses,
      },
      () => [
        this.style.green(`Invite to '${swarm.name}' generated (${limits})`),
        '',
        `Token: ${issued.url}`,
        '',
        this.style.dim('Join with: swarm join -t "<token>"'),
      ],
    );
    return 0;
  }
}
