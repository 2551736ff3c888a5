// The message fast path answers exactly as the Express route it stands in front of: same status, body and
// headers for every outcome of the pipeline, and only for POST {basePath}/message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'chai';
import { messageFastPath } from '../../src/server/message-route.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

type Answer = { status: number; body: any; headers: Headers };

describe('server: the message fast path', () => {
  const agents: { fast?: TestAgent; express?: TestAgent } = {};
  let alice: Peer;
  const swarms: Record<'fast' | 'express', string> = { fast: '', express: '' };

  beforeEach(async () => {
    alice = makePeer('alice');
    const server = {
      bodyLimit: 4096,
      rateLimits: { enabled: true, perSenderPerMinute: 3, perSwarmPerMinute: 100, joinsPerIpPerHour: 10 },
    };
    agents.fast = await startTestAgent({ server });
    agents.express = await startTestAgent({ server, expressOnly: true });
    swarms.fast = agents.fast.createSwarm([alice]);
    swarms.express = agents.express.createSwarm([alice]);
  });
  afterEach(async () => {
    await agents.fast?.close();
    await agents.express?.close();
  });

  /** What must be equal between the two ways in (ids and times differ by nature). */
  function comparable(answer: Answer, which: 'fast' | 'express') {
    const headers = Object.fromEntries(
      ['content-type', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'allow'].map(
        (name) => [name, answer.headers.get(name)],
      ),
    );
    const text = JSON.stringify(answer.body).replaceAll(swarms[which], '<swarm>');
    return { status: answer.status, body: JSON.parse(text), headers, hasRequestId: answer.headers.has('x-request-id') };
  }

  type Case = (agent: TestAgent, swarmId: string) => Promise<Answer>;
  const message = (agent: TestAgent, swarmId: string, draft: Record<string, unknown> = {}) =>
    agent.sign(alice, { swarm_id: swarmId, message_id: '3f2b8c1e-5d4a-4b6c-9e8f-7a6b5c4d3e2f', ...draft });

  const cases: Record<string, Case> = {
    'a valid message': (a, s) => a.post('/swarm/message', message(a, s)),
    'a trailing slash and a query': (a, s) => a.post('/swarm/message/?x=1', message(a, s)),
    'a tampered signature': (a, s) => a.post('/swarm/message', { ...message(a, s), content: 'changed' }),
    'a body over the limit': (a, s) => a.post('/swarm/message', message(a, s, { content: 'x'.repeat(5000) })),
    'text/plain': (a, s) => a.post('/swarm/message', JSON.stringify(message(a, s)), { 'content-type': 'text/plain' }),
    'malformed JSON': (a) => a.post('/swarm/message', '{"a":', { 'content-type': 'application/json' }),
    'a schema violation': (a, s) => a.post('/swarm/message', { ...message(a, s), type: 'gossip' }),
    'another recipient': (a, s) => a.post('/swarm/message', message(a, s, { recipient: 'mallory' })),
    'an unknown swarm': (a) => a.post('/swarm/message', message(a, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d')),
    'a mismatched X-Agent-ID': (a, s) => a.post('/swarm/message', message(a, s), { 'x-agent-id': 'bob' }),
    'GET on the route': (a) => a.get('/swarm/message'),
    'another case': (a, s) => a.post('/swarm/Message', message(a, s)),
  };

  for (const [name, send] of Object.entries(cases)) {
    it(`answers ${name} as the Express route does`, async () => {
      const fast = await send(agents.fast!, swarms.fast);
      const express = await send(agents.express!, swarms.express);
      expect(comparable(fast, 'fast')).to.deep.equal(comparable(express, 'express'));
    });
  }

  it('stores the same rows, duplicates and conflicts included, and answers a rate limit alike', async () => {
    const answers: Record<'fast' | 'express', unknown[]> = { fast: [], express: [] };
    for (const which of ['fast', 'express'] as const) {
      const agent = agents[which]!;
      const first = message(agent, swarms[which]);
      const changed = message(agent, swarms[which], { content: 'other' });
      const fourth = message(agent, swarms[which], { message_id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' });
      for (const body of [first, first, changed, fourth]) {
        answers[which].push(comparable(await agent.post('/swarm/message', body), which));
      }
    }
    expect(answers.fast).to.deep.equal(answers.express);
    expect((answers.fast as { status: number }[]).map((a) => a.status)).to.deep.equal([200, 200, 409, 429]);
    expect(agents.fast!.store.inbox.count()).to.deep.equal(agents.express!.store.inbox.count());
  });

  it('echoes a plain X-Request-ID and replaces any other', async () => {
    const agent = agents.fast!;
    const given = await agent.post('/swarm/message', message(agent, swarms.fast), { 'x-request-id': 'req-42' });
    expect(given.headers.get('x-request-id')).to.equal('req-42');
    const hostile = await agent.post('/swarm/message', message(agent, swarms.fast), { 'x-request-id': 'a b\tc' });
    expect(hostile.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('leaves every other method and path to Express', () => {
    const take = messageFastPath(agents.fast!.ctx);
    const unused = {} as ServerResponse;
    const request = (method: string, url: string) => ({ method, url, headers: {} }) as IncomingMessage;
    for (const [method, url] of [
      ['GET', '/swarm/message'],
      ['PUT', '/swarm/message'],
      ['POST', '/swarm/message2'],
      ['POST', '/swarm/messages'],
      ['POST', '/swarm/join'],
      ['POST', '/message'],
      ['POST', '/swarm//message'],
      ['POST', '/api/message'],
    ] as const) {
      expect(take(request(method, url), unused), `${method} ${url}`).to.equal(false);
    }
  });
});
