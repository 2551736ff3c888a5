// Vector mode: starts the adapter under test, runs each selected vector check against it (one request at a time,
// every answer validated against spec/schemas/VectorAdapterAnswer.json), and builds the report from the results.
// A dead or hung adapter fails the cases left with the reason; the run always ends.
import { requirements } from '../../../generated/requirements.js';
import type { ConformanceCheckResult, ConformanceReport } from '../../../generated/types.js';
import { validateVectorAdapterAnswer } from '../../../generated/validators/VectorAdapterAnswer.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { CheckFailed, CheckSkipped, type Exchange } from '../model.js';
import { buildReport } from '../report/build.js';
import { selected } from '../select.js';
import { shorten } from '../shorten.js';
import { type AdapterProcess, type AdapterReply, startAdapter } from './adapter-process.js';
import { vectorSections } from './cases/index.js';
import {
  type Op,
  type Outcome,
  RESULT_KEYS,
  type VectorCheck,
  type VectorContext,
  type VectorSection,
} from './model.js';

export interface VectorRunOptions {
  /** The adapter command, run through the shell. */
  adapter: string;
  /** The directory of vector files; default the package's own copy. */
  vectorsDir?: string;
  /** Check ids or prefixes (vectors.verify), requirement ids or prefixes (MSG-SIG); empty runs every case. */
  only?: readonly string[];
  strict?: boolean;
  /** How long one answer may take, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** The adapter's working directory and environment (default: the suite's). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  onResult?: (result: ConformanceCheckResult) => void;
}

export interface VectorRun {
  report: ConformanceReport;
  /** Answers the adapter gave; 0 with `stopped` set means it could not be reached at all. */
  answered: number;
  /** Why the adapter was gone before the run ended, if it was. */
  stopped: string | undefined;
}

export interface PlannedVectorCheck {
  check: VectorCheck;
  section: VectorSection;
}

export function planVectorChecks(
  sections: readonly VectorSection[],
  only: readonly string[] = [],
): PlannedVectorCheck[] {
  return sections.flatMap((section) =>
    section.checks.filter((check) => selected(check, only)).map((check) => ({ check, section })),
  );
}

/** A request line as the report shows it: shortened, and never with a private key (test seeds, but reports travel). */
function describeRequest(line: string): string {
  return shorten(line.replace(/"seed_hex":"[^"]*"/g, '"seed_hex":"(seed)"'), 240);
}

function describeReply(reply: AdapterReply): string {
  return reply.kind === 'line' ? shorten(reply.line, 240) : `no answer: ${reply.reason}`;
}

/** Reads one reply as the answer to request `id` of `op`, or throws what it says about the adapter. */
function readAnswer<O extends Op>(op: O, id: string, reply: AdapterReply): Outcome<O> {
  if (reply.kind === 'gone') throw new CheckFailed('correctness', reply.reason);
  let answer: unknown;
  try {
    answer = JSON.parse(reply.line);
  } catch {
    throw new CheckFailed('format', `the answer to ${id} is not a JSON line: ${shorten(reply.line, 120)}`);
  }
  if (!validateVectorAdapterAnswer(answer)) {
    const first = validateVectorAdapterAnswer.errors?.[0];
    throw new CheckFailed(
      'format',
      `the answer to ${id} is not a VectorAdapterAnswer: ${first?.instancePath || '/'} ${first?.message}`,
    );
  }
  if (answer.id !== id) throw new CheckFailed('format', `answered id ${answer.id} while ${id} was asked`);
  if (!answer.ok) {
    if (answer.error.unsupported) throw new CheckSkipped(`the adapter does not implement ${op}`);
    return { ok: false, error: answer.error };
  }
  const missing = RESULT_KEYS[op].filter((key) => answer.result[key] === undefined);
  if (missing.length > 0) throw new CheckFailed('format', `the result of ${op} lacks ${missing.join(', ')}`);
  return answer as unknown as Outcome<O>;
}

async function runOne(adapter: AdapterProcess, planned: PlannedVectorCheck, now: () => number) {
  const { check, section } = planned;
  const exchanges: Exchange[] = [];
  const notes: string[] = [];
  let sent = 0;
  const ctx: VectorContext = {
    async call(request) {
      sent += 1;
      const id = `${check.id}#${sent}`;
      const line = JSON.stringify({ id, ...request });
      const reply = await adapter.request(id, line);
      exchanges.push({ request: describeRequest(line), answer: describeReply(reply) });
      return readAnswer(request.op, id, reply);
    },
    note: (text) => notes.push(text),
  };
  const started = now();
  const finish = (fields: Pick<ConformanceCheckResult, 'status'> & Partial<ConformanceCheckResult>) => ({
    id: check.id,
    section: section.id,
    requirement: check.requirement,
    also: [...check.also],
    level: requirements[check.requirement].level,
    category: check.category,
    expected: check.expected,
    exchanges,
    notes,
    duration_ms: Math.max(0, Math.round(now() - started)),
    ...fields,
  });
  try {
    await check.run(ctx);
    return finish({ status: 'passed' });
  } catch (error) {
    if (error instanceof CheckSkipped) return finish({ status: 'skipped', reason: error.message });
    if (error instanceof CheckFailed) {
      return finish({ status: 'failed', failure: { category: error.category, message: error.message } });
    }
    return finish({
      status: 'failed',
      failure: {
        category: 'correctness',
        message: `the check could not judge the answer: ${(error as Error).message}`,
      },
    });
  }
}

/** Runs the selected vector checks against the adapter; throws only when the vector files cannot be read. */
export async function runVectorConformance(options: VectorRunOptions): Promise<VectorRun> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const plan = planVectorChecks(vectorSections(options.vectorsDir), options.only);
  const results: ConformanceCheckResult[] = [];
  let answered = 0;
  let stopped: string | undefined;
  if (plan.length > 0) {
    const adapter = startAdapter(options.adapter, {
      timeoutMs: options.timeoutMs ?? 10_000,
      cwd: options.cwd,
      env: options.env,
    });
    try {
      for (const planned of plan) {
        const result = await runOne(adapter, planned, now);
        results.push(result);
        options.onResult?.(result);
      }
    } finally {
      answered = adapter.answered;
      stopped = adapter.stopped;
      await adapter.close();
    }
  }
  const report = buildReport({
    mode: 'vectors',
    target: options.adapter,
    startedAt: formatTimestamp(new Date(startedAt)),
    durationMs: Math.round(now() - startedAt),
    strict: options.strict === true,
    results,
    waitedMs: 0,
    identities: [],
    leftBehind: { content_prefix: '', messages_accepted: 0, identities_remaining: [] },
  });
  return { report, answered, stopped };
}
