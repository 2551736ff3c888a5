// Reads a JSON request body with the checks in the order the spec requires: size (413), content type
// (415), JSON (400 INVALID_JSON). Oversized bodies are refused from Content-Length before reading, and
// while streaming otherwise, so a hostile peer cannot make us buffer more than the limit.
import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

export interface BodyOptions {
  limit: number;
}

function isJsonType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || charset === 'charset=utf-8' || charset === 'charset="utf-8"';
}

export async function readRaw(req: IncomingMessage, { limit }: BodyOptions): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw new ApiError('PAYLOAD_TOO_LARGE', `Body exceeds ${limit} bytes`, { limit });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new ApiError('PAYLOAD_TOO_LARGE', `Body exceeds ${limit} bytes`, { limit }));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', resolve);
    req.once('error', reject);
    // A peer that hangs up mid-body never sends 'end'.
    req.once('close', () => {
      if (!req.complete) reject(new ApiError('INVALID_JSON', 'The request was aborted before its body ended'));
    });
  });
  return Buffer.concat(chunks, size);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Size, then content type, then JSON: the first failure wins, as the spec orders them. */
export async function readJson(req: IncomingMessage, options: BodyOptions): Promise<unknown> {
  const raw = await readRaw(req, options);
  if (!isJsonType(req.headers['content-type'])) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json (UTF-8)', {
      content_type: req.headers['content-type'] ?? null,
    });
  }
  let text: string;
  try {
    text = decoder.decode(raw);
  } catch {
    throw new ApiError('INVALID_JSON', 'Body is not valid UTF-8', { reason: 'invalid UTF-8' });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // RangeError covers nesting deep enough to exhaust the parser's stack.
    throw new ApiError('INVALID_JSON', 'Body is not valid JSON', { reason: (error as Error).message });
  }
}
