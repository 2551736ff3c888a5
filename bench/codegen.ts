// Regeneration time, as `npm run codegen -- --watch` spends it after each save: on a scratch copy of spec/, an
// edit (a new optional property in AgentInfo), then a whole run of codegen in the same
// process: every generated file, formatted, written, with the change report and the checks. Target: under 2 s.
// Beside it, `npm run codegen:check` as a fresh process, which also pays for loading the code generators.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Io, runCodegen } from '../codegen/main.js';
import { tempDir } from '../test/helpers/tmp.js';
import type { BenchFigure } from './state.js';

const root = join(import.meta.dirname, '..');
const TARGET_MS = 2000;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(run: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function benchCodegen(): Promise<BenchFigure[]> {
  const scratch = tempDir('swarm-bench-codegen-');
  try {
    cpSync(join(root, 'spec'), join(scratch.path, 'spec'), { recursive: true });
    const quiet: Io = { out: () => {}, err: (text) => console.error(text) };
    const regenerate = async () => {
      if ((await runCodegen(['--root', scratch.path], quiet)) !== 0) throw new Error('codegen failed');
    };
    const first = await time(regenerate); // loads the generators' lazy parts and writes generated/ whole
    const file = join(scratch.path, 'spec', 'schemas', 'AgentInfo.json');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A compatible edit each time (a removal would break peers and stop the run).
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      schema.properties[`bench_note_${i}`] = { type: 'string', maxLength: 64 };
      writeFileSync(file, JSON.stringify(schema, null, 2));
      times.push(await time(regenerate));
    }
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const argv = ['--import', 'tsx', join(root, 'codegen', 'main.ts'), '--check', '--root', scratch.path];
      cold.push(await time(() => execFileSync(process.execPath, argv, { cwd: root, stdio: 'ignore' })));
    }
    const regeneration = median(times);
    return [
      {
        name: `codegen: regeneration after an edit, in process (--watch), median of ${RUNS}`,
        value: Math.round(regeneration),
        unit: 'ms',
        baseline: TARGET_MS,
        ratio: regeneration / TARGET_MS,
      },
      { name: 'codegen: first regeneration in that process', value: Math.round(first), unit: 'ms' },
      { name: 'codegen: `codegen:check` as a fresh process, median of 3', value: Math.round(median(cold)), unit: 'ms' },
    ];
  } finally {
    scratch.cleanup();
  }
}
