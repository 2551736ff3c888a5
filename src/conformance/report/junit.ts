// The report as JUnit XML, for CI systems: one testsuite per section, one testcase per check, its classname the
// requirement it exercises (as h2spec names its cases by RFC section).
import type { ConformanceCheckResult, ConformanceReport } from '../../../generated/types.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Whether XML 1.0 can carry this UTF-16 code unit at all (tab, newline and carriage return are the only controls). */
function xmlChar(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

/** Escapes text for XML, dropping the characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  let kept = '';
  for (const char of text) if (xmlChar(char.charCodeAt(0))) kept += char;
  return kept.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(result: ConformanceCheckResult): string {
  const open = `    <testcase classname="${escapeXml(result.requirement)}" name="${escapeXml(result.id)}" time="${seconds(result.duration_ms)}"`;
  const detail = [
    `${result.level}: ${result.expected}`,
    ...result.exchanges.map((e) => `> ${e.request}\n< ${e.answer}`),
    ...result.notes,
  ].join('\n');
  if (result.status === 'skipped')
    return `${open}>\n      <skipped message="${escapeXml(result.reason ?? '')}"/>\n    </testcase>`;
  if (result.status === 'failed') {
    const failure = result.failure;
    return [
      `${open}>`,
      `      <failure type="${escapeXml(failure?.category ?? 'correctness')}" message="${escapeXml(failure?.message ?? '')}">${escapeXml(detail)}</failure>`,
      '    </testcase>',
    ].join('\n');
  }
  return `${open}/>`;
}

export function renderJunit(report: ConformanceReport): string {
  const sections = new Map<string, ConformanceCheckResult[]>();
  for (const result of report.checks) sections.set(result.section, [...(sections.get(result.section) ?? []), result]);
  const suites = [...sections.entries()].map(([section, results]) => {
    const failures = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    const time = results.reduce((sum, r) => sum + r.duration_ms, 0);
    return [
      `  <testsuite name="${escapeXml(section)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}">`,
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const { summary } = report;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`${report.suite}: ${report.target}`)}" tests="${report.checks.length}" failures="${summary.failed}" errors="0" skipped="${summary.skipped}" time="${seconds(report.duration_ms)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
