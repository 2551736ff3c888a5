// Timestamps ([MSG-TS-002], [MSG-TS-003], [MSG-EXP-001]): the forms a receiver must accept when they are signed
// as the normalisation rule of [MSG-SIG-001] says (wall-clock digits kept, offset dropped, fraction truncated),
// the form it must refuse (no zone), the replay window's edges on both sides, and `expires_at`.
import type { Message } from '../../../generated/types.js';
import { canonicalFields } from '../../core/canonical.js';
import { signFields } from '../../core/signature.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { errorCodeOf, expectAccepted, expectRefused } from '../judge.js';
import { type Check, type CheckContext, CheckSkipped, type Identity, type Section } from '../model.js';
import { envelope, freshFields, memberAt, sendMessage, signatureOver } from './signature.js';

/** The window the spec names as the default, used when the agent does not say its own. */
const DEFAULT_WINDOW_MS = 5 * 60 * 1000;
/** How far inside or outside the window an edge check places its timestamp. */
const MARGIN_MS = 10 * 1000;
/** Old enough to be outside any sensible window: the probe that makes the agent say its window. */
const FAR_PAST_MS = 24 * 60 * 60 * 1000;

const pad2 = (value: number) => String(value).padStart(2, '0');

/** The instant `atMs` as wall-clock time at `offsetMinutes` from UTC, e.g. `…T16:30:00.123+02:00`. */
function withOffset(atMs: number, offsetMinutes: number): string {
  const wallClock = formatTimestamp(new Date(atMs + offsetMinutes * 60_000)).slice(0, 23);
  const magnitude = Math.abs(offsetMinutes);
  return `${wallClock}${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(magnitude / 60))}:${pad2(magnitude % 60)}`;
}

/**
 * The instant `atMs` in UTC with `digits` fraction digits. Past three, the extra digits are high (987…) so that a
 * receiver that rounds instead of truncating builds another canonical string.
 */
function withFraction(atMs: number, digits: 0 | 1 | 3 | 6 | 9): string {
  const text = formatTimestamp(new Date(atMs));
  const [seconds, millis] = [text.slice(0, 19), text.slice(20, 23)];
  const fraction = digits === 0 ? '' : `.${`${millis}987654321`.slice(0, digits)}`;
  return `${seconds}${fraction}Z`;
}

/** A message from `from` with this wire timestamp, signed as [MSG-SIG-001] normalises it. */
function timedMessage(
  ctx: CheckContext,
  from: Identity,
  timestamp: string,
  what: string,
  extra: Partial<Message> = {},
) {
  const fields = freshFields(ctx, what, { timestamp });
  return envelope(from, fields, signatureOver(fields, from.keyPair), extra);
}

interface AcceptedForm {
  name: string;
  what: string;
  wire(nowMs: number): string;
}

const acceptedForms: AcceptedForm[] = [
  { name: 'offset-plus', what: 'a +02:00 offset', wire: (now) => withOffset(now, 120) },
  { name: 'offset-minus', what: 'a -05:30 offset', wire: (now) => withOffset(now, -330) },
  { name: 'fraction-0', what: 'no fraction digits', wire: (now) => withFraction(now, 0) },
  { name: 'fraction-1', what: 'one fraction digit', wire: (now) => withFraction(now, 1) },
  { name: 'fraction-3', what: 'three fraction digits', wire: (now) => withFraction(now, 3) },
  { name: 'fraction-6', what: 'six fraction digits', wire: (now) => withFraction(now, 6) },
  { name: 'fraction-9', what: 'nine fraction digits', wire: (now) => withFraction(now, 9) },
];

function acceptedForm(form: AcceptedForm, index: number): Check {
  return {
    id: `timestamps.form.${form.name}`,
    requirement: 'MSG-TS-002',
    also: ['MSG-SIG-001'],
    category: 'correctness',
    expected: `a message timestamped now with ${form.what}, signed over the normalised form, is accepted`,
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, index);
      const answer = await sendMessage(ctx, () =>
        timedMessage(ctx, from, form.wire(ctx.now()), `timestamp with ${form.what}`),
      );
      expectAccepted(answer, 'correctness');
    },
  };
}

/**
 * The agent's replay window, as it says in the refusal of a day-old message (`details.window_seconds`), or the
 * spec's default when it does not say; the edge checks are placed by it.
 */
async function replayWindowMs(ctx: CheckContext, from: Identity): Promise<number> {
  const answer = await sendMessage(ctx, () =>
    timedMessage(ctx, from, formatTimestamp(new Date(ctx.now() - FAR_PAST_MS)), 'a day old, to learn the window'),
  );
  const seconds = (answer.body as { error?: { details?: { window_seconds?: unknown } } } | undefined)?.error?.details
    ?.window_seconds;
  if (errorCodeOf(answer) === 'TIMESTAMP_OUT_OF_WINDOW' && typeof seconds === 'number' && seconds > 0) {
    ctx.note(`the agent's replay window: ${seconds} s either side`);
    return seconds * 1000;
  }
  ctx.note('the agent did not say its window (details.window_seconds): the edges are placed by the default 5 minutes');
  return DEFAULT_WINDOW_MS;
}

function windowEdge(side: 'past' | 'future', inside: boolean, index: number): Check {
  const where = `${inside ? 'inside' : 'outside'} the replay window by 10 s`;
  return {
    id: `timestamps.window.${side}-${inside ? 'inside' : 'outside'}`,
    requirement: 'MSG-TS-003',
    category: inside ? 'correctness' : 'security',
    expected: inside
      ? `a message timestamped in the ${side}, ${where}, is accepted`
      : `a message timestamped in the ${side}, ${where}, is refused 400 TIMESTAMP_OUT_OF_WINDOW`,
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, index);
      const window = await replayWindowMs(ctx, from);
      if (inside && window <= MARGIN_MS)
        throw new CheckSkipped(`a window of ${window / 1000} s has no inside edge 10 s in`);
      const distance = (window + (inside ? -MARGIN_MS : MARGIN_MS)) * (side === 'past' ? -1 : 1);
      const answer = await sendMessage(ctx, () =>
        timedMessage(ctx, from, formatTimestamp(new Date(ctx.now() + distance)), `timestamped ${side}, ${where}`),
      );
      if (inside) expectAccepted(answer, 'correctness');
      else expectRefused(answer, 'TIMESTAMP_OUT_OF_WINDOW', 'security');
    },
  };
}

function expiry(passed: boolean, index: number): Check {
  return {
    id: `timestamps.expires.${passed ? 'past' : 'future'}`,
    requirement: 'MSG-EXP-001',
    category: passed ? 'security' : 'correctness',
    expected: passed
      ? 'a message sent now whose expires_at passed a minute ago is refused 400 MESSAGE_EXPIRED'
      : 'a message sent now whose expires_at is an hour away is accepted',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, index);
      const answer = await sendMessage(ctx, () => {
        const expiresAt = formatTimestamp(new Date(ctx.now() + (passed ? -60_000 : 3_600_000)));
        return timedMessage(ctx, from, formatTimestamp(new Date(ctx.now())), `expires at ${expiresAt}`, {
          expires_at: expiresAt,
        });
      });
      if (passed) expectRefused(answer, 'MESSAGE_EXPIRED', 'security');
      else expectAccepted(answer, 'correctness');
    },
  };
}

const checks: Check[] = [
  ...acceptedForms.map((form, index) => acceptedForm(form, index)),
  {
    id: 'timestamps.form.offset-signed-as-utc',
    requirement: 'MSG-SIG-001',
    also: ['MSG-SIG-002'],
    category: 'security',
    expected:
      'a message timestamped with a +02:00 offset but signed over its UTC instant is refused 401 INVALID_SIGNATURE',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      const answer = await sendMessage(ctx, () => {
        const now = ctx.now();
        const fields = freshFields(ctx, 'offset timestamp signed over UTC', { timestamp: withOffset(now, 120) });
        // The rule keeps the wall-clock digits; a signer that converts to UTC signs another string.
        const utc = canonicalFields({ ...fields, timestamp: formatTimestamp(new Date(now)) });
        if (!utc.ok) throw new TypeError(utc.reason);
        return envelope(from, fields, signFields(utc.fields, from.keyPair));
      });
      expectRefused(answer, 'INVALID_SIGNATURE', 'security');
    },
  },
  {
    id: 'timestamps.form.no-zone',
    requirement: 'MSG-TS-002',
    category: 'security',
    expected: 'a message timestamped now without Z or an offset is refused 400 INVALID_FORMAT (the Timestamp pattern)',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      // UTC wall-clock digits, signed over them with a Z: an agent that reads a zone-less time as UTC would take it.
      const answer = await sendMessage(ctx, () =>
        timedMessage(ctx, from, formatTimestamp(new Date(ctx.now())).slice(0, 23), 'timestamp without a zone'),
      );
      expectRefused(answer, 'INVALID_FORMAT', 'security');
    },
  },
  {
    id: 'timestamps.window.far-past',
    requirement: 'MSG-TS-003',
    category: 'security',
    expected: 'a message timestamped a day ago is refused 400 TIMESTAMP_OUT_OF_WINDOW',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      const answer = await sendMessage(ctx, () =>
        timedMessage(ctx, from, formatTimestamp(new Date(ctx.now() - FAR_PAST_MS)), 'a day old'),
      );
      expectRefused(answer, 'TIMESTAMP_OUT_OF_WINDOW', 'security');
    },
  },
  windowEdge('past', true, acceptedForms.length),
  windowEdge('past', false, 0),
  windowEdge('future', true, acceptedForms.length + 1),
  windowEdge('future', false, 0),
  expiry(true, 0),
  expiry(false, acceptedForms.length + 2),
];

export const timestampsSection: Section = {
  id: 'timestamps',
  title: 'Timestamps, the replay window and expiry',
  checks,
};
