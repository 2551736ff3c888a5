import { expect } from 'chai';
import { Agent, fetch } from 'undici';
import type { ConformanceReport, JoinAccepted } from '../../generated/types.js';
import { validateAgentInfo } from '../../generated/validators/AgentInfo.js';
import { DeliveryWorker } from '../../src/client/delivery-worker.js';
import { createIdentity } from '../../src/conformance/identities.js';
import { agentInfoOf, type SuiteListener, startListener } from '../../src/conformance/listener.js';
import { generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { peerUrl, protocolHeaders } from '../../src/core/peer.js';
import { signMessage } from '../../src/core/signature.js';
import { memberJoinedContent, serializeSystemContent } from '../../src/core/system-content.js';
import { testPki } from '../helpers/tls.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { startMutantProxy } from './mutant-proxy.js';

const dispatcher = new Agent({ connect: { ca: testPki().caPem } });

function failures(report: ConformanceReport): string {
  return JSON.stringify(
    report.checks.filter((c) => c.status !== 'passed'),
    null,
    2,
  );
}

async function withListener<T>(body: (listener: SuiteListener) => Promise<T>): Promise<T> {
  const pki = testPki();
  const listener = await startListener({ host: '127.0.0.1', port: 0, cert: pki.certPem, key: pki.keyPem });
  try {
    return await body(listener);
  } finally {
    await listener.close();
  }
}

/** The agent's outbox worked as `swarm serve` works it, so the member_joined fan-out reaches the listener. */
async function withDelivery<T>(under: AgentUnderTest, body: () => Promise<T>): Promise<T> {
  const worker = new DeliveryWorker({
    store: under.agent.store,
    agentId: under.agent.self.agentId,
    keyPair: under.agent.self.keyPair,
    transportOptions: { caPem: testPki().caPem },
    pollIntervalMs: 50,
  });
  worker.start();
  try {
    return await body();
  } finally {
    await worker.stop();
  }
}

describe('conformance: joins', () => {
  let under: AgentUnderTest;
  afterEach(() => under.close());

  it('our agent passes every joins check, and the suite leaves no identity behind', async () => {
    under = await startAgentUnderTest();
    const report = await withListener((listener) =>
      withDelivery(under, () =>
        under.run({ only: ['joins'], singleUseInvites: [under.invite({ maxUses: 1 })], listener }),
      ),
    );
    expect(report.checks.length).to.be.at.least(12);
    expect(
      report.checks.every((c) => c.status === 'passed'),
      failures(report),
    ).to.equal(true);
    const members = under.agent.store.swarms.get(under.swarmId)?.members.map((m) => m.agentId);
    expect(members).to.deep.equal([under.agent.self.agentId]);
  });

  it('where the swarm allows member invites, a member-issued token admits (and the joiner leaves)', async () => {
    under = await startAgentUnderTest({ allowMemberInvite: true });
    const report = await under.run({ only: ['joins.token.member-issued'] });
    expect(
      report.checks.map((c) => c.status),
      failures(report),
    ).to.deep.equal(['passed']);
    expect(report.checks[0]?.notes.join(' ')).to.contain('allows member invites');
    expect(under.agent.store.swarms.get(under.swarmId)?.members).to.have.length(1);
  });

  it('catches a member_joined signed by another key than the master (security)', async () => {
    under = await startAgentUnderTest();
    const forger = keyPairFromSeed(generateSeed());
    // No delivery worker: the only announcement is the forged one, posted by the proxy once the agent admitted.
    const proxy = await startMutantProxy(under.agent.endpoint, {
      answer(answer, request) {
        const joined = request.json as { sender?: { agent_id?: string; endpoint?: string; public_key?: string } };
        if (!request.path.endsWith('/join') || answer.status !== 200 || !joined.sender) return answer;
        const accepted = answer.json as JoinAccepted;
        const master = accepted.members.find((m) => m.agent_id === accepted.master);
        const message = signMessage(
          {
            sender: { agent_id: master?.agent_id ?? '', endpoint: master?.endpoint ?? '' },
            recipient: 'broadcast',
            swarm_id: accepted.swarm_id,
            type: 'system',
            content: serializeSystemContent(
              memberJoinedContent({
                swarm_id: accepted.swarm_id,
                agent_id: joined.sender.agent_id ?? '',
                endpoint: joined.sender.endpoint,
                public_key: joined.sender.public_key,
              }),
            ),
          },
          forger,
        );
        const others = accepted.members.filter(
          (m) => m.agent_id !== master?.agent_id && m.agent_id !== joined.sender?.agent_id,
        );
        for (const member of others) {
          void fetch(peerUrl(member.endpoint, 'message'), {
            method: 'POST',
            headers: protocolHeaders(message.sender.agent_id),
            body: JSON.stringify(message),
            dispatcher,
          }).catch(() => undefined);
        }
        return answer;
      },
    });
    try {
      const report = await withListener((listener) =>
        under.run({ endpoint: proxy.endpoint, only: ['joins.announce'], listener }),
      );
      const result = report.checks.find((c) => c.id === 'joins.announce.member-joined');
      expect(result?.status, failures(report)).to.equal('failed');
      expect(result?.failure?.category).to.equal('security');
      expect(result?.failure?.message).to.contain("master's key");
    } finally {
      await proxy.close();
    }
  });
});

describe('conformance: the suite listener', () => {
  it('records what it is sent under its base and answers as a quiet member', async () => {
    const pki = testPki();
    const alice = createIdentity('t', 'alice', 'https://suite.example:9443/conformance');
    const listener = await startListener({
      host: '127.0.0.1',
      port: 0,
      advertise: 'https://suite.example:9443/conformance/',
      cert: pki.certPem,
      key: pki.keyPem,
      infoFor: (agentId) => (agentId === alice.agentId ? agentInfoOf(alice) : undefined),
    });
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${listener.origin}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        dispatcher,
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    try {
      expect(listener.advertise).to.equal('https://suite.example:9443/conformance');
      expect(alice.endpoint).to.equal(`${listener.advertise}/${alice.agentId}`);
      const later = listener.waitFor((r) => r.path === `/${alice.agentId}/message`, 2000);
      const posted = await call('POST', `/conformance/${alice.agentId}/message`, { message_id: 'm-1' });
      expect(posted).to.deep.equal({ status: 200, body: { status: 'queued', message_id: 'm-1' } });
      expect((await later)?.body).to.deep.equal({ message_id: 'm-1' });
      const info = await call('GET', `/conformance/${alice.agentId}/info`);
      expect(info.status).to.equal(200);
      expect(validateAgentInfo(info.body)).to.equal(true);
      expect(info.body.public_key).to.equal(alice.publicKey);
      expect((await call('GET', '/conformance/nobody/info')).body.error.code).to.equal('ROUTE_NOT_FOUND');
      expect((await call('GET', `/conformance/${alice.agentId}/message`)).status).to.equal(405);
      expect((await call('POST', `/conformance/${alice.agentId}/join`, {})).body.error.code).to.equal('NOT_MASTER');
      expect((await call('POST', '/elsewhere/x/message', {})).status).to.equal(404);
      expect(listener.received.map((r) => r.path)).to.deep.equal([
        `/${alice.agentId}/message`,
        `/${alice.agentId}/info`,
        '/nobody/info',
        `/${alice.agentId}/message`,
        `/${alice.agentId}/join`,
        '/elsewhere/x/message',
      ]);
      expect(await listener.waitFor((r) => r.path === '/never', 50)).to.equal(undefined);
      expect((await listener.waitFor((r) => r.path.endsWith('/join'), 50))?.body).to.deep.equal({});
    } finally {
      await listener.close();
    }
  });
});
