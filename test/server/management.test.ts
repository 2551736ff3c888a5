import { expect } from 'chai';
import { clientNetwork } from '../../src/server/swarm-routes.js';
import { responseProblem } from '../helpers/openapi.js';
import { MANAGEMENT_TOKEN, makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

const auth = { authorization: `Bearer ${MANAGEMENT_TOKEN}` };

describe('server: management API', () => {
  let agent: TestAgent;
  let alice: Peer;
  let swarmId: string;
  let ids: string[];

  beforeEach(async () => {
    agent = await startTestAgent();
    alice = makePeer('alice');
    swarmId = agent.createSwarm([alice]);
    ids = [];
    for (const content of ['one', 'two', 'three']) {
      const message = agent.sign(alice, { swarm_id: swarmId, content });
      expect((await agent.post('/swarm/message', message)).status).to.equal(200);
      ids.push(message.message_id);
    }
  });
  afterEach(() => agent.close());

  it('refuses requests without the bearer token, or with a wrong one, with WWW-Authenticate', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-wrong-token' },
      { authorization: MANAGEMENT_TOKEN },
    ];
    for (const headers of attempts) {
      const res = await agent.get('/api/inbox', headers);
      expect(res.status).to.equal(401);
      expect(res.body.error.code).to.equal('UNAUTHENTICATED');
      expect(res.headers.get('www-authenticate')).to.equal('Bearer');
      expect(responseProblem('GET', '/api/inbox', 401, res.body)).to.equal(null);
    }
    const wake = await agent.post('/api/wake', {
      message_id: 'm',
      swarm_id: 's',
      sender_id: 'a',
      notification_level: 'normal',
    });
    expect(wake.status).to.equal(401);
  });

  it('lists, counts, reads, archives and deletes along the state machine', async () => {
    let res = await agent.get(`/api/inbox?swarm_id=${swarmId}`, auth);
    expect(res.status).to.equal(200);
    expect(res.body.count).to.equal(3);
    expect(responseProblem('GET', '/api/inbox', 200, res.body)).to.equal(null);
    res = await agent.get(`/api/inbox/${ids[0]}`, auth);
    expect(res.body.status).to.equal('read');
    expect(res.body.content).to.equal('one');
    expect(responseProblem('GET', '/api/inbox/{message_id}', 200, res.body)).to.equal(null);
    res = await agent.post(`/api/inbox/${ids[0]}/archive`, undefined, auth);
    expect(res.body).to.deep.equal({ status: 'archived', message_id: ids[0] });
    res = await agent.post(`/api/inbox/${ids[0]}/delete`, undefined, auth);
    expect(res.body.status).to.equal('deleted');
    res = await agent.post(`/api/inbox/${ids[0]}/archive`, undefined, auth);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('INVALID_STATE_TRANSITION');
    expect(agent.store.inbox.get(ids[0]!)?.status).to.equal('deleted');
    res = await agent.get('/api/inbox/count', auth);
    expect(res.body).to.deep.equal({ unread: 2, read: 0, archived: 0, deleted: 1, total: 3 });
    expect(responseProblem('GET', '/api/inbox/count', 200, res.body)).to.equal(null);
    res = await agent.post('/api/inbox/batch', { message_ids: [ids[1], ids[2], 'nope'], action: 'read' }, auth);
    expect(res.body).to.deep.equal({ action: 'read', updated: 2, total: 3 });
    res = await agent.get('/api/inbox/unknown-id', auth);
    expect(res.status).to.equal(404);
    expect(res.body.error.code).to.equal('MESSAGE_NOT_FOUND');
  });

  it('validates queries and bodies against the spec', async () => {
    let res = await agent.get('/api/inbox?status=pending', auth);
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('INVALID_FORMAT');
    res = await agent.get('/api/inbox?limit=0', auth);
    expect(res.status).to.equal(400);
    res = await agent.post('/api/inbox/batch', { message_ids: [], action: 'read' }, auth);
    expect(res.status).to.equal(400);
    res = await agent.post('/api/inbox/batch', '{"message_ids":', { ...auth, 'content-type': 'application/json' });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('INVALID_JSON');
    expect(agent.store.inbox.count().unread).to.equal(3);
  });

  it('shows the outbox and answers wake with WAKE_UNAVAILABLE when no method is configured', async () => {
    let res = await agent.get('/api/outbox', auth);
    expect(res.status).to.equal(200);
    expect(responseProblem('GET', '/api/outbox', 200, res.body)).to.equal(null);
    res = await agent.get('/api/outbox/count', auth);
    expect(res.body).to.deep.equal({ queued: 0, sending: 0, delivered: 0, failed: 0, total: 0 });
    res = await agent.post(
      '/api/wake',
      { message_id: 'm', swarm_id: 's', sender_id: 'a', notification_level: 'normal' },
      auth,
    );
    expect(res.status).to.equal(503);
    expect(res.body.error.code).to.equal('WAKE_UNAVAILABLE');
  });
});

describe('server: the client network joins are counted by', () => {
  it('is the address for IPv4 (mapped or not) and the /64 for IPv6', () => {
    expect(clientNetwork('203.0.113.7')).to.equal('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).to.equal('203.0.113.7');
    expect(clientNetwork('2001:db8:1:2:aaaa::1')).to.equal('2001:db8:1:2::/64');
    expect(clientNetwork('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).to.equal('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:1:3::1')).to.equal('2001:db8:1:3::/64');
    expect(clientNetwork('::1')).to.equal('0:0:0:0::/64');
    expect(clientNetwork(undefined)).to.equal('unknown');
    expect(clientNetwork('not-an-address')).to.equal('not-an-address');
  });
});

describe('server: rate limits', () => {
  let agent: TestAgent;
  let alice: Peer;
  let swarmId: string;

  beforeEach(async () => {
    agent = await startTestAgent({
      server: { rateLimits: { enabled: true, perSenderPerMinute: 3, perSwarmPerMinute: 5, joinsPerIpPerHour: 2 } },
    });
    alice = makePeer('alice');
    swarmId = agent.createSwarm([alice, makePeer('bob')]);
  });
  afterEach(() => agent.close());

  it('answers 429 RATE_LIMITED with Retry-After in seconds once a sender exceeds its limit', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<TestAgent['post']>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, content: `m${i}` }));
      statuses.push(last.status);
    }
    expect(statuses).to.deep.equal([200, 200, 200, 429]);
    expect(last!.body.error.code).to.equal('RATE_LIMITED');
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).to.be.within(1, 60);
    expect(last!.body.error.details.retry_after).to.equal(retryAfter);
    expect(agent.store.inbox.count().total).to.equal(3);
  });

  it('limits joins per client address', async () => {
    const bodies = [1, 2, 3].map(() => ({ type: 'system', action: 'join_request', invite_token: 'a.b.c', sender: {} }));
    const answers = [];
    for (const body of bodies) answers.push(await agent.post('/swarm/join', body));
    expect(answers.map((a) => a.status)).to.deep.equal([400, 400, 429]);
    const refused = answers[2]!;
    expect(refused.body.error.code).to.equal('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).to.equal(refused.body.error.details.retry_after);
    expect(Number(refused.headers.get('retry-after'))).to.be.within(1, 3600);
    expect(refused.headers.get('x-ratelimit-remaining')).to.equal('0');
  });

  it('counts joins per IPv6 /64 behind a trusted proxy: rotating addresses inside one network does not help', async () => {
    await agent.close();
    agent = await startTestAgent({
      server: {
        trustProxy: true,
        rateLimits: { enabled: true, perSenderPerMinute: 3, perSwarmPerMinute: 5, joinsPerIpPerHour: 2 },
      },
    });
    const body = { type: 'system', action: 'join_request', invite_token: 'a.b.c', sender: {} };
    const join = async (from: string) => (await agent.post('/swarm/join', body, { 'x-forwarded-for': from })).status;
    expect(await join('2001:db8:1:2::1')).to.equal(400);
    expect(await join('2001:db8:1:2:ffff::2')).to.equal(400);
    expect(await join('2001:db8:1:2:abcd:0:0:3')).to.equal(429);
    // Another /64, and an IPv4 client, have their own counts.
    expect(await join('2001:db8:1:3::1')).to.equal(400);
    expect(await join('203.0.113.7')).to.equal(400);
    expect(await join('::ffff:203.0.113.7')).to.equal(400);
    expect(await join('203.0.113.7')).to.equal(429);
  });

  it('does not count unauthenticated messages against the sender they claim', async () => {
    for (let i = 0; i < 5; i++) {
      const forged = agent.sign({ ...makePeer('alice'), endpoint: alice.endpoint }, { swarm_id: swarmId });
      expect((await agent.post('/swarm/message', forged)).status).to.equal(401);
    }
    expect((await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }))).status).to.equal(200);
  });
});
