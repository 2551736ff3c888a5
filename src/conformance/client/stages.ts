// The driven stages of a client-mode run: each asks the implementation for one step (through the driver) and
// waits, within the step's time, for what that step must make it send. What arrives is recorded by the server;
// a stage only notes what it asked, when, and what it was owed, for the checks to judge afterwards.
import { randomUUID } from 'node:crypto';
import { errorCatalog } from '../../../generated/errors.js';
import type { ConformanceDriverStep } from '../../../generated/types.js';
import { peerUrl } from '../../core/peer.js';
import { speaksV02 } from '../../core/protocol.js';
import { CONTENT_PREFIX } from '../identities.js';
import type { ProbeFetch } from '../runner.js';
import { RETRY_AFTER_SECONDS } from './checks/delivery.js';
import type { Driver } from './driver.js';
import type { Arrival, Evidence, JoinAttempt, JoinKind, SendKind, StageName, StepRecord } from './model.js';
import type { SuiteServer } from './server.js';
import { type Invite, type SuiteSwarm, V02_LABEL } from './swarm.js';
import { isJoin, isMemberLeft, isMessage, isSealed, messageOf, not02 } from './wire.js';

/** The exit status of a driver that does not know a step (EX_USAGE; spec/schemas/ConformanceDriverStep.json). */
export const UNKNOWN_STEP_EXIT = 64;

export interface StageOptions {
  /** The longest one step may take, its requests included. */
  stepTimeoutMs: number;
  /** How long to watch for a request after a driver said it failed or refused (it may still be on its way). */
  graceMs: number;
}

export interface StageContext {
  readonly swarm: SuiteSwarm;
  readonly server: SuiteServer;
  readonly driver: Driver;
  readonly caFile: string;
  readonly evidence: Evidence;
  readonly options: StageOptions;
  /** fetch to the implementation's server, for its /info. */
  readonly fetch: ProbeFetch;
  now(): number;
  /** Told of each step as it ends, for progress output. */
  onStep?(record: StepRecord): void;
}

async function drive(
  ctx: StageContext,
  fields: Omit<ConformanceDriverStep, 'SWARM_CONFORMANCE_CA_FILE' | 'SWARM_CONFORMANCE_SWARM_ID'>,
  label: string,
): Promise<StepRecord> {
  const step: ConformanceDriverStep = {
    SWARM_CONFORMANCE_STEP: fields.SWARM_CONFORMANCE_STEP,
    ...(fields.SWARM_CONFORMANCE_INVITE ? { SWARM_CONFORMANCE_INVITE: fields.SWARM_CONFORMANCE_INVITE } : {}),
    SWARM_CONFORMANCE_CA_FILE: ctx.caFile,
    SWARM_CONFORMANCE_SWARM_ID: ctx.swarm.swarmId,
    ...(fields.SWARM_CONFORMANCE_TEXT ? { SWARM_CONFORMANCE_TEXT: fields.SWARM_CONFORMANCE_TEXT } : {}),
    ...(fields.SWARM_CONFORMANCE_RECIPIENT ? { SWARM_CONFORMANCE_RECIPIENT: fields.SWARM_CONFORMANCE_RECIPIENT } : {}),
  };
  const startedAt = ctx.now();
  const outcome = await ctx.driver.run(step, label, ctx.options.stepTimeoutMs);
  const record = { step, label, outcome, startedAt, endedAt: ctx.now() };
  ctx.onStep?.(record);
  return record;
}

/**
 * Waits until `done()` holds (re-checked at each arrival), within the step's time. A driver that failed gets only
 * the grace period (what it did not send by then it is not going to send), unless its failure is expected: a
 * client may well report a delivery answered 503 or 400 as failed, and still retry the 503 later.
 */
async function awaitArrivals(
  ctx: StageContext,
  record: StepRecord,
  done: () => boolean,
  options: { failureExpected?: boolean } = {},
): Promise<boolean> {
  const { outcome } = record;
  const deadline = record.startedAt + ctx.options.stepTimeoutMs;
  const failed = !outcome.manual && outcome.exitCode !== 0 && !options.failureExpected;
  const until = failed ? Math.min(deadline, ctx.now() + ctx.options.graceMs) : deadline;
  const found = await ctx.server.waitFor(() => done(), until - ctx.now());
  const met = found !== undefined || done();
  // A record's end is when the suite stopped waiting for it: the exchanges it owns fall inside.
  record.endedAt = ctx.now();
  return met;
}

function arrivalsSince(ctx: StageContext, seq: number, match: (arrival: Arrival) => boolean): Arrival[] {
  return ctx.server.arrivals.filter((arrival) => arrival.seq > seq && match(arrival));
}

/** One join attempt with `invite`: admitted once the master answered a join of it 200. */
async function joinWith(ctx: StageContext, kind: JoinKind, invite: Invite, label: string): Promise<JoinAttempt> {
  const since = ctx.server.arrivals.length;
  const step = await drive(ctx, { SWARM_CONFORMANCE_STEP: 'join', SWARM_CONFORMANCE_INVITE: invite.url }, label);
  const admitted = () => arrivalsSince(ctx, since, isJoin).some((arrival) => arrival.status === 200);
  if (kind === 'mismatch') {
    // Nothing may arrive: watch the whole step (printed steps), or a grace period after the driver's answer.
    const watch = step.outcome.manual ? ctx.options.stepTimeoutMs : ctx.options.graceMs;
    await ctx.server.waitFor((arrival) => arrival.seq > since && isJoin(arrival), watch);
    step.endedAt = ctx.now();
  } else {
    await awaitArrivals(ctx, step, admitted);
  }
  const attempt: JoinAttempt = {
    kind,
    invite: invite.url,
    jwt: invite.jwt,
    step,
    arrivals: arrivalsSince(ctx, since, isJoin),
    admitted: kind !== 'mismatch' && admitted(),
  };
  ctx.evidence.joins.push(attempt);
  return attempt;
}

export async function joinMismatchStage(ctx: StageContext): Promise<void> {
  const invite = ctx.swarm.invite({ tokenSwarmId: randomUUID() });
  await joinWith(ctx, 'mismatch', invite, "join: the invite's token names another swarm than its URL (to be refused)");
}

/** The implementation's /info `protocol_versions` ([NEG-001]): whether the 0.2 rows apply to it. */
async function readImplVersions(ctx: StageContext, endpoint: string): Promise<Evidence['implVersions']> {
  const url = peerUrl(endpoint, 'info');
  try {
    const response = await ctx.fetch(url, { method: 'GET' });
    const info = JSON.parse(await response.text()) as { protocol_versions?: unknown } | null;
    if (response.status !== 200 || typeof info !== 'object' || info === null) {
      return { problem: `GET ${url} answered ${response.status} without an AgentInfo` };
    }
    return { listed: info.protocol_versions };
  } catch (error) {
    return { problem: `GET ${url} failed: ${(error as Error).message}` };
  }
}

/** The first join: an invite with a further query parameter; when that fails, a plain one, so the run goes on. */
export async function joinStage(ctx: StageContext): Promise<void> {
  const tricky = await joinWith(ctx, 'tricky', ctx.swarm.invite({ extraQuery: true }), 'join the swarm');
  if (!tricky.admitted) await joinWith(ctx, 'plain', ctx.swarm.invite(), 'join the swarm (a plain invite)');
  ctx.evidence.impl = ctx.swarm.impl;
  ctx.evidence.membersAtJoin = ctx.swarm.memberIds();
  if (!ctx.swarm.implMember) ctx.evidence.problems.join = 'the implementation was not admitted to the swarm';
  if (ctx.swarm.impl) {
    const versions = await readImplVersions(ctx, ctx.swarm.impl.endpoint);
    ctx.evidence.implVersions = versions;
    ctx.swarm.implSpeaks02 = versions !== undefined && 'listed' in versions && speaksV02(versions.listed);
  }
}

/** Joins again with a new invite from the current master (after leaving or being removed). */
export async function rejoin(ctx: StageContext): Promise<boolean> {
  const attempt = await joinWith(ctx, 'rejoin', ctx.swarm.invite(), 'join the swarm again (a new invite)');
  return attempt.admitted;
}

function serviceUnavailable(): { status: number; body: unknown; headers: Record<string, string> } {
  return {
    status: errorCatalog.SERVICE_UNAVAILABLE.status ?? 503,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    body: {
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message: 'the suite is busy: come back later',
        details: { retry_after: RETRY_AFTER_SECONDS },
      },
    },
  };
}

/** A send step; `retry-after` answers the first delivery 503, `no-retry` every delivery 400. */
export async function sendStage(ctx: StageContext, kind: Exclude<SendKind, 'sealed'>): Promise<void> {
  const { swarm, server, evidence } = ctx;
  if (!swarm.implMember) {
    evidence.problems[kind] = evidence.problems.join ?? 'the implementation is not a member';
    return;
  }
  const text = `${CONTENT_PREFIX} ${kind} ${randomUUID().slice(0, 8)}`;
  const recipientLabel = { broadcast: undefined, direct: V02_LABEL, 'retry-after': 'm2', 'no-retry': 'm1' }[kind];
  const recipient = recipientLabel === undefined ? undefined : swarm.agent(recipientLabel).agentId;
  const ofText = (arrival: Arrival) => isMessage(arrival) && messageOf(arrival).content === text;
  if (kind === 'retry-after' && recipient) {
    let answered = false;
    server.prime(recipient, ({ json }) => {
      if (answered || (json as { content?: unknown } | undefined)?.content !== text) return undefined;
      answered = true;
      return serviceUnavailable();
    });
  }
  if (kind === 'no-retry' && recipient) {
    server.prime(recipient, ({ json }) =>
      (json as { content?: unknown } | undefined)?.content === text
        ? {
            status: 400,
            body: {
              error: {
                code: 'INVALID_FORMAT',
                message: 'refused by the suite, for good',
                details: { pointer: '/content' },
              },
            },
          }
        : undefined,
    );
  }
  const members = swarm.memberIds();
  const since = server.arrivals.length;
  const step = await drive(
    ctx,
    {
      SWARM_CONFORMANCE_STEP: recipient ? 'send-direct' : 'send-broadcast',
      SWARM_CONFORMANCE_TEXT: text,
      ...(recipient ? { SWARM_CONFORMANCE_RECIPIENT: recipient } : {}),
    },
    recipient ? `send a message to ${recipient}` : 'broadcast a message',
  );
  evidence.sends[kind] = { kind, text, ...(recipient ? { recipient } : {}), members, step };
  const reached = (agentId: string, status?: number) =>
    arrivalsSince(ctx, since, ofText).some(
      (a) => a.target?.agentId === agentId && (status === undefined || a.status === status),
    );
  const done = () => {
    if (kind === 'broadcast') return members.every((id) => reached(id));
    // The retry is awaited here: leaving or being kicked later must not race a delivery still pending.
    if (kind === 'retry-after') return reached(recipient as string, 200);
    return reached(recipient as string);
  };
  await awaitArrivals(ctx, step, done, { failureExpected: kind === 'retry-after' || kind === 'no-retry' });
}

/**
 * A sealed message to the 0.2 member, asked only of an implementation whose /info lists 0.2.0. A driver that
 * does not know the step (exit 64) says the implementation does not seal, which 0.2 allows: the checks skip.
 */
export async function sealedStage(ctx: StageContext): Promise<void> {
  const { swarm, server, evidence } = ctx;
  if (!swarm.implMember) {
    evidence.problems.sealed = evidence.problems.join ?? 'the implementation is not a member';
    return;
  }
  const not = not02(evidence);
  if (not) {
    evidence.problems.sealed = `not asked: ${not}`;
    return;
  }
  const text = `${CONTENT_PREFIX} sealed ${randomUUID().slice(0, 8)}`;
  const recipient = swarm.agent(V02_LABEL).agentId;
  const since = server.arrivals.length;
  const step = await drive(
    ctx,
    { SWARM_CONFORMANCE_STEP: 'send-sealed', SWARM_CONFORMANCE_TEXT: text, SWARM_CONFORMANCE_RECIPIENT: recipient },
    `send a sealed message to ${recipient}`,
  );
  if (step.outcome.exitCode === UNKNOWN_STEP_EXIT) {
    evidence.problems.sealed = `the driver does not know the step send-sealed (it exited ${UNKNOWN_STEP_EXIT}): the implementation does not seal, which 0.2 allows`;
    return;
  }
  evidence.sends.sealed = { kind: 'sealed', text, recipient, members: swarm.memberIds(), step };
  const sent = (arrival: Arrival) =>
    isMessage(arrival) &&
    arrival.target?.agentId === recipient &&
    (isSealed(arrival) || messageOf(arrival).content === text);
  await awaitArrivals(ctx, step, () => arrivalsSince(ctx, since, sent).length > 0);
}

/**
 * Before judging: a retry after the 503 still missing is given the rest of a step's time from the 503, and a
 * repeat of the delivery refused 400 is watched for `noRetryWindowMs` after the 400, as late ones count too.
 */
export async function settleDeliveries(ctx: StageContext, noRetryWindowMs: number): Promise<void> {
  const { server, evidence } = ctx;
  const deliveries = (kind: SendKind) => {
    const record = evidence.sends[kind];
    return server.arrivals.filter(
      (a) => record && isMessage(a) && messageOf(a).content === record.text && a.target?.agentId === record.recipient,
    );
  };
  const [refused] = deliveries('retry-after');
  if (refused) {
    const until = refused.answeredAt + ctx.options.stepTimeoutMs;
    await server.waitFor(() => deliveries('retry-after').some((a) => a.status === 200), until - ctx.now());
  }
  const [rejected] = deliveries('no-retry');
  if (rejected) {
    const remaining = rejected.answeredAt + noRetryWindowMs - ctx.now();
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
  }
}

export async function leaveStage(ctx: StageContext): Promise<void> {
  const { swarm, server, evidence } = ctx;
  if (!swarm.implMember) {
    evidence.problems.leave = evidence.problems.join ?? 'the implementation is not a member';
    return;
  }
  // Owed to the members it was told of when it joined; later ones (announced by a probe) are not judged here.
  const members = evidence.membersAtJoin ?? swarm.memberIds();
  const since = server.arrivals.length;
  const step = await drive(ctx, { SWARM_CONFORMANCE_STEP: 'leave' }, 'leave the swarm');
  evidence.leave = { members, step };
  await awaitArrivals(ctx, step, () =>
    members.every((id) => arrivalsSince(ctx, since, isMemberLeft).some((a) => a.target?.agentId === id)),
  );
  swarm.implMember = false;
}

export type StageRunner = (ctx: StageContext) => Promise<void>;

export const STAGE_RUNNERS: Record<StageName, StageRunner> = {
  'join-mismatch': joinMismatchStage,
  join: joinStage,
  broadcast: (ctx) => sendStage(ctx, 'broadcast'),
  direct: (ctx) => sendStage(ctx, 'direct'),
  sealed: sealedStage,
  'retry-after': (ctx) => sendStage(ctx, 'retry-after'),
  'no-retry': (ctx) => sendStage(ctx, 'no-retry'),
  leave: leaveStage,
};
