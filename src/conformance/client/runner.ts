// Runs client mode: starts the suite's swarm on its own HTTPS server, drives the implementation through the stages
// the selected checks need, probes its server while it is a member, then judges what it sent. The report is the
// same object the other modes produce (mode `client`).
import { requirements } from '../../../generated/requirements.js';
import type { ConformanceCheckResult, ConformanceReport } from '../../../generated/types.js';
import { peerUrl, protocolHeaders } from '../../core/peer.js';
import { PROTOCOL_V01, PROTOCOL_V02, rulesOf } from '../../core/protocol.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { CONTENT_PREFIX, runTag } from '../identities.js';
import { summarize } from '../judge.js';
import { type Answer, CheckFailed, CheckSkipped, type Exchange } from '../model.js';
import { buildReport } from '../report/build.js';
import type { ProbeFetch } from '../runner.js';
import { selected } from '../select.js';
import { shorten } from '../shorten.js';
import { clientSections } from './checks/index.js';
import type { Driver } from './driver.js';
import {
  type ClientCheck,
  type ClientSection,
  type Evidence,
  isProbe,
  type JudgedCheck,
  type ProbeCheck,
  type ProbeContext,
  STAGES,
  type StageName,
  type StepRecord,
} from './model.js';
import { issueServerCertificate } from './pki.js';
import { startSuiteServer } from './server.js';
import { rejoin, STAGE_RUNNERS, type StageContext, settleDeliveries } from './stages.js';
import { SuiteSwarm, V02_LABEL } from './swarm.js';
import { describeArrival } from './wire.js';

export interface ClientRunOptions {
  /** The address the suite listens on; it is also the host of every endpoint the implementation is given. */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where the suite's CA is kept (`ca.pem`, made on first use). */
  outDir: string;
  driver: Driver;
  /** fetch to the implementation's server (its certificate's CA trusted). */
  fetch: ProbeFetch;
  /** Check ids or prefixes, requirement ids or prefixes; empty runs everything. */
  only?: string[];
  strict?: boolean;
  /** The longest one step may take, its requests included. Default 60 s. */
  stepTimeoutMs?: number;
  /** How long to watch for a request after a driver failed or refused. Default 1.5 s. */
  graceMs?: number;
  /** How long a probe waits for the implementation to act on a system message. Default 5 s. */
  settleMs?: number;
  /** How long after a 400 the suite watches for a repeat. Default 3 s. */
  noRetryWindowMs?: number;
  /** What the report names as the target when the implementation never joined. */
  target?: string;
  now?: () => number;
  /** Called once the suite listens, before the first step. */
  onReady?(info: { origin: string; caFile: string; swarmId: string }): void;
  onStep?(record: StepRecord): void;
  onResult?(result: ConformanceCheckResult): void;
}

export interface PlannedClientCheck {
  check: ClientCheck;
  section: ClientSection;
}

/** The checks a run would make, in the report's order. */
export function planClientChecks(only: readonly string[] = []): PlannedClientCheck[] {
  return clientSections().flatMap((section) =>
    section.checks.filter((check) => selected(check, only)).map((check) => ({ check, section })),
  );
}

/** The stages the selection needs; every stage but the refused join needs a first join. */
export function neededStages(planned: readonly PlannedClientCheck[]): Set<StageName> {
  const stages = new Set<StageName>();
  for (const { check } of planned) {
    if (isProbe(check)) stages.add('join');
    else for (const stage of check.stages) stages.add(stage);
  }
  if ([...stages].some((stage) => stage !== 'join-mismatch')) stages.add('join');
  return stages;
}

class Result {
  readonly exchanges: Exchange[] = [];
  readonly notes: string[] = [];
  readonly started: number;

  constructor(
    readonly planned: PlannedClientCheck,
    readonly now: () => number,
  ) {
    this.started = now();
  }

  finish(error: unknown): ConformanceCheckResult {
    const { check, section } = this.planned;
    const base = {
      id: check.id,
      section: section.id,
      requirement: check.requirement,
      also: [...(check.also ?? [])],
      level: requirements[check.requirement].level,
      category: check.category,
      expected: check.expected,
      exchanges: this.exchanges,
      notes: this.notes,
      duration_ms: Math.max(0, Math.round(this.now() - this.started)),
    };
    if (error === undefined) return { ...base, status: 'passed' };
    if (error instanceof CheckSkipped) return { ...base, status: 'skipped', reason: error.message };
    if (error instanceof CheckFailed) {
      return { ...base, status: 'failed', failure: { category: error.category, message: error.message } };
    }
    // A check that throws anything else met input it cannot judge: say so rather than hide it.
    const message = `the check could not judge: ${(error as Error).message}`;
    return { ...base, status: 'failed', failure: { category: 'correctness', message } };
  }
}

async function exchange(
  fetch: ProbeFetch,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export async function runClientConformance(options: ClientRunOptions): Promise<ConformanceReport> {
  const now = options.now ?? Date.now;
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const startedAt = now();
  const planned = planClientChecks(options.only);
  const stages = neededStages(planned);
  const { certPem, keyPem, ca } = await issueServerCertificate(options.outDir, options.host);
  const server = await startSuiteServer({
    host: options.host,
    port: options.port ?? 0,
    cert: certPem,
    key: keyPem,
    now,
  });
  let messagesAccepted = 0;
  try {
    const swarm = new SuiteSwarm(runTag(), server.origin, now);
    server.attach(swarm);
    options.onReady?.({ origin: server.origin, caFile: ca.file, swarmId: swarm.swarmId });
    const evidence: Evidence = {
      swarmId: swarm.swarmId,
      arrivals: server.arrivals,
      joins: [],
      v02Agents: [swarm.agent(V02_LABEL).agentId],
      sends: {},
      problems: {},
      stages: [],
      endedAt: 0,
    };
    const stageCtx: StageContext = {
      swarm,
      server,
      driver: options.driver,
      caFile: ca.file,
      evidence,
      fetch: options.fetch,
      options: { stepTimeoutMs: options.stepTimeoutMs ?? 60_000, graceMs: options.graceMs ?? 1_500 },
      now,
      onStep: options.onStep,
    };
    const results = new Map<string, ConformanceCheckResult>();
    const record = (result: ConformanceCheckResult) => {
      results.set(result.id, result);
      options.onResult?.(result);
    };
    const runStage = async (name: StageName) => {
      if (!stages.has(name)) return;
      evidence.stages.push(name);
      await STAGE_RUNNERS[name](stageCtx);
    };

    const probe = async (item: PlannedClientCheck) => {
      const result = new Result(item, now);
      const check = item.check as ProbeCheck;
      const ctx: ProbeContext = {
        swarm,
        get impl() {
          if (!swarm.impl) throw new CheckSkipped(evidence.problems.join ?? 'the implementation never joined');
          return swarm.impl;
        },
        async deliver(from, message) {
          const impl = ctx.impl;
          const url = peerUrl(impl.endpoint, 'message');
          const body = JSON.stringify(message);
          const request = `POST ${new URL(url).pathname} ${shorten(body, 240)}`;
          const version = rulesOf((message as { protocol_version?: unknown }).protocol_version);
          const headers = protocolHeaders(from.agentId, version === '0.2' ? PROTOCOL_V02 : PROTOCOL_V01);
          let answer: Answer;
          try {
            answer = await exchange(options.fetch, url, headers, body);
          } catch (error) {
            result.exchanges.push({ request, answer: `no answer: ${(error as Error).message}` });
            throw new CheckFailed('correctness', `no answer from ${url}: ${(error as Error).message}`);
          }
          result.exchanges.push({ request, answer: summarize(answer) });
          if (answer.status === 200) messagesAccepted += 1;
          return answer;
        },
        async ensureMember() {
          if (!swarm.impl) throw new CheckSkipped(evidence.problems.join ?? 'the implementation never joined');
          if (swarm.dissolved) throw new CheckSkipped('the swarm was dissolved earlier in the run');
          if (swarm.implMember) return;
          if (!(await rejoin(stageCtx))) throw new CheckSkipped('the implementation could not join the swarm again');
        },
        forgetImplementation() {
          swarm.implMember = false;
        },
        waitForArrival: (match, timeoutMs) => server.waitFor(match, timeoutMs),
        settleMs: options.settleMs ?? 5_000,
        note: (text) => result.notes.push(text),
        sleep,
      };
      let error: unknown;
      try {
        await check.probe(ctx);
      } catch (thrown) {
        error = thrown;
      }
      record(result.finish(error));
    };

    for (const name of STAGES.filter((stage) => stage !== 'leave')) await runStage(name);
    for (const item of planned.filter((p) => isProbe(p.check) && p.check.phase === 'member')) await probe(item);
    await runStage('leave');
    for (const item of planned.filter((p) => isProbe(p.check) && p.check.phase === 'end')) await probe(item);

    await settleDeliveries(stageCtx, options.noRetryWindowMs ?? 3_000);
    evidence.endedAt = now();

    for (const item of planned.filter((p) => !isProbe(p.check))) {
      const result = new Result(item, now);
      let error: unknown;
      try {
        (item.check as JudgedCheck).judge(evidence, {
          exchange: (arrival) => result.exchanges.push(describeArrival(arrival)),
          note: (text) => result.notes.push(text),
        });
      } catch (thrown) {
        error = thrown;
      }
      record(result.finish(error));
    }

    const ordered = planned.map(({ check }) => results.get(check.id) as ConformanceCheckResult);
    return buildReport({
      mode: 'client',
      target: swarm.impl?.endpoint ?? options.target ?? 'the implementation (it never joined)',
      startedAt: formatTimestamp(new Date(startedAt)),
      durationMs: Math.round(now() - startedAt),
      strict: options.strict === true,
      results: ordered,
      waitedMs: 0,
      identities: [],
      leftBehind: {
        content_prefix: CONTENT_PREFIX,
        messages_accepted: messagesAccepted,
        // The suite's agents the implementation still counts as members of a swarm that ends with the run.
        identities_remaining: swarm.implMember ? swarm.memberIds() : [],
      },
    });
  } finally {
    await server.close();
  }
}
