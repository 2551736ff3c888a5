import { expect } from 'chai';
import type { AgentInfo, Health } from '../../generated/types.js';
import { validateAgentInfo, validateHealth } from '../../generated/validators.js';
import { composeSystemMessage } from '../../src/client/compose.js';
import { fetchInfo, infoFetcher, PeerRequestError } from '../../src/client/keys.js';
import type { SwarmClient } from '../../src/client/swarm-client.js';
import { memberJoinedContent } from '../../src/core/system-content.js';
import { createTransport } from '../../src/transport/transport.js';
import { closedPort, type RunningServer, sendJson, startHttpsServer } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';
import { agentPool, clientFor, type LiveAgent, shareSwarm, waitFor } from './helpers.js';

describe('client: peer info, health and public keys', () => {
  const pool = agentPool();
  let a: LiveAgent;
  let b: LiveAgent;
  let client: SwarmClient;
  let odd: RunningServer;
  let infoCalls = 0;

  before(async () => {
    odd = await startHttpsServer((req, res) => {
      if (req.url === '/bad/info') return sendJson(res, 200, { agent_id: 'x' });
      if (req.url === '/text/info') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('hello');
      }
      // JSON that parses but would exhaust the stack of whoever prints or stores it.
      const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
      if (req.url === '/deep/info') return void res.writeHead(200, { 'content-type': 'application/json' }).end(deep);
      if (req.url === '/deep-error/info') {
        res.writeHead(409, { 'content-type': 'application/json' });
        return void res.end(`{"error":{"code":"AGENT_ID_TAKEN","message":"m","details":{"x":${deep}}}}`);
      }
      if (req.url === '/busy/health')
        return sendJson(res, 503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'busy', details: null } });
      sendJson(res, 404, { detail: 'Not Found' });
    }, testPki());
  });
  after(() => odd.close());

  beforeEach(async () => {
    [a, b] = [await pool.start('a'), await pool.start('b')];
    infoCalls = 0;
    client = clientFor(a, { requestAttempts: 1 });
  });
  afterEach(async () => {
    await client.close();
    await pool.cleanup();
  });

  it('info() and health() return spec-valid, typed answers of a real agent', async () => {
    const info = await client.info(b.self.endpoint);
    const health = await client.health(`${b.self.endpoint}/`);
    const typedInfo: AgentInfo | undefined = info.data;
    const typedHealth: Health | undefined = health.data;
    expect(validateAgentInfo(typedInfo)).to.equal(true);
    expect(validateHealth(typedHealth)).to.equal(true);
    expect(typedInfo).to.deep.include({ agent_id: 'b', endpoint: b.self.endpoint, public_key: b.self.publicKey });
    expect(typedHealth).to.deep.include({ status: 'healthy', agent_id: 'b' });
  });

  it('maps bad answers and failures to catalog codes', async () => {
    expect((await client.info(`${odd.url}/bad`)).error?.code).to.equal('INVALID_RESPONSE');
    expect((await client.info(`${odd.url}/text`)).error?.code).to.equal('INVALID_RESPONSE');
    // Too deep to handle: refused as an answer; as an error body, dropped, so the status alone speaks.
    expect((await client.info(`${odd.url}/deep`)).error?.code).to.equal('INVALID_RESPONSE');
    const refused = (await client.info(`${odd.url}/deep-error`)).error;
    expect(refused).to.deep.include({ status: 409 });
    expect(refused?.code).to.not.equal('AGENT_ID_TAKEN');
    expect(() => JSON.stringify(refused)).to.not.throw();
    expect((await client.info(`${odd.url}/nowhere`)).error).to.deep.include({ code: 'ROUTE_NOT_FOUND', status: 404 });
    expect((await client.health(`${odd.url}/busy`)).error).to.deep.include({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
    });
    expect((await client.info(`https://127.0.0.1:${await closedPort()}/swarm`)).error?.code).to.equal(
      'PEER_UNREACHABLE',
    );
    expect((await client.info('http://example.com/swarm')).error?.code).to.equal('TLS_ERROR');
    expect((await client.info('not a url')).error?.code).to.equal('PEER_UNREACHABLE');
  });

  it('fetchInfo rejects with a PeerRequestError carrying the code, and checks the agent id', async () => {
    const transport = createTransport({ caPem: testPki().caPem });
    try {
      const options = { fetch: transport.fetch, agentId: 'a' };
      expect((await fetchInfo(b.self.endpoint, { ...options, expectAgentId: 'b' })).public_key).to.equal(
        b.self.publicKey,
      );
      const wrong = await fetchInfo(b.self.endpoint, { ...options, expectAgentId: 'c' }).catch((e: unknown) => e);
      expect(wrong).to.be.instanceOf(PeerRequestError).with.property('code', 'INVALID_RESPONSE');
      const missing = await fetchInfo(`${odd.url}/nowhere`, options).catch((e: unknown) => e);
      expect(missing).to.be.instanceOf(PeerRequestError).with.property('code', 'ROUTE_NOT_FOUND');
    } finally {
      await transport.close();
    }
  });

  it('publicKey(): the member list first, else /info once, cached for the TTL', async () => {
    let skew = 0;
    const keyed = clientFor(a, { now: () => Date.now() + skew, keyTtlMs: 60_000, requestAttempts: 1 });
    try {
      const swarmId = shareSwarm([a, b], { master: a });
      expect((await keyed.publicKey('b', { swarmId })).data).to.deep.include({
        source: 'member',
        publicKey: b.self.publicKey,
      });

      const c = await pool.start('c');
      const first = await keyed.publicKey('c', { endpoint: c.self.endpoint });
      expect(first.data).to.deep.include({ source: 'info', publicKey: c.self.publicKey, endpoint: c.self.endpoint });
      expect(a.store.keys.get('c')?.publicKey).to.equal(c.self.publicKey);
      expect((await keyed.publicKey('c')).data?.source).to.equal('cache');
      skew += 61_000;
      expect((await keyed.publicKey('c')).data?.source).to.equal('info');
      expect((await keyed.publicKey('d', { endpoint: c.self.endpoint })).error?.code).to.equal('INVALID_RESPONSE');
      expect((await keyed.publicKey('nobody')).error?.code).to.equal('MEMBER_NOT_FOUND');
    } finally {
      await keyed.close();
    }
  });

  it("serves as the server's hooks.fetchInfo: a member announced without its key is added with the one from /info", async () => {
    const c = await pool.start('c');
    const swarmId = shareSwarm([a, b], { master: a });
    const transport = createTransport({ caPem: testPki().caPem });
    const fetcher = infoFetcher(transport, 'b');
    b.ctx.hooks.fetchInfo = (endpoint) => {
      infoCalls += 1;
      return fetcher(endpoint);
    };
    // A reference master's member_joined carries no public_key.
    const content = memberJoinedContent({
      swarm_id: swarmId,
      agent_id: 'c',
      endpoint: c.self.endpoint,
      joined_at: '2026-02-05T14:29:59.987Z',
    });
    const master = { agentId: 'a', endpoint: a.self.endpoint, keyPair: a.self.keyPair };
    const message = composeSystemMessage(master, swarmId, 'broadcast', content);
    try {
      const answer = await transport.fetch(`${b.self.endpoint}/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
      });
      expect(answer.status).to.equal(200);
      await waitFor(() => b.store.swarms.isMember(swarmId, 'c'), 5000, 'the new member at b');
      expect(b.store.swarms.getMember(swarmId, 'c')?.publicKey).to.equal(c.self.publicKey);
      expect(infoCalls).to.equal(1);
    } finally {
      await transport.close();
    }
  });
});
