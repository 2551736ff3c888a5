// Broadcast fan-out of the client: one message to 50 members on loopback, each a real HTTPS receiver that
// answers 200 {"status":"queued"} after a fixed 10 ms (a stand-in for a peer's durable write) and serves an /info
// that lists 0.1.0 alone, so that the client speaks 0.1.0 (bench/protocol.ts starts the same rig with members that
// list 0.2). Measured from send() to the last first-attempt outcome on disk: with the default worker (64 in flight),
// 16 in flight, one at a time, and a single direct delivery for scale. Goal: the 50-member broadcast costs less than
// 5 single deliveries.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONCURRENCY } from '../src/client/delivery-worker.js';
import { type SendInput, SwarmClient } from '../src/client/swarm-client.js';
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

export const MEMBERS = 50;
const PEER_DELAY_MS = 10;
const RUNS = 7;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 100) / 100;

// The receivers run in a child process, as real peers run elsewhere: the client's event loop pays for its own
// side of each request only, and the second core serves the answers. Each serves its /info (what the sender's
// negotiation reads, NEG-002) with the protocol versions it is told to list.
const RECEIVERS_SCRIPT = `
const { createServer } = require('node:https');
const { MEMBERS, DELAY, CERT, KEY, KEYS, VERSIONS } = process.env;
const keys = JSON.parse(KEYS);
const versions = JSON.parse(VERSIONS);
const ports = [];
let pending = Number(MEMBERS);
const answer = (res, body) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};
for (let i = 0; i < Number(MEMBERS); i += 1) {
  const server = createServer({ cert: CERT, key: KEY }, (req, res) => {
    if (req.method === 'GET') {
      req.resume();
      return answer(res, JSON.stringify({
        agent_id: 'peer-' + i,
        endpoint: 'https://127.0.0.1:' + ports[i] + '/swarm',
        public_key: keys[i],
        protocol_version: '0.1.0',
        capabilities: ['message', 'system', 'notification'],
        metadata: null,
        protocol_versions: versions,
      }));
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { message_id } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      setTimeout(() => answer(res, JSON.stringify({ status: 'queued', message_id })), Number(DELAY));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    ports[i] = server.address().port;
    if (--pending === 0) process.stdout.write(JSON.stringify(ports) + '\\n');
  });
}
process.stdin.on('end', () => process.exit(0)).resume();
`;

async function startReceivers(
  pki: { certPem: string; keyPem: string },
  publicKeys: string[],
  versions: string[],
): Promise<{ ports: number[]; stop(): void }> {
  const child = spawn(process.execPath, ['-e', RECEIVERS_SCRIPT], {
    env: {
      MEMBERS: String(MEMBERS),
      DELAY: String(PEER_DELAY_MS),
      CERT: pki.certPem,
      KEY: pki.keyPem,
      KEYS: JSON.stringify(publicKeys),
      VERSIONS: JSON.stringify(versions),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { ports: JSON.parse(line) as number[], stop: () => child.stdin!.end() };
}

export interface BroadcastRig {
  swarmId: string;
  /** A client on the rig's store and transport with its own worker of `concurrency` slots. */
  clientWith(concurrency: number): SwarmClient;
  close(): Promise<void>;
}

/**
 * A sender in a swarm with 50 receivers that list `versions` in their /info: its store, a transport trusting the
 * receivers' test CA, and clients made on demand.
 */
export async function startBroadcastRig(versions: string[] = ['0.1.0']): Promise<BroadcastRig> {
  const dir = tempDir('swarm-bench-client-');
  const pki = createTestPki(dir.path);
  const peerKeys = Array.from({ length: MEMBERS }, () => encodePublicKey(keyPairFromSeed(generateSeed()).publicKey));
  const receivers = await startReceivers(pki, peerKeys, versions);
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
        publicKey: peerKeys[i]!,
      })),
    ],
  });
  const transport = createTransport({ caPem: pki.caPem, agentId: 'sender' });
  return {
    swarmId,
    clientWith: (concurrency) => new SwarmClient({ store, identity, transport, workerOptions: { concurrency } }),
    async close() {
      await transport.close();
      store.close();
      receivers.stop();
      dir.cleanup();
    },
  };
}

/** One send, timed from the call to the last first attempt; throws unless every recipient has it. */
export async function timeSend(client: SwarmClient, input: SendInput): Promise<number> {
  const started = performance.now();
  const sent = await client.send(input);
  const elapsed = performance.now() - started;
  if (sent.error) throw new Error(`bench: send failed: ${sent.error.code} ${sent.error.message}`);
  const delivered = sent.data.deliveries.filter((d) => d.status === 'delivered').length;
  if (delivered !== ('to' in input ? 1 : MEMBERS)) throw new Error(`bench: only ${delivered} delivered`);
  return elapsed;
}

export async function benchClient(): Promise<BenchResult[]> {
  const rig = await startBroadcastRig();
  const { swarmId } = rig;

  async function timeSends(client: SwarmClient, input: { to: string } | { broadcast: true }): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1)
      times.push(await timeSend(client, { swarmId, content: `bench ${run}`, ...input }));
    return median(times);
  }

  try {
    const concurrent = rig.clientWith(DEFAULT_CONCURRENCY);
    // The first broadcast opens one keep-alive connection per peer; later ones reuse them.
    const coldStart = performance.now();
    await concurrent.send({ swarmId, broadcast: true, content: 'warm-up' });
    const cold = performance.now() - coldStart;
    const single = await timeSends(concurrent, { to: 'peer-0' });
    const broadcast = await timeSends(concurrent, { broadcast: true });
    await concurrent.close();
    const narrow = rig.clientWith(16);
    const sixteen = await timeSends(narrow, { broadcast: true });
    await narrow.close();
    const sequential = rig.clientWith(1);
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
      versusSingle(
        `client: first broadcast to ${MEMBERS} new peers, TLS handshakes and /info look-ups included (ratio vs single)`,
        cold,
      ),
    ];
  } finally {
    await rig.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await benchClient()) console.log(JSON.stringify(result));
}
