// Runs a selection of checks against one agent: joins the suite's identities with the operator's invite, runs
// each check in the suite's order with what it needs (or skips it, saying why), waits out 429s as Retry-After
// says, and at the end makes every identity it joined leave again. The report is built from the results alone.

import { requirements } from '../../generated/requirements.js';
import type { ConformanceCheckResult, ConformanceReport, JoinAccepted } from '../../generated/types.js';
import { decodeInviteToken } from '../core/invite-token.js';
import { parseInviteUrl } from '../core/invite-url.js';
import { formatTimestamp } from '../core/timestamp.js';
import { FUZZ_SEED } from './checks/fuzz.js';
import { allSections } from './checks/index.js';
import {
  CONTENT_PREFIX,
  createIdentity,
  joinBody,
  leaveMessage,
  postJoin,
  postMessage,
  runTag,
  signedMessage,
} from './identities.js';
import { errorCodeOf, summarize } from './judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckFailed,
  CheckSkipped,
  type Exchange,
  type Identity,
  type Listener,
  type Outgoing,
  type Section,
  type SendOptions,
  type SpecialInvite,
  type SwarmUnderTest,
} from './model.js';
import { buildReport } from './report/build.js';
import { selected } from './select.js';
import { shorten } from './shorten.js';

/** fetch as the transport provides it (certificate checks, timeouts, loopback rules). */
export type ProbeFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface RunOptions {
  /** The agent's swarm base URL. */
  endpoint: string;
  fetch: ProbeFetch;
  /** An invite (multi-use, or with uses for every identity) to the swarm the member checks run in. */
  invite?: string;
  /** Unused `max_uses: 1` invites for the race and exhaustion checks. */
  singleUseInvites?: string[];
  /** Invites of particular kinds from the operator: expired, revoked, or to a swarm that requires approval. */
  specialInvites?: Partial<Record<SpecialInvite, string>>;
  listener?: Listener;
  /** Fuzzed messages to send; 0 skips the fuzz. Default 300. */
  fuzz?: number;
  /** The fuzz generator's seed (default FUZZ_SEED), to replay a run's messages. */
  fuzzSeed?: number;
  /** Run the rate-limit checks (slow: they exhaust a limit on purpose). */
  rateLimits?: boolean;
  /** Requirement ids or prefixes, or check ids or prefixes; empty runs everything. */
  only?: string[];
  /** SHOULD failures fail the run. */
  strict?: boolean;
  /** The longest single Retry-After the run waits out; a longer one skips the check. Default 120 s. */
  maxWaitMs?: number;
  /** Identities to join at the start (at least the most any selected check needs). Default 3. */
  members?: number;
  /** The body size sent to check the limit. Default 8 MiB. */
  oversizeBytes?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called with each result as it is known, for progress output. */
  onResult?: (result: ConformanceCheckResult) => void;
}

export interface PlannedCheck {
  check: Check;
  section: Section;
}

/** The checks a run would make, in order: every check, or those `only` selects. */
export function planChecks(only: readonly string[] = [], sections: readonly Section[] = allSections()): PlannedCheck[] {
  const planned: PlannedCheck[] = [];
  for (const section of sections) {
    for (const check of section.checks) {
      if (selected(check, only)) planned.push({ check, section });
    }
  }
  return planned;
}

/** One request line as the report shows it: method, path and the body's first characters. */
function describeRequest(outgoing: Outgoing): string {
  let path = outgoing.url;
  try {
    path = new URL(outgoing.url).pathname;
  } catch {
    // not a URL: show it as it is
  }
  const body = outgoing.body === undefined ? '' : ` ${shorten(outgoing.body, 240)}`;
  return `${outgoing.method} ${path}${body}`;
}

async function exchange(fetch: ProbeFetch, outgoing: Outgoing): Promise<Answer> {
  const response = await fetch(outgoing.url, {
    method: outgoing.method,
    headers: outgoing.headers,
    body: outgoing.body,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Retry-After in whole seconds (the only form the spec allows); undefined when absent or not a delay. */
function retryAfterSeconds(answer: Answer): number | undefined {
  const header = answer.headers.get('retry-after');
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

interface Recorder {
  exchanges: Exchange[];
  notes: string[];
  waitedMs: number;
}

/** Everything one run shares between its checks. */
class Run {
  readonly tag = runTag();
  readonly identities: Identity[] = [];
  readonly gone = new Set<string>();
  /** Identities that sent 0.2: kept out of `members` (the agent refuses their 0.1.0 for good), they leave as 0.2. */
  readonly speaksV02 = new Set<string>();
  v02JoinProblem: string | undefined;
  swarm: SwarmUnderTest | undefined;
  joinProblem: string | undefined;
  messagesAccepted = 0;
  waitedMs = 0;
  private singleUse: string[];

  constructor(readonly options: RunOptions) {
    this.singleUse = [...(options.singleUseInvites ?? [])];
  }

  get now(): () => number {
    return this.options.now ?? Date.now;
  }

  get sleep(): (ms: number) => Promise<void> {
    return this.options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get singleUseLeft(): number {
    return this.singleUse.length;
  }

  takeSingleUse(): string {
    const invite = this.singleUse.shift();
    if (invite === undefined) throw new CheckSkipped('no unused --single-use-invite left');
    return invite;
  }

  newIdentity(label: string): Identity {
    return createIdentity(this.tag, label, this.options.listener?.advertise);
  }

  /** Sends, recording the exchange; a 429 is waited out and the request rebuilt, up to the longest wait allowed. */
  async send(build: () => Outgoing, recorder: Recorder, options: SendOptions = {}): Promise<Answer> {
    const maxWaitMs = this.options.maxWaitMs ?? 120_000;
    for (;;) {
      const outgoing = build();
      let answer: Answer;
      try {
        answer = await exchange(this.options.fetch, outgoing);
      } catch (error) {
        recorder.exchanges.push({
          request: describeRequest(outgoing),
          answer: `no answer: ${(error as Error).message}`,
        });
        throw new CheckFailed(
          'correctness',
          `no answer to ${describeRequest(outgoing).slice(0, 80)}: ${(error as Error).message}`,
        );
      }
      recorder.exchanges.push({ request: describeRequest(outgoing), answer: describeAnswer(answer) });
      if (answer.status === 200 && isSuiteMessage(outgoing)) this.messagesAccepted += 1;
      if (answer.status !== 429 || options.keep429) return answer;
      const seconds = retryAfterSeconds(answer);
      if (seconds === undefined) {
        throw new CheckFailed(
          'format',
          `429 without a Retry-After in whole seconds (got ${answer.headers.get('retry-after')})`,
        );
      }
      if (seconds * 1000 > maxWaitMs) {
        throw new CheckSkipped(
          `rate limited: Retry-After ${seconds} s is longer than --max-wait ${maxWaitMs / 1000} s`,
        );
      }
      const waitMs = seconds * 1000 + 250;
      recorder.notes.push(`waited ${seconds} s after a 429 (Retry-After)`);
      recorder.waitedMs += waitMs;
      this.waitedMs += waitMs;
      await this.sleep(waitMs);
    }
  }
}

/** The report keeps the first and last exchanges of a long check (a fuzz sends hundreds), saying how many it left out. */
const SHOWN_EXCHANGES = 20;

function capped(exchanges: Exchange[]): Exchange[] {
  if (exchanges.length <= 2 * SHOWN_EXCHANGES) return exchanges;
  const left = exchanges.length - 2 * SHOWN_EXCHANGES;
  return [
    ...exchanges.slice(0, SHOWN_EXCHANGES),
    { request: `… ${left} more exchanges not shown`, answer: '…' },
    ...exchanges.slice(-SHOWN_EXCHANGES),
  ];
}

function isSuiteMessage(outgoing: Outgoing): boolean {
  return (
    outgoing.method === 'POST' && outgoing.url.endsWith('/message') && (outgoing.body ?? '').includes(CONTENT_PREFIX)
  );
}

function describeAnswer(answer: Answer): string {
  const summary = summarize(answer);
  const message = (answer.body as { error?: { message?: unknown } } | undefined)?.error?.message;
  if (typeof message === 'string') return `${summary}: ${shorten(message, 160)}`;
  return answer.body === undefined ? `${summary} ${shorten(answer.text, 160)}`.trim() : summary;
}

/** Why a check cannot run in this run, or undefined when its needs are met. */
function unmet(check: Check, run: Run): string | undefined {
  const needs = check.needs ?? {};
  if (needs.optIn === 'rate-limits' && !run.options.rateLimits) return 'rate-limit checks run only with --rate-limits';
  if (needs.optIn === 'fuzz' && (run.options.fuzz ?? 300) === 0) return 'the fuzz is off (--fuzz 0)';
  if (needs.members) {
    if (!run.options.invite) return `needs ${needs.members} member identities: give --invite`;
    if (!run.swarm) return `needs member identities, but joining failed: ${run.joinProblem}`;
    const live = run.identities.filter(
      (identity) => !run.gone.has(identity.agentId) && !run.speaksV02.has(identity.agentId),
    ).length;
    if (live < needs.members) return `needs ${needs.members} member identities, ${live} are in the swarm`;
  }
  if (needs.v02Member && run.swarm && !v02Identity(run)) {
    return run.v02JoinProblem ?? 'the 0.2 identity is no longer in the swarm';
  }
  if (needs.singleUseInvites && run.singleUseLeft < needs.singleUseInvites) {
    return `needs ${needs.singleUseInvites} unused --single-use-invite`;
  }
  if (needs.listener && !run.options.listener)
    return 'needs a live endpoint of the suite: give --listen and --advertise';
  if (needs.invite && !run.options.specialInvites?.[needs.invite]) return `needs --${needs.invite}-invite`;
  return undefined;
}

/** Joins `count` identities with the invite; the first join's answer describes the swarm. */
async function joinMembers(run: Run, invite: string, count: number, recorder: Recorder): Promise<void> {
  let claims: { swarm_id: string; master: string };
  try {
    parseInviteUrl(invite);
    claims = decodeInviteToken(parseInviteUrl(invite).jwt).payload as unknown as { swarm_id: string; master: string };
  } catch (error) {
    run.joinProblem = `the invite cannot be read: ${(error as Error).message}`;
    return;
  }
  for (let index = 0; index < count; index += 1) {
    const identity = run.newIdentity(`m${index + 1}`);
    let answer: Answer;
    try {
      answer = await run.send(
        () => postJoin(run.options.endpoint, joinBody(invite, identity), identity.agentId),
        recorder,
      );
    } catch (error) {
      run.joinProblem = (error as Error).message;
      return;
    }
    if (answer.status !== 200) {
      run.joinProblem =
        answer.status === 202
          ? 'the swarm requires approval: give an invite to a swarm that admits at once'
          : `${summarize(answer)} for ${identity.agentId}`;
      return;
    }
    run.identities.push(identity);
    const accepted = answer.body as JoinAccepted;
    if (!run.swarm) {
      const masterId = accepted.master ?? claims.master;
      const master = accepted.members?.find((member) => member.agent_id === masterId);
      if (!master) {
        run.joinProblem = `the join answer does not list the master ${masterId}`;
        return;
      }
      run.swarm = { swarmId: claims.swarm_id.toLowerCase(), masterId, masterPublicKey: master.public_key, invite };
    }
  }
}

/**
 * Joins the run's one 0.2 identity with the members' invite, at the start with the members (an agent's join limit
 * would otherwise be spent by the joins checks before the 0.2 checks run). A failed join is kept as the reason the
 * checks that need it are skipped.
 */
async function joinV02Member(run: Run, invite: string, recorder: Recorder): Promise<void> {
  const identity = run.newIdentity('v02');
  let answer: Answer;
  try {
    answer = await run.send(
      () => postJoin(run.options.endpoint, joinBody(invite, identity), identity.agentId),
      recorder,
    );
  } catch (error) {
    run.v02JoinProblem = `the 0.2 identity could not join: ${(error as Error).message}`;
    return;
  }
  if (answer.status !== 200) {
    run.v02JoinProblem = `the 0.2 identity could not join: ${summarize(answer)}`;
    return;
  }
  run.identities.push(identity);
  run.speaksV02.add(identity.agentId);
}

/** The 0.2 identity while it is in the swarm. */
function v02Identity(run: Run): Identity | undefined {
  return run.identities.find((one) => run.speaksV02.has(one.agentId) && !run.gone.has(one.agentId));
}

/** Every identity still in the swarm sends member_left; a message after it must then be refused. */
async function leaveAll(run: Run, recorder: Recorder): Promise<ConformanceReport['identities']> {
  const results: ConformanceReport['identities'] = [];
  const swarm = run.swarm;
  for (const identity of run.identities) {
    if (run.gone.has(identity.agentId) || !swarm) {
      results.push({ agent_id: identity.agentId, left: true, confirmed_gone: true, detail: 'left during the run' });
      continue;
    }
    let left = false;
    let confirmed = false;
    let detail = '';
    // The 0.2 identity leaves as 0.2 (its 0.1.0 would be refused as a downgrade), and as 0.1.0 where its 0.2 leave
    // is refused: an agent that does not speak 0.2 has learnt nothing of it.
    let protocol: '0.1' | '0.2' = run.speaksV02.has(identity.agentId) ? '0.2' : '0.1';
    const leave = () => postMessage(run.options.endpoint, leaveMessage(identity, swarm.swarmId, protocol));
    try {
      let answer = await run.send(leave, recorder);
      detail = `member_left: ${summarize(answer)}`;
      if (answer.status !== 200 && protocol === '0.2') {
        protocol = '0.1';
        answer = await run.send(leave, recorder);
        detail += `; as 0.1.0: ${summarize(answer)}`;
      }
      left = answer.status === 200;
      const after = await run.send(
        () =>
          postMessage(
            run.options.endpoint,
            signedMessage(identity, swarm.swarmId, { content: `${CONTENT_PREFIX} after leaving` }, { protocol }),
          ),
        recorder,
      );
      const code = errorCodeOf(after);
      confirmed = code === 'NOT_MEMBER' || code === 'SWARM_NOT_FOUND';
      detail += `; a message afterwards: ${summarize(after)}`;
    } catch (error) {
      detail += ` ${(error as Error).message}`;
    }
    results.push({ agent_id: identity.agentId, left, confirmed_gone: confirmed, detail: detail.trim() });
  }
  return results;
}

async function runOne(run: Run, planned: PlannedCheck): Promise<ConformanceCheckResult> {
  const { check, section } = planned;
  const recorder: Recorder = { exchanges: [], notes: [], waitedMs: 0 };
  const started = run.now();
  const base = {
    id: check.id,
    section: section.id,
    requirement: check.requirement,
    also: [...(check.also ?? [])],
    level: requirements[check.requirement].level,
    category: check.category,
    expected: check.expected,
  };
  const finish = (fields: Partial<ConformanceCheckResult> & Pick<ConformanceCheckResult, 'status'>) => ({
    ...base,
    exchanges: capped(recorder.exchanges),
    notes: recorder.notes,
    duration_ms: Math.max(0, Math.round(run.now() - started - recorder.waitedMs)),
    ...(recorder.waitedMs > 0 ? { waited_ms: recorder.waitedMs } : {}),
    ...fields,
  });
  const reason = unmet(check, run);
  if (reason) return finish({ status: 'skipped', reason });
  const ctx: CheckContext = {
    endpoint: run.options.endpoint,
    swarm: run.swarm,
    members: run.identities.filter(
      (identity) => !run.gone.has(identity.agentId) && !run.speaksV02.has(identity.agentId),
    ),
    takeSingleUseInvite: () => run.takeSingleUse(),
    specialInvite: (kind) => {
      const invite = run.options.specialInvites?.[kind];
      if (!invite) throw new CheckSkipped(`needs --${kind}-invite`);
      return invite;
    },
    listener: run.options.listener,
    fuzzCount: run.options.fuzz ?? 300,
    fuzzSeed: run.options.fuzzSeed ?? FUZZ_SEED,
    newIdentity: (label) => run.newIdentity(label),
    adopt: (identity) => {
      if (!run.identities.includes(identity)) run.identities.push(identity);
    },
    forget: (identity) => run.gone.add(identity.agentId),
    v02Member: () => {
      const identity = v02Identity(run);
      if (!identity) throw new CheckSkipped(run.v02JoinProblem ?? 'the 0.2 identity is not in the swarm');
      return identity;
    },
    send: (build, options) => run.send(build, recorder, options),
    note: (text) => recorder.notes.push(text),
    contentPrefix: CONTENT_PREFIX,
    now: run.now,
    oversizeBytes: run.options.oversizeBytes ?? 8 * 1024 * 1024,
  };
  try {
    await check.run(ctx);
    return finish({ status: 'passed' });
  } catch (error) {
    if (error instanceof CheckSkipped) return finish({ status: 'skipped', reason: error.message });
    if (error instanceof CheckFailed) {
      return finish({ status: 'failed', failure: { category: error.category, message: error.message } });
    }
    // A check that throws anything else has found input it cannot judge: say so rather than hide it.
    return finish({
      status: 'failed',
      failure: {
        category: 'correctness',
        message: `the check could not judge the answer: ${(error as Error).message}`,
      },
    });
  }
}

/** Runs the selected checks against `options.endpoint` and returns the report. */
export async function runConformance(options: RunOptions): Promise<ConformanceReport> {
  const run = new Run(options);
  const startedAt = run.now();
  const plan = planChecks(options.only);
  const setup: Recorder = { exchanges: [], notes: [], waitedMs: 0 };
  const wanted = Math.max(
    0,
    ...plan.map(({ check }) => (unmetIgnoringMembers(check, run) ? 0 : (check.needs?.members ?? 0))),
  );
  if (options.invite && wanted > 0)
    await joinMembers(run, options.invite, Math.max(wanted, options.members ?? 3), setup);
  const wantsV02 = plan.some(({ check }) => check.needs?.v02Member && !unmetIgnoringMembers(check, run));
  if (options.invite && run.swarm && wantsV02) await joinV02Member(run, options.invite, setup);
  const results: ConformanceCheckResult[] = [];
  for (const planned of plan) {
    const result = await runOne(run, planned);
    results.push(result);
    options.onResult?.(result);
  }
  const identities = await leaveAll(run, setup);
  return buildReport({
    mode: 'server',
    target: options.endpoint,
    startedAt: formatTimestamp(new Date(startedAt)),
    durationMs: Math.round(run.now() - startedAt),
    strict: options.strict === true,
    results,
    waitedMs: run.waitedMs,
    identities,
    leftBehind: {
      content_prefix: CONTENT_PREFIX,
      messages_accepted: run.messagesAccepted,
      identities_remaining: identities
        .filter((identity) => !identity.confirmed_gone)
        .map((identity) => identity.agent_id),
    },
  });
}

/** A check's needs other than members: opt-ins and listeners decide whether it will want identities at all. */
function unmetIgnoringMembers(check: Check, run: Run): boolean {
  const needs = check.needs ?? {};
  if (needs.optIn === 'rate-limits' && !run.options.rateLimits) return true;
  if (needs.optIn === 'fuzz' && (run.options.fuzz ?? 300) === 0) return true;
  if (needs.invite && !run.options.specialInvites?.[needs.invite]) return true;
  return needs.listener === true && !run.options.listener;
}
