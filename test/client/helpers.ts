// Real agents for client tests: our Express server over HTTPS with the test CA, each with its own SQLite file.
// Unlike test/server/fixture.ts these can be stopped and started again on the same file and port (a member
// that goes down and comes back), and several can share one swarm.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SwarmClient, type SwarmClientOptions } from '../../src/client/swarm-client.js';
import { encodePublicKey, generateSeed, type KeyPair, keyPairFromSeed } from '../../src/core/keys.js';
import { createRequestHandler } from '../../src/server/app.js';
import { createServerContext, type ServerContext } from '../../src/server/context.js';
import { silentLogger } from '../../src/server/logger.js';
import { Store } from '../../src/state/store.js';
import type { Transport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import type { Peer } from '../server/fixture.js';

export interface Member {
  self: Peer;
  store: Store;
}

export interface LiveAgent extends Member {
  ctx: ServerContext;
  port: number;
  dbPath: string;
  /** Closes the server (dropping connections) and the store; the file stays. */
  stop(): Promise<void>;
}

/** Starts an agent server on `port` (0: any) over the store at `dbPath`, with a fixed key pair. */
export async function startAgentAt(options: {
  agentId: string;
  dbPath: string;
  keyPair?: KeyPair;
  port?: number;
}): Promise<LiveAgent> {
  const pki = testPki();
  let handler: ReturnType<typeof createRequestHandler> | undefined;
  const server = createServer({ cert: pki.certPem, key: pki.keyPem }, (req, res) => handler!(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const keyPair = options.keyPair ?? keyPairFromSeed(generateSeed());
  const self: Peer = {
    agentId: options.agentId,
    endpoint: `https://127.0.0.1:${port}/swarm`,
    keyPair,
    publicKey: encodePublicKey(keyPair.publicKey),
  };
  const store = Store.open(options.dbPath, { agentId: options.agentId });
  const ctx = createServerContext({
    store,
    identity: { agentId: self.agentId, endpoint: self.endpoint, keyPair, publicKey: self.publicKey },
    options: {
      management: { token: 'test-management-token-0123456789', loopbackOnly: true },
      rateLimits: { enabled: false, perSenderPerMinute: 60, perSwarmPerMinute: 100, joinsPerIpPerHour: 10 },
    },
    logger: silentLogger,
  });
  handler = createRequestHandler(ctx);
  return {
    self,
    store,
    ctx,
    port,
    dbPath: options.dbPath,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}

/** A group of agents in temp directories, all stopped and removed by `cleanup()`. */
export function agentPool(): {
  start(agentId: string): Promise<LiveAgent>;
  restart(agent: LiveAgent): Promise<LiveAgent>;
  cleanup(): Promise<void>;
} {
  const dirs: TempDir[] = [];
  const running = new Set<LiveAgent>();
  const track = (agent: LiveAgent) => {
    running.add(agent);
    const stop = agent.stop;
    agent.stop = async () => {
      running.delete(agent);
      await stop();
    };
    return agent;
  };
  return {
    async start(agentId) {
      const dir = tempDir('swarm-client-');
      dirs.push(dir);
      return track(await startAgentAt({ agentId, dbPath: join(dir.path, 'swarm.db') }));
    },
    async restart(agent) {
      if (running.has(agent)) await agent.stop();
      const { agentId, keyPair } = agent.self;
      return track(await startAgentAt({ agentId, keyPair, dbPath: agent.dbPath, port: agent.port }));
    },
    async cleanup() {
      for (const agent of [...running]) await agent.stop();
      for (const dir of dirs) dir.cleanup();
    },
  };
}

/** Creates one swarm (same id) in every member's store, each listing all members; returns its id. */
export function shareSwarm(
  members: readonly Member[],
  options: { master: Member; others?: readonly Peer[]; requireApproval?: boolean; swarmId?: string },
): string {
  const swarmId = options.swarmId ?? randomUUID();
  const peers = [...members.map((m) => m.self), ...(options.others ?? [])];
  for (const member of members) {
    member.store.swarms.create({
      swarmId,
      name: 'client-test-swarm',
      masterId: options.master.self.agentId,
      role: member === options.master ? 'master' : 'member',
      settings: { requireApproval: options.requireApproval ?? false },
      members: peers.map((p) => ({ agentId: p.agentId, endpoint: p.endpoint, publicKey: p.publicKey })),
    });
  }
  return swarmId;
}

/** A client for `member`, trusting the test CA, with quick retries; its own worker unless told otherwise. */
export function clientFor(member: Member, options: Partial<SwarmClientOptions> = {}): SwarmClient {
  return new SwarmClient({
    store: member.store,
    identity: { agentId: member.self.agentId, endpoint: member.self.endpoint, keyPair: member.self.keyPair },
    caFile: testPki().caFile,
    timeoutMs: 3000,
    backoff: { baseMs: 20, maxMs: 100, minMs: 10 },
    workerOptions: { backoff: { baseMs: 20, maxMs: 100, minMs: 10 }, pollIntervalMs: 50 },
    ...options,
  });
}

/** Inbox rows of a store holding this message id (0 or 1 if receipt is idempotent). */
export function inboxCopies(store: Store, messageId: string): number {
  return store.inbox.list({ status: 'all', limit: 100 }).filter((row) => row.messageId === messageId).length;
}

export { waitFor } from '../helpers/wait.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A Transport that records every request and answers from `answer` (the I/O injected, no network). */
export function recordingTransport(
  answer: (request: RecordedRequest) => { status: number; body?: unknown },
): Transport & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    async fetch(input, init) {
      const request = new Request(input, init);
      const recorded: RecordedRequest = {
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      };
      requests.push(recorded);
      const { status, body } = answer(recorded);
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      });
    },
    async close() {},
  };
}
