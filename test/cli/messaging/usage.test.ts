import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { tempDir } from '../../helpers/tmp.js';
import { createAgent, type TestAgent } from '../agents.js';
import { runAll, runCli } from '../run-cli.js';
import { createSwarm, stateOf } from './agents.js';

const ID = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';

// Missing, malformed and contradictory arguments: exit 2, nothing on stdout but a USAGE_ERROR under --json
// (parse errors print usage on stderr only), and the state is unchanged.
const cases: [string, string[]][] = [
  ['send: no body (empty stdin)', ['send']],
  ['send: empty body', ['send', '-m', '']],
  ['send: body over 65536 characters', ['send', '-m', 'x'.repeat(65_537)]],
  ['send: bad recipient id', ['send', '-m', 'hi', '-t', '']],
  ['send: bad priority', ['send', '-m', 'hi', '--priority', 'urgent']],
  ['send: bad --reply-to', ['send', '-m', 'hi', '--reply-to', 'nope']],
  ['send: bad --thread', ['send', '-m', 'hi', '--thread', '123']],
  ['send: bad swarm id', ['send', '-m', 'hi', '-s', 'not-a-uuid']],
  ['send: -m without a value', ['send', '-m']],
  ['send: unknown option', ['send', '-m', 'hi', '--urgent']],
  ['messages: bad status', ['messages', '--status', 'pending']],
  ['messages: limit 0', ['messages', '-l', '0']],
  ['messages: limit not a number', ['messages', '-l', 'ten']],
  ['messages: bad swarm id', ['messages', '-s', 'x']],
  ['messages: legacy --ack', ['messages', '--ack', ID]],
  ['messages read: no id', ['messages', 'read']],
  ['messages read: bad id', ['messages', 'read', 'abc']],
  ['messages archive: no id', ['messages', 'archive']],
  ['messages archive: bad id among good ones', ['messages', 'archive', ID, 'abc']],
  ['messages delete: bad id', ['messages', 'delete', 'abc']],
  ['messages count: extra argument', ['messages', 'count', ID]],
  ['sent: bad status', ['sent', '--status', 'sent']],
  ['sent: limit -1', ['sent', '-l', '-1']],
  ['sent: --id and --count', ['sent', '--id', ID, '--count']],
  ['sent: --id and --status', ['sent', '--id', ID, '--status', 'failed']],
  ['sent: --count and --limit', ['sent', '--count', '-l', '5']],
  ['sent: bad --id', ['sent', '--id', 'x']],
  ['mute: neither', ['mute']],
  ['mute: both', ['mute', '-a', 'beta', '-s', ID]],
  ['mute: bad swarm id', ['mute', '-s', 'x']],
  ['mute: empty agent id', ['mute', '-a', '']],
  ['mute: agent id too long', ['mute', '-a', 'a'.repeat(257)]],
  ['unmute: neither', ['unmute']],
  ['unmute: both', ['unmute', '-a', 'beta', '-s', ID]],
  ['purge: nothing selected', ['purge', '-y']],
  ['purge: --include-archived alone', ['purge', '--include-archived', '-y']],
  ['purge: --force with --retention-hours', ['purge', '--messages', '--force', '--retention-hours', '1', '-y']],
  ['purge: --timeout-minutes without --sessions', ['purge', '--messages', '--timeout-minutes', '5', '-y']],
  ['purge: --retention-hours without a target for it', ['purge', '--sessions', '--retention-hours', '5', '-y']],
  ['purge: negative retention', ['purge', '--messages', '--retention-hours', '-1', '-y']],
  ['purge: no --yes without a terminal', ['purge', '--messages', '--force']],
  ['export: -o without a value', ['export', '-o']],
  ['import: no --input', ['import', '--yes']],
  ['import: replace without --yes (no terminal)', ['import', '-i', 'FILE']],
];

describe('cli messaging: bad arguments exit 2 and change nothing', function () {
  this.timeout(180_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let initial: unknown;
  let file: string;

  before(async () => {
    [alpha, beta] = await Promise.all([createAgent('alpha'), createAgent('beta')]);
    createSwarm([alpha, beta]);
    alpha.withStore((store) => {
      const [swarm] = store.swarms.list();
      store.inbox.addNote({ swarmId: swarm!.swarmId, senderId: 'beta', body: 'unread note', messageType: 'message' });
      const deleted = store.inbox.addNote({ swarmId: swarm!.swarmId, senderId: 'beta', body: 'gone' });
      store.inbox.transition(deleted, 'deleted');
    });
    file = join(alpha.home.path, 'export.json');
    writeFileSync(file, (await alpha.run(['export'])).stdout);
    initial = await stateOf(alpha);
  });
  after(async () => {
    await Promise.all([alpha, beta].filter(Boolean).map((a) => a.cleanup()));
  });

  it('every case, with and without --json', async () => {
    // Every case with --json; every other one also without (each run is a node start-up).
    const jobs = cases.flatMap(([name, args], index) => {
      const argv = args.map((arg) => (arg === 'FILE' ? file : arg));
      return (index % 2 ? [true] : [true, false]).map((json) => async () => ({
        name: `${name}${json ? ' --json' : ''}`,
        json,
        result: await alpha.run(json ? [...argv, '--json'] : argv),
      }));
    });
    const results = await runAll(jobs, 6);
    const failures: string[] = [];
    for (const { name, json, result } of results) {
      if (result.code !== 2) failures.push(`${name}: exit ${result.code} ${result.stdout}${result.stderr}`);
      else if (json && result.stdout !== '') {
        const body = JSON.parse(result.stdout);
        if (body.error?.code !== 'USAGE_ERROR') failures.push(`${name}: ${result.stdout}`);
      } else if (!json && result.stdout !== '') failures.push(`${name}: wrote to stdout: ${result.stdout}`);
    }
    expect(failures).to.deep.equal([]);
    expect(await stateOf(alpha)).to.deep.equal(initial);
  });

  it('names the flags in its messages', async () => {
    const neither = await alpha.json(['mute'], 2);
    expect(neither.error.message).to.equal('Specify -a/--agent or -s/--swarm');
    const both = await alpha.json(['unmute', '-a', 'x', '-s', ID], 2);
    expect(both.error.message).to.equal('Specify only one of -a/--agent or -s/--swarm');
    const purge = await alpha.json(['purge'], 2);
    expect(purge.error.message).to.equal('Specify --messages, --sessions, --outbox or --retention');
    const empty = await alpha.run(['send', '-m', '']);
    expect(empty.stderr).to.include('Message content required');
  });

  it('an uninitialised home is exit 1 (NOT_INITIALIZED), not a usage error', async () => {
    const empty = tempDir('swarm-msg-empty-');
    try {
      const jobs = [['messages'], ['send', '-m', 'hi'], ['sent'], ['mute', '-a', 'x'], ['export']].map(
        (args) => () => runCli([...args, '--json'], { env: { SWARM_HOME: empty.path } }),
      );
      for (const result of await runAll(jobs)) {
        expect(result.code, result.stdout).to.equal(1);
        expect(JSON.parse(result.stdout).error.code).to.equal('NOT_INITIALIZED');
      }
    } finally {
      empty.cleanup();
    }
  });
});
