// `npm run bench`: every benchmark in one run, printed as a table; `npm run bench -- --json` prints one JSON
// object per line ({"name","value","unit","baseline","ratio"}) so figures can be compared over time.
// `npm run bench -- state server` runs only the named groups.
import { benchCli } from './cli.js';
import { benchClient } from './client.js';
import { benchCodegen } from './codegen.js';
import { benchMcp } from './mcp.js';
import { benchProtocol } from './protocol.js';
import { benchScale } from './scale.js';
import { benchServer } from './server.js';
import { type BenchFigure, benchState } from './state.js';

const groups: Record<string, () => Promise<BenchFigure[]>> = {
  state: benchState,
  server: benchServer,
  client: benchClient as () => Promise<BenchFigure[]>,
  cli: benchCli,
  codegen: benchCodegen,
  mcp: benchMcp,
  protocol: benchProtocol,
  scale: benchScale,
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const selected = args.filter((a) => !a.startsWith('--'));
for (const name of selected) {
  if (!groups[name]) {
    console.error(`unknown benchmark group ${name}; known: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
}

const rows: BenchFigure[] = [];
for (const [name, run] of Object.entries(groups)) {
  if (selected.length > 0 && !selected.includes(name)) continue;
  if (!json) console.error(`running ${name}...`);
  for (const figure of await run()) {
    rows.push(figure);
    if (json) {
      console.log(
        JSON.stringify({
          name: figure.name,
          value: figure.value,
          unit: figure.unit,
          baseline: figure.baseline ?? null,
          ratio: figure.ratio ?? null,
        }),
      );
    }
  }
}

if (!json) {
  const fmt = (n: number | undefined) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(2));
  const table = rows.map((r) => [r.name, fmt(r.value), r.unit, fmt(r.baseline), fmt(r.ratio)]);
  const headers = ['benchmark', 'value', 'unit', 'baseline', 'ratio'];
  const widths = headers.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}
