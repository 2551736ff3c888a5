import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import type { WakeRequest } from '../../generated/types.js';
import { Store } from '../../src/state/store.js';
import { createInvoker, tmuxLine } from '../../src/wake/invokers.js';
import { compileWakePolicy } from '../../src/wake/policy.js';
import type { WakeFacts } from '../../src/wake/rules.js';
import { Waker } from '../../src/wake/waker.js';
import { tempDir } from '../helpers/tmp.js';
import { waitFor } from '../helpers/wait.js';
import { makePeer, startTestAgent } from '../server/fixture.js';

const facts: WakeFacts = {
  messageId: '550e8400-e29b-41d4-a716-446655440000',
  swarmId: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  senderId: 'alice',
  recipient: 'broadcast',
  type: 'message',
  priority: 'normal',
  content: 'hello',
};

const request: WakeRequest = {
  message_id: '550e8400-e29b-41d4-a716-446655440000',
  swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  sender_id: 'alice',
  notification_level: 'normal',
};

describe('wake', () => {
  describe('tmux (a real tmux server on a private socket)', () => {
    const dir = tempDir('swarm-tmux-');
    const tmux = (...args: string[]) =>
      execFileSync('tmux', args, { env: { ...process.env, TMUX_TMPDIR: dir.path }, encoding: 'utf8' });
    let saved: string | undefined;

    before(() => {
      saved = process.env.TMUX_TMPDIR;
      // The invoker runs `tmux` with our environment: point it at the private server.
      process.env.TMUX_TMPDIR = dir.path;
      tmux('new-session', '-d', '-s', 'agent', '-x', '220', '-y', '20', 'cat');
    });
    after(() => {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      if (saved === undefined) delete process.env.TMUX_TMPDIR;
      else process.env.TMUX_TMPDIR = saved;
      dir.cleanup();
    });

    it('types the wake line into the target pane and submits it', async () => {
      const invoke = createInvoker({ method: 'tmux', tmux_target: 'agent:0.0' }, { tmuxGapMs: 100 })!;
      await invoke(request);
      await waitFor(
        () =>
          tmux('capture-pane', '-p', '-t', 'agent:0.0')
            .split('\n')
            .filter((l) => l.includes(request.message_id)).length >= 2,
      );
      expect(tmuxLine(request)).to.include('from alice');
    });

    it('a stored message reaches the pane through the default rules with the line of before rules existed', async () => {
      const store = Store.open(join(dir.path, 'default-rules.db'));
      try {
        const wake = { method: 'tmux' as const, tmux_target: 'agent:0.0' };
        const waker = new Waker({
          store,
          invoker: createInvoker(wake, { tmuxGapMs: 100 })!,
          policy: compileWakePolicy(wake, 'agent-self'),
          sessionTimeoutMs: 60_000,
        });
        const id = '0b7f9d2e-3c4a-4e5f-8a6b-7c8d9e0f1a2b';
        expect(await waker.received({ ...facts, messageId: id, senderId: 'dora' })).to.equal('invoked');
        await waker.idle();
        const line = `Wake: new normal message ${id} from dora in swarm ${request.swarm_id}. Read it with: swarm messages`;
        await waitFor(() => tmux('capture-pane', '-p', '-t', 'agent:0.0').split('\n').includes(line));
      } finally {
        store.close();
      }
    });

    it("names an operator's rule in the line, never a built-in one", () => {
      expect(tmuxLine({ ...request, rule: 'default:normal' })).to.equal(tmuxLine(request));
      expect(tmuxLine({ ...request, notification_level: 'urgent', rule: 'lead' })).to.equal(
        `Wake: new urgent message ${request.message_id} from alice in swarm ${request.swarm_id} (rule lead). Read it with: swarm messages`,
      );
    });

    it('never types control characters a peer put in its id', () => {
      const line = tmuxLine({ ...request, sender_id: 'evil\u001b[2J\nrm -rf ~' });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the assertion is about control characters
      expect(line).not.to.match(/[\u0000-\u001f\u007f]/);
    });

    it('refuses a tmux method without a target at start-up', () => {
      expect(() => createInvoker({ method: 'tmux' })).to.throw(/tmux_target/);
    });
  });

  it('command: runs the program with the message in SWARM_* variables', async () => {
    const dir = tempDir('swarm-wake-cmd-');
    try {
      const out = join(dir.path, 'woken');
      const invoke = createInvoker({
        method: 'command',
        command: [
          'sh',
          '-c',
          `echo "$SWARM_MESSAGE_ID $SWARM_SENDER_ID $SWARM_NOTIFICATION_LEVEL $SWARM_WAKE_RULE" > ${out}`,
        ],
      })!;
      await invoke({ ...request, notification_level: 'urgent', rule: 'lead' });
      expect(readFileSync(out, 'utf8').trim()).to.equal(`${request.message_id} alice urgent lead`);
      const failing = createInvoker({ method: 'command', command: ['sh', '-c', 'exit 3'] })!;
      let error: unknown;
      await failing(request).catch((e) => {
        error = e;
      });
      expect(String(error)).to.match(/exited with 3/);
    } finally {
      dir.cleanup();
    }
  });

  it('webhook: POSTs the wake request as JSON', async () => {
    const received: unknown[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wake`;
      await createInvoker({ method: 'webhook', webhook_url: url })!(request);
      await createInvoker({ method: 'webhook', webhook_url: url })!({ ...request, rule: 'wake.rules[0]' });
      expect(received).to.deep.equal([request, { ...request, rule: 'wake.rules[0]' }]);
    } finally {
      server.close();
    }
  });

  describe('Waker', () => {
    it('wakes once per active conversation, skips muted senders and levels not asked for', async () => {
      const dir = tempDir('swarm-waker-');
      const store = Store.open(join(dir.path, 'swarm.db'));
      try {
        const calls: WakeRequest[] = [];
        const waker = new Waker({
          store,
          invoker: async (r) => {
            calls.push(r);
          },
          sessionTimeoutMs: 60_000,
          policy: compileWakePolicy({ method: 'command', levels: ['normal', 'urgent'] }, 'me'),
        });
        expect(await waker.wake(request)).to.equal('invoked');
        expect(await waker.wake({ ...request, message_id: 'other' })).to.equal('already_active');
        expect(await waker.wake({ ...request, sender_id: 'bob', notification_level: 'silent' })).to.equal('skipped');
        store.mutes.mute('agent', 'carol');
        expect(await waker.wake({ ...request, sender_id: 'carol' })).to.equal('skipped');
        await waker.idle();
        expect(calls.map((c) => c.message_id)).to.deep.equal([request.message_id]);
      } finally {
        store.close();
        dir.cleanup();
      }
    });
  });

  describe('Waker with rules', () => {
    const wake = {
      method: 'command' as const,
      command: ['true'],
      rules: [
        { name: 'direct', direct: true, level: 'urgent' as const },
        { name: 'incident', keywords: ['outage'], level: 'urgent' as const },
      ],
      quiet_hours: { zone: 'Asia/Tokyo', start: '22:00', end: '07:00' },
    };

    it('gives the invoker the level and the rule; holds all but urgent during quiet hours', async () => {
      const dir = tempDir('swarm-waker-rules-');
      const store = Store.open(join(dir.path, 'swarm.db'));
      let now = Date.parse('2026-03-01T14:00:00.000Z'); // 23:00 in Tokyo
      try {
        const calls: WakeRequest[] = [];
        const decisions: string[] = [];
        const waker = new Waker({
          store,
          invoker: async (r) => {
            calls.push(r);
          },
          policy: compileWakePolicy(wake, 'agent-self'),
          sessionTimeoutMs: 60_000,
          now: () => now,
          onDecision: (d) => decisions.push(`${d.rule.name} ${d.level} ${d.reason}`),
        });
        expect(await waker.received({ ...facts, senderId: 'bob' })).to.equal('skipped');
        expect(await waker.received({ ...facts, senderId: 'carol', content: 'OUTAGE!' })).to.equal('invoked');
        now = Date.parse('2026-03-01T23:00:00.000Z'); // 08:00 in Tokyo
        expect(await waker.received({ ...facts, senderId: 'dave', messageId: 'd', recipient: 'agent-self' })).to.equal(
          'invoked',
        );
        expect(await waker.received({ ...facts, senderId: 'erin', messageId: 'e' })).to.equal('invoked');
        await waker.idle();
        expect(decisions).to.deep.equal([
          'default:normal normal quiet_hours',
          'incident urgent wakes',
          'direct urgent wakes',
          'default:normal normal wakes',
        ]);
        expect(calls.map((c) => [c.sender_id, c.notification_level, c.rule])).to.deep.equal([
          ['carol', 'urgent', 'incident'],
          ['dave', 'urgent', 'direct'],
          ['erin', 'normal', 'default:normal'],
        ]);
      } finally {
        store.close();
        dir.cleanup();
      }
    });

    it('the server hands the waker what the rules look at: recipient, type, priority, content', async () => {
      const calls: WakeRequest[] = [];
      let waker: Waker | undefined;
      const agent = await startTestAgent({ hooks: { received: (event) => waker?.received(event).then(() => {}) } });
      try {
        waker = new Waker({
          store: agent.store,
          invoker: async (r) => {
            calls.push(r);
          },
          policy: compileWakePolicy({ ...wake, quiet_hours: undefined }, 'agent-self'),
          sessionTimeoutMs: 60_000,
        });
        const [alice, bob, carol] = [makePeer('alice'), makePeer('bob'), makePeer('carol')];
        const swarmId = agent.createSwarm([alice, bob, carol]);
        const sent = [
          agent.sign(alice, { swarm_id: swarmId, recipient: 'agent-self', content: 'psst' }),
          agent.sign(bob, { swarm_id: swarmId, content: 'there is an outage' }),
          agent.sign(carol, { swarm_id: swarmId, content: 'fyi', priority: 'low' }),
        ];
        for (const message of sent) expect((await agent.post('/swarm/message', message)).status).to.equal(200);
        await waitFor(() => calls.length === 2);
        await waker.idle();
        expect(calls.map((c) => [c.sender_id, c.notification_level, c.rule]).sort()).to.deep.equal([
          ['alice', 'urgent', 'direct'],
          ['bob', 'urgent', 'incident'],
        ]);
      } finally {
        await agent.close();
      }
    });
  });

  it('a slow wake never delays the answer to the sender', async () => {
    let finished = false;
    const agent = await startTestAgent({
      hooks: {
        received: async () => {
          await new Promise((r) => setTimeout(r, 1500));
          finished = true;
        },
      },
    });
    try {
      const alice = makePeer('alice');
      const swarmId = agent.createSwarm([alice]);
      // The first request pays for the TLS handshake and a cold server: that is not what is timed here.
      expect((await agent.get('/swarm/health')).status).to.equal(200);
      const started = Date.now();
      const res = await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }));
      expect(res.status).to.equal(200);
      expect(Date.now() - started).to.be.below(1000);
      expect(finished).to.equal(false);
      await waitFor(() => finished);
    } finally {
      await agent.close();
    }
  });
});
