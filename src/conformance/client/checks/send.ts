// Every message the implementation sends (broadcast, direct, sealed, retried, member_left), read from the bytes it
// sent: key order and no nulls (MSG-ENV-001), the timestamp form (MSG-TS-001), lower-case UUIDs (ID-UUID-001), a
// signature over the canonical string (MSG-SIG-001) or, in a 0.2 envelope, over the whole envelope (ESIG-001), the
// fields the step asked for in a version the recipient listed (NEG-002), the headers (HDR-001), and URLs derived
// from the members' endpoints (ID-ENDP-003). Each envelope is judged under its own version's rules.
import { validateMessage } from '../../../../generated/validators/Message.js';
import { verifyEnvelope } from '../../../core/envelope-signature.js';
import { PROTOCOL_V01, PROTOCOL_V02 } from '../../../core/protocol.js';
import { verifyMessage } from '../../../core/signature.js';
import { schemaProblem, type Validator } from '../../judge.js';
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { Arrival, ClientSection, Evidence, Implementation, JudgedCheck, Recorder, StageName } from '../model.js';
import {
  envelopeKeyProblem,
  headerProblem,
  is02,
  isJoin,
  isMemberLeft,
  isMessage,
  isSealed,
  LOWER_UUID,
  MS_Z,
  messageOf,
} from '../wire.js';

/** The stages that make the implementation send messages. */
export const SENDING: readonly StageName[] = ['broadcast', 'direct', 'leave'];
/** How far a sender's clock may be from the suite's before its timestamp is judged not to be UTC now. */
const CLOCK_SLACK_MS = 5 * 60_000;

function messages(evidence: Evidence): Arrival[] {
  const found = evidence.arrivals.filter(isMessage);
  if (found.length === 0) throw new CheckSkipped(evidence.problems.join ?? 'no message of the implementation arrived');
  return found;
}

function implementation(evidence: Evidence): Implementation {
  if (!evidence.impl) throw new CheckSkipped(evidence.problems.join ?? 'the implementation never joined');
  return evidence.impl;
}

/** Runs `problem` on every message; the first one with a problem fails the check with `category`. */
function everyMessage(
  category: 'format' | 'correctness',
  problem: (arrival: Arrival, evidence: Evidence) => string | undefined,
): JudgedCheck['judge'] {
  return (evidence, recorder) => {
    const all = messages(evidence);
    for (const arrival of all) {
      const found = problem(arrival, evidence);
      if (found) {
        recorder.exchange(arrival);
        throw new CheckFailed(
          category,
          `message ${String(messageOf(arrival).message_id)} to ${arrival.path}: ${found}`,
        );
      }
    }
    recorder.note(`${all.length} messages judged`);
  };
}

function keyOrder(arrival: Arrival): string | undefined {
  return envelopeKeyProblem(arrival.text, arrival.json as Record<string, unknown>);
}

function timestamp(arrival: Arrival): string | undefined {
  const message = messageOf(arrival);
  for (const key of ['timestamp', 'expires_at'] as const) {
    const value = message[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !MS_Z.test(value) || Number.isNaN(Date.parse(value))) {
      return `${key} ${JSON.stringify(value)} is not YYYY-MM-DDTHH:MM:SS.mmmZ`;
    }
  }
  const skew = Date.parse(message.timestamp) - arrival.at;
  if (Math.abs(skew) > CLOCK_SLACK_MS) {
    return `timestamp ${message.timestamp} is ${Math.round(skew / 1000)} s from the suite's clock: not UTC now`;
  }
  return undefined;
}

function uuids(arrival: Arrival): string | undefined {
  const message = messageOf(arrival);
  for (const key of ['message_id', 'swarm_id', 'in_reply_to', 'thread_id'] as const) {
    const value = message[key];
    if (value === undefined && (key === 'in_reply_to' || key === 'thread_id')) continue;
    if (typeof value !== 'string' || !LOWER_UUID.test(value)) {
      return `${key} ${JSON.stringify(value)} is not a lower-case hyphenated UUID`;
    }
  }
  return undefined;
}

/** A 0.2 envelope is verified whole ([ESIG-001]), any other over the six fields ([MSG-SIG-001]), as a receiver does. */
export function signatureProblem(arrival: Arrival, evidence: Evidence): string | undefined {
  const key = implementation(evidence).publicKey;
  const v02 = is02(arrival);
  const result = v02 ? verifyEnvelope(arrival.json, key) : verifyMessage(arrival.json, key);
  if (result.valid) return undefined;
  const rules = v02 ? ' (0.2: the whole envelope, [ESIG-001])' : '';
  return `the signature does not verify with the key it joined with${rules}: ${result.reason}`;
}

/** The versions a sender may write to `agentId`: 0.2.0 too when its /info lists it ([NEG-002]). */
function versionsFor(evidence: Evidence, agentId: string | undefined): string[] {
  return agentId !== undefined && evidence.v02Agents.includes(agentId) ? [PROTOCOL_V01, PROTOCOL_V02] : [PROTOCOL_V01];
}

/** What the step asked for: content, recipient and type, from this implementation, in this swarm. */
function fields(arrival: Arrival, evidence: Evidence): string | undefined {
  const impl = implementation(evidence);
  const shape = schemaProblem(validateMessage as Validator, arrival.json);
  if (shape) return `not a Message: ${shape}`;
  const message = messageOf(arrival);
  // A sender writes 0.1.0 to an agent whose /info lists no 0.2.0, and may write 0.2.0 to one that lists it ([NEG-002]).
  const versions = versionsFor(evidence, arrival.target?.agentId);
  if (!versions.includes(message.protocol_version)) {
    const why = versions.length === 1 ? ': its /info lists no 0.2.0' : '';
    return `protocol_version is ${message.protocol_version}, not ${versions.join(' or ')}${why}`;
  }
  if (message.sender.agent_id !== impl.agentId || message.sender.endpoint !== impl.endpoint) {
    return `sender is ${JSON.stringify(message.sender)}, not the agent_id and endpoint it joined with`;
  }
  if (message.swarm_id.toLowerCase() !== evidence.swarmId) return `swarm_id is ${message.swarm_id}, not the swarm's`;
  if (isMemberLeft(arrival)) {
    return message.recipient === 'broadcast'
      ? undefined
      : `member_left is addressed to ${message.recipient}, not broadcast`;
  }
  // Sealed content is judged by client-protocol-02.sealed.*: here, only that a sealed step asked for it.
  const send = isSealed(arrival)
    ? evidence.sends.sealed
    : Object.values(evidence.sends).find((record) => record?.text === message.content);
  if (!send && isSealed(arrival)) return 'it carries sealed content, which no step asked for';
  if (!send) return `content ${JSON.stringify(message.content.slice(0, 80))} is none of the texts the steps gave`;
  const recipient = send.recipient ?? 'broadcast';
  if (message.recipient !== recipient) return `recipient is ${message.recipient}, the step asked for ${recipient}`;
  if (message.type !== 'message') return `type is ${message.type}, not message`;
  return undefined;
}

function headers(evidence: Evidence, recorder: Recorder): void {
  const impl = implementation(evidence);
  const requests = evidence.arrivals.filter((arrival) => !isJoin(arrival));
  if (requests.length === 0) throw new CheckSkipped('no request but joins arrived');
  for (const arrival of requests) {
    // A 0.2 envelope goes with its own version; every other request (0.1.0 messages, GETs) with 0.1.0.
    const version = is02(arrival) ? messageOf(arrival).protocol_version : PROTOCOL_V01;
    const problem = headerProblem(arrival, impl.agentId, version);
    if (problem) {
      recorder.exchange(arrival);
      throw new CheckFailed('format', `${arrival.method} ${arrival.path}: ${problem}`);
    }
  }
  recorder.note(`${requests.length} requests judged (messages, /info and /health fetches)`);
}

/** Every request went to a route of one of the suite's agents: `<agent>/<route>` with the route's method. */
function urls(evidence: Evidence, recorder: Recorder): void {
  const requests = evidence.arrivals.filter((arrival) => !isJoin(arrival));
  if (requests.length === 0) throw new CheckSkipped('no request but joins arrived');
  for (const arrival of requests) {
    const route = arrival.target?.route;
    const known =
      route !== undefined && (route === 'message' ? arrival.method === 'POST' : ['info', 'health'].includes(route));
    if (!known || arrival.status === 404) {
      recorder.exchange(arrival);
      throw new CheckFailed(
        'correctness',
        `${arrival.method} ${arrival.path} is no route of an agent of the swarm: a peer's URLs are its endpoint, trailing / removed, plus /message, /join, /info or /health`,
      );
    }
  }
}

export const sendSection: ClientSection = {
  id: 'client-send',
  title: 'Messages it sends',
  checks: [
    {
      id: 'client-send.key-order',
      requirement: 'MSG-ENV-001',
      category: 'format',
      expected:
        'writes the nine required keys in order, then the optional keys that are set, never a null or an empty one',
      stages: SENDING,
      judge: everyMessage('format', keyOrder),
    },
    {
      id: 'client-send.timestamp',
      requirement: 'MSG-TS-001',
      category: 'format',
      expected: 'writes timestamps as YYYY-MM-DDTHH:MM:SS.mmmZ, UTC, now',
      stages: SENDING,
      judge: everyMessage('format', timestamp),
    },
    {
      id: 'client-send.uuid',
      requirement: 'ID-UUID-001',
      category: 'format',
      expected: 'writes message_id, swarm_id and any other UUID in lower case',
      stages: SENDING,
      judge: everyMessage('format', uuids),
    },
    {
      id: 'client-send.signature',
      requirement: 'MSG-SIG-001',
      also: ['ESIG-001'],
      category: 'correctness',
      expected:
        'signs the SHA-256 of the canonical string with the key it joined with (88 characters of base64); a 0.2 envelope, the JCS of the whole envelope',
      stages: SENDING,
      judge: everyMessage('correctness', signatureProblem),
    },
    {
      id: 'client-send.fields',
      requirement: 'MSG-ENV-001',
      also: ['NEG-002'],
      category: 'correctness',
      expected:
        'sends a Message from itself in the swarm, with the content, recipient and type the step asked for, as 0.1.0 to agents whose /info lists no 0.2.0 (and 0.1.0 or 0.2.0 to the one that lists it)',
      stages: SENDING,
      judge: everyMessage('correctness', fields),
    },
    {
      id: 'client-send.headers',
      requirement: 'HDR-001',
      category: 'format',
      expected:
        'sends X-Agent-ID (its agent_id) and X-Swarm-Protocol: 0.1.0 with every request (with a 0.2 envelope, its version), and JSON as application/json',
      stages: SENDING,
      judge: headers,
    },
    {
      id: 'client-send.url',
      requirement: 'ID-ENDP-003',
      category: 'correctness',
      expected:
        "sends to each member's endpoint plus /message (and fetches <endpoint>/info), adding no path of its own",
      stages: SENDING,
      judge: urls,
    },
  ],
};
