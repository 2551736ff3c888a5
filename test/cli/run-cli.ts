// Runs `node bin/swarm.js` as a real child process, the way users and scripts do.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'swarm.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  /** Added to the environment (SWARM_HOME above all). */
  env?: Record<string, string>;
  cwd?: string;
}

export function runCli(args: readonly string[], options: string | RunOptions = {}): Promise<CliResult> {
  const { stdin = '', env = {}, cwd } = typeof options === 'string' ? { stdin: options } : options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: 'pipe',
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A command that does not read its input may exit before the write lands (EPIPE): its exit code tells.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(stdin);
  });
}

/** Runs many invocations a few at a time (each child boots tsx, which costs most of the time). */
export async function runAll<T>(jobs: readonly (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job) results[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
