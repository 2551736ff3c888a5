import { expect } from 'chai';
import { responseProblem } from '../helpers/openapi.js';
import { makePeer, startTestAgent } from './fixture.js';

describe('server: a failed sync of the database', () => {
  it('refuses every message from then on with 503 SERVICE_UNAVAILABLE, and health says why', async () => {
    let broken = false;
    const agent = await startTestAgent({
      store: {
        syncFile: async () => {
          if (broken) throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
        },
      },
    });
    try {
      const alice = makePeer('alice');
      const swarmId = agent.createSwarm([alice]);
      const send = (content: string) => agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, content }));

      const before = await send('before');
      expect(before.status).to.equal(200);
      expect((await agent.get('/swarm/health')).status).to.equal(200);

      broken = true;
      for (const content of ['during', 'after']) {
        const refused = await send(content);
        expect(refused.status, JSON.stringify(refused.body)).to.equal(503);
        expect(refused.body.error.code).to.equal('SERVICE_UNAVAILABLE');
        expect(responseProblem('POST', '/message', 503, refused.body)).to.equal(null);
      }
      // The disk is fine again, but nothing tells which frames it lost: writes stay refused until a restart.
      broken = false;
      expect((await send('later')).status).to.equal(503);
      expect(agent.store.writeFailure?.code).to.equal('STORE_FAILED');

      const health = await agent.get('/swarm/health');
      expect(health.status).to.equal(503);
      expect(health.body).to.include({ status: 'degraded' });
      expect(health.body.checks).to.deep.equal({ database: 'failed' });
      expect(health.body.message).to.match(/sync/);
      expect(responseProblem('GET', '/health', 503, health.body)).to.equal(null);

      const stored = agent.store.inbox.list().map((row) => row.body);
      expect(stored).to.include('before');
      expect(stored).to.not.include('after');
    } finally {
      await agent.close();
    }
  });
});
