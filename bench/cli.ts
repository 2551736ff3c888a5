// Cold start of the CLI: `swarm status --json` as a fresh process, repeated, against an initialised home.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../test/helpers/tmp.js';
import type { BenchFigure } from './state.js';

const RUNS = 15;
const bin = join(import.meta.dirname, '..', 'bin', 'swarm.js');

export async function benchCli(): Promise<BenchFigure[]> {
  const home = tempDir('swarm-bench-cli-');
  try {
    const env = { ...process.env, SWARM_HOME: home.path, NO_COLOR: '1' };
    execFileSync(process.execPath, [bin, 'init', '-a', 'bench', '-e', 'https://127.0.0.1:8443/swarm', '--json'], {
      env,
    });
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const started = process.hrtime.bigint();
      execFileSync(process.execPath, [bin, 'status', '--json'], { env });
      if (i >= 2) times.push(Number(process.hrtime.bigint() - started) / 1e6); // the first runs warm the disk cache
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const bare = [] as number[];
    for (let i = 0; i < RUNS; i++) {
      const started = process.hrtime.bigint();
      execFileSync(process.execPath, ['-e', '0']);
      bare.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    bare.sort((a, b) => a - b);
    const node = bare[Math.floor(bare.length / 2)]!;
    return [
      {
        // The ratio is the figure to watch (the machine's speed cancels out); the target is at most 1.5.
        name: 'cli: `swarm status --json` cold start, median of 15; ratio to `node -e 0` (target ≤ 1.5)',
        value: Math.round(median),
        unit: 'ms',
        baseline: Math.round(node),
        ratio: median / node,
      },
    ];
  } finally {
    home.cleanup();
  }
}
