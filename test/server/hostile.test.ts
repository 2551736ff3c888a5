import { expect } from 'chai';
import fc from 'fast-check';
import { errorCatalog, isErrorCode } from '../../generated/errors.js';
import { validateErrorBody } from '../../generated/validators.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

// Generated hostile traffic: every answer must be a catalog error in the one shape (never a 500 or a
// crash), and the database must not change.
describe('server: hostile input', function () {
  this.timeout(120_000);
  let agent: TestAgent;
  let alice: Peer;
  let mallory: Peer;
  let swarmId: string;
  let answered = 0;

  before(async () => {
    agent = await startTestAgent({ server: { bodyLimit: 256 * 1024 } });
    alice = makePeer('alice');
    mallory = makePeer('mallory');
    swarmId = agent.createSwarm([alice]);
  });
  after(async () => {
    expect(answered).to.be.greaterThan(1000);
    await agent.close();
  });

  function assertCatalogError(res: { status: number; body: any }, context: unknown) {
    answered++;
    const detail = JSON.stringify({ status: res.status, body: res.body, context }).slice(0, 600);
    expect(res.status, detail).to.be.within(400, 499);
    expect(validateErrorBody(res.body), detail).to.equal(true);
    expect(isErrorCode(res.body.error.code), detail).to.equal(true);
    expect(errorCatalog[res.body.error.code as keyof typeof errorCatalog].status, detail).to.equal(res.status);
  }

  const inboxSize = () => agent.store.inbox.count().total;

  // A valid-looking message signed by a non-member: no mutation of it can be accepted.
  const base = () =>
    agent.sign(mallory, { swarm_id: swarmId, content: 'hostile' }) as unknown as Record<string, unknown>;
  const keys = [
    'protocol_version',
    'message_id',
    'timestamp',
    'sender',
    'recipient',
    'swarm_id',
    'type',
    'content',
    'signature',
    'priority',
    'metadata',
    'attachments',
    'references',
    'expires_at',
  ];
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  // Deep nesting is carried as a marker and spliced in as text, so no JS recursion touches it before the server.
  const deep = fc.integer({ min: 50, max: 20_000 }).map((n) => ({ __deep: n }));
  const deepText = (n: number) => `${'{"k":['.repeat(n)}"leaf"${']}'.repeat(n)}`;
  const serialize = (body: unknown) =>
    (JSON.stringify(body) ?? 'null').replace(/\{"__deep":(\d+)\}/g, (_, n: string) => deepText(Number(n)));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('drop'), key: fc.constantFrom(...keys) }),
    fc.record({
      kind: fc.constant('replace'),
      key: fc.constantFrom(...keys, 'sender.agent_id', 'sender.endpoint'),
      value: fc.oneof(anyJson, deep),
    }),
    fc.record({ kind: fc.constant('extra'), key: fc.string({ maxLength: 20 }), value: fc.oneof(anyJson, deep) }),
    fc.record({
      kind: fc.constant('huge'),
      key: fc.constantFrom('content', 'recipient', 'signature', 'timestamp'),
      size: fc.integer({ min: 300, max: 300_000 }),
    }),
  );

  function mutate(message: Record<string, unknown>, m: any): Record<string, unknown> {
    const copy = structuredClone(message) as Record<string, any>;
    if (m.kind === 'drop') delete copy[m.key];
    if (m.kind === 'replace') {
      if (m.key.startsWith('sender.')) copy.sender = { ...copy.sender, [m.key.slice(7)]: m.value };
      else copy[m.key] = m.value;
    }
    if (m.kind === 'extra') copy[m.key] = m.value;
    if (m.kind === 'huge') copy[m.key] = 'A'.repeat(m.size);
    return copy;
  }

  it('mutated messages (dropped, retyped, deep, huge fields) get catalog errors and change nothing', async () => {
    const before = inboxSize();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = mutations.reduce(mutate, base());
        const res = await agent.post('/swarm/message', serialize(body), { 'content-type': 'application/json' });
        assertCatalogError(res, serialize(mutations).slice(0, 300));
      }),
      { numRuns: 500, endOnFailure: true },
    );
    expect(inboxSize()).to.equal(before);
  });

  it('arbitrary JSON and raw bytes as bodies of /message and /join', async () => {
    const before = { inbox: inboxSize(), members: agent.store.swarms.listMembers(swarmId).length };
    const raw = fc.oneof(
      anyJson.map((v) => JSON.stringify(v) ?? 'null'),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
      deep.map(serialize),
      fc.integer({ min: 1000, max: 200_000 }).map((n) => '['.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(raw, fc.constantFrom('/swarm/message', '/swarm/join'), async (body, path) => {
        const res = await agent.post(path, body, { 'content-type': 'application/json' });
        assertCatalogError(res, { path, body: body.slice(0, 100) });
      }),
      { numRuns: 400, endOnFailure: true },
    );
    expect(inboxSize()).to.equal(before.inbox);
    expect(agent.store.swarms.listMembers(swarmId)).to.have.length(before.members);
  });

  it('hostile headers: content types, agent ids, protocol versions, oversized declared lengths', async () => {
    const before = inboxSize();
    const token = fc.stringMatching(/^[\x21-\x7e]{0,80}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          'content-type': fc.oneof(
            token,
            fc.constantFrom('application/json; charset=latin1', 'text/json', 'application/json;;'),
          ),
          'x-agent-id': token,
          'x-swarm-protocol': token,
        }),
        async (headers) => {
          const body = JSON.stringify(agent.sign(alice, { swarm_id: swarmId, content: 'x' }));
          const res = await agent.post('/swarm/message', `${body} `, headers as Record<string, string>);
          if (res.status === 200) {
            // Only possible when every header happened to be acceptable: then it must have been stored.
            expect(headers['x-agent-id'] === 'alice' || headers['x-agent-id'] === '').to.equal(true);
            return;
          }
          assertCatalogError(res, headers);
        },
      ),
      { numRuns: 150, endOnFailure: true },
    );
    expect(inboxSize()).to.equal(before);
    const huge = await agent.post('/swarm/message', 'x'.repeat(300 * 1024), { 'content-type': 'application/json' });
    assertCatalogError(huge, 'huge');
    expect(huge.body.error.code).to.equal('PAYLOAD_TOO_LARGE');
  });

  it('is still healthy afterwards', async () => {
    const res = await agent.get('/swarm/health');
    expect(res.status).to.equal(200);
    expect(res.body.status).to.equal('healthy');
  });
});
