// `npm run demo`: three agents on loopback over real HTTPS, each a `swarm serve` process with its own home,
// driven only through the `swarm` CLI. alpha creates a swarm and invites; beta and gamma join; they exchange a
// broadcast and direct messages; alpha kicks gamma; then every agent's inbox is shown. Everything it makes (CA,
// homes, servers) lives in one temporary directory and is removed at the end, whatever happens.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DemoAgent, ensureBuilt, freePort } from './agents.js';
import { createPki } from './pki.js';

const bold = (text: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${text}\u001b[22m` : text);
const step = (text: string) => process.stdout.write(`\n${bold(`== ${text}`)}\n`);
const say = (text: string) => process.stdout.write(`   ${text}\n`);

/** Polls until `check` holds (member lists settle once the master's announcements are delivered). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(150);
  }
}

async function members(agent: DemoAgent, swarmId: string): Promise<string[]> {
  const { swarms } = await agent.json(['list', '-s', swarmId, '-m']);
  return (swarms[0]?.members ?? []).map((m: { agent_id: string }) => m.agent_id).sort();
}

async function demo(dir: string, agents: DemoAgent[]): Promise<void> {
  const [alpha, beta, gamma] = agents as [DemoAgent, DemoAgent, DemoAgent];

  step('Setting up: a throwaway CA (openssl, EC P-256) and three agents on loopback');
  mkdirSync(join(dir, 'pki'));
  const pki = createPki(join(dir, 'pki'));
  await Promise.all(agents.map((agent) => agent.init(pki)));
  await Promise.all(agents.map((agent) => agent.serve()));
  for (const agent of agents) say(`${agent.id.padEnd(5)}  swarm serve  ${agent.endpoint}`);

  step('alpha creates a swarm and issues an invite');
  const created = await alpha.json(['create', '-n', 'demo swarm']);
  const swarmId: string = created.swarm_id;
  say(`swarm create -n "demo swarm"  -> ${swarmId}`);
  const invite = await alpha.json(['invite', '-s', swarmId, '-e', '1', '-m', '2']);
  say(`swarm invite -e 1 -m 2        -> ${invite.invite_token.slice(0, 60)}...`);

  step('beta and gamma join with the invite');
  for (const agent of [beta, gamma]) {
    const joined = await agent.json(['join', '-t', invite.invite_token]);
    say(`${agent.id}: swarm join -> ${joined.status}, ${joined.member_count} members`);
  }
  await until('every agent sees three members', async () =>
    (await Promise.all(agents.map((agent) => members(agent, swarmId)))).every((list) => list.length === 3),
  );
  say('every member list: alpha, beta, gamma');

  step('Messages');
  const broadcast = await alpha.json(['send', '-s', swarmId, '-m', 'Welcome to the demo swarm, everyone!']);
  say(`alpha -> broadcast: ${broadcast.status} (${describe(broadcast.deliveries)})`);
  const question = await beta.json(['send', '-s', swarmId, '-t', 'gamma', '-m', 'Hi gamma, can you review PR #42?']);
  say(`beta  -> gamma:     ${question.status} (${describe(question.deliveries)})`);
  const answer = await gamma.json([
    'send',
    '-s',
    swarmId,
    '-t',
    'beta',
    '-m',
    'On it, beta.',
    '--reply-to',
    question.message_id,
  ]);
  say(`gamma -> beta:      ${answer.status} (${describe(answer.deliveries)}), a reply`);

  step('alpha kicks gamma');
  const kicked = await alpha.json(['kick', '-s', swarmId, '-a', 'gamma', '-r', 'demo over', '--yes']);
  say(`swarm kick -a gamma -> ${kicked.status}`);
  await until('beta no longer lists gamma', async () => !(await members(beta, swarmId)).includes('gamma'));
  say(`members seen by alpha: ${(await members(alpha, swarmId)).join(', ')}`);
  say(`members seen by beta:  ${(await members(beta, swarmId)).join(', ')}`);

  for (const agent of agents) {
    step(`${agent.id}'s inbox  (swarm messages -s <id> --status all)`);
    const inbox = await agent.run(['messages', '-s', swarmId, '--status', 'all', '-l', '20']);
    if (inbox.code !== 0) throw new Error(`${agent.id}: swarm messages exited ${inbox.code}\n${inbox.stderr}`);
    process.stdout.write(inbox.stdout.replace(/^(?=.)/gm, '   '));
  }
}

function describe(deliveries: { recipient_id: string; status: string }[]): string {
  return deliveries.map((d) => `${d.recipient_id} ${d.status}`).join(', ') || 'nobody to deliver to';
}

async function main(): Promise<number> {
  const started = Date.now();
  try {
    ensureBuilt();
  } catch (error) {
    process.stderr.write(`Demo failed: could not build dist/: ${(error as Error).message}\n`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'swarm-demo-'));
  const ids = ['alpha', 'beta', 'gamma'];
  const ports = await Promise.all(ids.map(() => freePort()));
  const agents = ids.map((id, i) => new DemoAgent(id, join(dir, id), ports[i]!));
  const cleanup = async () => {
    await Promise.all(agents.map((agent) => agent.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  const interrupted = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await demo(dir, agents);
    step(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s; servers stopped, temporary files removed`);
    return 0;
  } catch (error) {
    process.stderr.write(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await cleanup();
  }
}

process.exitCode = await main();
