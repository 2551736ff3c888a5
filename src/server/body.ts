// Reads a JSON request body with the checks in the order the spec requires: size (413), content type
// (415), JSON (400 INVALID_JSON). Oversized bodies are refused from Content-Length before reading, and
// while streaming otherwise, so a hostile peer cannot make us buffer more than the limit.
import type { IncomingMessage } from 'node:http';
import { excessiveNesting, MAX_JSON_DEPTH } from '../core/json-depth.js';
import { ApiError, schemaError } from './api-error.js';

export interface BodyOptions {
  limit: number;
  /** Shared by every request of a server; a chunk that would overdraw it refuses its request (503). */
  budget?: BodyBudget;
}

/**
 * The bytes of request bodies held at once, over all requests. Each body is capped by its own limit, but many
 * slow peers together could still make the server hold thousands of them; past this total a request is refused
 * with SERVICE_UNAVAILABLE (Retry-After: 1) instead, and the bodies already being read are unaffected.
 */
export class BodyBudget {
  #used = 0;

  constructor(readonly limit: number) {}

  get used(): number {
    return this.#used;
  }

  take(bytes: number): boolean {
    if (this.#used + bytes > this.limit) return false;
    this.#used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.#used -= bytes;
  }
}

const overBudget = () =>
  new ApiError('SERVICE_UNAVAILABLE', 'The server is receiving too much at once; retry shortly', { retry_after: 1 });

function isJsonType(header: string | undefined): boolean {
  if (header === 'application/json') return true; // what nearly every peer sends: no parsing needed
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || charset === 'charset=utf-8' || charset === 'charset="utf-8"';
}

export async function readRaw(req: IncomingMessage, { limit, budget }: BodyOptions): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw new ApiError('PAYLOAD_TOO_LARGE', `Body exceeds ${limit} bytes`, { limit });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Plain listeners and one settle (no once() wrappers): this runs for every message received.
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    let held = 0;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      // Handed on (or dropped): what remains of the body is short-lived, parsed or refused within this turn.
      budget?.give(held);
      if (error === undefined) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.resume();
        settle(new ApiError('PAYLOAD_TOO_LARGE', `Body exceeds ${limit} bytes`, { limit }));
        return;
      }
      if (budget && !budget.take(chunk.length)) {
        req.resume();
        settle(overBudget());
        return;
      }
      held += chunk.length;
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => settle());
    req.on('error', settle);
    // A peer that hangs up mid-body never sends 'end'.
    req.on('close', () => {
      if (!req.complete) settle(new ApiError('INVALID_JSON', 'The request was aborted before its body ended'));
    });
  });
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Size, then content type, then JSON: the first failure wins, as the spec orders them. */
export async function readJson(req: IncomingMessage, options: BodyOptions): Promise<unknown> {
  return (await readJsonText(req, options)).body;
}

/** As readJson, with the text it parsed: what a 0.2 envelope's duplicate-name check reads ([ESIG-003]). */
export async function readJsonText(
  req: IncomingMessage,
  options: BodyOptions,
): Promise<{ body: unknown; text: string }> {
  const raw = await readRaw(req, options);
  if (!isJsonType(req.headers['content-type'])) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json (UTF-8)', {
      content_type: req.headers['content-type'] ?? null,
    });
  }
  // Bodies are read as sent: a compressed one would only fail later, as bytes that are not JSON.
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding)', {
      content_encoding: encoding,
    });
  }
  let text: string;
  try {
    text = decoder.decode(raw);
  } catch {
    throw new ApiError('INVALID_JSON', 'Body is not valid UTF-8', { reason: 'invalid UTF-8' });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    // RangeError covers nesting deep enough to exhaust the parser's stack.
    throw new ApiError('INVALID_JSON', 'Body is not valid JSON', { reason: (error as Error).message });
  }
  const deep = excessiveNesting(body);
  if (deep !== undefined) {
    throw schemaError(
      [{ instancePath: deep, keyword: 'maxDepth', message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
      'Body',
    );
  }
  return { body, text };
}
