import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'chai';
import { Agent, fetch } from 'undici';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage } from '../../src/core/signature.js';
import { Store } from '../../src/state/store.js';
import { testPki } from '../helpers/tls.js';
import { tempDir } from '../helpers/tmp.js';
import { makePeer } from './fixture.js';

const child = join(import.meta.dirname, 'serve-child.ts');

function startChild(args: string[], port = 0): Promise<{ proc: ChildProcess; port: number }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ proc, port: Number(match[1]) });
    });
    proc.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

describe('server: nothing acknowledged is lost', function () {
  this.timeout(120_000);

  it('every message answered 200 before a SIGKILL is in the database after a restart', async () => {
    const dir = tempDir('swarm-crash-');
    const pki = testPki();
    const seed = generateSeed();
    const self = keyPairFromSeed(seed);
    const dbPath = join(dir.path, 'swarm.db');
    const alice = makePeer('alice');
    const swarmId = '5b8e7d0c-1111-4222-8333-444455556666';
    const setup = Store.open(dbPath, { agentId: 'crash-agent' });
    setup.swarms.create({
      swarmId,
      name: 'crash',
      masterId: 'crash-agent',
      role: 'master',
      members: [
        { agentId: 'crash-agent', endpoint: 'https://127.0.0.1/swarm', publicKey: encodePublicKey(self.publicKey) },
        { agentId: 'alice', endpoint: alice.endpoint, publicKey: alice.publicKey },
      ],
    });
    setup.close();
    const args = [
      dbPath,
      pki.certFile,
      pki.keyFile,
      Buffer.from(seed).toString('hex'),
      'crash-agent',
      'https://127.0.0.1/swarm',
    ];
    const first = await startChild(args);
    const dispatcher = new Agent({ connect: { ca: pki.caPem } });
    const url = `https://127.0.0.1:${first.port}/swarm/message`;
    const acknowledged: string[] = [];
    let killed = false;
    const sendOne = async (i: number) => {
      const message = signMessage(
        {
          sender: { agent_id: 'alice', endpoint: alice.endpoint },
          recipient: 'broadcast',
          swarm_id: swarmId,
          type: 'message',
          content: `burst ${i}`,
        },
        alice.keyPair,
      );
      try {
        const res = await fetch(url, {
          method: 'POST',
          dispatcher,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
        });
        if (res.status === 200) acknowledged.push(message.message_id);
        await res.arrayBuffer();
      } catch {
        // the server died under this request: it was never acknowledged
      }
    };
    // Ten senders in a loop until the kill; the kill lands after a few hundred acknowledgements.
    const workers = Array.from({ length: 10 }, async (_, w) => {
      for (let i = 0; !killed; i++) await sendOne(w * 1_000_000 + i);
    });
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise((r) => first.proc.once('exit', r));
    first.proc.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await exited;
    expect(acknowledged.length).to.be.at.least(300);

    const second = await startChild(args);
    const stopped = new Promise((r) => second.proc.once('exit', r));
    second.proc.kill('SIGTERM');
    await stopped;
    const after = Store.open(dbPath, { agentId: 'crash-agent' });
    try {
      const missing = acknowledged.filter((id) => !after.inbox.get(id));
      expect(missing, `${missing.length} of ${acknowledged.length} acknowledged messages lost`).to.deep.equal([]);
    } finally {
      after.close();
      await dispatcher.close();
      dir.cleanup();
    }
  });
});
