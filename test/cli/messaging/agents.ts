// Real agents for the messaging tests: a home made by `swarm init` with the test PKI, a swarm written straight
// into each member's database, an optional `swarm serve` child, and helpers to run CLI commands as the agent.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'chai';
import { Store } from '../../../src/state/store.js';
import { closedPort } from '../../helpers/https.js';
import { testPki } from '../../helpers/tls.js';
import { type TempDir, tempDir } from '../../helpers/tmp.js';
import { type CliResult, runCli } from '../run-cli.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'swarm.js');

export interface TestAgent {
  readonly id: string;
  readonly endpoint: string;
  readonly publicKey: string;
  readonly home: TempDir;
  readonly env: Record<string, string>;
  readonly database: string;
  run(args: readonly string[], stdin?: string): Promise<CliResult>;
  /** Runs with --json, expects exit `exit`, returns the parsed stdout. */
  json(args: readonly string[], exit?: number): Promise<any>;
  /** Opens this agent's database for `fn` (the CLI and servers share it safely). */
  withStore<T>(fn: (store: Store) => T): T;
  serve(): Promise<void>;
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function createAgent(id: string): Promise<TestAgent> {
  const pki = testPki();
  const home = tempDir(`swarm-msg-${id}-`);
  const port = await closedPort();
  const endpoint = `https://127.0.0.1:${port}/swarm`;
  const env = { SWARM_HOME: home.path };
  const database = join(home.path, 'swarm.db');
  let server: ChildProcess | undefined;
  const run = (args: readonly string[], stdin?: string) => runCli(args, { env, stdin });
  const init = await run([
    ...['init', '-a', id, '-e', endpoint, '--port', String(port), '--json'],
    ...['--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--ca-file', pki.caFile],
  ]);
  expect(init.code, init.stderr).to.equal(0);
  const agent: TestAgent = {
    id,
    endpoint,
    publicKey: JSON.parse(init.stdout).public_key,
    home,
    env,
    database,
    run,
    async json(args, exit = 0) {
      const result = await run([...args, '--json']);
      expect(result.code, `${args.join(' ')}: ${result.stdout}${result.stderr}`).to.equal(exit);
      return JSON.parse(result.stdout);
    },
    withStore(fn) {
      const store = Store.open(database, { agentId: id });
      try {
        return fn(store);
      } finally {
        store.close();
      }
    },
    async serve() {
      const child = spawn(process.execPath, [bin, 'serve', '--json', '--no-rate-limit', '--log-level', 'error'], {
        env: { ...process.env, NO_COLOR: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server = child;
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
    },
    async stop() {
      const child = server;
      server = undefined;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async cleanup() {
      await agent.stop();
      home.cleanup();
    },
  };
  return agent;
}

/** The same swarm (master first) written into every member's database; returns its id. */
export function createSwarm(agents: readonly TestAgent[], name = 'test swarm'): string {
  const swarmId = randomUUID();
  const master = agents[0]!;
  const members = agents.map((a) => ({ agentId: a.id, endpoint: a.endpoint, publicKey: a.publicKey }));
  for (const agent of agents) {
    agent.withStore((store) =>
      store.swarms.create({
        swarmId,
        name,
        masterId: master.id,
        role: agent === master ? 'master' : 'member',
        members,
      }),
    );
  }
  return swarmId;
}

/** Polls `check` until it returns true; fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The export document without its timestamp, for before/after comparisons. */
export function stateOf(agent: TestAgent): unknown {
  const { exported_at: _, ...rest } = agent.withStore((store) => store.exportState(agent.id));
  return rest;
}
