import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import type { WakeRequest } from '../../generated/types.js';
import { Store } from '../../src/state/store.js';
import { createInvoker, tmuxLine } from '../../src/wake/invokers.js';
import { Waker } from '../../src/wake/waker.js';
import { tempDir } from '../helpers/tmp.js';
import { waitFor } from '../helpers/wait.js';
import { makePeer, startTestAgent } from '../server/fixture.js';

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
        command: ['sh', '-c', `echo "$SWARM_MESSAGE_ID $SWARM_SENDER_ID" > ${out}`],
      })!;
      await invoke(request);
      expect(readFileSync(out, 'utf8').trim()).to.equal(`${request.message_id} alice`);
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
      expect(received).to.deep.equal([request]);
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
          levels: ['normal', 'urgent'],
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
