// Delivery behaviour (DLV-ONCE-001, DLV-RETRY-001): a broadcast reaches every other member once, a direct message
// its recipient alone; a 503 with Retry-After is retried no sooner than it says, and then not again; a 400 is not
// retried. Counted over the whole run, so a duplicate sent late still shows.
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { Arrival, ClientSection, Evidence, Recorder, SendKind, SendRecord } from '../model.js';
import { isMessage, messageOf } from '../wire.js';

/** The Retry-After the suite answers a first delivery with in the retry stage, in seconds. */
export const RETRY_AFTER_SECONDS = 2;
/** Timer slack allowed on the wait (clocks and timers are coarser than a millisecond). */
const TIMER_SLACK_MS = 10;

function sendOf(evidence: Evidence, kind: SendKind): SendRecord {
  const record = evidence.sends[kind];
  if (!record)
    throw new CheckSkipped(evidence.problems[kind] ?? evidence.problems.join ?? `the ${kind} step was not made`);
  return record;
}

/** The deliveries of a send: every message POST whose content is its text, in order of arrival. */
function deliveries(evidence: Evidence, record: SendRecord, recorder: Recorder): Arrival[] {
  const found = evidence.arrivals.filter((a) => isMessage(a) && messageOf(a).content === record.text);
  for (const arrival of found.slice(0, 8)) recorder.exchange(arrival);
  recorder.note(describeStep(record));
  if (found.length === 0) throw new CheckFailed('correctness', `nothing arrived (${describeStep(record)})`);
  const ids = new Set(found.map((a) => messageOf(a).message_id));
  if (ids.size > 1) {
    throw new CheckFailed(
      'correctness',
      `${ids.size} different message_ids for one message: a retry or a fan-out sends the same envelope`,
    );
  }
  return found;
}

function describeStep(record: SendRecord): string {
  const { outcome } = record.step;
  if (outcome.manual) return `${record.step.step.SWARM_CONFORMANCE_STEP} was printed, not driven`;
  if (outcome.timedOut) return `the ${record.step.step.SWARM_CONFORMANCE_STEP} driver ran out of time`;
  return `the ${record.step.step.SWARM_CONFORMANCE_STEP} driver exited ${outcome.exitCode}`;
}

/** Each of `owed` got exactly one delivery; nobody else got any. */
function exactlyOnce(found: Arrival[], owed: readonly string[]): void {
  for (const agentId of owed) {
    const count = found.filter((a) => a.target?.agentId === agentId).length;
    if (count === 0) throw new CheckFailed('correctness', `${agentId} never received it`);
    if (count > 1) throw new CheckFailed('correctness', `${agentId} received it ${count} times`);
  }
  const stray = found.find((a) => !owed.includes(a.target?.agentId ?? ''));
  if (stray) throw new CheckFailed('correctness', `it was also sent to ${stray.path}, which it is not addressed to`);
}

function judgeBroadcast(evidence: Evidence, recorder: Recorder): void {
  const record = sendOf(evidence, 'broadcast');
  exactlyOnce(deliveries(evidence, record, recorder), record.members);
}

function judgeDirect(evidence: Evidence, recorder: Recorder): void {
  const record = sendOf(evidence, 'direct');
  exactlyOnce(deliveries(evidence, record, recorder), [record.recipient as string]);
}

function judgeRetryAfter(evidence: Evidence, recorder: Recorder): void {
  const record = sendOf(evidence, 'retry-after');
  const found = deliveries(evidence, record, recorder).filter((a) => a.target?.agentId === record.recipient);
  const [first, second, third] = found;
  if (!first) throw new CheckFailed('correctness', `nothing arrived at ${record.recipient}`);
  if (!second) {
    throw new CheckFailed(
      'correctness',
      `after the 503 with Retry-After: ${RETRY_AFTER_SECONDS} it never tried again (watched ${Math.round((evidence.endedAt - first.answeredAt) / 1000)} s): the message was not delivered`,
    );
  }
  const waited = second.at - first.answeredAt;
  recorder.note(`retried ${waited} ms after the 503`);
  if (waited < RETRY_AFTER_SECONDS * 1000 - TIMER_SLACK_MS) {
    throw new CheckFailed(
      'correctness',
      `retried ${waited} ms after a 503 that said Retry-After: ${RETRY_AFTER_SECONDS}`,
    );
  }
  if (third) {
    throw new CheckFailed(
      'correctness',
      `delivered ${found.length - 1} times after the 503: once it was answered 200, it is delivered`,
    );
  }
}

function judgeNoRetry(evidence: Evidence, recorder: Recorder): void {
  const record = sendOf(evidence, 'no-retry');
  const found = deliveries(evidence, record, recorder).filter((a) => a.target?.agentId === record.recipient);
  const [first, second] = found;
  if (!first) throw new CheckFailed('correctness', `nothing arrived at ${record.recipient}`);
  recorder.note(`watched ${Math.round((evidence.endedAt - first.answeredAt) / 100) / 10} s after the 400`);
  if (second) {
    throw new CheckFailed(
      'correctness',
      `sent ${found.length} times: repeated ${second.at - first.answeredAt} ms after a 400, which is final`,
    );
  }
}

export const deliverySection: ClientSection = {
  id: 'client-delivery',
  title: 'Delivery: once, retried as asked',
  checks: [
    {
      id: 'client-delivery.broadcast',
      requirement: 'DLV-ONCE-001',
      category: 'correctness',
      expected: "delivers a broadcast once to each of the suite's three agents (master and both members), one envelope",
      stages: ['broadcast'],
      judge: judgeBroadcast,
    },
    {
      id: 'client-delivery.direct',
      requirement: 'DLV-ONCE-001',
      category: 'correctness',
      expected: 'delivers a direct message once, to its recipient alone',
      stages: ['direct'],
      judge: judgeDirect,
    },
    {
      id: 'client-delivery.retry-after',
      requirement: 'DLV-RETRY-001',
      also: ['DLV-ONCE-001'],
      category: 'correctness',
      expected: `after a 503 with Retry-After: ${RETRY_AFTER_SECONDS}, retries no sooner than that, and delivers exactly once`,
      stages: ['retry-after'],
      judge: judgeRetryAfter,
    },
    {
      id: 'client-delivery.no-retry',
      requirement: 'DLV-RETRY-001',
      category: 'correctness',
      expected: 'does not repeat a delivery answered 400',
      stages: ['no-retry'],
      judge: judgeNoRetry,
    },
  ],
};
