// A test agent driven through the real CLI in its own home: `swarm init` with a throwaway CA's certificate, and
// `swarm serve` on demand as a child process. Shared by the CLI membership, messaging and end-to-end suites.
import { join } from 'node:path';
import { expect } from 'chai';
import { Store } from '../../src/state/store.js';
import { closedPort } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { type CliResult, runCli } from './run-cli.js';
import { type ServeProcess, startServe } from './serve-process.js';

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
  /** Stops the server, then removes the home. */
  cleanup(): Promise<void>;
}

export async function createAgent(id: string, options: { serve?: boolean } = {}): Promise<TestAgent> {
  const pki = testPki();
  const home = tempDir(`swarm-${id}-`);
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
  if (options.serve) await agent.serve();
  return agent;
}

/** Polls `check` until it returns true; fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
