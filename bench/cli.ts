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
    // The two are timed in alternation, so that other work on a shared machine weighs on both alike.
    const times: number[] = [];
    const bare: number[] = [];
    const timed = (args: string[], options: { env?: NodeJS.ProcessEnv } = {}) => {
      const started = process.hrtime.bigint();
      execFileSync(process.execPath, args, options);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    for (let i = 0; i < RUNS + 2; i++) {
      const status = timed([bin, 'status', '--json'], { env });
      const node = timed(['-e', '0']);
      if (i < 2) continue; // the first runs warm the disk cache
      times.push(status);
      bare.push(node);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const cli = median(times);
    const node = median(bare);
    return [
      {
        // The ratio is the figure to watch (the machine's speed cancels out); the target is at most 1.5.
        name: 'cli: `swarm status --json` cold start, median of 15; ratio to `node -e 0` (target ≤ 1.5)',
        value: Math.round(cli),
        unit: 'ms',
        baseline: Math.round(node),
        ratio: cli / node,
      },
    ];
  } finally {
    home.cleanup();
  }
}
