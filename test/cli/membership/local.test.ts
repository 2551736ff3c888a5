import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { tempDir } from '../../helpers/tmp.js';
import { createAgent, type TestAgent } from '../agents.js';
import { runAll, runCli } from '../run-cli.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'swarm.js');

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('cli membership: local commands', function () {
  this.timeout(120_000);
  let alpha: TestAgent;

  before(async () => {
    alpha = await createAgent('alpha');
  });
  after(() => alpha.cleanup());

  it('create makes a swarm mastered by this agent, its only member; list shows it', async () => {
    const created = await alpha.json(['create', '-n', '  Team A  ', '--require-approval']);
    expect(created).to.include({ status: 'created', name: 'Team A', master: 'alpha' });
    expect(created.swarm_id).to.match(UUID_V4);

    const { swarms } = await alpha.json(['list', '-m']);
    expect(swarms).to.have.length(1);
    expect(swarms[0]).to.deep.include({
      swarm_id: created.swarm_id,
      name: 'Team A',
      master: 'alpha',
      role: 'master',
      member_count: 1,
      settings: { allow_member_invite: false, require_approval: true },
    });
    expect(swarms[0].members).to.have.length(1);
    expect(swarms[0].members[0]).to.include({ agent_id: 'alpha', endpoint: alpha.endpoint });

    expect((await alpha.json(['list'])).swarms[0].members).to.equal(null);
    expect((await alpha.json(['list', '-s', '6ba7b810-9dad-41d1-80b4-00c04fd430c8'])).swarms).to.deep.equal([]);
    const human = await alpha.run(['list', '-m']);
    expect(human.stdout).to.match(/Team A[\s\S]*Members of Team A[\s\S]*alpha/);
  });

  it('status reports identity and counts; -v adds swarms, muted ids and outbox counts', async () => {
    const status = await alpha.json(['status']);
    expect(status).to.include({ status: 'initialized', agent_id: 'alpha', endpoint: alpha.endpoint, swarm_count: 1 });
    expect(status).to.include({ muted_agents: 0, muted_swarms: 0 });
    expect(status.public_key).to.match(/^[A-Za-z0-9+/]{43}=$/);
    expect(status.config_path).to.equal(join(alpha.home.path, 'config.yaml'));
    expect(status.db_path).to.equal(join(alpha.home.path, 'swarm.db'));
    expect(status).not.to.have.property('swarms');

    const verbose = await alpha.json(['status', '-v']);
    expect(verbose.swarms).to.have.length(1);
    expect(verbose.swarms[0]).to.include({ name: 'Team A', master: 'alpha', is_master: true, member_count: 1 });
    expect(verbose).to.deep.include({ muted_agent_ids: [], muted_swarm_ids: [] });
    expect(verbose.outbox).to.deep.equal({ queued: 0, sending: 0, delivered: 0, failed: 0, total: 0 });
    expect((await alpha.run(['status', '-v'])).stdout).to.match(/Agent ID:\s+alpha[\s\S]*Swarm Memberships/);
  });

  it('status of a home that was never initialised: not_initialized, exit 1', async () => {
    const empty = tempDir();
    try {
      const result = await runCli(['status', '--json'], { env: { SWARM_HOME: empty.path } });
      expect(result.code).to.equal(1);
      const body = JSON.parse(result.stdout);
      expect(body.status).to.equal('not_initialized');
      expect(body.error).to.match(/Config not found/);
    } finally {
      empty.cleanup();
    }
  });

  it('config shows the files and each step of the swarm-ID resolution', async () => {
    const beta = await createAgent('beta');
    try {
      expect(await beta.json(['config'])).to.deep.equal({
        agent_id: 'beta',
        endpoint: beta.endpoint,
        config_path: join(beta.home.path, 'config.yaml'),
        db_path: join(beta.home.path, 'swarm.db'),
        default_swarm: null,
        resolved_swarm_id: null,
        resolved_via: 'not resolved',
      });
      const { swarm_id } = await beta.json(['create', '-n', 'solo']);
      expect(await beta.json(['config'])).to.include({
        resolved_swarm_id: swarm_id,
        resolved_via: 'auto-detected (single swarm in DB)',
      });
      const other = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';
      const fromEnv = await runCli(['config', '--json'], { env: { ...beta.env, SWARM_ID: other } });
      expect(JSON.parse(fromEnv.stdout)).to.include({
        resolved_swarm_id: other,
        resolved_via: 'SWARM_ID environment variable',
      });
      appendFileSync(join(beta.home.path, 'config.yaml'), `default_swarm: ${other}\n`);
      expect(await beta.json(['config'])).to.include({
        default_swarm: other,
        resolved_swarm_id: other,
        resolved_via: 'default_swarm in config.yaml',
      });
    } finally {
      await beta.cleanup();
    }
  });

  it('not found and not allowed: unknown swarm 5, master leaving 5, non-member 5, no pending request 5', async () => {
    const { swarms } = await alpha.json(['list']);
    const swarmId = swarms[0].swarm_id;
    const unknown = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';
    const cases: [string[], string][] = [
      [['invite', '-s', unknown], 'SWARM_NOT_FOUND'],
      [['leave', '-s', swarmId, '-y'], 'MASTER_CANNOT_LEAVE'],
      [['kick', '-a', 'nobody', '-s', swarmId, '-y'], 'MEMBER_NOT_FOUND'],
      [['transfer', '-a', 'nobody', '-s', swarmId, '-y'], 'MEMBER_NOT_FOUND'],
      [['approve', '-a', 'nobody', '-s', swarmId], 'MEMBER_NOT_FOUND'],
      [['deny', '-a', 'nobody', '-s', swarmId], 'MEMBER_NOT_FOUND'],
      [['dissolve', '-s', unknown, '-y'], 'SWARM_NOT_FOUND'],
    ];
    const results = await runAll(
      cases.map(
        ([args]) =>
          async () =>
            alpha.json(args, 5),
      ),
    );
    expect(results.map((r) => r.error.code)).to.deep.equal(cases.map(([, code]) => code));
    expect((await alpha.json(['list'])).swarms).to.deep.equal(swarms);
  });

  (hasScript() ? it : it.skip)('a declined confirmation prints Cancelled, exits 0 and changes nothing', async () => {
    const { swarms } = await alpha.json(['list']);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} dissolve -s ${swarms[0].swarm_id}`;
    // `script` gives the command a terminal, so it asks; the answer comes from our stdin.
    const answered = execFileSync('script', ['-qec', command, '/dev/null'], {
      input: 'n\n',
      env: { ...process.env, NO_COLOR: '1', ...alpha.env },
      encoding: 'utf8',
    });
    expect(answered).to.match(/Dissolve swarm 'Team A'[\s\S]*Cancelled/);
    expect((await alpha.json(['list'])).swarms).to.deep.equal(swarms);
  });

  describe('bad arguments: exit 2 and nothing changed', () => {
    const snapshot = async (agent: TestAgent, swarmId: string) => ({
      list: await agent.json(['list', '-m']),
      invites: await agent.json(['invite', 'list', '-s', swarmId]),
      pending: await agent.json(['pending']),
      status: await agent.json(['status', '-v']),
    });

    it('every command refuses missing, malformed and contradictory arguments', async () => {
      const gamma = await createAgent('gamma');
      try {
        const s1 = (await gamma.json(['create', '-n', 'one'])).swarm_id;
        await gamma.json(['create', '-n', 'two']);
        await gamma.json(['invite', '-s', s1, '-m', '3']);
        const before = await snapshot(gamma, s1);
        const long = 'x'.repeat(257);
        const cases: string[][] = [
          ['create'],
          ['create', '-n', '   '],
          ['create', '-n', long],
          ['create', '-n', 'x', '--colour'],
          ['invite'], // two swarms and no -s: which one?
          ['invite', '-s', 'not-a-uuid'],
          ['invite', '-s', s1, '-e', 'abc'],
          ['invite', '-s', s1, '-e', '0'],
          ['invite', '-s', s1, '-e', '-1'],
          ['invite', '-s', s1, '-m', '0'],
          ['invite', '-s', s1, '-m', '1.5'],
          ['invite', '-s', s1, '-m'],
          ['invite', 'list', '-s', 'nope'],
          ['invite', 'revoke'],
          ['invite', 'revoke', 'not a token'],
          ['invite', 'revoke', 'deadbeefdeadbeef'],
          ['invite', 'revoke', 'swarm://no-at-sign'],
          ['invite', 'revoke', 'deadbeefdeadbeef', '-s', 'nope'],
          ['join'],
          ['join', '-t', ''],
          ['join', '-t', '   '],
          ['join', '-t', 'https://example.com/swarm/join'],
          ['leave', '-s', 'bad'],
          ['leave'],
          ['kick'],
          ['kick', '-a', '', '-s', s1, '-y'],
          ['kick', '-a', long, '-s', s1, '-y'],
          ['kick', '-a', 'gamma', '-s', s1, '-y'], // the master kicking itself
          ['kick', '-a', 'bob', '-s', s1, '-r', '', '-y'],
          ['kick', '-a', 'bob', '-s', s1, '-r', 'x'.repeat(501), '-y'],
          ['transfer', '-s', s1, '-y'],
          ['transfer', '-a', 'gamma', '-s', s1, '-y'], // to itself
          ['dissolve', '-s', s1], // no terminal to ask and no --yes
          ['dissolve', '-s', s1, '-r', '  ', '-y'],
          ['dissolve', '-s', 'xyz', '-y'],
          ['approve', '-s', s1],
          ['approve', '-a', '', '-s', s1],
          ['deny', '-a', 'bob', '-s', '123'],
          ['pending', '-s', 'nope'],
          ['pending', 'extra'],
          ['list', '-s', 'bad'],
          ['status', '-x'],
          ['config', 'extra'],
        ];
        const results = await runAll(cases.map((args) => () => gamma.run([...args, '--json'])));
        results.forEach((result, i) => {
          const what = `${cases[i]!.join(' ')} -> ${result.stdout}${result.stderr}`;
          expect(result.code, what).to.equal(2);
          // Our own checks answer JSON on stdout; the parser's refusals (unknown option...) only go to stderr.
          if (result.stdout.trim() !== '') expect(JSON.parse(result.stdout).error.code, what).to.equal('USAGE_ERROR');
        });
        expect(await snapshot(gamma, s1)).to.deep.equal(before);
      } finally {
        await gamma.cleanup();
      }
    });
  });
});
