// Memory of `swarm mcp` with a subscriber attached while 10,000 messages are stored. The real server (node
// bin/swarm.js mcp) runs as a child process, driven by the SDK's Client, which subscribes to the swarm's inbox and
// re-reads the resource on every notification, as a host would. The messages go in through the store's own
// durable write path (group commit), 100 per transaction with a pause between batches, from this process, as
// `swarm serve` stores them. At 0, 5,000 and 10,000 messages the child is asked (SIGUSR2, answered by a probe
// preloaded with --import, so the server's code is untouched) for its RSS and its JS heap after a full GC: flat
// means neither grows with the inbox. Then single messages measure store-to-notification latency.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import type { Message } from '../generated/types.js';
import { Store } from '../src/state/store.js';
import { tempDir } from '../test/helpers/tmp.js';
import type { BenchFigure } from './state.js';

const bin = join(import.meta.dirname, '..', 'bin', 'swarm.js');
const MESSAGES = 10_000;
const BATCH = 100;
const PAUSE_MS = 40;
const LATENCY_SAMPLES = 10;
const PROBE = `process.on('SIGUSR2', () => { globalThis.gc(); const m = process.memoryUsage();
  process.stderr.write('\\nmcp-memory ' + JSON.stringify({ rss: m.rss, heap: m.heapUsed }) + '\\n'); });`;

interface Sample {
  rss: number;
  heap: number;
}

function envelope(swarmId: string, n: number): Message {
  return {
    protocol_version: '0.1.0',
    message_id: `550e8400-e29b-41d4-a716-${n.toString(16).padStart(12, '0')}`,
    timestamp: new Date().toISOString(),
    sender: { agent_id: 'agent-beta', endpoint: 'https://beta.example.com/swarm' },
    recipient: 'bench-mcp',
    swarm_id: swarmId,
    type: 'message',
    content: `Message ${n}: about the size agents send each other, a sentence or two of plain text and no more.`,
    signature: `${'Q'.repeat(86)}==`,
  };
}

export async function benchMcp(): Promise<BenchFigure[]> {
  const home = tempDir('swarm-bench-mcp-');
  const env = { ...(process.env as Record<string, string>), SWARM_HOME: home.path, NO_COLOR: '1' };
  const cli = (...args: string[]) =>
    JSON.parse(execFileSync(process.execPath, [bin, ...args, '--json'], { env, encoding: 'utf8' }));
  cli('init', '-a', 'bench-mcp', '-e', 'https://127.0.0.1:8443/swarm');
  const swarmId: string = cli('create', '-n', 'bench').swarm_id;
  const uri = `swarm://${swarmId}/inbox`;
  const probe = `data:text/javascript,${encodeURIComponent(PROBE)}`;
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--expose-gc', '--import', probe, bin, 'mcp'],
    env,
    stderr: 'pipe',
  });
  const samples: Sample[] = [];
  let answered: (() => void) | undefined;
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const match of stderr.matchAll(/mcp-memory (\{[^\n]*\})\n/g)) samples.push(JSON.parse(match[1]!) as Sample);
    stderr = stderr.slice(stderr.lastIndexOf('\n') + 1);
    answered?.();
  });
  const client = new Client({ name: 'bench', version: '0' });
  let notifications = 0;
  let notified: (() => void) | undefined;
  let reading = Promise.resolve();
  let closing = false;
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, () => {
    notifications++;
    notified?.();
    // A host re-reads what changed; one read at a time, as a single-threaded host would.
    if (!closing) reading = reading.then(() => client.readResource({ uri })).then(() => undefined);
  });
  const store = Store.open(join(home.path, 'swarm.db'), { agentId: 'bench-mcp' });
  try {
    await client.connect(transport);
    const pid = transport.pid!;
    const sample = async () => {
      await sleep(500); // the last notifications and reads settle
      await reading;
      const count = samples.length;
      const done = new Promise<void>((resolve) => {
        answered = () => samples.length > count && resolve();
      });
      process.kill(pid, 'SIGUSR2');
      await done;
    };
    await client.subscribeResource({ uri });
    await client.callTool({ name: 'status', arguments: {} });
    await sample();
    let stored = 0;
    const started = performance.now();
    while (stored < MESSAGES) {
      await store.write((repositories) => {
        for (let i = 0; i < BATCH; i++) repositories.inbox.receive(envelope(swarmId, ++stored));
      });
      if (stored % 5_000 === 0) await sample();
      else await sleep(PAUSE_MS);
    }
    const storeSeconds = (performance.now() - started) / 1000;
    const bulkNotifications = notifications;
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      await sleep(100 + Math.random() * 250); // land anywhere in the watch's 250 ms tick
      const arrived = new Promise<void>((resolve) => {
        notified = resolve;
      });
      const before = performance.now();
      await store.receive(envelope(swarmId, ++stored));
      await arrived;
      latencies.push(performance.now() - before);
    }
    notified = undefined;
    latencies.sort((x, y) => x - y);
    return [
      ...memoryFigures(samples),
      {
        name: `mcp: notifications for ${MESSAGES} messages stored in ${storeSeconds.toFixed(1)} s`,
        value: bulkNotifications,
        unit: 'count',
      },
      {
        name: 'mcp: store to resources/updated, median',
        value: Math.round(latencies[LATENCY_SAMPLES / 2]!),
        unit: 'ms',
      },
      { name: 'mcp: store to resources/updated, worst', value: Math.round(latencies.at(-1)!), unit: 'ms' },
    ];
  } finally {
    closing = true;
    await reading.catch(() => undefined);
    store.close();
    await client.close();
    home.cleanup();
  }
}

/** RSS and heap at 0, 5,000 and 10,000 messages, each against the figure at 0. */
function memoryFigures(samples: readonly Sample[]): BenchFigure[] {
  const mib = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
  const [first] = samples;
  if (!first) return [];
  return samples.flatMap((s, i) => {
    const at = `${(i * 5_000).toLocaleString('en')} messages`;
    const vs = (key: keyof Sample) => (i === 0 ? {} : { baseline: mib(first[key]), ratio: s[key] / first[key] });
    return [
      { name: `mcp: rss at ${at}`, value: mib(s.rss), unit: 'MiB', ...vs('rss') },
      { name: `mcp: heap after gc at ${at}`, value: mib(s.heap), unit: 'MiB', ...vs('heap') },
    ];
  });
}
