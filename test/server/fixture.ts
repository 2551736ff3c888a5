// A real agent server for tests: HTTPS on 127.0.0.1 port 0 with the throwaway CA, a fresh SQLite file,
// and helpers to sign messages as other agents. Requests go through undici with the test CA trusted.
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import { Agent, fetch } from 'undici';
import type { Message } from '../../generated/types.js';
import type { MessageDraft } from '../../src/core/envelope.js';
import { encodePublicKey, generateSeed, type KeyPair, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage } from '../../src/core/signature.js';
import { createApp, createRequestHandler } from '../../src/server/app.js';
import {
  createServerContext,
  type ServerContext,
  type ServerHooks,
  type ServerOptions,
} from '../../src/server/context.js';
import { type ListenOptions, listen } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { Store, type StoreOptions } from '../../src/state/store.js';
import { testPki } from '../helpers/tls.js';
import { tempDir } from '../helpers/tmp.js';

export const MANAGEMENT_TOKEN = 'test-management-token-0123456789';

export interface Peer {
  agentId: string;
  endpoint: string;
  keyPair: KeyPair;
  publicKey: string;
}

export function makePeer(agentId: string, endpoint = `https://${agentId}.example/swarm`): Peer {
  const keyPair = keyPairFromSeed(generateSeed());
  return { agentId, endpoint, keyPair, publicKey: encodePublicKey(keyPair.publicKey) };
}

export interface TestAgent {
  ctx: ServerContext;
  store: Store;
  self: Peer;
  origin: string;
  endpoint: string;
  dbPath: string;
  /** POSTs JSON (or raw text) to a path of the origin. */
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  /** Creates a swarm mastered by `master` (default: this agent) with these members. */
  createSwarm(
    members: Peer[],
    options?: { master?: Peer; requireApproval?: boolean; allowMemberInvite?: boolean },
  ): string;
  sign(from: Peer, draft: Partial<MessageDraft> & { swarm_id: string }): Message;
  close(): Promise<void>;
}

const dispatcher = new Agent({ connect: { ca: testPki().caPem }, keepAliveTimeout: 1000 });

export async function startTestAgent(
  options: {
    agentId?: string;
    server?: Partial<ServerOptions>;
    hooks?: ServerHooks;
    now?: () => number;
    /** Serve with the Express app alone, without the message fast path in front of it. */
    expressOnly?: boolean;
    store?: Partial<StoreOptions>;
    listen?: Partial<ListenOptions>;
  } = {},
): Promise<TestAgent> {
  const dir = tempDir('swarm-server-');
  const pki = testPki();
  let handler: RequestListener | undefined;
  const { server, origin } = await listen((req, res) => handler!(req, res), {
    host: '127.0.0.1',
    port: 0,
    tls: { cert: pki.certPem, key: pki.keyPem },
    ...options.listen,
  });
  const agentId = options.agentId ?? 'agent-self';
  const self = makePeer(agentId, `${origin}/swarm`);
  const dbPath = join(dir.path, 'swarm.db');
  const store = Store.open(dbPath, { agentId, ...options.store });
  const ctx = createServerContext({
    store,
    identity: { agentId, endpoint: self.endpoint, keyPair: self.keyPair, publicKey: self.publicKey },
    options: {
      management: { token: MANAGEMENT_TOKEN, loopbackOnly: true },
      rateLimits: { enabled: false, perSenderPerMinute: 60, perSwarmPerMinute: 100, joinsPerIpPerHour: 10 },
      ...options.server,
    },
    logger: silentLogger,
    hooks: options.hooks,
    now: options.now,
  });
  handler = options.expressOnly ? createApp(ctx) : createRequestHandler(ctx);

  const request = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const raw = typeof body === 'string' || body instanceof Uint8Array;
    const response = await fetch(`${origin}${path}`, {
      method,
      dispatcher,
      headers: { ...(body === undefined || raw ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : raw ? (body as string) : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as any, headers: response.headers as unknown as Headers };
  };

  return {
    ctx,
    store,
    self,
    origin,
    endpoint: self.endpoint,
    dbPath,
    post: (path, body, headers) => request('POST', path, body, headers),
    get: (path, headers) => request('GET', path, undefined, headers),
    createSwarm(members, swarmOptions = {}) {
      const swarmId = randomUUID();
      const master = swarmOptions.master ?? self;
      const all = [master, ...members.filter((m) => m.agentId !== master.agentId)];
      if (!all.some((m) => m.agentId === self.agentId)) all.push(self);
      store.swarms.create({
        swarmId,
        name: 'test-swarm',
        masterId: master.agentId,
        role: master.agentId === self.agentId ? 'master' : 'member',
        settings: { requireApproval: swarmOptions.requireApproval, allowMemberInvite: swarmOptions.allowMemberInvite },
        members: all.map((m) => ({ agentId: m.agentId, endpoint: m.endpoint, publicKey: m.publicKey })),
      });
      return swarmId;
    },
    sign(from, draft) {
      return signMessage(
        {
          sender: { agent_id: from.agentId, endpoint: from.endpoint },
          recipient: 'broadcast',
          type: 'message',
          content: 'hello',
          ...draft,
        } as MessageDraft,
        from.keyPair,
        options.now ? { now: () => new Date(options.now!()) } : undefined,
      );
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
      dir.cleanup();
    },
  };
}
