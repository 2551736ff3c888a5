// Reading a peer's JSON answer. A peer is untrusted: its body is capped before it is buffered, must be UTF-8
// JSON under a JSON media type, and can be checked against a generated validator, so callers get either a
// typed value or an INVALID_RESPONSE naming the URL and what was wrong.
import { excessiveNesting, MAX_JSON_DEPTH } from '../core/json-depth.js';
import { toTransportError } from './classify.js';
import { TransportError } from './errors.js';

/** 1 MiB: the body limit of the reference proxy, and ours for requests. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/** The shape of a generated ajv validator (`validateHealth`, `validateErrorBody`, ...). */
export interface JsonValidator<T> {
  (data: unknown): data is T;
  errors?: readonly { instancePath: string; message?: string }[] | null;
}

export interface ReadJsonOptions {
  /** Largest body accepted; default MAX_RESPONSE_BYTES. */
  maxBytes?: number;
}

function isJsonMediaType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    // A stall or reset in the middle of the body is a transport failure, not a malformed answer.
    throw toTransportError(error, url);
  }
  return Buffer.concat(chunks);
}

function invalid(url: string, reason: string, why: string, cause?: unknown): TransportError {
  return new TransportError('INVALID_RESPONSE', reason, `Invalid response from ${url}: ${why}`, url, { cause });
}

function tooLarge(url: string, maxBytes: number): TransportError {
  return invalid(url, 'too_large', `body larger than ${maxBytes} bytes`);
}

/**
 * Reads `response`'s body as JSON and, with `validate`, checks its shape. Throws TransportError:
 * INVALID_RESPONSE for a wrong content type, an oversized, non-UTF-8, non-JSON or too deeply nested body, or a
 * body the validator rejects; PEER_TIMEOUT / PEER_UNREACHABLE when the body stops arriving.
 */
export async function readJsonResponse<T = unknown>(
  response: Response,
  validate?: JsonValidator<T>,
  options: ReadJsonOptions = {},
): Promise<T> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const url = response.url || 'the peer';
  const contentType = response.headers.get('content-type');
  if (!isJsonMediaType(contentType)) {
    await response.body?.cancel();
    throw invalid(url, 'content_type', `expected application/json, got ${contentType ?? 'no content type'}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes);
  }

  const bytes = await readCapped(response, maxBytes, url);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const why = error instanceof SyntaxError ? `body is not JSON (${error.message})` : 'body is not UTF-8';
    throw invalid(url, error instanceof SyntaxError ? 'not_json' : 'not_utf8', why, error);
  }
  const deep = excessiveNesting(data);
  if (deep !== undefined) throw invalid(url, 'too_deep', `body nests deeper than ${MAX_JSON_DEPTH} levels at ${deep}`);
  if (validate !== undefined && !validate(data)) {
    const first = validate.errors?.[0];
    const where = first ? `${first.instancePath || '/'} ${first.message ?? 'is invalid'}` : 'does not match';
    throw invalid(url, 'schema', `body does not match its schema: ${where}`, validate.errors);
  }
  return data as T;
}
