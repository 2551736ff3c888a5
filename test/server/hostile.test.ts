import { expect } from 'chai';
import fc from 'fast-check';
import { errorCatalog, isErrorCode } from '../../generated/errors.js';
import { validateErrorBody } from '../../generated/validators.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

/** A 4xx answer in the one error shape, its code from the catalog with that status. */
function expectCatalogError(res: { status: number; body: any }, context: unknown): void {
  const detail = JSON.stringify({ status: res.status, body: res.body, context }).slice(0, 1500);
  expect(res.status, detail).to.be.within(400, 499);
  expect(validateErrorBody(res.body), detail).to.equal(true);
  expect(isErrorCode(res.body.error.code), detail).to.equal(true);
  expect(errorCatalog[res.body.error.code as keyof typeof errorCatalog].status, detail).to.equal(res.status);
}

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
    expectCatalogError(res, context);
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

// The suite above signs as a stranger, so most of it is refused before storage. Here members sign (and a master
// of another swarm), so generated messages reach the store and the system-message rules: every answer is a 200
// with the message stored, or a catalog error with nothing stored.
describe('server: hostile members', function () {
  this.timeout(120_000);

  it('generated messages signed by members: stored when answered 200, else a catalog error; never a 500', async () => {
    const agent = await startTestAgent({ agentId: 'me', server: { bodyLimit: 256 * 1024 } });
    try {
      const [alice, bob, boss, carol] = ['alice', 'bob', 'boss', 'carol'].map((id) => makePeer(id)) as Peer[];
      const ids = ['alice', 'bob', 'boss', 'me', 'carol', 'ghost', ''];
      const ownSwarm = agent.createSwarm([alice!, bob!]);
      const bossSwarm = agent.createSwarm([alice!, bob!], { master: boss, allowMemberInvite: true });
      const anyJson = fc.jsonValue({ maxDepth: 4 });
      const text = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...ids),
      );
      const sometimes = <T>(arbitrary: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown> = anyJson) =>
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          { weight: 3, arbitrary },
          { weight: 1, arbitrary: invalid },
        );
      // Contents of every action, with fields of the right and of any type, some missing.
      const systemContent = fc
        .record(
          {
            type: fc.constantFrom('system', 'x'),
            action: fc.oneof(
              fc.constantFrom(
                'member_joined',
                'member_left',
                'kicked',
                'member_kicked',
                'master_transfer',
                'master_changed',
                'swarm_dissolved',
                'member_muted',
                'member_unmuted',
              ),
              text,
            ),
            agent_id: fc.oneof(fc.constantFrom(...ids), anyJson),
            previous_master: fc.oneof(fc.constantFrom(...ids), anyJson),
            swarm_id: fc.oneof(
              fc.constantFrom(ownSwarm, bossSwarm, bossSwarm.toUpperCase(), crypto.randomUUID()),
              anyJson,
            ),
            public_key: fc.oneof(fc.constantFrom(carol!.publicKey, alice!.publicKey), text),
            endpoint: fc.oneof(fc.constantFrom(carol!.endpoint, 'http://x', 'https://evil.example/swarm'), text),
            joined_at: fc.oneof(fc.constant(new Date().toISOString()), text),
            reason: fc.oneof(text, anyJson),
          },
          { requiredKeys: [] },
        )
        .map((content) => JSON.stringify(content));
      const draft = fc.record({
        from: fc.constantFrom(alice!, bob!, boss!, carol!),
        swarm: fc.constantFrom(ownSwarm, bossSwarm),
        type: fc.constantFrom('message', 'system', 'notification'),
        content: fc.oneof(systemContent, text, fc.string({ unit: 'grapheme', maxLength: 200 })),
        recipient: fc.constantFrom('broadcast', 'me', 'alice', 'ME'),
        // Reused ids reach the duplicate and conflict paths.
        messageId: fc.oneof(
          { weight: 4, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom(crypto.randomUUID(), crypto.randomUUID()) },
        ),
        unsigned: fc.record({
          metadata: sometimes(fc.dictionary(fc.string(), anyJson)),
          attachments: sometimes(fc.constant([])),
          references: sometimes(fc.constant([])),
          priority: sometimes(fc.constantFrom('low', 'normal', 'high', 'urgent'), text),
          in_reply_to: sometimes(fc.uuid(), text),
          thread_id: sometimes(fc.uuid(), text),
          expires_at: sometimes(fc.constant(new Date(Date.now() + 3_600_000).toISOString()), text),
        }),
      });
      let stored = 0;
      await fc.assert(
        fc.asyncProperty(draft, async (d) => {
          const message = agent.sign(d.from, {
            swarm_id: d.swarm,
            type: d.type,
            content: d.content,
            recipient: d.recipient,
            ...(d.messageId ? { message_id: d.messageId } : {}),
          }) as unknown as Record<string, unknown>;
          for (const [key, value] of Object.entries(d.unsigned)) if (value !== undefined) message[key] = value;
          const before = agent.store.inbox.get(message.message_id as string);
          const res = await agent.post('/swarm/message', message);
          if (res.status === 200) {
            stored += before ? 0 : 1;
            expect(agent.store.inbox.get(message.message_id as string), 'answered 200, so stored').to.not.equal(
              undefined,
            );
            return;
          }
          expectCatalogError(res, message);
          expect(agent.store.inbox.get(message.message_id as string)).to.deep.equal(before);
        }),
        { numRuns: 1500, endOnFailure: true },
      );
      // The generators reach storage, not only refusals.
      expect(stored).to.be.greaterThan(100);
      expect((await agent.get('/swarm/health')).status).to.equal(200);
    } finally {
      await agent.close();
    }
  });
});
