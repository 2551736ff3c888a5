// The report object (spec/schemas/ConformanceReport.json) from a run's results: tallies by level and by the
// category of each failure, the verdict, and the requirements the checks that ran exercised.
import type { ConformanceCheckResult, ConformanceReport, ConformanceTally } from '../../../generated/types.js';
import { validateConformanceReport } from '../../../generated/validators/ConformanceReport.js';
import { PROTOCOL_VERSION } from '../../core/envelope.js';
import { observableRequirements } from '../coverage.js';

export interface ReportInput {
  mode: ConformanceReport['mode'];
  target: string;
  startedAt: string;
  durationMs: number;
  strict: boolean;
  results: ConformanceCheckResult[];
  waitedMs: number;
  identities: ConformanceReport['identities'];
  leftBehind: ConformanceReport['left_behind'];
}

function tally(results: ConformanceCheckResult[]): ConformanceTally {
  return {
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
  };
}

/** Whether a failed result fails the run: every MUST, and SHOULD too when strict. */
export function failsRun(result: ConformanceCheckResult, strict: boolean): boolean {
  return result.status === 'failed' && (result.level === 'MUST' || (strict && result.level === 'SHOULD'));
}

export function buildReport(input: ReportInput): ConformanceReport {
  const { results } = input;
  const failures = results.filter((r) => r.status === 'failed');
  const byCategory = (category: string) => failures.filter((r) => r.failure?.category === category).length;
  const exercised = new Set<string>();
  for (const result of results) {
    if (result.status === 'skipped') continue;
    exercised.add(result.requirement);
    for (const id of result.also) exercised.add(id);
  }
  const report: ConformanceReport = {
    suite: 'agent-swarm-protocol conformance',
    protocol_version: PROTOCOL_VERSION,
    mode: input.mode,
    target: input.target,
    started_at: input.startedAt,
    duration_ms: input.durationMs,
    strict: input.strict,
    verdict: results.some((r) => failsRun(r, input.strict)) ? 'fail' : 'pass',
    summary: {
      ...tally(results),
      by_level: {
        MUST: tally(results.filter((r) => r.level === 'MUST')),
        SHOULD: tally(results.filter((r) => r.level === 'SHOULD')),
        MAY: tally(results.filter((r) => r.level === 'MAY')),
      },
      failures_by_category: {
        security: byCategory('security'),
        correctness: byCategory('correctness'),
        format: byCategory('format'),
      },
      waited_ms: input.waitedMs,
    },
    coverage: {
      exercised: [...exercised].sort(),
      observable: observableRequirements(input.mode),
    },
    checks: results,
    identities: input.identities,
    left_behind: input.leftBehind,
  };
  // The report is a wire object of its own: a run that cannot describe itself in its schema is a bug of ours.
  if (!validateConformanceReport(report)) {
    const first = validateConformanceReport.errors?.[0];
    throw new Error(`conformance report does not match its schema: ${first?.instancePath} ${first?.message}`);
  }
  return report;
}
