import { request } from 'node:https';
import { join } from 'node:path';
import { expect } from 'chai';
import { keyPairFromSeed } from '../../../src/core/keys.js';
import { protocolHeaders } from '../../../src/core/peer.js';
import { signMessage } from '../../../src/core/signature.js';
import { loadSeed } from '../../../src/keystore/key-file.js';
import { closedPort } from '../../helpers/https.js';
import { testPki } from '../../helpers/tls.js';
import { type TempDir, tempDir } from '../../helpers/tmp.js';
import { type CliResult, runCli } from '../run-cli.js';
import { type ServeProcess, startServe } from '../serve-process.js';

export interface TestAgent {
  readonly id: string;
  readonly endpoint: string;
  readonly home: TempDir;
  readonly env: Record<string, string>;
  run(args: readonly string[], stdin?: string): Promise<CliResult>;
  /** Runs with --json, expects `exit`, returns the parsed stdout. */
  json(args: readonly string[], exit?: number): Promise<any>;
  serve(): Promise<void>;
  stop(): Promise<void>;
  /** Removes the home (after stop()). */
  cleanup(): Promise<void>;
}

export async function createAgent(id: string, options: { serve?: boolean } = {}): Promise<TestAgent> {
  const pki = testPki();
  const home = tempDir(`swarm-${id}-`);
  const port = await closedPort();
  const endpoint = `https://127.0.0.1:${port}/swarm`;
  const env = { SWARM_HOME: home.path };
  let server: ServeProcess | undefined;
  const agent: TestAgent = {
    id,
    endpoint,
    home,
    env,
    run: (args, stdin) => runCli(args, { env, stdin }),
    async json(args, exit = 0) {
      const result = await runCli([...args, '--json'], { env });
      expect(result.code, `${args.join(' ')}: ${result.stdout}${result.stderr}`).to.equal(exit);
      return JSON.parse(result.stdout);
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
  const init = await agent.run([
    'init',
    ...['-a', id, '-e', endpoint, '--port', String(port)],
    ...['--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--ca-file', pki.caFile],
  ]);
  expect(init.code, init.stderr).to.equal(0);
  if (options.serve) await agent.serve();
  return agent;
}

/** Polls `check` until it returns true (or fails the test after `timeoutMs`). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Member ids of a swarm as `agent` sees it (empty when it does not know the swarm). */
export async function membersSeenBy(agent: TestAgent, swarmId: string): Promise<string[]> {
  const { swarms } = await agent.json(['list', '-s', swarmId, '-m']);
  return swarms[0] ? swarms[0].members.map((m: { agent_id: string }) => m.agent_id).sort() : [];
}

/** A message signed by `from` (its own key, read from its home) POSTed straight to `to`: status and body. */
export async function postMessageAs(
  from: TestAgent,
  to: TestAgent,
  swarmId: string,
): Promise<{ status: number; body: any }> {
  const keyPair = keyPairFromSeed(await loadSeed(join(from.home.path, 'agent.key')));
  const message = signMessage(
    {
      sender: { agent_id: from.id, endpoint: from.endpoint },
      recipient: to.id,
      swarm_id: swarmId,
      type: 'message',
      content: `hello from ${from.id}`,
    },
    keyPair,
  );
  const text = JSON.stringify(message);
  return new Promise((resolve, reject) => {
    const req = request(
      `${to.endpoint}/message`,
      {
        method: 'POST',
        ca: testPki().caPem,
        headers: { ...protocolHeaders(from.id), 'Content-Length': Buffer.byteLength(text) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: body ? JSON.parse(body) : null }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
