// What protocol 0.2 costs beside 0.1.0, each figure with its 0.1.0 counterpart from the same run as baseline:
// - in process (the compiled dist/): signing and verifying a typical message (100-byte content, four optional keys,
//   small metadata) with signMessage/verifyMessage (0.1.0) and signEnvelope/verifyEnvelope (0.2); sealing and
//   opening for one reader, and sealing for 50. Per second of CPU time; the operations take turns in short batches
//   and the medians are reported. Signing alone, 0.2 does two things 0.1.0 does not: the JCS of the whole envelope
//   (about 7 us with `canonicalize`, as with the other JCS packages on npm) and Ed25519 over its 650 bytes rather
//   than a 32-byte digest (about 5 us more), on a 0.1.0 signing of about 20 us.
// - the server (bench/server.ts's load test, the Express app): bodies signed as 0.1.0, as 0.2, and as 0.2 sealed
//   direct to the server's agent (which opens each one). Each run has a fresh store and each variant its own
//   senders, so the senders' first 0.2 messages are learnt there (NEG-002) and no run sees a downgrade refusal.
// - the client (bench/client.ts's 50 receivers): direct messages to one member, signed, stored and delivered, as
//   0.2 to a member whose /info lists it and as 0.1.0 to one that lists 0.1.0 alone: the messages per second a
//   sender makes, where issue #19's goal (0.2 within 15 % of 0.1.0) is judged. Then a sealed broadcast and an
//   unsealed one to members whose /info lists 0.2, beside the 0.1.0 broadcast; wall time to the last first attempt,
//   and the client process's CPU time.
// `BENCH_PROTOCOL_PARTS=core,server,client` picks parts; `BENCH_SERVER_ROUNDS`/`_SECONDS` apply as for `server`;
// `BENCH_DIRECT_SENDS` (default 200) is how many direct messages are sent at once.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Message } from '../generated/types.js';
import { DEFAULT_CONCURRENCY } from '../src/client/delivery-worker.js';
import type { SwarmClient } from '../src/client/swarm-client.js';
import type { MessageDraft } from '../src/core/envelope.js';
import { signEnvelope } from '../src/core/envelope-signature.js';
import { generateSeed, keyPairFromSeed } from '../src/core/keys.js';
import { type Reader, sealContent } from '../src/core/sealed.js';
import { MEMBERS, startBroadcastRig, timeSend } from './client.js';
import {
  benchDraft,
  type MakeMessage,
  measure,
  median,
  type Run,
  SWARM_ID,
  signedV01,
  type Workload,
  workload,
} from './server.js';
import type { BenchFigure } from './state.js';

// The in-process figures time the compiled dist/ (what `swarm serve` and the CLI run, and what the server child
// loads), typed against the sources: tsx's transform adds work of its own to small functions.
const dist = (path: string) => import(new URL(`../dist/${path}`, import.meta.url).href);
const loadCore = async () => ({
  ...((await dist('src/core/signature.js')) as typeof import('../src/core/signature.js')),
  ...((await dist('src/core/envelope-signature.js')) as typeof import('../src/core/envelope-signature.js')),
  ...((await dist('src/core/sealed.js')) as typeof import('../src/core/sealed.js')),
});

const BATCH_MS = Number(process.env.BENCH_PROTOCOL_BATCH_MS ?? 25);
const BATCHES = Number(process.env.BENCH_PROTOCOL_BATCHES ?? 41);
const SERVER_ROUNDS = Number(process.env.BENCH_SERVER_ROUNDS ?? 3);
const CLIENT_RUNS = 9;
const DIRECT_SENDS = Number(process.env.BENCH_DIRECT_SENDS ?? 200);

const alpha = keyPairFromSeed(generateSeed());
const beta = keyPairFromSeed(generateSeed());

/** A typical message: 100 bytes of content, four optional keys, small metadata. */
const typical: MessageDraft = {
  sender: { agent_id: 'alpha', endpoint: 'https://alpha.example/swarm' },
  recipient: 'beta',
  swarm_id: SWARM_ID,
  type: 'message',
  content: 'Build 4812 passed on main; deploying to staging at 14:00 UTC unless someone objects before then. ok?',
  priority: 'high',
  thread_id: '0b7e8a52-4b8e-4d52-9d3e-6f1c2b3a4d5e',
  in_reply_to: '6f1c2b3a-4d5e-4b8e-9d52-0b7e8a524b8e',
  expires_at: '2030-01-01T00:00:00.000Z',
  metadata: { task: 'deploy', attempt: 2, labels: ['ci', 'staging'] },
};

/**
 * Operations per second of CPU time of each operation (one thread; a shared machine disturbs CPU time less than
 * wall time): short batches of BATCH_MS taking turns, so that a busy spell falls on all of them alike, and the
 * median batch of BATCHES.
 */
function perSecond(operations: (() => unknown)[]): number[] {
  const rates: number[][] = operations.map(() => []);
  for (const op of operations) for (let i = 0; i < 100; i++) op(); // the JIT
  for (let batch = 0; batch < BATCHES; batch++) {
    operations.forEach((op, v) => {
      let done = 0;
      const started = performance.now();
      const cpu = process.cpuUsage();
      do {
        op();
        done += 1;
      } while (performance.now() - started < BATCH_MS);
      const used = process.cpuUsage(cpu);
      rates[v]!.push((done * 1e6) / (used.user + used.system));
    });
  }
  return rates.map(median);
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`bench protocol: ${what}`);
}

const versus = (name: string, value: number, baseline: number, unit: string): BenchFigure => ({
  name,
  value: unit === 'ms' ? Math.round(value * 1000) / 1000 : Math.round(value),
  unit,
  baseline: unit === 'ms' ? Math.round(baseline * 1000) / 1000 : Math.round(baseline),
  ratio: value / baseline,
});

async function inProcess(): Promise<BenchFigure[]> {
  const { signMessage, verifyMessage, signEnvelope, verifyEnvelope, sealContent, openSealed } = await loadCore();
  // Verified as a receiver holds them: after a trip through JSON.
  const v01 = JSON.parse(JSON.stringify(signMessage(typical, alpha))) as Message;
  const v02 = JSON.parse(JSON.stringify(signEnvelope(typical, alpha))) as Message;
  check(verifyMessage(v01, alpha.publicKey).valid && verifyEnvelope(v02, alpha.publicKey).valid, 'typical verifies');
  const [sign01, sign02, verify01, verify02, both01, both02] = perSecond([
    () => signMessage(typical, alpha),
    () => signEnvelope(typical, alpha),
    () => verifyMessage(v01, alpha.publicKey),
    () => verifyEnvelope(v02, alpha.publicKey),
    () => verifyMessage(signMessage(typical, alpha), alpha.publicKey),
    () => verifyEnvelope(signEnvelope(typical, alpha), alpha.publicKey),
  ]) as [number, number, number, number, number, number];

  const seal = (messageId: string, readers: Reader[]) =>
    sealContent({ content: typical.content, messageId, swarmId: SWARM_ID, senderId: 'alpha', readers });
  const one: Reader[] = [{ agentId: 'beta', publicKey: beta.publicKey }];
  const fifty: Reader[] = Array.from({ length: MEMBERS }, (_, i) => ({
    agentId: `peer-${i}`,
    publicKey: keyPairFromSeed(generateSeed()).publicKey,
  }));
  const sealAndOpen = () => {
    const messageId = randomUUID();
    const sealed = seal(messageId, one);
    const opened = openSealed({
      sealed,
      messageId,
      swarmId: SWARM_ID,
      senderId: 'alpha',
      agentId: 'beta',
      keyPair: beta,
    });
    check(opened.status === 'opened', 'the sealed content opens');
  };
  const [sealOpen, sealFifty, signOne] = perSecond([
    sealAndOpen,
    () => seal(randomUUID(), fifty),
    () => signMessage(typical, alpha),
  ]) as [number, number, number];

  return [
    versus('protocol: sign alone, typical message, 0.2 vs 0.1.0 (JCS, 650 bytes hashed)', sign02, sign01, 'msg/s'),
    versus('protocol: verify, 0.2 vs 0.1.0', verify02, verify01, 'msg/s'),
    versus('protocol: sign+verify, 0.2 vs 0.1.0', both02, both01, 'msg/s'),
    versus('protocol: seal+open, 1 reader, vs 0.1.0 sign+verify', sealOpen, both01, 'msg/s'),
    versus(`protocol: seal for ${MEMBERS} readers vs one 0.1.0 sign`, 1000 / sealFifty, 1000 / signOne, 'ms'),
  ];
}

/** 0.2, every key signed. */
const signedV02: MakeMessage = (i, sender) => signEnvelope(benchDraft(i, sender), sender.keyPair);

/** 0.2 sealed direct to the server's agent, which opens it; the sender reads its own copy too, as SwarmClient does. */
const sealedV02: MakeMessage = (i, sender, server) => {
  const messageId = randomUUID();
  const sealed = sealContent({
    content: `bench message ${i}`,
    messageId,
    swarmId: SWARM_ID,
    senderId: sender.id,
    readers: [
      { agentId: sender.id, publicKey: sender.keyPair.publicKey },
      { agentId: 'bench-agent', publicKey: server.publicKey },
    ],
  });
  const draft = { ...benchDraft(i, sender), message_id: messageId, recipient: 'bench-agent', content: '', sealed };
  return signEnvelope(draft, sender.keyPair);
};

async function server(): Promise<BenchFigure[]> {
  // Fresh senders per variant; every run opens a fresh store besides.
  const works: Record<'v01' | 'v02' | 'sealed', Workload> = {
    v01: workload(undefined, undefined, signedV01),
    v02: workload(undefined, undefined, signedV02),
    sealed: workload(undefined, undefined, sealedV02),
  };
  const runs: Record<keyof typeof works, Run[]> = { v01: [], v02: [], sealed: [] };
  const order = ['v01', 'v02', 'sealed'] as const;
  for (let round = 0; round < SERVER_ROUNDS; round++) {
    // Each round starts with another variant, so that none always runs first.
    for (const variant of [...order.slice(round % 3), ...order.slice(0, round % 3)]) {
      const run = await measure('express', works[variant]);
      check(run.refused === 0 && run.ok > 0, `${variant}: ${run.refused} answers were not 200`);
      // Requests still in flight when the load stops may be stored unanswered: more stored than answered is fine.
      check(run.stored >= run.ok, `${variant}: ${run.ok} answered 200 but ${run.stored} stored`);
      runs[variant].push(run);
    }
  }
  const of = (variant: keyof typeof works, key: 'rps' | 'p99') => median(runs[variant].map((run) => run[key]));
  const rounds = `Express app, median of ${SERVER_ROUNDS}`;
  return [
    versus(
      `protocol: server, accepted 0.2 messages/s (${rounds}) vs 0.1.0`,
      of('v02', 'rps'),
      of('v01', 'rps'),
      'msg/s',
    ),
    versus(
      `protocol: server, accepted 0.2 sealed direct messages/s, each opened, vs 0.1.0`,
      of('sealed', 'rps'),
      of('v01', 'rps'),
      'msg/s',
    ),
    versus('protocol: server, p99 latency 0.2 vs 0.1.0', of('v02', 'p99'), of('v01', 'p99'), 'ms'),
    versus('protocol: server, p99 latency 0.2 sealed vs 0.1.0', of('sealed', 'p99'), of('v01', 'p99'), 'ms'),
  ];
}

interface Timed {
  ms: number;
  cpuMs: number;
}

async function client(): Promise<BenchFigure[]> {
  const older = await startBroadcastRig(['0.1.0']);
  const newer = await startBroadcastRig(['0.1.0', '0.2.0']);
  try {
    const plain01 = older.clientWith(DEFAULT_CONCURRENCY);
    const plain02 = newer.clientWith(DEFAULT_CONCURRENCY);
    const time = async (send: () => Promise<number>): Promise<Timed> => {
      const cpu = process.cpuUsage();
      const ms = await send();
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000 };
    };
    // Direct messages to one member, DIRECT_SENDS at once: sign, store, POST, record (a 0.2 member is known
    // after the warm-up, so each message is signed once, as 0.2).
    const directly = async (client: SwarmClient, swarmId: string, run: number) => {
      const started = performance.now();
      const sent = await Promise.all(
        Array.from({ length: DIRECT_SENDS }, (_, i) =>
          client.send({ swarmId, to: 'peer-0', content: `bench ${run}.${i}` }),
        ),
      );
      const elapsed = performance.now() - started;
      const delivered = sent.filter((s) => s.data?.deliveries[0]?.status === 'delivered').length;
      check(delivered === DIRECT_SENDS, `direct: ${delivered} of ${DIRECT_SENDS} delivered`);
      return elapsed;
    };
    const variants = {
      direct01: (run: number) => directly(plain01, older.swarmId, run),
      direct02: (run: number) => directly(plain02, newer.swarmId, run),
      v01: (run: number) => timeSend(plain01, { swarmId: older.swarmId, broadcast: true, content: `bench ${run}` }),
      v02: (run: number) => timeSend(plain02, { swarmId: newer.swarmId, broadcast: true, content: `bench ${run}` }),
      sealed: (run: number) =>
        timeSend(plain02, { swarmId: newer.swarmId, broadcast: true, sealed: true, content: `bench ${run}` }),
    };
    // Warm-up: TLS handshakes, every member's /info read once (then trusted for an hour), the JIT.
    for (const send of Object.values(variants)) await send(-1);
    const times: Record<keyof typeof variants, Timed[]> = { direct01: [], direct02: [], v01: [], v02: [], sealed: [] };
    for (let run = 0; run < CLIENT_RUNS; run++) {
      for (const key of Object.keys(variants) as (keyof typeof variants)[])
        times[key].push(await time(() => variants[key](run)));
    }
    await plain01.close();
    await plain02.close();
    const of = (key: keyof typeof variants, what: keyof Timed) => median(times[key].map((t) => t[what]));
    const each = `${DEFAULT_CONCURRENCY} in flight, peers answer after 10 ms, median of ${CLIENT_RUNS}`;
    const perSecondOf = (key: 'direct01' | 'direct02') => (DIRECT_SENDS * 1000) / of(key, 'ms');
    return [
      versus(
        `protocol: client, direct messages/s to one 0.2 member, signed, stored and delivered (${DIRECT_SENDS} at once) vs 0.1.0 (goal: ratio >= 0.85)`,
        perSecondOf('direct02'),
        perSecondOf('direct01'),
        'msg/s',
      ),
      versus(
        'protocol: client, CPU per direct message to a 0.2 member vs 0.1.0',
        of('direct02', 'cpuMs') / DIRECT_SENDS,
        of('direct01', 'cpuMs') / DIRECT_SENDS,
        'ms',
      ),
      versus(
        `protocol: client, sealed broadcast to ${MEMBERS} 0.2 members (${each}) vs 0.1.0`,
        of('sealed', 'ms'),
        of('v01', 'ms'),
        'ms',
      ),
      versus(
        `protocol: client, unsealed broadcast to ${MEMBERS} 0.2 members vs 0.1.0`,
        of('v02', 'ms'),
        of('v01', 'ms'),
        'ms',
      ),
      versus('protocol: client, CPU per sealed broadcast vs 0.1.0', of('sealed', 'cpuMs'), of('v01', 'cpuMs'), 'ms'),
      versus(
        'protocol: client, CPU per unsealed broadcast to 0.2 members vs 0.1.0',
        of('v02', 'cpuMs'),
        of('v01', 'cpuMs'),
        'ms',
      ),
    ];
  } finally {
    await older.close();
    await newer.close();
  }
}

export async function benchProtocol(): Promise<BenchFigure[]> {
  const parts = (process.env.BENCH_PROTOCOL_PARTS ?? 'core,server,client').split(',');
  const figures: BenchFigure[] = [];
  if (parts.includes('core')) figures.push(...(await inProcess()));
  if (parts.includes('server')) figures.push(...(await server()));
  if (parts.includes('client')) figures.push(...(await client()));
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const figure of await benchProtocol()) console.log(JSON.stringify(figure));
}
