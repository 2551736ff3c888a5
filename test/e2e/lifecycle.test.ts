import { expect } from 'chai';
import { createAgent, eventually, type TestAgent } from '../cli/agents.js';
import { membersSeenBy, postMessageAs } from '../cli/membership/agents.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../helpers/tmp.js';

// The whole life of a swarm, three agents as separate `swarm serve` processes, driven only through the CLI as
// child processes and checked on its --json output.
describe('end to end: a swarm from creation to dissolution, through the CLI only', function () {
  this.timeout(240_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let gamma: TestAgent;
  let swarmId: string;

  before(async () => {
    [alpha, beta, gamma] = await Promise.all([
      createAgent('alpha', { serve: true }),
      createAgent('beta', { serve: true }),
      createAgent('gamma', { serve: true }),
    ]);
  });
  after(async () => {
    await Promise.all([alpha, beta, gamma].map((a) => a?.cleanup()));
  });

  const inbox = async (agent: TestAgent, status = 'all') =>
    (await agent.json(['messages', 'list', '-s', swarmId, '--status', status, '--no-mark-read', '-l', '100']))
      .messages as Array<{
      message_id: string;
      sender_id: string;
      content: string;
      status: string;
    }>;

  it('creates a swarm and admits members only with valid invites', async () => {
    const created = await alpha.json(['create', '-n', 'lifecycle']);
    expect(created.status).to.equal('created');
    swarmId = created.swarm_id;

    const single = (await alpha.json(['invite', '-s', swarmId, '-m', '1'])).invite_token;
    expect((await beta.json(['join', '-t', single])).status).to.equal('joined');
    const usedUp = await gamma.json(['join', '-t', single], 4);
    expect(usedUp.error.code).to.equal('TOKEN_EXHAUSTED');

    const revoked = (await alpha.json(['invite', '-s', swarmId])).invite_token;
    expect((await alpha.json(['invite', 'revoke', revoked, '-s', swarmId])).status).to.equal('revoked');
    expect((await gamma.json(['join', '-t', revoked], 4)).error.code).to.equal('TOKEN_REVOKED');

    const shortLived = (await alpha.json(['invite', '-s', swarmId, '-e', '0.0003'])).invite_token;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await gamma.json(['join', '-t', shortLived], 4)).error.code).to.equal('TOKEN_EXPIRED');

    const good = (await alpha.json(['invite', '-s', swarmId, '-e', '1'])).invite_token;
    const joined = await gamma.json(['join', '-t', good]);
    expect(joined.member_count).to.equal(3);
    // Every member learns of every other one (beta through the master's member_joined).
    await eventually(async () => (await membersSeenBy(beta, swarmId)).length === 3, 'beta to see gamma');
    expect(await membersSeenBy(alpha, swarmId)).to.deep.equal(['alpha', 'beta', 'gamma']);
  });

  it('delivers a broadcast and a direct message; the inbox moves along read, archive, delete', async () => {
    const broadcast = await beta.json(['send', '-s', swarmId, '-m', 'hello everyone']);
    expect(broadcast.deliveries.map((d: { status: string }) => d.status)).to.deep.equal(['delivered', 'delivered']);
    const direct = await gamma.json(['send', '-s', swarmId, '--to', 'beta', '-m', 'just for beta']);
    expect(direct.deliveries[0].status).to.equal('delivered');
    expect((await inbox(alpha)).some((m) => m.content === 'hello everyone')).to.equal(true);
    expect((await inbox(alpha)).some((m) => m.content === 'just for beta')).to.equal(false);

    const id = broadcast.message_id as string;
    expect((await gamma.json(['messages', 'read', id])).message.status).to.equal('read');
    expect((await gamma.json(['messages', 'archive', id])).status).to.equal('archived');
    expect((await gamma.json(['messages', 'delete', id])).status).to.equal('deleted');
    const illegal = await gamma.json(['messages', 'archive', id], 1);
    expect(illegal.error.code).to.equal('INVALID_STATE_TRANSITION');
  });

  it('a muted sender is acknowledged but not stored', async () => {
    await gamma.json(['mute', '-a', 'beta', '-r', 'too chatty']);
    const sent = await beta.json(['send', '-s', swarmId, '-m', 'can anyone hear me']);
    expect(sent.deliveries.every((d: { status: string }) => d.status === 'delivered')).to.equal(true);
    expect((await inbox(alpha)).some((m) => m.content === 'can anyone hear me')).to.equal(true);
    expect((await inbox(gamma)).some((m) => m.content === 'can anyone hear me')).to.equal(false);
    await gamma.json(['unmute', '-a', 'beta']);
  });

  it('a kicked agent is gone everywhere, and its messages are refused by the others', async () => {
    const kicked = await alpha.json(['kick', '-a', 'beta', '-s', swarmId, '-r', 'bye', '--yes']);
    expect(kicked.status).to.equal('kicked');
    await eventually(async () => (await membersSeenBy(gamma, swarmId)).join() === 'alpha,gamma', 'gamma to drop beta');
    await eventually(async () => (await membersSeenBy(beta, swarmId)).length === 0, 'beta to forget the swarm');
    const refused = await postMessageAs(beta, gamma, swarmId);
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('NOT_MEMBER');
  });

  it('transfers the master role, lets the old master leave, and dissolves', async () => {
    const transferred = await alpha.json(['transfer', '-a', 'gamma', '-s', swarmId, '--yes']);
    expect(transferred.new_master).to.equal('gamma');
    await eventually(
      async () => (await gamma.json(['list', '-s', swarmId])).swarms[0]?.master === 'gamma',
      'gamma to be master',
    );
    expect((await alpha.json(['list', '-s', swarmId])).swarms[0].master).to.equal('gamma');

    const left = await alpha.json(['leave', '-s', swarmId, '--yes']);
    expect(left.status).to.equal('left');
    await eventually(async () => (await membersSeenBy(gamma, swarmId)).join() === 'gamma', 'gamma to drop alpha');

    expect((await gamma.json(['dissolve', '-s', swarmId, '--yes'])).status).to.equal('dissolved');
    expect((await gamma.json(['list'])).swarms).to.deep.equal([]);
  });

  it('export → import into a fresh home → export gives the same state', async () => {
    const first = await alpha.json(['export']);
    const fresh = tempDir('swarm-import-');
    try {
      const env = { SWARM_HOME: fresh.path };
      expect((await runCli(['init', '-a', 'alpha', '-e', alpha.endpoint, '--json'], { env })).code).to.equal(0);
      const file = `${fresh.path}/export.json`;
      await alpha.json(['export', '-o', file]);
      const imported = await runCli(['import', '-i', file, '--yes', '--json'], { env });
      expect(imported.code, imported.stdout + imported.stderr).to.equal(0);
      const again = JSON.parse((await runCli(['export', '--json'], { env })).stdout);
      const { exported_at: _a, ...expected } = first;
      const { exported_at: _b, ...actual } = again;
      expect(actual).to.deep.equal(expected);
    } finally {
      fresh.cleanup();
    }
  });
});
