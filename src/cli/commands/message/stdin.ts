// Reads the whole of stdin as UTF-8 JSON for the `swarm message` commands. Expected failures are values: a
// body that is not JSON is the user's mistake (exit 2), not an exception.
import type { Readable } from 'node:stream';

export type StdinJson = { ok: true; value: unknown } | { ok: false; reason: string };

export async function readStdinJson(stdin: Readable): Promise<StdinJson> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `stdin is not JSON: ${(error as Error).message}` };
  }
}
