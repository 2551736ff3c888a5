// Profiles the server under load: `tsx bench/profile-server.ts [express|bare]` writes a .cpuprofile of the child
// into $TMPDIR/swarm-prof (BENCH_NO_PROFILE=1: no profile; BENCH_STATS=1: commit counters and CPU per write).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../src/core/keys.js';
import { signMessage } from '../src/core/signature.js';
import { Store } from '../src/state/store.js';
import { tempDir } from '../test/helpers/tmp.js';

const dir = tempDir('swarm-prof-');
const seed = generateSeed();
const s = { id: 'sender', keyPair: keyPairFromSeed(generateSeed()) };
const SWARM_ID = '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f';
const dbPath = join(dir.path, 'swarm.db');
const setup = Store.open(dbPath, { agentId: 'bench-agent' });
setup.swarms.create({
  swarmId: SWARM_ID,
  name: 'b',
  masterId: 'bench-agent',
  role: 'master',
  members: [
    {
      agentId: 'bench-agent',
      endpoint: 'https://127.0.0.1/swarm',
      publicKey: encodePublicKey(keyPairFromSeed(seed).publicKey),
    },
    { agentId: s.id, endpoint: 'https://s.example/swarm', publicKey: encodePublicKey(s.keyPair.publicKey) },
  ],
});
setup.close();
const bodies = Array.from({ length: 20000 }, (_, i) =>
  JSON.stringify(
    signMessage(
      {
        sender: { agent_id: s.id, endpoint: 'https://s.example/swarm' },
        recipient: 'broadcast',
        swarm_id: SWARM_ID,
        type: 'message',
        content: `m${i}`,
      },
      s.keyPair,
    ),
  ),
);
const child = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_NO_PROFILE ? [] : ['--cpu-prof', '--cpu-prof-dir', join(tmpdir(), 'swarm-prof')]),
    '--import',
    'tsx',
    join(import.meta.dirname, 'server-child.ts'),
    process.argv[2] ?? 'express',
    dbPath,
    Buffer.from(seed).toString('hex'),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
const port = Number(/listening (\d+)/.exec(line)?.[1]);
let next = 0;
const r = await autocannon({
  url: `http://127.0.0.1:${port}/swarm/message`,
  connections: 10,
  duration: 5,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (q) => ({ ...q, body: bodies[next++ % bodies.length] }),
    },
  ],
});
console.log('rps', r.requests.average, 'p50', r.latency.p50, 'p99', r.latency.p99, 'non2xx', r.non2xx);
child.kill('SIGINT');
await once(child, 'exit');
dir.cleanup();
