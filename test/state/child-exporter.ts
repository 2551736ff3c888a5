// A process of its own for the export and import memory tests: opens the store and either streams its export to
// /dev/null or (given a file) imports that file, then prints one JSON line with the peak resident set size and
// the inbox rows moved.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { Store } from '../../src/state/index.js';

const [path = '', file] = process.argv.slice(2);
const store = Store.open(path);
let inbox: number;
if (file === undefined) {
  const out = createWriteStream('/dev/null');
  const summary = await store.exportTo('agent-alpha', (chunk) =>
    out.write(chunk) ? undefined : once(out, 'drain').then(() => undefined),
  );
  out.end();
  inbox = summary.inbox;
} else {
  const staged = await store.stageImport(createReadStream(file, 'utf8'));
  inbox = staged.apply('replace').inbox;
}
store.close();
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, inbox })}\n`);
