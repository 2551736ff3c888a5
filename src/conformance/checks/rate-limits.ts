// Rate limits (opt-in: they spend a limit on purpose). One member sends valid messages as fast as the agent
// answers until a 429 comes or a bound passes; the burst is sent once per run and judged twice: that a limit
// exists (a SHOULD), and that its 429 says how long to wait as a delay in whole seconds (a MUST), checked by
// waiting that long and sending again. The join limit is not exhausted: that would lock the operator's address
// out of joins for an hour, past the run.
import { postMessage, signedMessage } from '../identities.js';
import { expectAccepted, expectRefused, summarize } from '../judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckFailed,
  CheckSkipped,
  type Identity,
  type Section,
} from '../model.js';

/** Messages sent before concluding that the agent does not limit: past 60/min per sender and 100/min per swarm. */
export const BURST_BOUND = 200;

/** A Retry-After this large is a Unix time (2001 or later), not a delay. */
const EPOCH_SECONDS = 1_000_000_000;

interface Burst {
  from: Identity;
  /** Messages sent, the 429 included. */
  sent: number;
  /** The first 429, if one came within the bound. */
  limited: Answer | undefined;
  /** An answer that was neither 200 nor 429, which ends the burst. */
  unexpected: Answer | undefined;
  elapsedMs: number;
}

/** One burst per run, keyed by the run's swarm. */
const bursts = new WeakMap<object, Promise<Burst>>();

async function sendBurst(ctx: CheckContext): Promise<Burst> {
  const swarm = ctx.swarm;
  const from = ctx.members[0];
  if (!swarm || !from) throw new CheckSkipped('no member identity to send the burst from');
  const started = ctx.now();
  for (let sent = 1; sent <= BURST_BOUND; sent++) {
    const answer = await ctx.send(
      () =>
        postMessage(
          ctx.endpoint,
          signedMessage(from, swarm.swarmId, { content: `${ctx.contentPrefix} burst ${sent}` }),
        ),
      { keep429: true },
    );
    const elapsedMs = ctx.now() - started;
    if (answer.status === 429) return { from, sent, limited: answer, unexpected: undefined, elapsedMs };
    if (answer.status !== 200) return { from, sent, limited: undefined, unexpected: answer, elapsedMs };
  }
  return { from, sent: BURST_BOUND, limited: undefined, unexpected: undefined, elapsedMs: ctx.now() - started };
}

function burstOnce(ctx: CheckContext): Promise<Burst> {
  const swarm = ctx.swarm;
  if (!swarm) throw new CheckSkipped('no swarm joined: the burst is sent as a member');
  let burst = bursts.get(swarm);
  if (!burst) {
    burst = sendBurst(ctx);
    bursts.set(swarm, burst);
  } else {
    ctx.note('judged on the burst that rate-limits.message sent');
  }
  return burst;
}

/** Retry-After in whole seconds, as a delay, agreeing with details.retry_after; returns the seconds. */
function judgeRetryAfter(ctx: CheckContext, limited: Answer): number {
  const header = limited.headers.get('retry-after');
  if (header === null) throw new CheckFailed('format', `${summarize(limited)} without a Retry-After header`);
  if (!/^\d+$/.test(header.trim())) {
    throw new CheckFailed('format', `Retry-After ${JSON.stringify(header)} is not a whole number of seconds`);
  }
  const seconds = Number(header.trim());
  if (seconds >= EPOCH_SECONDS) {
    const date = new Date(seconds * 1000).toISOString();
    throw new CheckFailed(
      'correctness',
      `Retry-After ${seconds} is an absolute time (${date}), not the seconds to wait (it is now ${Math.floor(ctx.now() / 1000)})`,
    );
  }
  if (seconds < 1) throw new CheckFailed('format', `Retry-After ${seconds}: a delay of at least 1 s is expected`);
  const details = (limited.body as { error?: { details?: { retry_after?: unknown } | null } }).error?.details;
  const inBody = details?.retry_after;
  if (inBody === undefined) throw new CheckFailed('format', 'the 429 body has no details.retry_after');
  if (inBody !== seconds) {
    throw new CheckFailed(
      'correctness',
      `details.retry_after ${JSON.stringify(inBody)} differs from Retry-After ${seconds}`,
    );
  }
  return seconds;
}

const needs = { members: 1, optIn: 'rate-limits' } as const;

const checks: Check[] = [
  {
    id: 'rate-limits.message',
    requirement: 'SRV-RL-001',
    category: 'correctness',
    expected: `a burst of messages from one member is answered 429 RATE_LIMITED in the error shape within ${BURST_BOUND} messages`,
    needs,
    async run(ctx) {
      const burst = await burstOnce(ctx);
      if (burst.unexpected) {
        throw new CheckFailed(
          'correctness',
          `message ${burst.sent} of the burst: ${summarize(burst.unexpected)}; expected 200 or 429`,
        );
      }
      if (!burst.limited) {
        throw new CheckFailed(
          'correctness',
          `no 429 after ${burst.sent} messages from one member in ${(burst.elapsedMs / 1000).toFixed(1)} s; expected a limit (60/min per sender by default)`,
        );
      }
      ctx.note(`429 after ${burst.sent - 1} accepted messages in ${(burst.elapsedMs / 1000).toFixed(1)} s`);
      expectRefused(burst.limited, 'RATE_LIMITED', 'correctness');
    },
  },
  {
    id: 'rate-limits.retry-after',
    requirement: 'SRV-RL-002',
    category: 'correctness',
    expected:
      'the 429 carries Retry-After as a delay in whole seconds equal to details.retry_after, and a message sent again after that delay is accepted',
    needs,
    async run(ctx) {
      const burst = await burstOnce(ctx);
      if (!burst.limited) throw new CheckSkipped('the burst got no 429: there is no Retry-After to judge');
      const seconds = judgeRetryAfter(ctx, burst.limited);
      const swarm = ctx.swarm as NonNullable<CheckContext['swarm']>;
      // The send waits out each 429 as its Retry-After says and sends again: a second wait means the first
      // delay was too short. This also leaves the member able to leave at the end of the run.
      let attempts = 0;
      let after: Answer;
      try {
        after = await ctx.send(() => {
          attempts += 1;
          return postMessage(
            ctx.endpoint,
            signedMessage(burst.from, swarm.swarmId, { content: `${ctx.contentPrefix} after Retry-After` }),
          );
        });
      } catch (error) {
        // A wait longer than the run allows: the header was judged, the retry is not.
        if (!(error instanceof CheckSkipped)) throw error;
        ctx.note(`Retry-After ${seconds} s; the retry was not made: ${error.message}`);
        return;
      }
      expectAccepted(after, 'correctness');
      if (attempts > 2) {
        throw new CheckFailed(
          'correctness',
          `after waiting the ${seconds} s that Retry-After said, the message was refused 429 again (${attempts} attempts)`,
        );
      }
      ctx.note(`Retry-After ${seconds} s; the message sent again after it was accepted (${attempts} attempts)`);
    },
  },
];

export const rateLimitsSection: Section = { id: 'rate-limits', title: 'Rate limits', checks };
