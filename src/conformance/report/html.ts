// The report as one self-contained HTML page (`--html FILE`): the verdict and the figures first, for a person to
// take in at a glance, then one section per section of the suite, failing sections first and failures first in
// each, every failure with what was sent and what came back. It renders the same object `--json` prints.
//
// Everything in the report may come from a hostile agent (answers are quoted), so every string is escaped, control
// and bidi characters are shown as escapes, anything that looks like a secret is masked, and the page's own
// Content-Security-Policy forbids scripts and every fetch: it works offline and runs nothing.
import type { ConformanceCheckResult, ConformanceReport, ConformanceTally } from '../../../generated/types.js';
import { failsRun } from './build.js';
import { REPORT_CSS } from './html-style.js';
import { redactSecrets } from './redact.js';
import { sectionTitles } from './titles.js';

export interface HtmlOptions {
  /** Titles of the sections by id; server mode knows its own, other modes pass theirs (else the id is shown). */
  sectionTitles?: Readonly<Record<string, string>>;
}

/** Longest request or answer line shown; the report's own lines are already shortened, a hostile one may not be. */
const MAX_LINE = 600;
/** Exchanges shown per failure: the last ones, which are the ones the verdict was reached on. */
const MAX_EXCHANGES = 5;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// C0/C1 controls (but tab and newline), and the marks that reorder text on screen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: showing control characters as escapes is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as HTML: secrets masked, invisible characters made visible, markup escaped. */
export function escapeHtml(text: string): string {
  return redactSecrets(text)
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

const h = escapeHtml;

function clip(text: string): string {
  return text.length <= MAX_LINE ? text : `${text.slice(0, MAX_LINE)}… (${text.length - MAX_LINE} more characters)`;
}

/** An id fit for an anchor, whatever the report says. */
function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

const RANK = { failed: 0, skipped: 1, passed: 2 } as const;
const LEVEL_RANK = { MUST: 0, SHOULD: 1, MAY: 2 } as const;

function byImportance(a: ConformanceCheckResult, b: ConformanceCheckResult): number {
  return RANK[a.status] - RANK[b.status] || LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
}

interface Block {
  id: string;
  title: string;
  results: ConformanceCheckResult[];
  /** 0: a check that fails the run; 1: a failure that only warns; 2: none failed. */
  severity: number;
}

function blocks(report: ConformanceReport, titles: Readonly<Record<string, string>>): Block[] {
  const grouped = new Map<string, ConformanceCheckResult[]>();
  for (const result of report.checks) grouped.set(result.section, [...(grouped.get(result.section) ?? []), result]);
  // Array.prototype.sort is stable: sections of equal severity keep the suite's order.
  return [...grouped.entries()]
    .map(([id, results]) => ({
      id,
      title: titles[id] ?? id,
      results: [...results].sort(byImportance),
      severity: results.some((r) => failsRun(r, report.strict))
        ? 0
        : results.some((r) => r.status === 'failed')
          ? 1
          : 2,
    }))
    .sort((a, b) => a.severity - b.severity);
}

function counts(results: ConformanceCheckResult[]): string {
  const n = (status: string) => results.filter((r) => r.status === status).length;
  return [`${n('failed')} failed`, `${n('passed')} passed`, `${n('skipped')} skipped`]
    .filter((part) => !part.startsWith('0 '))
    .join(' · ');
}

function requirementLine(result: ConformanceCheckResult): string {
  const also = result.also.length > 0 ? ` <span class="req">(also ${h(result.also.join(', '))})</span>` : '';
  return `<span>requirement <strong class="mono">${h(result.requirement)}</strong>${also}</span>`;
}

function exchanges(result: ConformanceCheckResult): string {
  if (result.exchanges.length === 0) return '<p class="elided">No request was needed to reach this verdict.</p>';
  const shown = result.exchanges.slice(-MAX_EXCHANGES);
  const hidden = result.exchanges.length - shown.length;
  const items = shown.map(
    (e) =>
      `<li><div class="line"><span class="dir" title="request sent">→ sent</span><pre>${h(clip(e.request))}</pre></div>` +
      `<div class="line"><span class="dir" title="answer received">← got</span><pre>${h(clip(e.answer))}</pre></div></li>`,
  );
  const elided = hidden > 0 ? `<p class="elided">${hidden} earlier exchange(s) not shown.</p>` : '';
  return `<h4>Requests sent and answers received</h4>${elided}<ol class="exchanges">${items.join('')}</ol>`;
}

function failure(result: ConformanceCheckResult, strict: boolean): string {
  const fails = failsRun(result, strict);
  const badge = fails ? '<span class="badge fail">✗ FAIL</span>' : '<span class="badge warn">⚠ WARN</span>';
  const category = result.failure?.category ?? result.category;
  const notes =
    result.notes.length > 0 ? `<ul class="notes">${result.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  return `<article class="check ${fails ? 'fail' : 'warn'}" id="${anchor('check', result.id)}">
<h3>${badge} <code>${h(result.id)}</code></h3>
<p class="tags"><span class="tag level">${h(result.level)}</span><span class="tag ${h(category)}">${h(category)}</span>${requirementLine(result)}</p>
<dl class="detail"><dt>Expected</dt><dd>${h(result.expected)}</dd><dt>Found</dt><dd class="found">${h(result.failure?.message ?? '')}</dd></dl>
${exchanges(result)}${notes}
</article>`;
}

function quietItem(result: ConformanceCheckResult): string {
  const mark =
    result.status === 'passed' ? '<span class="mark pass">✓ pass</span>' : '<span class="mark skip">– skip</span>';
  const reason = result.status === 'skipped' ? `: ${h(result.reason ?? 'no reason given')}` : '';
  return `<li id="${anchor('check', result.id)}">${mark} <code>${h(result.id)}</code> <span class="req">[${h(result.requirement)} ${h(result.level)}]</span>${reason}</li>`;
}

function section(block: Block, strict: boolean): string {
  const failed = block.results.filter((r) => r.status === 'failed');
  const skipped = block.results.filter((r) => r.status === 'skipped');
  const passed = block.results.filter((r) => r.status === 'passed');
  const skippedList =
    skipped.length > 0 ? `<h4>Skipped</h4><ul class="quiet">${skipped.map(quietItem).join('')}</ul>` : '';
  const passedList =
    passed.length > 0
      ? `<details><summary>${passed.length} passed</summary><ul class="quiet">${passed.map(quietItem).join('')}</ul></details>`
      : '';
  return `<section class="suite" id="${anchor('section', block.id)}">
<h2>${h(block.title)} <span class="sid">${h(block.id)}</span></h2>
<p class="counts">${counts(block.results)}</p>
${failed.map((r) => failure(r, strict)).join('\n')}
${skippedList}${passedList}
</section>`;
}

function levelRow(level: string, tally: ConformanceTally): string {
  return `<tr><th scope="row">${level}</th><td class="num">${tally.passed}</td><td class="num${tally.failed > 0 ? ' bad' : ''}">${tally.failed}</td><td class="num">${tally.skipped}</td></tr>`;
}

function leftBehind(report: ConformanceReport): string {
  if (report.identities.length === 0) return 'nothing: this run joined no identity';
  const { left_behind: left } = report;
  const gone = report.identities.filter((i) => i.left || i.confirmed_gone).length;
  const remaining =
    left.identities_remaining.length === 0
      ? `all ${report.identities.length} identities it joined have left`
      : `still members: ${h(left.identities_remaining.join(', '))} (${gone} of ${report.identities.length} left)`;
  return `${remaining}; ${left.messages_accepted} messages accepted, each starting <code>${h(left.content_prefix)}</code>`;
}

function coverage(report: ConformanceReport): { figure: string; detail: string } {
  if (!report.coverage) return { figure: '–', detail: 'not recorded in this report' };
  const observable = new Set(report.coverage.observable);
  const exercised = new Set(report.coverage.exercised);
  const missing = [...observable].filter((id) => !exercised.has(id));
  const covered = observable.size - missing.length;
  const list =
    missing.length > 0
      ? ` <details><summary>${missing.length} not exercised in this run</summary><p class="mono">${h(missing.join(', '))}</p></details>`
      : '';
  return {
    figure: `${covered}<small> / ${observable.size}</small>`,
    detail: `${covered} of ${observable.size} requirements observable in ${h(report.mode)} mode exercised${list}`,
  };
}

function summary(report: ConformanceReport): string {
  const { summary: s } = report;
  const cov = coverage(report);
  const cat = s.failures_by_category;
  const waited = s.waited_ms > 0 ? `${(s.waited_ms / 1000).toFixed(1)} s (Retry-After)` : 'none';
  return `<section class="summary" aria-label="Summary">
<div class="cards">
<div class="card passed"><span class="n">${s.passed}</span>✓ passed</div>
<div class="card failed"><span class="n">${s.failed}</span>✗ failed</div>
<div class="card skipped"><span class="n">${s.skipped}</span>– skipped</div>
<div class="card coverage"><span class="n">${cov.figure}</span>requirements exercised</div>
</div>
<div class="facts">
<div><h2>By level</h2><div class="scroll"><table>
<thead><tr><th>level</th><th class="num">passed</th><th class="num">failed</th><th class="num">skipped</th></tr></thead>
<tbody>${levelRow('MUST', s.by_level.MUST)}${levelRow('SHOULD', s.by_level.SHOULD)}${levelRow('MAY', s.by_level.MAY)}</tbody>
</table></div></div>
<div><h2>Failures by category</h2><div class="scroll"><table><tbody>
<tr><th scope="row">security</th><td class="num${cat.security > 0 ? ' bad' : ''}">${cat.security}</td><td>accepted what must be refused</td></tr>
<tr><th scope="row">correctness</th><td class="num${cat.correctness > 0 ? ' bad' : ''}">${cat.correctness}</td><td>the wrong code or effect</td></tr>
<tr><th scope="row">format</th><td class="num${cat.format > 0 ? ' bad' : ''}">${cat.format}</td><td>the right decision in the wrong shape</td></tr>
</tbody></table></div></div>
<div class="run"><h2>The run</h2><dl class="plain">
<dt>coverage</dt><dd>${cov.detail}</dd>
<dt>waited for rate limits</dt><dd>${waited}</dd>
<dt>left behind</dt><dd>${leftBehind(report)}</dd>
<dt>started</dt><dd>${h(report.started_at)}, took ${(report.duration_ms / 1000).toFixed(1)} s</dd>
<dt>strict</dt><dd>${report.strict ? 'yes: SHOULD failures fail the run' : 'no: SHOULD failures are warnings'}</dd>
</dl></div>
</div>
</section>`;
}

function verdict(report: ConformanceReport): string {
  const failing = report.checks.filter((r) => failsRun(r, report.strict));
  const must = failing.filter((r) => r.level === 'MUST').length;
  const others = failing.length - must;
  const warnings = report.checks.filter((r) => r.status === 'failed').length - failing.length;
  const pass = report.verdict === 'pass';
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const said = [
    pass ? 'No MUST check failed.' : `${plural(must, 'MUST check')} failed.`,
    others > 0 ? `${plural(others, 'SHOULD check')} failed, which fail the run under --strict.` : '',
    warnings > 0 ? `${plural(warnings, 'SHOULD or MAY failure')} only warn.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<header class="verdict ${pass ? 'pass' : 'fail'}">
<p class="eyebrow">${h(report.suite)} · ${h(report.mode)} mode · protocol ${h(report.protocol_version)}</p>
<h1><span class="word">${pass ? '✓ PASS' : '✗ FAIL'}</span><span class="target">${h(report.target)}</span></h1>
<p>${said}</p>
</header>`;
}

function toc(list: Block[]): string {
  const items = list.map((b) => {
    const cls = b.severity === 0 ? ' class="failing"' : b.severity === 1 ? ' class="warning"' : '';
    const mark = b.severity === 0 ? '✗ ' : b.severity === 1 ? '⚠ ' : '';
    return `<li><a${cls} href="#${anchor('section', b.id)}">${mark}${h(b.id)} <small>(${counts(b.results)})</small></a></li>`;
  });
  return `<nav class="toc" aria-label="Sections"><h2>Sections</h2><ol>${items.join('')}</ol></nav>`;
}

/** The report as one HTML document, with no external asset and no script. */
export function renderHtml(report: ConformanceReport, options: HtmlOptions = {}): string {
  const list = blocks(report, { ...sectionTitles(), ...options.sectionTitles });
  const title = `${report.verdict === 'pass' ? 'PASS' : 'FAIL'}: ${report.mode} conformance of ${report.target}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
${verdict(report)}
${summary(report)}
${toc(list)}
<main>
${list.map((b) => section(b, report.strict)).join('\n')}
</main>
<footer>${report.checks.length} checks. Generated by <code>swarm conformance ${h(report.mode)}</code>; the same report as <code>--json</code>.</footer>
</div>
</body>
</html>
`;
}
