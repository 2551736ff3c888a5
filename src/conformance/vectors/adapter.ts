// The adapter side of the vector protocol: reads requests from `input` one line at a time until it ends, writes one
// answer line per request to `output`, in order. `answer` maps a request line to an answer line; ours is answerLine
// (the protocol core), and the tests pass mutants of it.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerLine } from './ops.js';

export async function serveAdapter(
  input: Readable,
  output: Writable,
  answer: (line: string) => string = answerLine,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!output.write(`${answer(line)}\n`)) await once(output, 'drain');
  }
}
