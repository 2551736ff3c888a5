import { join } from 'node:path';
import { expect } from 'chai';
import { validateMessage, validateSystemContent } from '../../generated/validators.js';
import { SwarmClient } from '../../src/client/swarm-client.js';
import { buildJoinRequest } from '../../src/core/join-request.js';
import { keyPairFromSeed } from '../../src/core/keys.js';
import { verifyMessage } from '../../src/core/signature.js';
import { timestampToDate } from '../../src/core/timestamp.js';
import { Store } from '../../src/state/store.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { loadVectors } from '../helpers/vectors.js';
import { type RecordedRequest, recordingTransport } from './helpers.js';

const instant = (text: string) => timestampToDate(text)!.getTime();
const lowerKeys = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const protocolHeaders = (request: RecordedRequest) => ({
  'content-type': request.headers['content-type'],
  'x-agent-id': request.headers['x-agent-id'],
  'x-swarm-protocol': request.headers['x-swarm-protocol'],
});

describe('client: interop with the reference vectors', () => {
  let dir: TempDir;
  let store: Store;
  beforeEach(() => {
    dir = tempDir('swarm-vectors-');
    store = Store.open(join(dir.path, 'swarm.db'));
  });
  afterEach(() => {
    store.close();
    dir.cleanup();
  });

  describe('join_requests.json: what our join() POSTs, and what it makes of the answer', () => {
    for (const c of loadVectors('join_requests.json').cases) {
      it(c.name, async () => {
        const i = c.inputs;
        const response = c.simulated_response;
        const transport = recordingTransport(() => ({
          status: response?.status ?? 599,
          body: response?.body ?? undefined,
        }));
        const client = new SwarmClient({
          store,
          identity: {
            agentId: i.agent_id,
            endpoint: i.endpoint,
            keyPair: keyPairFromSeed(Buffer.from(i.joiner_seed_hex, 'hex')),
          },
          transport,
          worker: false,
          now: () => instant(i.now),
          backoff: { baseMs: 1, maxMs: 1, minMs: 1 },
        });
        const result = await client.join(i.token_url);
        await client.close();

        // Same number of POSTs as the reference (its transport also retries a 500 three times), each the request the
        // core builds (which the vector suite compares with the reference's: test/conformance/vectors.test.ts).
        expect(transport.requests).to.have.length(c.post_attempts);
        for (const request of transport.requests) {
          const joiner = { agentId: i.agent_id, endpoint: i.endpoint, publicKey: i.joiner_public_key_b64 };
          const built = buildJoinRequest(i.token_url, joiner, { now: new Date(instant(i.now)) });
          expect([request.method, request.url]).to.deep.equal([built.method, built.url]);
          expect(protocolHeaders(request)).to.deep.equal(lowerKeys(built.headers));
          expect(JSON.parse(request.body)).to.deep.equal(built.body);
        }

        if (c.client_outcome.ok) {
          const want = c.client_outcome.result;
          expect(result.data).to.deep.include({ status: 'accepted', swarmId: want.swarm_id, masterId: want.master });
          const saved = store.swarms.get(want.swarm_id)!;
          expect([saved.name, saved.masterId, saved.role]).to.deep.equal([want.name, want.master, 'member']);
          expect(saved.settings).to.deep.equal({ allowMemberInvite: false, requireApproval: false });
          const members = saved.members.map((m) => ({
            agent_id: m.agentId,
            endpoint: m.endpoint,
            public_key: m.publicKey,
          }));
          const wanted = want.members.map(({ joined_at: _, ...m }: { joined_at: string }) => m);
          expect(members).to.have.deep.members(wanted);
        } else if (response === null) {
          expect(result.error?.code).to.equal('TOKEN_EXPIRED');
        } else if (response.status === 202) {
          expect(result.data).to.deep.include({ status: 'pending', swarmId: response.body.swarm_id });
        } else {
          const code = response.body?.error?.code ?? 'INTERNAL_ERROR';
          expect(result.error).to.deep.include({ code, status: response.status });
        }
        if (!c.client_outcome.ok) expect(store.swarms.list()).to.deep.equal([]);
      });
    }
  });

  describe('system_messages.json: what our leave() and kick() POST', () => {
    for (const c of loadVectors('system_messages.json').cases) {
      if (!c.operation.endsWith('leave_swarm') && !c.operation.endsWith('kick_member')) continue;
      it(c.name, async () => {
        const i = c.inputs;
        const swarm = i.swarm;
        const self = i.agent_id ?? i.master_id;
        store.swarms.create({
          swarmId: swarm.swarm_id,
          name: swarm.name,
          masterId: swarm.master,
          role: swarm.master === self ? 'master' : 'member',
          joinedAt: swarm.joined_at,
          members: swarm.members.map((m: Record<string, string>) => ({
            agentId: m.agent_id,
            endpoint: m.endpoint,
            publicKey: m.public_key,
            joinedAt: m.joined_at,
          })),
        });
        const ids = [...i.uuid4_sequence];
        const referenceInfo = (url: string) => {
          const member = swarm.members.find((m: Record<string, string>) => url === `${m.endpoint}/info`);
          return {
            agent_id: member?.agent_id,
            endpoint: member?.endpoint,
            public_key: member?.public_key,
            protocol_version: '0.1.0',
            capabilities: ['message', 'system', 'notification'],
            metadata: null,
          };
        };
        const transport = recordingTransport((request) => ({
          // The reference serves /info without `protocol_versions`: the negotiation (NEG-002) keeps to 0.1.0.
          ...(request.method === 'GET'
            ? { status: 200, body: referenceInfo(request.url) }
            : { status: 200, body: { status: 'queued', message_id: JSON.parse(request.body).message_id } }),
        }));
        const client = new SwarmClient({
          store,
          identity: {
            agentId: self,
            endpoint: i.endpoint ?? i.master_endpoint,
            keyPair: keyPairFromSeed(Buffer.from(i.signer_seed_hex, 'hex')),
          },
          transport,
          now: () => instant(i.now),
          newId: () => ids.shift(),
        });
        const result = c.operation.endsWith('leave_swarm')
          ? await client.leave(swarm.swarm_id)
          : await client.kick(swarm.swarm_id, i.target, i.reason ?? undefined);
        await client.close();
        expect(result.error).to.equal(undefined);

        const posted = transport.requests.filter((r) => r.method === 'POST');
        expect(posted).to.have.length(
          c.messages.reduce((n: number, m: { posted_to: string[] }) => n + m.posted_to.length, 0),
        );
        for (const want of c.messages) {
          const posts = posted.filter((r) => JSON.parse(r.body).message_id === want.message.message_id);
          expect(posts.map((p) => p.url)).to.have.members(want.posted_to);
          for (const post of posts) {
            expect(protocolHeaders(post)).to.deep.equal(lowerKeys(want.headers));
            const ours = JSON.parse(post.body);
            expect(validateMessage(ours)).to.equal(true);
            expect(validateSystemContent(JSON.parse(ours.content))).to.equal(true);
            expect(verifyMessage(ours, i.signer_public_key_b64)).to.deep.equal({ valid: true });
            if (ours.content === want.message.content) {
              // Same content bytes: the whole envelope, signature included, is the reference's.
              expect(ours).to.deep.equal(want.message);
            } else {
              // Only where the reference templates a reason without escaping it (invalid or injected JSON);
              // ours is real JSON of the same fields.
              expect(c.reference_quirk, 'content differs from the reference').to.equal(true);
              const { content: _c, signature: _s, ...rest } = want.message;
              expect(ours).to.deep.include(rest);
              const action = want.role === 'kicked_to_target' ? 'kicked' : 'member_kicked';
              expect(JSON.parse(ours.content)).to.deep.equal({ action, agent_id: i.target, reason: i.reason });
            }
          }
        }
      });
    }
  });
});
