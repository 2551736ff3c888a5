// How the suite asks the implementation under test to act: `--drive CMD` runs CMD once per step through the shell
// with the step in SWARM_CONFORMANCE_* variables (spec/schemas/ConformanceDriverStep.json) and a time limit;
// without it each step is printed for a person (or a script reading stderr) to carry out, and the suite waits for
// the request. Either way the suite judges what arrives, not what the driver says.
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import type { ConformanceDriverStep } from '../../../generated/types.js';
import { validateConformanceDriverStep } from '../../../generated/validators/ConformanceDriverStep.js';
import { schemaProblem, type Validator } from '../judge.js';
import type { StepOutcome } from './model.js';

export interface Driver {
  /** Runs one step; resolves when the driver is done with it (at once when it only printed it). */
  run(step: ConformanceDriverStep, label: string, timeoutMs: number): Promise<StepOutcome>;
}

/** The end of a command's output kept for the report. */
const OUTPUT_KEPT = 2_000;
/** After SIGTERM at the time limit, how long before SIGKILL. */
const KILL_GRACE_MS = 2_000;

/** A step object breaking its own schema is a bug of the suite: say so loudly. */
export function checkStep(step: ConformanceDriverStep): ConformanceDriverStep {
  const problem = schemaProblem(validateConformanceDriverStep as Validator, step);
  if (problem) throw new Error(`the suite built a step that breaks ConformanceDriverStep: ${problem}`);
  return step;
}

/** The variables of a step as `NAME=value` lines, in the schema's order. */
export function stepLines(step: ConformanceDriverStep): string[] {
  return Object.entries(step)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`);
}

/** Runs `command` with `sh -c` in its own process group, so that the time limit ends whatever it started. */
export function commandDriver(command: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Driver {
  return {
    run(step, _label, timeoutMs) {
      checkStep(step);
      return new Promise((resolve) => {
        const child = spawn('sh', ['-c', command], {
          cwd: options.cwd,
          env: { ...(options.env ?? process.env), ...step },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        let output = '';
        const keep = (chunk: Buffer) => {
          output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const signal = (name: NodeJS.Signals) => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, name);
          } catch {
            // already gone
          }
        };
        let killer: NodeJS.Timeout | undefined;
        const timer = setTimeout(() => {
          timedOut = true;
          signal('SIGTERM');
          killer = setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS);
        }, timeoutMs);
        const finish = (exitCode: number | null) => {
          clearTimeout(timer);
          clearTimeout(killer);
          resolve({ exitCode: timedOut ? null : exitCode, timedOut, output: output.trim(), manual: false });
        };
        child.once('error', (error) => {
          output += `\n${error.message}`;
          finish(null);
        });
        child.once('close', (code) => finish(code));
      });
    },
  };
}

/** Prints each step and its variables to `out`; the suite then waits for the request (up to the step's limit). */
export function manualDriver(out: Writable): Driver {
  let count = 0;
  return {
    async run(step, label, timeoutMs) {
      checkStep(step);
      count += 1;
      out.write(
        [
          `Step ${count}: ${label}`,
          ...stepLines(step).map((line) => `  ${line}`),
          `  waiting up to ${Math.round(timeoutMs / 1000)} s for the implementation`,
          '',
        ].join('\n'),
      );
      return { exitCode: null, timedOut: false, output: '', manual: true };
    },
  };
}
