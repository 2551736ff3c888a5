// Joins and invite tokens (spec/openapi.yaml POST /join, WIRE.md §4-5): re-joins, identity takeover, key
// forms, forged and re-signed tokens, member-issued tokens, the single-use race, and the master-signed
// member_joined a later joiner is announced with. Every join counts against the agent's per-address limit
// (10 an hour by default), so each check joins as few times as it can; whoever a join admits is adopted and
// leaves at the end of the run.
import { createHmac } from 'node:crypto';
import type { JoinAccepted, JoinSender, MemberJoinedContent, Message } from '../../../generated/types.js';
import { validateAgentInfo } from '../../../generated/validators/AgentInfo.js';
import { validateJoinAccepted } from '../../../generated/validators/JoinAccepted.js';
import { validateMessage } from '../../../generated/validators/Message.js';
import { encodeBase64Url } from '../../core/base64.js';
import { createInviteToken, decodeInviteToken } from '../../core/invite-token.js';
import { parseInviteUrl } from '../../core/invite-url.js';
import { decodePublicKey } from '../../core/keys.js';
import { peerUrl } from '../../core/peer.js';
import { verifyMessage } from '../../core/signature.js';
import { parseSystemContent } from '../../core/system-content.js';
import { joinBody, leaveMessage, postJoin, postMessage, signedMessage } from '../identities.js';
import { expectBody, expectRefused, schemaProblem, summarize, type Validator } from '../judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckFailed,
  CheckSkipped,
  type Identity,
  type Received,
  type Section,
  type SwarmUnderTest,
} from '../model.js';

/** How long the agent has to deliver the member_joined fan-out. */
const ANNOUNCE_TIMEOUT_MS = 15_000;
/** Concurrent redemptions of one single-use invite. */
const RACERS = 5;
/** The DER prefix of an Ed25519 SubjectPublicKeyInfo, in base64: 12 bytes, so it concatenates cleanly. */
const SPKI_PREFIX_B64 = 'MCowBQYDK2VwAyEA';

function swarmOf(ctx: CheckContext): SwarmUnderTest {
  if (!ctx.swarm) throw new CheckSkipped('no swarm was joined');
  return ctx.swarm;
}

/** The raw JWT of the operator's invite, as its three parts. */
function inviteParts(swarm: SwarmUnderTest): [string, string, string] {
  const [header = '', payload = '', signature = ''] = parseInviteUrl(swarm.invite).jwt.split('.');
  return [header, payload, signature];
}

function encodePart(json: unknown): string {
  return encodeBase64Url(Buffer.from(JSON.stringify(json)));
}

/** The invite with its payload edited and its signature kept: only the signature check can tell. */
function tamperedToken(swarm: SwarmUnderTest, edit: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = inviteParts(swarm);
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(claims);
  return `${header}.${encodePart(claims)}.${signature}`;
}

/** The invite's payload under another header, signed by `sign` over `header.payload`. */
function resignedToken(swarm: SwarmUnderTest, header: object, sign: (input: string) => string): string {
  const [, payload] = inviteParts(swarm);
  const input = `${encodePart(header)}.${payload}`;
  return `${input}.${sign(input)}`;
}

/**
 * Sends `joiner`'s join with the operator's invite (or `token`), its sender fields overridden by `sender`.
 * Whoever it admits (or claims to admit) is adopted, so it leaves at the end like the run's own members.
 */
async function join(
  ctx: CheckContext,
  joiner: Identity,
  options: { token?: string; sender?: Partial<JoinSender> } = {},
): Promise<Answer> {
  const swarm = swarmOf(ctx);
  const answer = await ctx.send(() => {
    const body = joinBody(swarm.invite, joiner, options.sender);
    return postJoin(
      ctx.endpoint,
      options.token === undefined ? body : { ...body, invite_token: options.token },
      joiner.agentId,
    );
  });
  if (answer.status === 200) ctx.adopt(joiner);
  return answer;
}

/** A 200 JoinAccepted of this swarm, listing the joiner (with its key), the master and every member known. */
function expectMemberList(ctx: CheckContext, answer: Answer, joiner: Identity): JoinAccepted {
  const swarm = swarmOf(ctx);
  expectBody(answer, validateJoinAccepted as Validator, 'a JoinAccepted body');
  const body = answer.body as JoinAccepted;
  if (body.swarm_id.toLowerCase() !== swarm.swarmId) {
    throw new CheckFailed('correctness', `the answer names swarm ${body.swarm_id}, not ${swarm.swarmId}`);
  }
  body.members.forEach((member, index) => {
    try {
      decodePublicKey(member.public_key);
    } catch (error) {
      throw new CheckFailed(
        'format',
        `members/${index}/public_key is not a raw 32-byte key: ${(error as Error).message}`,
      );
    }
  });
  const listed = new Map(body.members.map((member) => [member.agent_id, member]));
  const self = listed.get(joiner.agentId);
  if (!self) throw new CheckFailed('correctness', `the member list does not list the joiner ${joiner.agentId}`);
  if (self.public_key !== joiner.publicKey) {
    throw new CheckFailed('correctness', `the member list gives the joiner the key ${self.public_key}, not its own`);
  }
  const masterId = body.master ?? swarm.masterId;
  if (!listed.has(masterId))
    throw new CheckFailed('correctness', `the member list does not list the master ${masterId}`);
  const missing = ctx.members.filter((member) => !listed.has(member.agentId)).map((member) => member.agentId);
  if (missing.length > 0) {
    throw new CheckFailed('correctness', `not the full member list: ${missing.join(', ')} missing`);
  }
  return body;
}

/** The public_key refused as the schema failure JOIN-KEY-001 names: INVALID_FORMAT at /sender/public_key. */
function expectKeyRefused(answer: Answer): void {
  expectRefused(answer, 'INVALID_FORMAT', 'correctness');
  const pointer = (answer.body as { error?: { details?: { pointer?: unknown } | null } } | undefined)?.error?.details
    ?.pointer;
  if (pointer !== '/sender/public_key') {
    throw new CheckFailed('correctness', `INVALID_FORMAT points at ${JSON.stringify(pointer)}, not /sender/public_key`);
  }
}

/**
 * After a takeover the agent should have refused: if the member's own key no longer works, the hijacking key
 * leaves and the member joins again; if that fails too, the member is forgotten.
 */
async function restoreAfterTakeover(ctx: CheckContext, member: Identity, hijacker: Identity): Promise<void> {
  const swarm = swarmOf(ctx);
  const probe = await ctx.send(() =>
    postMessage(ctx.endpoint, signedMessage(member, swarm.swarmId, { content: `${ctx.contentPrefix} still mine?` })),
  );
  if (probe.status === 200) {
    ctx.note(`${member.agentId}'s own key still works: the 200 changed nothing`);
    return;
  }
  await ctx.send(() => postMessage(ctx.endpoint, leaveMessage(hijacker, swarm.swarmId)));
  const rejoin = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, member), member.agentId));
  if (rejoin.status === 200) {
    ctx.note(`${member.agentId} had been taken over: the hijacking key left and the member joined again`);
  } else {
    ctx.forget(member);
    ctx.note(`${member.agentId} had been taken over and could not be restored (${summarize(rejoin)}); it is left out`);
  }
}

/** A request to `member`'s endpoint on the listener whose content names `joiner`. */
function announces(received: Received, member: Identity, joiner: Identity): boolean {
  const content = (received.body as { content?: unknown } | undefined)?.content;
  return (
    received.path === `/${member.agentId}/message` && typeof content === 'string' && content.includes(joiner.agentId)
  );
}

/** A member_joined as SRV-JOIN-005 and SYS-JOIN-001 want it: a system Message naming the joiner, master-signed. */
function judgeAnnouncement(received: Received, swarm: SwarmUnderTest, joiner: Identity): void {
  const shape = schemaProblem(validateMessage as Validator, received.body);
  if (shape) throw new CheckFailed('format', `the announcement to ${received.path} is not a Message: ${shape}`);
  const message = received.body as Message;
  if (message.type !== 'system') throw new CheckFailed('correctness', `the announcement is of type ${message.type}`);
  const parsed = parseSystemContent(message.content);
  if (parsed.kind !== 'content' || parsed.content.action !== 'member_joined') {
    throw new CheckFailed(
      'correctness',
      `the announcement's content is not a member_joined: ${message.content.slice(0, 120)}`,
    );
  }
  const content = parsed.content as MemberJoinedContent;
  if (content.agent_id !== joiner.agentId) {
    throw new CheckFailed('correctness', `the member_joined names ${content.agent_id}, not ${joiner.agentId}`);
  }
  // [SYS-JOIN-001] Receivers take the key from public_key, else from <endpoint>/info: one must lead to the joiner.
  if (
    content.public_key !== undefined ? content.public_key !== joiner.publicKey : content.endpoint !== joiner.endpoint
  ) {
    throw new CheckFailed(
      'correctness',
      `the member_joined gives receivers no way to the joiner's key: ${message.content}`,
    );
  }
  if (message.swarm_id.toLowerCase() !== swarm.swarmId) {
    throw new CheckFailed('correctness', `the member_joined is for swarm ${message.swarm_id}`);
  }
  if (message.sender.agent_id !== swarm.masterId) {
    throw new CheckFailed('correctness', `the member_joined is sent by ${message.sender.agent_id}, not the master`);
  }
  const verdict = verifyMessage(message, swarm.masterPublicKey);
  if (!verdict.valid)
    throw new CheckFailed('security', `the member_joined does not verify with the master's key: ${verdict.reason}`);
}

/** A join with a token the agent must refuse with `code`; `category` is what admitting would mean. */
function refusedToken(
  id: string,
  requirement: Check['requirement'],
  also: Check['also'],
  code: Parameters<typeof expectRefused>[1],
  label: string,
  token: (swarm: SwarmUnderTest) => string,
  expected: string,
): Check {
  return {
    id,
    requirement,
    also,
    category: 'security',
    expected,
    needs: { members: 1 },
    async run(ctx) {
      const answer = await join(ctx, ctx.newIdentity(label), { token: token(swarmOf(ctx)) });
      expectRefused(answer, code, 'security');
    },
  };
}

const checks: Check[] = [
  {
    id: 'joins.rejoin.same-key',
    requirement: 'SRV-JOIN-003',
    also: ['SRV-JOIN-005', 'INFO-KEY-001'],
    category: 'correctness',
    expected:
      'a member joining again with its own key gets 200 and the full member list, the master listed with the key its /info gives',
    needs: { members: 1 },
    async run(ctx) {
      const swarm = swarmOf(ctx);
      const member = ctx.members[0] as Identity;
      // Not through join(): the member is the run's own and is not adopted twice.
      const answer = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, member), member.agentId));
      if (answer.status !== 200 && answer.status < 500) {
        throw new CheckFailed(
          'correctness',
          `a re-join with the same key was refused (${summarize(answer)}); expected 200`,
        );
      }
      const body = expectMemberList(ctx, answer, member);
      const master = body.members.find((m) => m.agent_id === (body.master ?? swarm.masterId));
      const info = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
      expectBody(info, validateAgentInfo as Validator, 'an AgentInfo body');
      const own = info.body as { agent_id: string; public_key: string };
      if (own.agent_id !== master?.agent_id) {
        ctx.note(`the agent (${own.agent_id}) is not the master: its /info key is not compared`);
      } else if (own.public_key !== master.public_key) {
        // Peers that take the master's key from /info would verify its messages against the wrong key.
        throw new CheckFailed(
          'security',
          `the member list gives the master the key ${master.public_key}, its /info ${own.public_key}`,
        );
      }
    },
  },
  {
    id: 'joins.rejoin.other-key',
    requirement: 'JOIN-ID-001',
    also: ['SRV-JOIN-003'],
    category: 'security',
    expected: "a join with a member's agent_id and another key is refused 409 AGENT_ID_TAKEN",
    needs: { members: 1 },
    async run(ctx) {
      const swarm = swarmOf(ctx);
      const member = ctx.members[0] as Identity;
      const fresh = ctx.newIdentity('join-hijack');
      const hijacker: Identity = { ...member, keyPair: fresh.keyPair, publicKey: fresh.publicKey };
      const answer = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, hijacker), hijacker.agentId));
      if (answer.status === 200) await restoreAfterTakeover(ctx, member, hijacker);
      expectRefused(answer, 'AGENT_ID_TAKEN', 'security');
    },
  },
  refusedToken(
    'joins.token.tampered',
    'SRV-JOIN-002',
    [],
    'INVALID_SIGNATURE',
    'join-tampered',
    // iat decides nothing: only the signature can tell this token from the invite.
    (swarm) =>
      tamperedToken(swarm, (claims) => {
        claims.iat = Number(claims.iat) - 1;
      }),
    'the invite with a claim changed and its signature kept is refused 401 INVALID_SIGNATURE',
  ),
  refusedToken(
    'joins.token.alg-none',
    'TOK-ALG-001',
    ['SRV-JOIN-002'],
    'UNSUPPORTED_ALGORITHM',
    'join-alg-none',
    (swarm) => resignedToken(swarm, { alg: 'none' }, () => ''),
    'the invite re-issued with alg none and no signature is refused 400 UNSUPPORTED_ALGORITHM',
  ),
  refusedToken(
    'joins.token.hs256',
    'TOK-ALG-001',
    ['SRV-JOIN-002'],
    'UNSUPPORTED_ALGORITHM',
    'join-hs256',
    // The classic key confusion: HMAC keyed with the master's public key, which anyone can read.
    (swarm) =>
      resignedToken(swarm, { alg: 'HS256', typ: 'JWT' }, (input) =>
        createHmac('sha256', swarm.masterPublicKey).update(input).digest('base64url'),
      ),
    'the invite re-signed with HS256 is refused 400 UNSUPPORTED_ALGORITHM',
  ),
  refusedToken(
    'joins.token.claim-removed',
    'SRV-JOIN-002',
    [],
    'INVALID_SIGNATURE',
    'join-no-iat',
    // The signature is checked before the claims, and no longer matches the payload.
    (swarm) =>
      tamperedToken(swarm, (claims) => {
        delete claims.iat;
      }),
    'the invite without its iat claim, signature kept, is refused 401 INVALID_SIGNATURE (signature before claims)',
  ),
  refusedToken(
    'joins.token.no-swarm-id',
    'TOK-CLM-001',
    ['SRV-JOIN-002'],
    'INVALID_TOKEN',
    'join-no-swarm-id',
    // Without swarm_id there is no swarm, so no issuer key to check the signature with: only the claim can fail.
    (swarm) =>
      tamperedToken(swarm, (claims) => {
        delete claims.swarm_id;
      }),
    'the invite without its swarm_id claim is refused 400 INVALID_TOKEN',
  ),
  {
    id: 'joins.token.member-issued',
    requirement: 'SRV-JOIN-001',
    also: ['TOK-ALG-001'],
    category: 'security',
    expected:
      "a token signed by a member (kid) is refused 403 INVITES_DISABLED unless the swarm's settings allow member invites, and then admits",
    needs: { members: 1 },
    async run(ctx) {
      const swarm = swarmOf(ctx);
      const member = ctx.members[0] as Identity;
      // The settings are in the join answer: a re-join (which changes nothing) reads them.
      const rejoin = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, member), member.agentId));
      if (rejoin.status !== 200)
        throw new CheckSkipped(`the settings cannot be read: a re-join answered ${summarize(rejoin)}`);
      const settings = (rejoin.body as JoinAccepted).settings;
      if (!settings) ctx.note('the join answer has no settings: member invites taken as not allowed (the default)');
      const allowed = settings?.allow_member_invite === true;
      const claims = decodeInviteToken(parseInviteUrl(swarm.invite).jwt).payload as { endpoint: string };
      const token = createInviteToken(
        {
          swarm_id: swarm.swarmId,
          master: swarm.masterId,
          endpoint: claims.endpoint,
          iat: Math.floor(ctx.now() / 1000),
        },
        member.keyPair,
        { kid: member.agentId },
      );
      const joiner = ctx.newIdentity('join-member-invited');
      const answer = await join(ctx, joiner, { token });
      if (!allowed) {
        expectRefused(answer, 'INVITES_DISABLED', 'security');
        return;
      }
      ctx.note('the swarm allows member invites: the token must admit');
      if (answer.status !== 200 && answer.status < 500) {
        throw new CheckFailed('correctness', `refused (${summarize(answer)}) although the swarm allows member invites`);
      }
      expectMemberList(ctx, answer, joiner);
    },
  },
  {
    id: 'joins.public-key.short',
    requirement: 'JOIN-KEY-001',
    also: ['ID-KEY-002'],
    category: 'correctness',
    expected: 'a join whose public_key is 31 bytes is refused 400 INVALID_FORMAT at /sender/public_key',
    needs: { members: 1 },
    async run(ctx) {
      const joiner = ctx.newIdentity('join-key-short');
      const short = Buffer.from(joiner.keyPair.publicKey.subarray(0, 31)).toString('base64');
      expectKeyRefused(await join(ctx, joiner, { sender: { public_key: short } }));
    },
  },
  {
    id: 'joins.public-key.spki',
    requirement: 'ID-KEY-001',
    also: ['JOIN-KEY-001'],
    category: 'correctness',
    expected:
      'a join whose public_key is in SPKI/DER form (MCowBQYDK2VwAyEA…) is refused 400 INVALID_FORMAT at /sender/public_key',
    needs: { members: 1 },
    async run(ctx) {
      const joiner = ctx.newIdentity('join-key-spki');
      const spki = `${SPKI_PREFIX_B64}${joiner.publicKey}`;
      expectKeyRefused(await join(ctx, joiner, { sender: { public_key: spki } }));
    },
  },
  {
    id: 'joins.single-use.race',
    requirement: 'TOK-USE-001',
    also: ['SRV-JOIN-002'],
    category: 'security',
    expected: `of ${RACERS} concurrent redemptions of a max_uses 1 invite exactly one is admitted, the rest and a later one refused 403 TOKEN_EXHAUSTED`,
    needs: { members: 1, singleUseInvites: 1 },
    async run(ctx) {
      const invite = ctx.takeSingleUseInvite();
      const racers = Array.from({ length: RACERS }, (_, index) => ctx.newIdentity(`join-race${index + 1}`));
      // Open the connections first: TLS handshakes would otherwise spread the redemptions over a few hundred ms.
      await Promise.all(racers.map(() => ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'health') }))));
      const settled = await Promise.allSettled(
        racers.map((racer) => ctx.send(() => postJoin(ctx.endpoint, joinBody(invite, racer), racer.agentId))),
      );
      // Whoever got in is adopted before anything is judged, even when another redemption could not be sent.
      const admitted = racers.filter((_, index) => {
        const outcome = settled[index];
        return outcome?.status === 'fulfilled' && outcome.value.status === 200;
      });
      for (const racer of admitted) ctx.adopt(racer);
      const answers = settled.map((outcome) => {
        if (outcome.status === 'rejected') throw outcome.reason;
        return outcome.value;
      });
      const tally = answers.map(summarize).join(', ');
      if (admitted.length > 1) {
        throw new CheckFailed('security', `${admitted.length} of ${RACERS} concurrent redemptions admitted: ${tally}`);
      }
      if (admitted.length === 0) throw new CheckFailed('correctness', `no redemption admitted: ${tally}`);
      expectMemberList(ctx, answers[racers.indexOf(admitted[0] as Identity)] as Answer, admitted[0] as Identity);
      for (const answer of answers) {
        if (answer.status !== 200) expectRefused(answer, 'TOKEN_EXHAUSTED', 'security');
      }
      const late = ctx.newIdentity('join-race-late');
      const again = await ctx.send(() => postJoin(ctx.endpoint, joinBody(invite, late), late.agentId));
      if (again.status === 200) ctx.adopt(late);
      expectRefused(again, 'TOKEN_EXHAUSTED', 'security');
    },
  },
  {
    id: 'joins.announce.member-joined',
    requirement: 'SRV-JOIN-005',
    also: ['MSG-SIG-001', 'SYS-JOIN-001'],
    category: 'security',
    expected:
      'after a new join every existing member is sent a member_joined naming the joiner, signed by the master and verifying with its key',
    needs: { members: 2, listener: true },
    async run(ctx) {
      const swarm = swarmOf(ctx);
      const listener = ctx.listener;
      if (!listener) throw new CheckSkipped('no listener');
      const members = ctx.members.filter((member) => member.endpoint.startsWith(`${listener.advertise}/`));
      if (members.length === 0) throw new CheckSkipped('no member identity lives at the listener');
      const joiner = ctx.newIdentity('join-announced');
      const answer = await join(ctx, joiner);
      expectBody(answer, validateJoinAccepted as Validator, 'a JoinAccepted body');
      const deadline = ctx.now() + ANNOUNCE_TIMEOUT_MS;
      for (const [index, member] of members.entries()) {
        const got = await listener.waitFor((r) => announces(r, member, joiner), Math.max(0, deadline - ctx.now()));
        if (!got) {
          throw new CheckFailed(
            'correctness',
            `${member.agentId} was sent no member_joined for ${joiner.agentId} within ${ANNOUNCE_TIMEOUT_MS / 1000} s (${index} of ${members.length} members were)`,
          );
        }
      }
      // Every copy that arrived is judged: a forged one beside the genuine one still fails.
      const copies = listener.received.filter((r) => members.some((member) => announces(r, member, joiner)));
      for (const copy of copies) judgeAnnouncement(copy, swarm, joiner);
      ctx.note(
        `${copies.length} member_joined received by ${members.length} members, each verifying with the master's key`,
      );
    },
  },
];

export const joinsSection: Section = { id: 'joins', title: 'Joins and invite tokens', checks };
