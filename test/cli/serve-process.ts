// `swarm serve` as a child process for CLI tests: started with a home, ready once it prints its JSON line,
// stopped with SIGTERM (graceful).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'swarm.js');

export interface ServeProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServe(id: string, env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--json', '--no-rate-limit', '--log-level', 'error'], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (/"status": "serving"[\s\S]*\}/.test(out)) resolve();
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.once('exit', (code) => reject(new Error(`swarm serve of ${id} exited ${code}: ${out}${err}`)));
  });
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
