import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parse, stringify } from 'yaml';
import { validateWakeDecision } from '../../generated/validators/WakeDecision.js';
import { generateSeed } from '../../src/core/keys.js';
import { signMessage } from '../../src/core/signature.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { createAgent, eventually, type TestAgent } from './agents.js';
import { createSwarm } from './messaging/agents.js';
import { type CliResult, runAll, runCli } from './run-cli.js';

const SWARM = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';
const QUIET_SWARM = '0e1b5a34-7c1f-4c47-9a0e-3f3f8b1d2a90';
// Paris is UTC+1 in March: 23:30 local is inside the quiet hours, 11:00 is not.
const NIGHT = '2026-03-01T23:30:00+01:00';
const DAY = '2026-03-01T10:00:00Z';
const seed = generateSeed();

function message(fields: {
  id: string;
  from?: string;
  to?: string;
  content?: string;
  priority?: 'low' | 'high';
  swarm?: string;
}) {
  return signMessage(
    {
      message_id: fields.id,
      timestamp: '2026-03-01T10:00:00.000Z',
      sender: { agent_id: fields.from ?? 'alice', endpoint: 'https://alice.example.com/swarm' },
      recipient: fields.to ?? 'broadcast',
      swarm_id: fields.swarm ?? SWARM,
      type: 'message',
      content: fields.content ?? 'hello',
      ...(fields.priority ? { priority: fields.priority } : {}),
    },
    seed,
  );
}

describe('cli: swarm wake test', function () {
  this.timeout(120_000);
  let agent: TestAgent;
  let files: TempDir;
  let woken: string;
  let results: Record<string, CliResult>;
  const file = (name: string) => join(files.path, `${name}.json`);
  const json = (name: string) => {
    const result = results[name]!;
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const decision = JSON.parse(result.stdout);
    expect(validateWakeDecision(decision), JSON.stringify(validateWakeDecision.errors)).to.equal(true);
    return decision;
  };

  before(async () => {
    agent = await createAgent('agent-self');
    files = tempDir('swarm-wake-test-');
    woken = join(files.path, 'woken');
    const configFile = join(agent.home.path, 'config.yaml');
    const config = parse(readFileSync(configFile, 'utf8'));
    config.wake = {
      method: 'command',
      command: ['sh', '-c', `touch ${woken}`],
      rules: [
        { name: 'direct', direct: true, level: 'urgent' },
        { name: 'lead', from: ['agent-lead'], level: 'urgent' },
        { name: 'incident', keywords: ['outage', 'code red'], level: 'urgent' },
      ],
      quiet_hours: { zone: 'Europe/Paris', start: '22:00', end: '07:00' },
      swarms: {
        [QUIET_SWARM]: {
          rules: [{ name: 'chatter', priority: ['normal', 'low'], level: 'silent' }],
          quiet_hours: null,
        },
      },
    };
    writeFileSync(configFile, stringify(config));

    const stored = message({ id: '11111111-1111-4111-8111-111111111111', from: 'bob', content: 'We have an OUTAGE.' });
    agent.withStore((store) => {
      store.inbox.receive(stored);
      store.inbox.receive(message({ id: '22222222-2222-4222-8222-222222222222', from: 'bob', priority: 'high' }));
      store.mutes.mute('agent', 'spammer');
      store.sessions.upsert({
        swarmId: SWARM,
        peerId: 'chatty',
        sessionId: 'x',
        lastActive: '2026-03-01T09:55:00.000Z',
      });
    });
    const write = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value));
    write('plain', message({ id: '33333333-3333-4333-8333-333333333333' }));
    write('lead', message({ id: '44444444-4444-4444-8444-444444444444', from: 'agent-lead' }));
    write('direct', message({ id: '55555555-5555-4555-8555-555555555555', to: 'agent-self', from: 'spammer' }));
    write('chatty', message({ id: '66666666-6666-4666-8666-666666666666', from: 'chatty' }));
    write(
      'quiet-swarm',
      message({ id: '77777777-7777-4777-8777-777777777777', swarm: QUIET_SWARM, content: 'code   red' }),
    );
    write('low', message({ id: '88888888-8888-4888-8888-888888888888', priority: 'low' }));
    write('draft', { message_id: '99999999-9999-4999-8999-999999999999', content: 'no envelope' });
    writeFileSync(file('garbage'), '{not json');

    const badHome = tempDir('swarm-wake-bad-');
    writeFileSync(
      join(badHome.path, 'config.yaml'),
      stringify({
        agent_id: 'x',
        endpoint: 'https://x.example.com/swarm',
        wake: { quiet_hours: { zone: 'Europe/Atlantis', start: '22:00', end: '07:00' } },
      }),
    );
    const jobs: Record<string, () => Promise<CliResult>> = {
      plainNight: () => agent.run(['wake', 'test', file('plain'), '--at', NIGHT, '--json']),
      plainNightText: () => agent.run(['wake', 'test', file('plain'), '--at', NIGHT]),
      plainDay: () => agent.run(['wake', 'test', file('plain'), '--at', DAY, '--json']),
      leadNight: () => agent.run(['wake', 'test', file('lead'), '--at', NIGHT, '--json']),
      leadNightText: () => agent.run(['wake', 'test', file('lead'), '--at', NIGHT]),
      mutedDirect: () => agent.run(['wake', 'test', file('direct'), '--at', DAY, '--json']),
      session: () => agent.run(['wake', 'test', file('chatty'), '--at', DAY, '--json']),
      sessionLater: () => agent.run(['wake', 'test', file('chatty'), '--at', '2026-03-01T12:00:00Z', '--json']),
      quietSwarm: () => agent.run(['wake', 'test', file('quiet-swarm'), '--at', NIGHT, '--json']),
      low: () => agent.run(['wake', 'test', file('low'), '--at', DAY, '--json']),
      storedId: () => agent.run(['wake', 'test', '11111111-1111-4111-8111-111111111111', '--at', NIGHT, '--json']),
      storedIdText: () => agent.run(['wake', 'test', '11111111-1111-4111-8111-111111111111', '--at', NIGHT]),
      storedHigh: () => agent.run(['wake', 'test', '22222222-2222-4222-8222-222222222222', '--at', DAY, '--json']),
      stdin: () => agent.run(['wake', 'test', '-', '--at', DAY, '--json'], readFileSync(file('lead'), 'utf8')),
      unknownId: () => agent.run(['wake', 'test', '00000000-0000-4000-8000-000000000000', '--json']),
      neither: () => agent.run(['wake', 'test', 'no-such-file.json']),
      draft: () => agent.run(['wake', 'test', file('draft'), '--json']),
      garbage: () => agent.run(['wake', 'test', file('garbage')]),
      badAt: () => agent.run(['wake', 'test', file('plain'), '--at', '2026-03-01T23:30:00']),
      badConfig: () => runCli(['wake', 'test', file('plain'), '--json'], { env: { SWARM_HOME: badHome.path } }),
    };
    const names = Object.keys(jobs);
    const outputs = await runAll(names.map((name) => jobs[name]!));
    results = Object.fromEntries(names.map((name, i) => [name, outputs[i]!]));
    badHome.cleanup();
  });
  after(async () => {
    await agent?.cleanup();
    files?.cleanup();
  });

  it('a normal message at night: the built-in rule, held by quiet hours', () => {
    const d = json('plainNight');
    expect(d).to.include({ level: 'normal', wakes: false, reason: 'quiet_hours', at: '2026-03-01T22:30:00.000Z' });
    expect(d.rule).to.deep.equal({
      name: 'default:normal',
      path: 'default:normal',
      source: 'default',
      because: 'every message',
    });
    expect(d.quiet_hours).to.deep.include({ zone: 'Europe/Paris', local_time: '23:30', active: true });
    expect(d.trace.map((s: { name: string }) => s.name)).to.deep.equal([
      'direct',
      'lead',
      'incident',
      'default:high-priority',
      'default:low-priority',
      'default:normal',
    ]);
    expect(d.trace[2].detail).to.equal('content has none of the keywords');
  });

  it('explains the same decision in text', () => {
    const { code, stdout } = results.plainNightText!;
    expect(code).to.equal(0);
    expect(stdout).to.include('Rules    tried in order:');
    expect(stdout).to.include('  no     direct (wake.rules[0]): recipient is broadcast');
    expect(stdout).to.include('  match  default:normal: every message');
    expect(stdout).to.include('Level    normal, by rule default:normal');
    expect(stdout).to.include('Quiet    22:00-07:00 Europe/Paris (wake.quiet_hours), local time 23:30: inside');
    expect(stdout).to.match(
      /Wakes {4}no: .*inside quiet hours 22:00-07:00 Europe\/Paris, local time 23:30, when only urgent messages wake/,
    );
  });

  it('the same message by day wakes', () => {
    expect(json('plainDay')).to.include({ level: 'normal', wakes: true, reason: 'wakes', method: 'command' });
  });

  it('a watched sender is urgent and wakes during quiet hours', () => {
    const d = json('leadNight');
    expect(d.rule).to.include({ name: 'lead', path: 'wake.rules[1]', because: 'sender agent-lead is watched' });
    expect(d).to.include({ level: 'urgent', wakes: true, reason: 'wakes' });
    expect(results.leadNightText!.stdout).to.match(
      /Wakes {4}yes: urgent by rule lead \(sender agent-lead is watched\); wakes although inside quiet hours/,
    );
  });

  it('a direct message from a muted sender: the mute wins over the urgent rule', () => {
    const d = json('mutedDirect');
    expect(d.rule.name).to.equal('direct');
    expect(d).to.include({ level: 'urgent', muted: 'sender', wakes: false, reason: 'muted' });
  });

  it('a sender whose conversation was woken within the session timeout is not woken again', () => {
    expect(json('session')).to.include({ session_active: true, wakes: false, reason: 'session_active' });
    expect(json('sessionLater')).to.include({ session_active: false, wakes: true });
  });

  it("a swarm's own rules come first, and its quiet_hours: null lifts the quiet hours", () => {
    const d = json('quietSwarm');
    expect(d.rule).to.include({ name: 'chatter', source: 'swarm', path: `wake.swarms.${QUIET_SWARM}.rules[0]` });
    expect(d).to.include({ level: 'silent', quiet_hours: null, wakes: false, reason: 'level_not_listed' });
  });

  it('a low-priority message is silent, as before rules existed', () => {
    expect(json('low')).to.include({ level: 'silent', reason: 'level_not_listed' });
    expect(json('low').rule.name).to.equal('default:low-priority');
  });

  it('takes the id of a stored message', () => {
    const d = json('storedId');
    expect(d).to.include({
      message_id: '11111111-1111-4111-8111-111111111111',
      sender_id: 'bob',
      level: 'urgent',
      wakes: true,
    });
    expect(d.rule).to.include({ name: 'incident', because: 'content has keyword "OUTAGE"' });
    expect(results.storedIdText!.stdout).to.include('to broadcast, type message, priority normal');
    // The priority of a stored message comes from its envelope.
    expect(json('storedHigh').rule.name).to.equal('default:high-priority');
  });

  it('reads a message on stdin with -', () => {
    expect(json('stdin').rule.name).to.equal('lead');
  });

  it('fails clearly: unknown id, neither file nor id, not a wire message, not JSON, an --at without zone, a bad config', () => {
    expect(results.unknownId!.code).to.equal(5);
    expect(JSON.parse(results.unknownId!.stdout).error.code).to.equal('MESSAGE_NOT_FOUND');
    expect(results.neither!.code).to.equal(2);
    expect(results.neither!.stderr).to.include('No file no-such-file.json, and it is not a message id');
    expect(results.draft!.code).to.equal(2);
    expect(JSON.parse(results.draft!.stdout).error).to.include({ code: 'INVALID_FORMAT' });
    expect(JSON.parse(results.draft!.stdout).error.message).to.match(
      /draft\.json is not a wire message: \/ must have required property/,
    );
    expect(results.garbage!.code).to.equal(2);
    expect(results.garbage!.stderr).to.match(/garbage\.json is not JSON/);
    expect(results.badAt!.code).to.equal(2);
    expect(results.badAt!.stderr).to.include('--at must be an ISO 8601 date-time with Z or an offset');
    expect(results.badConfig!.code).to.equal(1);
    const error = JSON.parse(results.badConfig!.stdout).error;
    expect(error.code).to.equal('CONFIG_INVALID');
    expect(error.message).to.match(
      /config\.yaml: \/wake\/quiet_hours\/zone Europe\/Atlantis is not a known time zone$/,
    );
  });

  it('never wakes anything and writes nothing', () => {
    expect(existsSync(woken)).to.equal(false);
    agent.withStore((store) => {
      expect(store.sessions.list().map((s) => s.peerId)).to.deep.equal(['chatty']);
    });
  });
});

describe('cli: swarm serve wakes through the rules', function () {
  this.timeout(120_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let swarmId: string;
  let woken: string;

  before(async () => {
    [alpha, beta] = await Promise.all([createAgent('alpha'), createAgent('beta')]);
    swarmId = createSwarm([alpha, beta]);
    woken = join(beta.home.path, 'woken');
    const configFile = join(beta.home.path, 'config.yaml');
    const config = parse(readFileSync(configFile, 'utf8'));
    config.wake = {
      method: 'command',
      command: ['sh', '-c', `echo "$SWARM_MESSAGE_ID $SWARM_NOTIFICATION_LEVEL $SWARM_WAKE_RULE" >> ${woken}`],
      rules: [{ name: 'incident', keywords: ['outage'], level: 'urgent' }],
    };
    writeFileSync(configFile, stringify(config));
    await beta.serve();
  });
  after(async () => {
    await Promise.all([alpha, beta].filter(Boolean).map((agent) => agent.cleanup()));
  });

  it('runs the wake command with the level and the rule, once per conversation', async () => {
    const first = await alpha.json(['send', '-s', swarmId, '-m', 'Outage in eu-west']);
    await eventually(async () => existsSync(woken), 'the wake command');
    expect(readFileSync(woken, 'utf8')).to.equal(`${first.message_id} urgent incident\n`);
    const explained = await beta.json(['wake', 'test', first.message_id]);
    expect(explained).to.include({ level: 'urgent', session_active: true, wakes: false, reason: 'session_active' });
    expect(explained.rule.name).to.equal('incident');
  });
});
