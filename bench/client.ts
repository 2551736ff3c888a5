// Broadcast fan-out of the client: one message to 50 members on loopback, each a real HTTPS receiver that
// answers 200 {"status":"queued"} after a fixed 10 ms (a stand-in for a peer's durable write). Measured from
// send() to the last first-attempt outcome on disk: with the default worker (64 in flight), 16 in flight, one at a time,
// and a single direct delivery for scale. Goal: the 50-member broadcast costs less than 5 single deliveries.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONCURRENCY } from '../src/client/delivery-worker.js';
import { SwarmClient } from '../src/client/swarm-client.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../src/core/keys.js';
import { Store } from '../src/state/store.js';
import { createTransport } from '../src/transport/transport.js';
import { createTestPki } from '../test/helpers/tls.js';
import { tempDir } from '../test/helpers/tmp.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const MEMBERS = 50;
const PEER_DELAY_MS = 10;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 100) / 100;

// The receivers run in a child process, as real peers run elsewhere: the client's event loop pays for its own
// side of each request only, and the second core serves the answers.
const RECEIVERS_SCRIPT = `
const { createServer } = require('node:https');
const { MEMBERS, DELAY, CERT, KEY } = process.env;
const ports = [];
let pending = Number(MEMBERS);
for (let i = 0; i < Number(MEMBERS); i += 1) {
  const server = createServer({ cert: CERT, key: KEY }, (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { message_id } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      setTimeout(() => {
        const body = JSON.stringify({ status: 'queued', message_id });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      }, Number(DELAY));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    ports[i] = server.address().port;
    if (--pending === 0) process.stdout.write(JSON.stringify(ports) + '\\n');
  });
}
process.stdin.on('end', () => process.exit(0)).resume();
`;

async function startReceivers(pki: { certPem: string; keyPem: string }): Promise<{ ports: number[]; stop(): void }> {
  const child = spawn(process.execPath, ['-e', RECEIVERS_SCRIPT], {
    env: { MEMBERS: String(MEMBERS), DELAY: String(PEER_DELAY_MS), CERT: pki.certPem, KEY: pki.keyPem },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { ports: JSON.parse(line) as number[], stop: () => child.stdin!.end() };
}

export async function benchClient(): Promise<BenchResult[]> {
  const dir = tempDir('swarm-bench-client-');
  const pki = createTestPki(dir.path);
  const receivers = await startReceivers(pki);
  const store = Store.open(join(dir.path, 'sender.db'));
  const keyPair = keyPairFromSeed(generateSeed());
  const identity = { agentId: 'sender', endpoint: 'https://127.0.0.1:1/swarm', keyPair };
  const swarmId = '0b4e7c1a-5d2f-4c8e-9a3b-6f1d2e3c4b5a';
  store.swarms.create({
    swarmId,
    name: 'bench',
    masterId: 'sender',
    role: 'master',
    members: [
      { agentId: 'sender', endpoint: identity.endpoint, publicKey: encodePublicKey(keyPair.publicKey) },
      ...receivers.ports.map((port, i) => ({
        agentId: `peer-${i}`,
        endpoint: `https://127.0.0.1:${port}/swarm`,
        publicKey: encodePublicKey(keyPairFromSeed(generateSeed()).publicKey),
      })),
    ],
  });
  const transport = createTransport({ caPem: pki.caPem, agentId: 'sender' });
  const clientWith = (concurrency: number) =>
    new SwarmClient({ store, identity, transport, workerOptions: { concurrency } });

  async function timeSends(client: SwarmClient, input: { to: string } | { broadcast: true }): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const sent = await client.send({ swarmId, content: `bench ${run}`, ...input });
      const elapsed = performance.now() - started;
      const delivered = sent.data?.deliveries.filter((d) => d.status === 'delivered').length;
      if (delivered !== ('to' in input ? 1 : MEMBERS)) throw new Error(`bench: only ${delivered} delivered`);
      times.push(elapsed);
    }
    return median(times);
  }

  try {
    const concurrent = clientWith(DEFAULT_CONCURRENCY);
    // The first broadcast opens one keep-alive connection per peer; later ones reuse them.
    const coldStart = performance.now();
    await concurrent.send({ swarmId, broadcast: true, content: 'warm-up' });
    const cold = performance.now() - coldStart;
    const single = await timeSends(concurrent, { to: 'peer-0' });
    const broadcast = await timeSends(concurrent, { broadcast: true });
    await concurrent.close();
    const narrow = clientWith(16);
    const sixteen = await timeSends(narrow, { broadcast: true });
    await narrow.close();
    const sequential = clientWith(1);
    const oneAtATime = await timeSends(sequential, { broadcast: true });
    await sequential.close();
    const versusSingle = (name: string, value: number): BenchResult => ({
      name,
      value: round(value),
      unit: 'ms',
      baseline: round(single),
      ratio: round(value / single),
    });
    return [
      { name: 'client: single delivery (peer answers after 10 ms)', value: round(single), unit: 'ms' },
      versusSingle(
        `client: broadcast to ${MEMBERS}, ${DEFAULT_CONCURRENCY} in flight (default; ratio vs single, goal < 5)`,
        broadcast,
      ),
      versusSingle(`client: broadcast to ${MEMBERS}, 16 in flight (ratio vs single)`, sixteen),
      versusSingle(`client: broadcast to ${MEMBERS}, one at a time (ratio vs single)`, oneAtATime),
      versusSingle(`client: first broadcast to ${MEMBERS} new peers, TLS handshakes included (ratio vs single)`, cold),
    ];
  } finally {
    await transport.close();
    store.close();
    receivers.stop();
    dir.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await benchClient()) console.log(JSON.stringify(result));
}
