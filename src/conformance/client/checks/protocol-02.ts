// Protocol 0.2 as a client speaks it, in the suite's mixed swarm (m1 lists 0.2.0; the master and m2 list nothing,
// 0.1.0 alone, as the reference): nothing of 0.2 reaches an agent that did not list it, whatever the implementation
// speaks ([NEG-002]); and when the implementation's own /info lists 0.2.0, it writes 0.2 to m1 (a broadcast in each
// member's version under one message_id), signs every 0.2 envelope whole ([ESIG-001]), and seals a message for its
// reader as [SEAL-001] builds it (sealed.ts). An implementation whose /info lists no 0.2.0 is a 0.1.0 client: the
// checks that need 0.2 skip, saying what its /info lists.
import { verifyEnvelope } from '../../../core/envelope-signature.js';
import { rulesOf } from '../../../core/protocol.js';
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { Arrival, ClientSection, Evidence, Implementation, Recorder } from '../model.js';
import { header, is02, isMessage, isSealed, LOWER_UUID, MS_Z, messageOf, not02 } from '../wire.js';
import { SENDING } from './send.js';

/** The implementation, when its /info lists 0.2.0; otherwise the check is skipped, saying what it lists. */
export function speaking02(evidence: Evidence): Implementation {
  const not = not02(evidence);
  if (not || !evidence.impl) throw new CheckSkipped(`needs an implementation that speaks 0.2: ${not}`);
  return evidence.impl;
}

export function messages(evidence: Evidence): Arrival[] {
  const found = evidence.arrivals.filter(isMessage);
  if (found.length === 0) throw new CheckSkipped(evidence.problems.join ?? 'no message of the implementation arrived');
  return found;
}

/** Fails the check on `arrival`, which the report shows. */
export function fail(recorder: Recorder, arrival: Arrival, message: string): never {
  recorder.exchange(arrival);
  throw new CheckFailed(
    'correctness',
    `message ${String(messageOf(arrival).message_id)} to ${arrival.path}: ${message}`,
  );
}

/** Nothing of 0.2 (an envelope, sealed content, the header) reaches an agent whose /info lists no 0.2.0. */
function judgeNegotiated(evidence: Evidence, recorder: Recorder): void {
  messages(evidence);
  const toV01 = evidence.arrivals.filter((a) => a.target && !evidence.v02Agents.includes(a.target.agentId));
  for (const arrival of toV01) {
    const agentId = arrival.target?.agentId;
    const version = header(arrival, 'x-swarm-protocol');
    const what = is02(arrival)
      ? `a ${messageOf(arrival).protocol_version} envelope`
      : isSealed(arrival)
        ? 'sealed content'
        : rulesOf(version) === '0.2'
          ? `X-Swarm-Protocol: ${version}`
          : undefined;
    if (what) {
      recorder.exchange(arrival);
      throw new CheckFailed(
        'correctness',
        `${arrival.method} ${arrival.path}: ${what} reached ${agentId}, whose /info lists no 0.2.0 (0.1.0 alone)`,
      );
    }
  }
  recorder.note(`${toV01.length} requests to the agents that list no 0.2.0 judged`);
}

/** Every message to an agent that lists 0.2.0 is a 0.2 envelope. */
function judgeSpeaks02(evidence: Evidence, recorder: Recorder): void {
  speaking02(evidence);
  const toV02 = messages(evidence).filter((a) => evidence.v02Agents.includes(a.target?.agentId ?? ''));
  if (toV02.length === 0) {
    throw new CheckFailed('correctness', `no message reached ${evidence.v02Agents.join(', ')}, which lists 0.2.0`);
  }
  for (const arrival of toV02) {
    if (!is02(arrival)) {
      fail(
        recorder,
        arrival,
        `a ${messageOf(arrival).protocol_version} envelope to an agent whose /info lists 0.2.0, from one whose /info lists it too`,
      );
    }
  }
  recorder.note(`${toV02.length} messages to ${evidence.v02Agents.join(', ')} judged`);
}

/** The broadcast reached each member in the version it lists, under one message_id. */
function judgeBroadcast(evidence: Evidence, recorder: Recorder): void {
  speaking02(evidence);
  const record = evidence.sends.broadcast;
  if (!record) throw new CheckSkipped(evidence.problems.broadcast ?? 'the broadcast step was not made');
  const found = evidence.arrivals.filter((a) => isMessage(a) && messageOf(a).content === record.text);
  for (const arrival of found.slice(0, 6)) recorder.exchange(arrival);
  const ids = new Set(found.map((a) => messageOf(a).message_id));
  if (ids.size > 1) {
    throw new CheckFailed('correctness', `${ids.size} message_ids: a broadcast is one message in every version`);
  }
  for (const agentId of record.members) {
    const copies = found.filter((a) => a.target?.agentId === agentId);
    if (copies.length === 0) throw new CheckFailed('correctness', `${agentId} never received it`);
    const want = evidence.v02Agents.includes(agentId) ? '0.2' : '0.1';
    for (const copy of copies) {
      if (rulesOf(messageOf(copy).protocol_version) !== want) {
        throw new CheckFailed(
          'correctness',
          `${agentId}, whose /info lists ${want === '0.2' ? '0.2.0' : 'no 0.2.0'}, received it as ${messageOf(copy).protocol_version}`,
        );
      }
    }
  }
}

/** Every 0.2 envelope verifies whole with its key, its UUIDs in lower case and date-times in the ms-Z form. */
function judgeSignature(evidence: Evidence, recorder: Recorder): void {
  const impl = speaking02(evidence);
  const envelopes = messages(evidence).filter(is02);
  if (envelopes.length === 0) throw new CheckSkipped('no 0.2 envelope arrived (client-protocol-02.speaks-02 says why)');
  for (const arrival of envelopes) {
    const message = messageOf(arrival);
    for (const key of ['message_id', 'swarm_id', 'in_reply_to', 'thread_id'] as const) {
      const value = message[key];
      if (value !== undefined && (typeof value !== 'string' || !LOWER_UUID.test(value))) {
        fail(
          recorder,
          arrival,
          `${key} ${JSON.stringify(value)} is not lower case: a 0.2 sender writes it so, then signs`,
        );
      }
    }
    for (const key of ['timestamp', 'expires_at'] as const) {
      const value = message[key];
      if (value !== undefined && (typeof value !== 'string' || !MS_Z.test(value))) {
        fail(
          recorder,
          arrival,
          `${key} ${JSON.stringify(value)} is not YYYY-MM-DDTHH:MM:SS.mmmZ: a 0.2 sender writes it so`,
        );
      }
    }
    const result = verifyEnvelope(arrival.json, impl.publicKey);
    if (!result.valid) fail(recorder, arrival, `the 0.2 signature does not verify with its key: ${result.reason}`);
  }
  recorder.note(`${envelopes.length} 0.2 envelopes judged`);
}

export const protocol02Section: ClientSection = {
  id: 'client-protocol-02',
  title: 'Protocol 0.2: negotiated per member, signed whole',
  checks: [
    {
      id: 'client-protocol-02.negotiated',
      requirement: 'NEG-002',
      also: ['MSG-VER-002'],
      category: 'correctness',
      expected:
        'sends no 0.2 envelope, no sealed content and no X-Swarm-Protocol: 0.2.x to an agent whose /info lists no 0.2.0 (0.2 or not, it negotiates)',
      stages: SENDING,
      judge: judgeNegotiated,
    },
    {
      id: 'client-protocol-02.speaks-02',
      requirement: 'NEG-002',
      category: 'correctness',
      expected:
        'when its /info lists 0.2.0: writes 0.2 envelopes to the member whose /info lists 0.2.0, system messages too',
      stages: SENDING,
      judge: judgeSpeaks02,
    },
    {
      id: 'client-protocol-02.broadcast',
      requirement: 'NEG-002',
      category: 'correctness',
      expected:
        'when its /info lists 0.2.0: sends a broadcast to the mixed swarm as 0.2 to the member that lists it and as 0.1.0 to the others, under one message_id',
      stages: ['broadcast'],
      judge: judgeBroadcast,
    },
    {
      id: 'client-protocol-02.signature',
      requirement: 'ESIG-001',
      also: ['ESIG-002', 'MSG-VER-002'],
      category: 'correctness',
      expected:
        'signs every 0.2 envelope whole (Ed25519 over the domain line and the JCS of every key but signature) with the key it joined with, its UUIDs written in lower case and its date-times as YYYY-MM-DDTHH:MM:SS.mmmZ',
      stages: SENDING,
      judge: judgeSignature,
    },
  ],
};
