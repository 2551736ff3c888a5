// Mutants that break the rules of the joins checks. The member_joined signed by a wrong key needs the suite's
// listener, which the gallery does not start: that mutant lives in test/conformance/joins.test.ts.
import { errorCatalog } from '../../../generated/errors.js';
import type { ErrorCode, JoinAccepted } from '../../../generated/types.js';
import { encodePublicKey, keyPairFromSeed } from '../../../src/core/keys.js';
import { jsonAnswer, type ProxiedAnswer, type ProxiedRequest } from '../mutant-proxy.js';
import type { Mutant } from './types.js';

interface PostedJoin {
  invite_token?: unknown;
  sender?: { agent_id?: unknown; endpoint?: unknown; public_key?: unknown };
}

function postedJoin(request: ProxiedRequest): PostedJoin | undefined {
  const json = request.json;
  const isJoin = request.method === 'POST' && /\/join\/?$/.test(request.path);
  return isJoin && typeof json === 'object' && json !== null ? (json as PostedJoin) : undefined;
}

/** A JWT part as JSON, or undefined when it is not one. */
function tokenPart(join: PostedJoin, index: 0 | 1): Record<string, unknown> | undefined {
  const part = typeof join.invite_token === 'string' ? join.invite_token.split('.')[index] : undefined;
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function codeOf(answer: ProxiedAnswer): string | undefined {
  const code = (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

function refusal(code: ErrorCode, message: string): ProxiedAnswer {
  return jsonAnswer(errorCatalog[code].status ?? 400, { error: { code, message, details: null } });
}

/** What a mutant agent answers when it admits: the joiner alone in the member list, nothing stored. */
function fakeAccepted(join: PostedJoin): ProxiedAnswer {
  const swarmId = tokenPart(join, 1)?.swarm_id;
  const body: JoinAccepted = {
    status: 'accepted',
    swarm_id: typeof swarmId === 'string' ? swarmId : '00000000-0000-4000-8000-000000000000',
    swarm_name: 'mutant-swarm',
    members: [
      {
        agent_id: String(join.sender?.agent_id),
        endpoint: String(join.sender?.endpoint),
        public_key: String(join.sender?.public_key),
      },
    ],
  };
  return jsonAnswer(200, body);
}

/** Admits where the agent refused with one of `codes`. */
function admitsDespite(...codes: ErrorCode[]) {
  return (answer: ProxiedAnswer, request: ProxiedRequest): ProxiedAnswer => {
    const join = postedJoin(request);
    const code = codeOf(answer);
    return join && code && (codes as string[]).includes(code) ? fakeAccepted(join) : answer;
  };
}

const SPKI_PREFIX_B64 = 'MCowBQYDK2VwAyEA';

/** A use counter read and written without a lock: every redemption seen while the first is in flight passes. */
function countsWithoutALock(): Mutant['mutation'] {
  const firstSeen = new Map<string, number>();
  const arrived = new WeakMap<ProxiedRequest, number>();
  return {
    request(request) {
      const join = postedJoin(request);
      if (join && typeof join.invite_token === 'string') {
        const now = Date.now();
        arrived.set(request, now);
        if (!firstSeen.has(join.invite_token)) firstSeen.set(join.invite_token, now);
      }
      return request;
    },
    answer(answer, request) {
      const join = postedJoin(request);
      if (!join || codeOf(answer) !== 'TOKEN_EXHAUSTED') return answer;
      const first = firstSeen.get(String(join.invite_token)) ?? 0;
      return (arrived.get(request) ?? 0) - first <= 50 ? fakeAccepted(join) : answer;
    },
  };
}

/** Another valid key than the agent's: what /info shows when its key is configured, not derived. */
const CONFIGURED_KEY = encodePublicKey(keyPairFromSeed(new Uint8Array(32).fill(7)).publicKey);

export const joinsMutants: Mutant[] = [
  {
    name: 'admits-any-token-alg',
    breaks: 'a token re-signed with alg none or HS256 admits (the header alg is trusted)',
    mutation: {
      request(request) {
        const join = postedJoin(request);
        return join && tokenPart(join, 0)?.alg !== 'EdDSA' ? fakeAccepted(join) : request;
      },
    },
    mustFail: ['joins.token.alg-none', 'joins.token.hs256'],
    category: 'security',
  },
  {
    name: 'lets-a-second-key-take-an-id',
    breaks: "a join with a member's agent_id and another key admits (AGENT_ID_TAKEN never answered)",
    mutation: { answer: admitsDespite('AGENT_ID_TAKEN') },
    mustFail: ['joins.rejoin.other-key'],
    category: 'security',
  },
  {
    name: 'accepts-lax-public-keys',
    breaks: 'a join key in SPKI/DER form is unwrapped and admitted, and one of 31 bytes admitted as it is',
    mutation: {
      request(request) {
        const join = postedJoin(request);
        const key = join?.sender?.public_key;
        if (!join || typeof key !== 'string') return request;
        if (key.startsWith(SPKI_PREFIX_B64) && key.length === 60) {
          const body = JSON.stringify({ ...join, sender: { ...join.sender, public_key: key.slice(16) } });
          return { ...request, body, json: JSON.parse(body) };
        }
        return Buffer.from(key, 'base64').byteLength === 32 ? request : fakeAccepted(join);
      },
    },
    mustFail: ['joins.public-key.short', 'joins.public-key.spki'],
    category: 'correctness',
  },
  {
    name: 'counts-uses-without-a-lock',
    breaks: 'concurrent redemptions of a max_uses 1 invite all admit (uses read and written without a lock)',
    mutation: countsWithoutALock(),
    mustFail: ['joins.single-use.race'],
    category: 'security',
    singleUseInvites: 1,
  },
  {
    name: 'skips-token-signatures',
    breaks: "an invite whose payload changed after signing admits (the token's signature is not checked)",
    mutation: { answer: admitsDespite('INVALID_SIGNATURE') },
    mustFail: ['joins.token.tampered', 'joins.token.claim-removed'],
    category: 'security',
  },
  {
    name: 'misreads-a-missing-swarm-id',
    breaks:
      'a token without swarm_id is answered SWARM_NOT_FOUND (looked up by the missing id) instead of INVALID_TOKEN',
    mutation: {
      request(request) {
        const join = postedJoin(request);
        const claims = join && tokenPart(join, 1);
        return claims && claims.swarm_id === undefined
          ? refusal('SWARM_NOT_FOUND', "Swarm 'undefined' not found")
          : request;
      },
    },
    mustFail: ['joins.token.no-swarm-id'],
    category: 'correctness',
  },
  {
    name: 'admits-member-invites-always',
    breaks: 'a token signed by a member (kid) admits in a swarm that does not allow member invites',
    mutation: { answer: admitsDespite('INVITES_DISABLED') },
    mustFail: ['joins.token.member-issued'],
    category: 'security',
  },
  {
    name: 'info-key-not-derived',
    breaks: "/info shows a configured key, not the one the agent signs with (WIRE.md §10), unlike the join answer's",
    mutation: {
      answer(answer, request) {
        if (request.method !== 'GET' || !request.path.endsWith('/info') || answer.status !== 200) return answer;
        return jsonAnswer(200, { ...(answer.json as object), public_key: CONFIGURED_KEY });
      },
    },
    mustFail: ['joins.rejoin.same-key'],
    category: 'security',
  },
];
