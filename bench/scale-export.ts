// The scale benchmark's export, in a process of its own so its peak memory is the export's: streams the store's
// export to /dev/null and prints one JSON line {ms, maxRssKb, inbox}.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Store } from '../src/state/store.js';

const [path = ''] = process.argv.slice(2);
const store = Store.open(path, { agentId: 'bench-agent' });
const out = createWriteStream('/dev/null');
const started = performance.now();
const summary = await store.exportTo('bench-agent', (chunk) =>
  out.write(chunk) ? undefined : once(out, 'drain').then(() => undefined),
);
out.end();
await once(out, 'finish');
const ms = performance.now() - started;
store.close();
process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, inbox: summary.inbox })}\n`);
