// The report for a person: one block per section of the suite, failing sections first and failures first within
// each, every failure with what was sent and what came back, then the totals and what the run left behind.
import type { ConformanceCheckResult, ConformanceReport } from '../../../generated/types.js';
import { sectionTitles } from './titles.js';

export interface TextStyle {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** One line of a request or answer, short enough for a terminal (the JSON report keeps more). */
function clip(text: string): string {
  return text.length <= 150 ? text : `${text.slice(0, 150)}…`;
}

const ORDER = { failed: 0, skipped: 1, passed: 2 } as const;

function line(result: ConformanceCheckResult, style: TextStyle): string[] {
  const tag = `${result.id} [${result.requirement} ${result.level}]`;
  if (result.status === 'passed') return [`  ${style.green('pass')} ${tag}`];
  if (result.status === 'skipped') return [`  ${style.dim('skip')} ${tag}: ${result.reason}`];
  const mark = result.level === 'MUST' ? style.red('FAIL') : style.yellow('WARN');
  return [
    `  ${mark} ${tag} ${result.failure?.category}: ${result.failure?.message}`,
    `       expected: ${result.expected}`,
    ...result.exchanges
      .slice(-3)
      .flatMap((e) => [style.dim(`       sent: ${clip(e.request)}`), style.dim(`       got:  ${clip(e.answer)}`)]),
    ...result.notes.map((note) => style.dim(`       note: ${note}`)),
  ];
}

export function renderText(report: ConformanceReport, style: TextStyle): string[] {
  const titles = new Map(Object.entries(sectionTitles()));
  const sections = new Map<string, ConformanceCheckResult[]>();
  for (const result of report.checks) sections.set(result.section, [...(sections.get(result.section) ?? []), result]);
  const blocks = [...sections.entries()]
    .map(([id, results]) => ({ id, results: [...results].sort((a, b) => ORDER[a.status] - ORDER[b.status]) }))
    .sort((a, b) => ORDER[a.results[0]?.status ?? 'passed'] - ORDER[b.results[0]?.status ?? 'passed']);
  const out: string[] = [];
  for (const block of blocks) {
    out.push(style.bold(`${titles.get(block.id) ?? block.id} (${block.id})`));
    for (const result of block.results) out.push(...line(result, style));
    out.push('');
  }
  const { summary } = report;
  const must = summary.by_level.MUST;
  const should = summary.by_level.SHOULD;
  const categories = summary.failures_by_category;
  out.push(
    `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped: MUST ${must.failed} failed, SHOULD ${should.failed} failed; failures: security ${categories.security}, correctness ${categories.correctness}, format ${categories.format}`,
  );
  if (report.coverage) {
    const observable = new Set(report.coverage.observable);
    const covered = report.coverage.exercised.filter((id) => observable.has(id)).length;
    out.push(`requirements exercised: ${covered} of ${observable.size} observable in ${report.mode} mode`);
  }
  if (summary.waited_ms > 0) out.push(`waited ${Math.round(summary.waited_ms / 1000)} s for rate limits (Retry-After)`);
  if (report.identities.length > 0) {
    const remaining = report.left_behind.identities_remaining;
    out.push(
      `left behind: ${report.left_behind.messages_accepted} messages whose content starts with "${report.left_behind.content_prefix}"; ` +
        (remaining.length === 0
          ? `all ${report.identities.length} identities left the swarm`
          : `identities still members: ${remaining.join(', ')}`),
    );
  }
  out.push(report.verdict === 'pass' ? style.green(`PASS ${report.target}`) : style.red(`FAIL ${report.target}`));
  return out;
}
