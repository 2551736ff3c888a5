// Robustness: a signature-aware fuzz. Valid messages from the suite's members are mutated as the schema suggests
// (mutate.ts) and signed again, so that most of them reach the checks after the signature. The fuzz is sent once
// per run, by whichever of the three checks runs first, and each check judges one property of what came back:
// every answer is 200 or a catalog error, nothing the schema forbids is accepted, and the agent is healthy after.
import { errorCatalog } from '../../../generated/errors.js';
import type { ErrorCode } from '../../../generated/types.js';
import { validateErrorBody } from '../../../generated/validators/ErrorBody.js';
import { validateHealth } from '../../../generated/validators/Health.js';
import { validateMessage } from '../../../generated/validators/Message.js';
import { validateMessageQueued } from '../../../generated/validators/MessageQueued.js';
import { peerUrl, protocolHeaders } from '../../core/peer.js';
import { signedMessage } from '../identities.js';
import { errorCodeOf, expectBody, schemaProblem, summarize, type Validator } from '../judge.js';
import {
  type Answer,
  type Category,
  type Check,
  type CheckContext,
  CheckFailed,
  CheckSkipped,
  type Outgoing,
  type Section,
} from '../model.js';
import { type FuzzPlan, type Json, type MutatedMessage, mutateMessage, planFuzz } from '../mutate.js';

/** The seed of every run's fuzz, so that a run is reproducible: the same count sends the same mutations. */
export const FUZZ_SEED = 0x5eed0014;

/**
 * After this many requests in a row got no answer, the fuzz asks /health whether the agent is still there, and
 * stops if it is not (each further request could wait for a timeout); past SILENT_AT_MOST it stops anyway.
 */
const SILENT_IN_A_ROW = 3;
const SILENT_AT_MOST = 10;

interface Problem {
  category: Category;
  text: string;
}

interface FuzzResult {
  plan: FuzzPlan;
  what: string;
  /** The first schema violation of what was sent, or undefined when the schema allows it. */
  invalid: string | undefined;
  /** The answer in a few words, or undefined when none came. */
  answer: string | undefined;
  status: number | undefined;
  problem: Problem | undefined;
}

interface FuzzOutcome {
  /** The check whose exchanges hold the fuzz. */
  sentBy: string;
  results: FuzzResult[];
  /** Why the fuzz stopped before its count, if it did. */
  stopped: string | undefined;
}

/** One fuzz per run: keyed by the run's swarm, which every check of the run shares. */
const outcomes = new WeakMap<object, Promise<FuzzOutcome>>();

/** The answer is 200 (a MessageQueued) or an error of the catalog in its shape and status; else what is wrong. */
export function answerProblem(answer: Answer): Problem | undefined {
  if (answer.status === 200) {
    const shape = schemaProblem(validateMessageQueued as Validator, answer.body);
    return shape ? { category: 'format', text: `200 with a body that is not MessageQueued: ${shape}` } : undefined;
  }
  if (answer.status >= 500) return { category: 'correctness', text: `${summarize(answer)}: a server error` };
  if (answer.status < 400) return { category: 'correctness', text: `${summarize(answer)}: neither 200 nor an error` };
  const shape = schemaProblem(validateErrorBody as Validator, answer.body);
  if (shape) return { category: 'format', text: `${summarize(answer)} is not in the error shape: ${shape}` };
  const code = errorCodeOf(answer) as ErrorCode;
  const status = errorCatalog[code].status;
  if (status !== answer.status) {
    return { category: 'correctness', text: `${summarize(answer)}: the catalog answers ${code} with ${status}` };
  }
  return undefined;
}

/** X-Agent-ID as a sender would claim it; none when sender.agent_id is not a string a header can carry. */
function headersFor(body: Json): Record<string, string> {
  const from = body !== null && typeof body === 'object' && !Array.isArray(body) ? body.sender : undefined;
  const agentId = from !== null && typeof from === 'object' && !Array.isArray(from) ? from?.agent_id : undefined;
  return typeof agentId === 'string' && /^[\x21-\x7e]{1,256}$/.test(agentId)
    ? protocolHeaders(agentId)
    : { 'Content-Type': 'application/json' };
}

/** Whether GET /health gets any answer at all. */
async function answersHealth(ctx: CheckContext): Promise<boolean> {
  try {
    await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'health') }));
    return true;
  } catch (error) {
    if (error instanceof CheckFailed) return false;
    throw error;
  }
}

async function sendFuzz(ctx: CheckContext, sentBy: string): Promise<FuzzOutcome> {
  const swarm = ctx.swarm;
  if (!swarm || ctx.members.length === 0) throw new CheckSkipped('no member identities to send the fuzz from');
  const plans = planFuzz(ctx.fuzzSeed, ctx.fuzzCount);
  const results: FuzzResult[] = [];
  let silent = 0;
  let inARow = 0;
  let stopped: string | undefined;
  for (const plan of plans) {
    // Spread over the members, so that no one sender's rate limit is spent by the fuzz alone.
    const from = ctx.members[plan.index % ctx.members.length] as (typeof ctx.members)[number];
    const others = [swarm.masterId, ...ctx.members.filter((m) => m !== from).map((m) => m.agentId)];
    let mutated: MutatedMessage | undefined;
    let body = '';
    // Rebuilt after a 429: a fresh timestamp, the same mutation (its choices come from the plan's seed).
    const build = (): Outgoing => {
      const now = ctx.now();
      const base = signedMessage(
        from,
        swarm.swarmId,
        { content: `${ctx.contentPrefix} fuzz #${plan.index}` },
        { now: () => new Date(now) },
      );
      mutated = mutateMessage(plan, base, from.keyPair, { now, others });
      body = JSON.stringify(mutated.body);
      return { method: 'POST', url: peerUrl(ctx.endpoint, 'message'), headers: headersFor(mutated.body), body };
    };
    let answer: Answer | undefined;
    let problem: Problem | undefined;
    try {
      answer = await ctx.send(build);
      problem = answerProblem(answer);
      inARow = 0;
    } catch (error) {
      if (!(error instanceof CheckFailed)) throw error;
      problem = { category: error.category, text: error.message };
      // The send fails as `correctness` when no answer came, as `format` for a 429 it could not wait out.
      if (error.category === 'correctness') {
        inARow += 1;
        silent += 1;
      }
    }
    const sent = mutated as MutatedMessage;
    results.push({
      plan,
      what: sent.what,
      invalid: schemaProblem(validateMessage as Validator, JSON.parse(body)),
      answer: answer && summarize(answer),
      status: answer?.status,
      problem,
    });
    if (silent >= SILENT_AT_MOST) {
      stopped = `stopped after ${results.length} of ${plans.length}: ${silent} requests got no answer`;
      break;
    }
    if (inARow >= SILENT_IN_A_ROW) {
      if (!(await answersHealth(ctx))) {
        stopped = `stopped after ${results.length} of ${plans.length}: ${inARow} requests in a row and /health got no answer`;
        break;
      }
      inARow = 0;
    }
  }
  const outcome = { sentBy, results, stopped };
  describeFuzz(ctx, outcome);
  return outcome;
}

/** What the report shows of the fuzz in the check that sent it. */
function describeFuzz(ctx: CheckContext, outcome: FuzzOutcome): void {
  const { results } = outcome;
  const invalid = results.filter((r) => r.invalid !== undefined).length;
  const tally = new Map<string, number>();
  for (const r of results) tally.set(r.answer ?? 'no answer', (tally.get(r.answer ?? 'no answer') ?? 0) + 1);
  const answers = [...tally].sort((a, b) => b[1] - a[1]).map(([answer, n]) => `${answer} ×${n}`);
  ctx.note(
    `fuzz seed 0x${ctx.fuzzSeed.toString(16)}: ${results.length} messages from ${ctx.members.length} members, ` +
      `${invalid} of them schema-invalid, ${results.filter((r) => r.plan.families.length > 1).length} with two mutations`,
  );
  ctx.note(`answers: ${answers.join(', ')}`);
  ctx.note('mutations of content itself (empty, a number, a fixed length) may not start with the content prefix');
  if (outcome.stopped) ctx.note(outcome.stopped);
}

/** The run's fuzz, sent now by this check if no check of the run has sent it yet. */
function fuzzOnce(ctx: CheckContext, checkId: string): Promise<FuzzOutcome> {
  const swarm = ctx.swarm;
  if (!swarm) throw new CheckSkipped('no swarm joined: the fuzz is sent as a member');
  const known = outcomes.get(swarm);
  if (known) {
    return known.then((outcome) => {
      ctx.note(
        `judged on the ${outcome.results.length} fuzz messages that ${outcome.sentBy} sent (seed 0x${ctx.fuzzSeed.toString(16)})`,
      );
      return outcome;
    });
  }
  const outcome = sendFuzz(ctx, checkId);
  outcomes.set(swarm, outcome);
  return outcome;
}

/** `#12 priority "urgent": 200 queued`: a few cases in one line. */
function examples(results: readonly FuzzResult[], detail: (r: FuzzResult) => string): string {
  const shown = results.slice(0, 3).map((r) => `#${r.plan.index} ${r.what.slice(0, 100)}: ${detail(r)}`);
  return shown.join('; ') + (results.length > 3 ? `; and ${results.length - 3} more` : '');
}

const needs = { members: 1, optIn: 'fuzz' } as const;

const checks: Check[] = [
  {
    id: 'fuzz.answers',
    requirement: 'ERR-CAT-001',
    also: ['ERR-SHAPE-001'],
    category: 'correctness',
    expected:
      'every fuzzed message is answered 200 queued or with a catalog error in the ErrorBody shape and the status the catalog gives its code, never a 5xx or a dropped connection',
    needs,
    async run(ctx) {
      const { results } = await fuzzOnce(ctx, 'fuzz.answers');
      const bad = results.filter((r) => r.problem !== undefined);
      if (bad.length === 0) return;
      const category = bad.some((r) => r.problem?.category === 'correctness') ? 'correctness' : 'format';
      throw new CheckFailed(
        category,
        `${bad.length} of ${results.length} answers were not 200 or a catalog error: ${examples(bad, (r) => r.problem?.text ?? '')}`,
      );
    },
  },
  {
    id: 'fuzz.schema',
    requirement: 'SRV-MSG-001',
    category: 'security',
    expected: 'no fuzzed message that the Message schema forbids is answered 200',
    needs,
    async run(ctx) {
      const { results } = await fuzzOnce(ctx, 'fuzz.schema');
      const judged = results.filter((r) => r.invalid !== undefined && r.status !== undefined);
      if (judged.length === 0) throw new CheckSkipped('no schema-invalid fuzz message got an answer');
      const accepted = judged.filter((r) => (r.status as number) >= 200 && (r.status as number) < 300);
      if (accepted.length > 0) {
        throw new CheckFailed(
          'security',
          `${accepted.length} of ${judged.length} messages the schema forbids were accepted: ${examples(accepted, (r) => `200 although ${r.invalid}`)}`,
        );
      }
    },
  },
  {
    id: 'fuzz.healthy-after',
    requirement: 'SRV-HEALTH-001',
    category: 'correctness',
    expected: 'after the fuzz, GET /health answers 200 with a Health body saying healthy',
    needs,
    async run(ctx) {
      await fuzzOnce(ctx, 'fuzz.healthy-after');
      const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'health') }));
      expectBody(answer, validateHealth as Validator, 'a Health body');
      const status = (answer.body as { status: string }).status;
      if (status !== 'healthy') throw new CheckFailed('correctness', `200 with status ${status} after the fuzz`);
    },
  },
];

export const fuzzSection: Section = { id: 'fuzz', title: 'Robustness: signed fuzzing', checks };
