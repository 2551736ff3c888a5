// The report page's stylesheet, inlined into the page so the file works offline and alone. Status is always said
// in words and marks (✗ FAIL, ⚠ WARN, ✓ pass, – skip) as well as colour; the layout is one column that reflows
// down to a phone's width, and long request lines wrap instead of widening the page.
export const REPORT_CSS = `
:root {
  --fg: #1d2433; --muted: #5b6475; --bg: #ffffff; --panel: #f5f7fa; --line: #d9dee7;
  --fail: #b42318; --fail-bg: #fef3f2; --warn: #a15c07; --warn-bg: #fffaeb;
  --pass: #067647; --pass-bg: #ecfdf3; --skip: #5b6475; --skip-bg: #f2f4f7;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e9ef; --muted: #a3acbd; --bg: #12151c; --panel: #1b2029; --line: #2f3643;
    --fail: #ff8a80; --fail-bg: #2c1517; --warn: #fbc46b; --warn-bg: #2b2212;
    --pass: #6ee7a8; --pass-bg: #12261c; --skip: #a3acbd; --skip-bg: #1f242d;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
.page { max-width: 68rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
code, .mono { font-family: var(--mono); font-size: 0.9em; }
a { color: inherit; }
.eyebrow { color: var(--muted); margin: 0 0 0.25rem; font-size: 0.9rem; }
.verdict { border: 2px solid; border-radius: 10px; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
.verdict.fail { border-color: var(--fail); background: var(--fail-bg); }
.verdict.pass { border-color: var(--pass); background: var(--pass-bg); }
.verdict h1 { font-size: 1.9rem; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; }
.verdict.fail h1 .word { color: var(--fail); }
.verdict.pass h1 .word { color: var(--pass); }
.verdict .target { font-family: var(--mono); font-size: 1rem; font-weight: normal; overflow-wrap: anywhere; }
.verdict p { margin: 0.4rem 0 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.75rem; margin-bottom: 1rem; }
.card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; padding: 0.6rem 0.9rem; background: var(--panel); }
.card .n { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; }
.card.failed { border-left-color: var(--fail); } .card.failed .n { color: var(--fail); }
.card.passed { border-left-color: var(--pass); } .card.passed .n { color: var(--pass); }
.card.skipped { border-left-color: var(--skip); }
.card.coverage { border-left-color: var(--fg); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0.75rem 1.5rem; }
.facts h2 { font-size: 1rem; margin-bottom: 0.35rem; }
.facts > .run { grid-column: 1 / -1; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 0.25rem 0.6rem 0.25rem 0; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; }
td.bad { color: var(--fail); font-weight: 700; }
dl.plain { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.9rem; }
dl.plain dt { color: var(--muted); } dl.plain dd { margin: 0; overflow-wrap: anywhere; }
details > summary { cursor: pointer; color: var(--muted); }
nav.toc { margin: 1.5rem 0; border-top: 1px solid var(--line); padding-top: 1rem; }
nav.toc h2 { font-size: 1rem; margin-bottom: 0.4rem; }
nav.toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem; }
nav.toc a { display: inline-block; text-decoration: none; border: 1px solid var(--line); border-radius: 999px; padding: 0.1rem 0.7rem; }
nav.toc a.failing { border-color: var(--fail); color: var(--fail); font-weight: 600; }
nav.toc a.warning { border-color: var(--warn); color: var(--warn); }
section.suite { margin-top: 2rem; }
section.suite > h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; }
section.suite > h2 .sid { color: var(--muted); font-weight: normal; font-size: 0.95rem; font-family: var(--mono); }
.counts { color: var(--muted); margin: 0.35rem 0 0.75rem; }
article.check { border: 1px solid var(--line); border-left: 6px solid var(--fail); border-radius: 8px;
  background: var(--fail-bg); padding: 0.75rem 1rem; margin: 0.75rem 0; }
article.check.warn { border-left-color: var(--warn); background: var(--warn-bg); }
article.check h3 { font-size: 1.05rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
article.check h3 code { overflow-wrap: anywhere; }
.badge { font-size: 0.8rem; font-weight: 700; letter-spacing: 0.04em; border-radius: 4px; padding: 0.05rem 0.45rem; color: #fff; }
.badge.fail { background: var(--fail); } .badge.warn { background: var(--warn); }
@media (prefers-color-scheme: dark) { .badge { color: #12151c; } }
.tags { margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: baseline; }
.tag { border: 1px solid currentColor; border-radius: 4px; padding: 0 0.35rem; font-size: 0.8rem; font-weight: 600; }
.tag.security { color: var(--fail); }
dl.detail { margin: 0.5rem 0; display: grid; grid-template-columns: 6.5rem 1fr; gap: 0.3rem 0.75rem; }
dl.detail dt { color: var(--muted); font-weight: 600; }
dl.detail dd { margin: 0; overflow-wrap: anywhere; }
dl.detail dd.found { font-weight: 600; }
ol.exchanges { list-style: none; margin: 0.5rem 0 0; padding: 0; }
ol.exchanges li { margin: 0 0 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.line { display: grid; grid-template-columns: 4.5rem 1fr; }
.line + .line { border-top: 1px dashed var(--line); }
.line .dir { color: var(--muted); font-size: 0.8rem; font-weight: 700; padding: 0.35rem 0.5rem; text-transform: uppercase; }
.line pre { margin: 0; padding: 0.35rem 0.5rem; font-family: var(--mono); font-size: 0.82rem;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.elided { color: var(--muted); font-style: italic; margin: 0 0 0.5rem; }
ul.notes { margin: 0.5rem 0 0; padding-left: 1.2rem; color: var(--muted); }
ul.quiet { list-style: none; padding: 0; margin: 0.4rem 0; }
ul.quiet li { padding: 0.2rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
ul.quiet .mark { display: inline-block; min-width: 4rem; white-space: nowrap; font-weight: 700; font-size: 0.85rem; }
ul.quiet .mark.pass { color: var(--pass); } ul.quiet .mark.skip { color: var(--skip); }
ul.quiet .req { color: var(--muted); }
h4 { margin: 1rem 0 0.2rem; font-size: 0.95rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 40rem) {
  .page { padding: 1rem 0.75rem 3rem; }
  .verdict h1 { font-size: 1.5rem; }
  dl.detail, dl.plain { grid-template-columns: 1fr; gap: 0 0; }
  dl.plain dd { margin-bottom: 0.3rem; }
  dl.detail dd { margin-bottom: 0.4rem; }
  .line { grid-template-columns: 1fr; }
  .line .dir { padding-bottom: 0; }
}
@media print { nav.toc { display: none; } article.check { break-inside: avoid; } }
`;
