import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'chai';
import { Store } from '../../../src/state/store.js';
import { closedPort } from '../../helpers/https.js';
import { testPki } from '../../helpers/tls.js';
import { type TempDir, tempDir } from '../../helpers/tmp.js';
import { type CliResult, runCli } from '../run-cli.js';
import { type ServeProcess, startServe } from '../serve-process.js';

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
  let server: ServeProcess | undefined;
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
      server = await startServe(id, env);
    },
    async stop() {
      const running = server;
      server = undefined;
      await running?.stop();
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
export async function stateOf(agent: TestAgent): Promise<unknown> {
  const store = Store.open(agent.database, { agentId: agent.id });
  try {
    const { exported_at: _, ...rest } = await store.exportState(agent.id);
    return rest;
  } finally {
    store.close();
  }
}
