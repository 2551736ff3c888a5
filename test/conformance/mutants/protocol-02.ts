// Mutants that break the rules of protocol 0.2: the whole-envelope signature, the downgrade refusal, sealed
// content, what /info advertises, and where the 0.2 refusals sit in the pipeline.
import { OPTIONAL_KEYS, WIRE_REQUIRED_KEYS } from '../../../src/core/envelope.js';
import { PROTOCOL_V01, rulesOf } from '../../../src/core/protocol.js';
import { verifyMessage } from '../../../src/core/signature.js';
import { timestampToDate } from '../../../src/core/timestamp.js';
import { jsonAnswer, type Mutation, type ProxiedRequest, queued } from '../mutant-proxy.js';
import { codeOf, type Posted, postedMessage, refusal, SwarmKnowledge } from './message.js';
import type { Mutant } from './types.js';

const REPLAY_WINDOW_MS = 5 * 60 * 1000;
/** The top-level keys of spec/schemas/Message.json. */
const MESSAGE_KEYS = new Set<string>([...WIRE_REQUIRED_KEYS, ...OPTIONAL_KEYS, 'sealed']);

/** The posted message when it is a 0.2 envelope. */
function posted02(request: ProxiedRequest): (Posted & Record<string, unknown>) | undefined {
  const message = postedMessage(request);
  return message && rulesOf(message.protocol_version) === '0.2'
    ? (message as Posted & Record<string, unknown>)
    : undefined;
}

function stale(message: Posted): boolean {
  const sentAt = timestampToDate(String(message.timestamp))?.getTime();
  return sentAt === undefined || Math.abs(Date.now() - sentAt) > REPLAY_WINDOW_MS;
}

/** The six fields the 0.1.0 signature covers, with the signature: all a six-field verifier looks at. */
function sixFields(message: Record<string, unknown>): string {
  const { message_id, timestamp, swarm_id, recipient, type, content, signature } = message;
  return JSON.stringify([message_id, timestamp, swarm_id, recipient, type, content, signature]);
}

/**
 * An agent that verifies a 0.2 envelope over its six 0.1.0 fields alone. Its verifier takes what a 0.1.0 signature
 * covers, and any envelope whose six fields and signature it has verified before, whatever else changed since.
 */
function sixFieldVerifier(): Mutation {
  const known = new SwarmKnowledge();
  const verified = new Set<string>();
  return {
    answer(answer, request) {
      known.learn(answer, request);
      const message = posted02(request);
      if (!message) return answer;
      if (answer.status === 200) verified.add(sixFields(message));
      if (codeOf(answer) !== 'INVALID_SIGNATURE') return answer;
      const publicKey = known.member(message)?.publicKey;
      const v01Holds = publicKey !== undefined && verifyMessage(message, publicKey).valid;
      return v01Holds || verified.has(sixFields(message)) ? queued(request) : answer;
    },
  };
}

/** An agent that drops unknown top-level keys and `null`s from a 0.2 envelope before verifying it, as 0.1.0 may. */
function normalisingVerifier(): Mutation {
  return {
    request(request) {
      const message = posted02(request);
      if (!message) return request;
      const kept = Object.fromEntries(
        Object.entries(message).filter(([key, value]) => MESSAGE_KEYS.has(key) && value !== null),
      );
      const body = JSON.stringify(kept);
      return { ...request, body, json: kept };
    },
  };
}

/** An agent whose JSON parser keeps the last of two values of one name, and nothing else looks. */
function keepsLastOfRepeatedNames(): Mutation {
  return {
    request(request) {
      const message = posted02(request);
      if (!message) return request;
      // What a parser that keeps the last value reads, written once: JSON.parse already read it so.
      return { ...request, body: JSON.stringify(message), json: message };
    },
  };
}

/** Lets through a 0.1.0 message the agent refused as a downgrade, judging it by the checks after the downgrade. */
function allowsDowngrade(): Mutation {
  return {
    answer(answer, request) {
      const message = postedMessage(request);
      if (!message || codeOf(answer) !== 'PROTOCOL_DOWNGRADE') return answer;
      return stale(message) ? refusal('TIMESTAMP_OUT_OF_WINDOW', 'outside the replay window') : queued(request);
    },
  };
}

/** Whether a sealed message breaks a rule the proxy can see without a key: content, type, or its envelope. */
function sealedBroken(message: Posted & Record<string, unknown>): boolean {
  if (message.sealed === undefined || message.sealed === null) return false;
  return message.content !== '' || message.type === 'system' || rulesOf(message.protocol_version) !== '0.2';
}

/** Authority as far as the proxy can judge it: a removal, transfer or dissolution sent by another than the master. */
function authorityBroken(message: Posted, known: SwarmKnowledge): boolean {
  if (message.type !== 'system') return false;
  let action: unknown;
  try {
    action = (JSON.parse(String(message.content)) as { action?: unknown }).action;
  } catch {
    return false;
  }
  const master = known.masters.get(String(message.swarm_id).toLowerCase());
  return (
    ['member_kicked', 'kicked', 'master_transfer', 'swarm_dissolved'].includes(String(action)) &&
    master !== message.sender?.agent_id
  );
}

/** [SRV-MSG-007]'s part of the pipeline, in its order. */
const ORDER = [
  'INVALID_SIGNATURE',
  'PROTOCOL_DOWNGRADE',
  'TIMESTAMP_OUT_OF_WINDOW',
  'MESSAGE_EXPIRED',
  'SEALED_CONTENT_INVALID',
  'NOT_AUTHORIZED',
] as const;

/** Answers the code of the last 0.2-era rule a message breaks, where the agent answered the first. */
function reversed02Order(): Mutation {
  const known = new SwarmKnowledge();
  const speaks02 = new Set<string>();
  return {
    answer(answer, request) {
      known.learn(answer, request);
      const message = postedMessage(request) as (Posted & Record<string, unknown>) | undefined;
      if (!message) return answer;
      const sender = String(message.sender?.agent_id);
      if (answer.status === 200 && rulesOf(message.protocol_version) === '0.2') speaks02.add(sender);
      const code = codeOf(answer);
      const at = ORDER.indexOf(code as (typeof ORDER)[number]);
      if (at < 0) return answer;
      const expiresAt = message.expires_at ? timestampToDate(String(message.expires_at))?.getTime() : undefined;
      const broken: Record<(typeof ORDER)[number], boolean> = {
        INVALID_SIGNATURE: false,
        PROTOCOL_DOWNGRADE: rulesOf(message.protocol_version) === '0.1' && speaks02.has(sender),
        TIMESTAMP_OUT_OF_WINDOW: stale(message),
        MESSAGE_EXPIRED: expiresAt !== undefined && expiresAt <= Date.now(),
        SEALED_CONTENT_INVALID: sealedBroken(message),
        NOT_AUTHORIZED: authorityBroken(message, known),
      };
      const last = ORDER.slice(at + 1).findLast((rule) => broken[rule]);
      return last ? refusal(last, `checked last, answered first: ${code} then ${last}`) : answer;
    },
  };
}

/** Answers 200 queued where the agent refused sealed content, as one that never opens or checks it would. */
function acceptsAnySealed(): Mutation {
  return {
    answer(answer, request) {
      return codeOf(answer) === 'SEALED_CONTENT_INVALID' ? queued(request) : answer;
    },
  };
}

/** Refuses a sealed message it is not a reader of, as if it had tried its key on someone else's. */
function refusesSealedForOthers(): Mutation {
  const known = new SwarmKnowledge();
  return {
    request(request) {
      const sealed = posted02(request)?.sealed as { keys?: { agent_id?: unknown }[] } | undefined;
      if (!sealed || !Array.isArray(sealed.keys) || !known.self) return request;
      return sealed.keys.some((entry) => entry.agent_id === known.self)
        ? request
        : refusal('SEALED_CONTENT_INVALID', 'the wrapped key does not open with this agent’s key');
    },
    answer(answer, request) {
      known.learn(answer, request);
      return answer;
    },
  };
}

/** Drops protocol_versions from /info, as an agent that forgot to advertise 0.2 would. */
function infoWithout02(): Mutation {
  return {
    answer(answer, request) {
      if (!request.path.endsWith('/info') || answer.status !== 200) return answer;
      const { protocol_versions: _versions, ...rest } = answer.json as Record<string, unknown>;
      return jsonAnswer(200, rest);
    },
  };
}

/** Advertises 0.2 (the agent's /info is untouched) and refuses every 0.2 message as a version it does not speak. */
function refuses02(): Mutation {
  return {
    request(request) {
      if (!posted02(request)) return request;
      return jsonAnswer(400, {
        error: {
          code: 'UNSUPPORTED_PROTOCOL_VERSION',
          message: 'protocol_version 0.2.0 is not spoken here',
          details: { supported: [PROTOCOL_V01] },
        },
      });
    },
  };
}

export const protocol02Mutants: Mutant[] = [
  {
    name: 'verifies-v02-with-v01-rules',
    breaks: 'verifies a 0.2 envelope over the six 0.1.0 fields only, so every other key goes unsigned',
    mutation: sixFieldVerifier(),
    mustFail: [
      'protocol-02.signature.tampered.priority',
      'protocol-02.signature.tampered.sender-endpoint',
      'protocol-02.signature.tampered.metadata-nested',
      'protocol-02.signature.tampered.unknown-key',
      'protocol-02.signature.tampered.null-added',
      'protocol-02.signature.tampered.key-removed',
      'protocol-02.signature.v01-rules',
    ],
    category: 'security',
  },
  {
    name: 'normalises-v02-before-verifying',
    breaks: 'drops unknown keys and nulls from a 0.2 envelope before verifying it',
    mutation: normalisingVerifier(),
    mustFail: [
      'protocol-02.signature.unknown-key-and-null',
      'protocol-02.signature.tampered.unknown-key',
      'protocol-02.signature.tampered.null-added',
    ],
  },
  {
    name: 'keeps-last-of-repeated-names',
    breaks: 'reads a 0.2 body that names a key twice as its JSON parser does (the last value wins) and verifies that',
    mutation: keepsLastOfRepeatedNames(),
    mustFail: ['protocol-02.duplicate-name.top-level', 'protocol-02.duplicate-name.nested'],
    category: 'security',
  },
  {
    name: 'allows-downgrade',
    breaks: 'accepts a 0.1.0 message from a member it has seen speak 0.2',
    mutation: allowsDowngrade(),
    mustFail: ['protocol-02.downgrade', 'protocol-02.order.downgrade-before-timestamp'],
  },
  {
    name: 'v02-order-reversed',
    breaks: 'checks the downgrade, sealed content and the clocks in the reverse of the spec order',
    mutation: reversed02Order(),
    mustFail: [
      'protocol-02.order.signature-before-downgrade',
      'protocol-02.order.downgrade-before-timestamp',
      'protocol-02.order.signature-before-sealed',
      'protocol-02.order.expiry-before-sealed',
      'protocol-02.order.sealed-before-authority',
    ],
    category: 'correctness',
  },
  {
    name: 'accepts-any-sealed',
    breaks: 'accepts any sealed object without opening it or checking its rules',
    mutation: acceptsAnySealed(),
    mustFail: [
      'sealed.refused.other-message',
      'sealed.refused.tampered-key',
      'sealed.refused.content',
      'sealed.refused.system',
      'sealed.refused.reader-twice',
      'sealed.refused.v01-envelope',
    ],
    category: 'security',
  },
  {
    name: 'refuses-sealed-for-others',
    breaks: 'refuses a sealed broadcast it is not a reader of instead of storing it as received',
    mutation: refusesSealedForOthers(),
    mustFail: ['sealed.not-reader'],
  },
  {
    name: 'hides-v02-in-info',
    breaks: 'accepts 0.2 messages without listing 0.2.0 in /info',
    mutation: infoWithout02(),
    mustFail: ['protocol-02.advertised'],
  },
  {
    name: 'refuses-v02-it-advertises',
    breaks: 'lists 0.2.0 in /info and refuses every 0.2 message',
    mutation: refuses02(),
    mustFail: ['protocol-02.advertised', 'protocol-02.signature.valid', 'sealed.reader', 'sealed.not-reader'],
  },
];
