// The demo's agents: each one a home directory driven through the `swarm` CLI as child processes, with its
// `swarm serve` running in the background.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type CliResult, runCli } from '../test/cli/run-cli.js';
import type { DemoPki } from './pki.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'swarm.js');

/** bin/swarm.js runs dist/: build it when it is missing or older than the sources. */
export function ensureBuilt(): void {
  const marker = join(root, 'dist', 'cli', 'main.js');
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  if (built >= Math.max(newest(join(root, 'src')), newest(join(root, 'generated')))) return;
  process.stdout.write('Building dist/ (npm run build)...\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  const now = new Date();
  utimesSync(marker, now, now); // an unchanged bundle keeps its old time
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export class DemoAgent {
  readonly endpoint: string;
  #server: ChildProcess | undefined;

  constructor(
    readonly id: string,
    readonly home: string,
    readonly port: number,
  ) {
    this.endpoint = `https://127.0.0.1:${port}/swarm`;
  }

  /** Runs `swarm <args>` as this agent (no input, colours off), as the CLI tests do. */
  run(args: readonly string[]): Promise<CliResult> {
    return runCli(args, { env: { SWARM_HOME: this.home } });
  }

  /** Runs `swarm <args> --json`; a non-zero exit is an error naming the command and what it printed. */
  async json(args: readonly string[]): Promise<any> {
    const result = await this.run([...args, '--json']);
    if (result.code !== 0) {
      throw new Error(`${this.id}: swarm ${args.join(' ')} exited ${result.code}\n${result.stdout}${result.stderr}`);
    }
    return JSON.parse(result.stdout);
  }

  async init(pki: DemoPki): Promise<void> {
    await this.json([
      ...['init', '-a', this.id, '-e', this.endpoint, '--port', String(this.port)],
      ...['--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--ca-file', pki.caFile],
    ]);
  }

  /** Starts `swarm serve --json` and resolves on its ready line. */
  serve(): Promise<void> {
    const child = spawn(process.execPath, [bin, 'serve', '--json', '--log-level', 'warn'], {
      env: { ...process.env, SWARM_HOME: this.home, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#server = child;
    return new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(new Error(`${this.id}: swarm serve not ready after 15 s\n${err}`)), 15_000);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (/"status": "serving"[\s\S]*\}/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk;
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.id}: swarm serve exited ${code}\n${out}${err}`));
      });
    });
  }

  /** SIGTERM to the server (it stops gracefully); SIGKILL if it has not exited after 5 s. */
  async stop(): Promise<void> {
    const child = this.#server;
    this.#server = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
