// Mutants that break the rules of the authority checks. Several keep state, as the broken agent they play would:
// a forged kick they accepted removes the member for good (until it joins again), a forged key takes over.
import type { Message } from '../../../generated/types.js';
import { verifyMessage } from '../../../src/core/signature.js';
import { type Mutation, type ProxiedAnswer, type ProxiedRequest, queued } from '../mutant-proxy.js';
import { codeOf, joinerOf, messageOf, refusal } from './membership.js';
import type { Mutant } from './types.js';

interface Content {
  action?: unknown;
  agent_id?: unknown;
  previous_master?: unknown;
  public_key?: unknown;
}

/** The parsed content of a system message, or undefined. */
function contentOf(message: Message | undefined): Content | undefined {
  if (message?.type !== 'system') return undefined;
  try {
    const content = JSON.parse(message.content) as unknown;
    return typeof content === 'object' && content !== null ? (content as Content) : undefined;
  } catch {
    return undefined;
  }
}

function refusedUnauthorized(answer: ProxiedAnswer): boolean {
  return codeOf(answer) === 'NOT_AUTHORIZED';
}

/**
 * An agent that removes members on `actions` it should have refused: `answer` says what it answers the forgery
 * (200 queued, or the right 403 after applying it anyway). The removed member's messages are then refused
 * NOT_MEMBER until it joins again.
 */
function removesOnForgery(actions: readonly string[], answer: 'queued' | 'refused'): Mutation {
  const removed = new Set<string>();
  return {
    request(request) {
      const joiner = joinerOf(request);
      if (joiner !== undefined) removed.delete(joiner);
      const sender = messageOf(request)?.sender.agent_id;
      return sender !== undefined && removed.has(sender) ? refusal('NOT_MEMBER', `${sender} was removed`) : request;
    },
    answer(original, request) {
      const content = contentOf(messageOf(request));
      if (!refusedUnauthorized(original) || !actions.includes(String(content?.action))) return original;
      removed.add(String(content?.agent_id));
      return answer === 'queued' ? queued(request) : original;
    },
  };
}

/** Accepts a member_joined that re-keys a member: the new key signs for that member from then on. */
function acceptsReKey(): Mutation {
  const keys = new Map<string, string>();
  const removed = new Set<string>();
  return {
    request(request) {
      const joiner = joinerOf(request);
      if (joiner !== undefined) {
        keys.delete(joiner);
        removed.delete(joiner);
      }
      const message = messageOf(request);
      if (!message) return request;
      const sender = message.sender.agent_id;
      if (removed.has(sender)) return refusal('NOT_MEMBER', `${sender} left`);
      const key = keys.get(sender);
      if (key === undefined) return request;
      if (!verifyMessage(message, key).valid)
        return refusal('INVALID_SIGNATURE', 'does not verify with the key on record');
      const content = contentOf(message);
      if (content?.action === 'member_left' && content.agent_id === sender) {
        keys.delete(sender);
        removed.add(sender);
      }
      return queued(request);
    },
    answer(answer, request) {
      const content = contentOf(messageOf(request));
      if (!refusedUnauthorized(answer) || content?.action !== 'member_joined') return answer;
      if (typeof content.agent_id === 'string' && typeof content.public_key === 'string') {
        keys.set(content.agent_id, content.public_key);
      }
      return queued(request);
    },
  };
}

/** Lets a member that claims the master role have it: from then on its master-only actions are accepted. */
function handsOverTheMasterRole(): Mutation {
  let usurper: string | undefined;
  let master: string | undefined;
  return {
    answer(answer, request) {
      const message = messageOf(request);
      const content = contentOf(message);
      if (!message || !refusedUnauthorized(answer)) return answer;
      if (content?.action === 'master_transfer' && typeof content.agent_id === 'string') {
        master ??= String(content.previous_master);
        usurper = content.agent_id === master ? undefined : content.agent_id;
        return queued(request);
      }
      return message.sender.agent_id === usurper ? queued(request) : answer;
    },
  };
}

/** Codes the reference also answers: its body validation, size and rate limits. Everything else is 200 queued. */
const REFERENCE_REFUSES = new Set([
  'INVALID_JSON',
  'INVALID_FORMAT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
]);

/** Forgets the swarm on a swarm_dissolved from anyone: every message for it is then refused SWARM_NOT_FOUND. */
function dissolvesOnAnyone(): Mutation {
  let dissolved = false;
  return {
    request: (request) =>
      dissolved && messageOf(request) ? refusal('SWARM_NOT_FOUND', 'this agent left the swarm') : request,
    answer(answer, request) {
      if (!refusedUnauthorized(answer) || contentOf(messageOf(request))?.action !== 'swarm_dissolved') return answer;
      dissolved = true;
      return queued(request);
    },
  };
}

const ACTIONS = [
  'member_joined',
  'member_left',
  'kicked',
  'member_kicked',
  'master_transfer',
  'master_changed',
  'swarm_dissolved',
  'member_muted',
  'member_unmuted',
];

/** Refuses a system message whose content it cannot read, where the agent must store it without acting on it. */
function refusesUnreadableContent(request: ProxiedRequest): ProxiedRequest | ProxiedAnswer {
  const message = messageOf(request);
  if (message?.type !== 'system' || ACTIONS.includes(String(contentOf(message)?.action))) return request;
  return refusal('INVALID_FORMAT', 'content is not a system content');
}

export const authorityMutants: Mutant[] = [
  {
    name: 'lets-any-member-kick',
    breaks: 'a member_kicked from a member that is not the master is accepted, and the kicked member removed',
    mutation: removesOnForgery(['member_kicked'], 'queued'),
    mustFail: ['authority.member-kicked.non-master'],
    category: 'security',
  },
  {
    name: 'applies-refused-removals',
    breaks: 'a forged member_kicked or member_left is refused NOT_AUTHORIZED, but the member is removed all the same',
    mutation: removesOnForgery(['member_kicked', 'member_left'], 'refused'),
    mustFail: ['authority.member-kicked.non-master', 'authority.member-left.other-member'],
    category: 'security',
  },
  {
    name: 'accepts-re-keying-member-joined',
    breaks: "a member's member_joined that gives another member a new key is accepted, and the new key signs for it",
    mutation: acceptsReKey(),
    mustFail: ['authority.member-joined.re-key'],
    category: 'security',
  },
  {
    name: 'hands-over-the-master-role',
    breaks: 'a master_transfer from a member that is not the master is accepted, and that member acts as master',
    mutation: handsOverTheMasterRole(),
    mustFail: ['authority.master-transfer.non-master'],
    category: 'security',
  },
  {
    name: 'dissolves-on-anyones-word',
    breaks: 'a swarm_dissolved from a member that is not the master is accepted, and the agent forgets the swarm',
    mutation: dissolvesOnAnyone(),
    mustFail: ['authority.swarm-dissolved.non-master'],
    category: 'security',
  },
  {
    name: 'leave-without-effect',
    breaks: "a member's own member_left is answered 200, but the leaver's messages are still taken afterwards",
    mutation: (() => {
      const left = new Set<string>();
      return {
        answer(answer: ProxiedAnswer, request: ProxiedRequest) {
          const message = messageOf(request);
          if (!message) return answer;
          const content = contentOf(message);
          const sender = message.sender.agent_id;
          if (content?.action === 'member_left' && content.agent_id === sender && answer.status === 200)
            left.add(sender);
          return left.has(sender) && codeOf(answer) === 'NOT_MEMBER' ? queued(request) : answer;
        },
      };
    })(),
    mustFail: ['authority.member-left.own'],
    category: 'correctness',
  },
  {
    name: 'refuses-unreadable-system-content',
    breaks: 'a system message whose content is not JSON, or names an unknown action, is refused instead of stored',
    mutation: { request: refusesUnreadableContent },
    mustFail: ['authority.system-content.not-json', 'authority.system-content.unknown-action'],
    category: 'correctness',
  },
  {
    name: 'like-the-python-reference',
    breaks:
      'stores every message with 200 queued, as the reference does (WIRE.md §10): no membership, signature or authority check',
    mutation: {
      answer: (answer, request) =>
        messageOf(request) && answer.status >= 400 && !REFERENCE_REFUSES.has(codeOf(answer) ?? '')
          ? queued(request)
          : answer,
    },
    mustFail: [
      'membership.non-member',
      'membership.impersonation',
      'membership.endpoint.other-member',
      'authority.member-muted.non-master',
      'authority.member-unmuted.non-master',
      'authority.member-kicked.non-master',
      'authority.member-left.other-member',
      'authority.member-joined.re-key',
      'authority.swarm-id.other-swarm',
      'authority.swarm-id.not-a-string',
      'authority.master-transfer.non-master',
      'authority.master-changed.non-master',
      'authority.swarm-dissolved.non-master',
      'authority.kicked.non-master',
    ],
    category: 'security',
  },
];
