// Requests to a peer's swarm routes through the generated peer client: bodies capped, answers validated with
// the generated validators, failures turned into catalog codes. Like the reference transport (WIRE.md §7.10), a
// request is retried on 408, 5xx and network failures, never on a 429 or another refusal.
import { createPeerApiClient, type PeerApiClient } from '../../generated/client.js';
import type { AgentInfo, Health, JoinAccepted, JoinPending, JoinRequest } from '../../generated/types.js';
import { validateAgentInfo } from '../../generated/validators/AgentInfo.js';
import { validateHealth } from '../../generated/validators/Health.js';
import { validateJoinAccepted } from '../../generated/validators/JoinAccepted.js';
import { validateJoinPending } from '../../generated/validators/JoinPending.js';
import { PROTOCOL_VERSION } from '../core/envelope.js';
import { excessiveNesting } from '../core/json-depth.js';
import { protocolHeaders, stripTrailingSlashes } from '../core/peer.js';
import { readJsonResponse } from '../transport/response.js';
import { type BackoffOptions, backoffDelay, classifyOutcome } from '../transport/retry.js';
import type { TransportFetch } from '../transport/transport.js';
import { type ClientError, type ClientResult, errorFromAnswer, errorFromThrown, fail, ok } from './result.js';

/** Error bodies are only read for their code: 64 KiB is plenty and bounds what a hostile peer makes us buffer. */
const MAX_ERROR_BYTES = 64 * 1024;

export interface PeerRequestOptions {
  fetch: TransportFetch;
  /** Our agent id, sent as X-Agent-ID. */
  agentId: string;
  /** Attempts per request, retries included; default 3 (the reference's). */
  attempts?: number;
  backoff?: BackoffOptions;
}

/** Reads at most `maxBytes` of a body (the rest is dropped): enough to find an error code. */
export async function readBodyPrefix(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks);
      chunks.push(value);
      size += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // A body cut short is still an answer: its status decides.
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

/** `bytes` parsed as JSON, boxed so that a document `null` is told from bytes that are not JSON (undefined). */
function parseJson(bytes: Uint8Array): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return undefined;
  }
}

/** The JSON of an error answer, or undefined when it is not JSON or nests too deep to be handled safely. */
export async function readJsonPrefix(response: Response): Promise<unknown> {
  const parsed = parseJson(await readBodyPrefix(response, MAX_ERROR_BYTES));
  return parsed && excessiveNesting(parsed.json) === undefined ? parsed.json : undefined;
}

// openapi-fetch reads an error body whole; this hands it a copy cut to MAX_ERROR_BYTES instead.
function boundedFetch(fetch: TransportFetch): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await fetch(request);
    if (response.status < 400) return response;
    const body = await readBodyPrefix(response, MAX_ERROR_BYTES);
    // JSON nested too deep to be handled safely is dropped: the status alone then says what happened.
    const parsed = parseJson(body);
    const usable = body.byteLength > 0 && (parsed === undefined || excessiveNesting(parsed.json) === undefined);
    return new Response(usable ? body : null, {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
  };
}

/** An endpoint that is not a URL at all: refused like the transport refuses one (PEER_UNREACHABLE, final). */
function unusableEndpoint(endpoint: string): { error: ClientError } | undefined {
  if (typeof endpoint === 'string' && URL.canParse(stripTrailingSlashes(endpoint))) return undefined;
  return fail('PEER_UNREACHABLE', `Not a valid endpoint URL: ${String(endpoint)}`);
}

export function peerClient(endpoint: string, fetch: TransportFetch): PeerApiClient {
  return createPeerApiClient({ baseUrl: stripTrailingSlashes(endpoint), fetch: boundedFetch(fetch) });
}

type Answer = { data?: unknown; error?: unknown; response: Response };

/** Runs `call` with the retry policy; the last answer (or failure) decides. */
async function withRetries<T>(
  options: PeerRequestOptions,
  call: () => Promise<Answer>,
  accept: (answer: Answer) => Promise<ClientResult<T>>,
  /** Turns an error status into a result when its body is a valid answer after all (a degraded Health). */
  acceptError?: (status: number, body: unknown) => ClientResult<T> | undefined,
): Promise<ClientResult<T>> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    let answer: Answer;
    try {
      answer = await call();
    } catch (error) {
      const outcome = classifyOutcome({ error });
      if (outcome.kind === 'retry' && attempt < attempts) {
        await sleep(backoffDelay(attempt - 1, options.backoff));
        continue;
      }
      return { error: errorFromThrown(error) };
    }
    const { status } = answer.response;
    if (status >= 200 && status < 300) {
      try {
        return await accept(answer);
      } catch (error) {
        return { error: errorFromThrown(error) };
      }
    }
    const accepted = acceptError?.(status, answer.error);
    if (accepted) return accepted;
    const outcome = classifyOutcome({ status, headers: answer.response.headers, body: answer.error });
    if (outcome.kind === 'retry' && attempt < attempts) {
      await sleep(backoffDelay(attempt - 1, options.backoff));
      continue;
    }
    const error = errorFromAnswer(status, answer.error);
    if (outcome.retryAfterMs !== undefined) error.details = { ...error.details, retry_after_ms: outcome.retryAfterMs };
    return { error };
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// GETs carry the protocol headers but no Content-Type.
const getHeaders = (agentId: string) => ({ 'X-Agent-ID': agentId, 'X-Swarm-Protocol': PROTOCOL_VERSION });

/** GET <endpoint>/info, validated; the caller checks that it names the agent it expected. */
export async function requestInfo(endpoint: string, options: PeerRequestOptions): Promise<ClientResult<AgentInfo>> {
  const unusable = unusableEndpoint(endpoint);
  if (unusable) return unusable;
  const client = peerClient(endpoint, options.fetch);
  return withRetries(
    options,
    () => client.GET('/info', { headers: getHeaders(options.agentId), parseAs: 'stream' }),
    async ({ response }) => ok(await readJsonResponse(response, validateAgentInfo)),
  );
}

/** GET <endpoint>/health. A 503 carrying a valid Health body is an answer too (`degraded`), not an error. */
export async function requestHealth(endpoint: string, options: PeerRequestOptions): Promise<ClientResult<Health>> {
  const unusable = unusableEndpoint(endpoint);
  if (unusable) return unusable;
  const client = peerClient(endpoint, options.fetch);
  return withRetries(
    options,
    () => client.GET('/health', { headers: getHeaders(options.agentId), parseAs: 'stream' }),
    async ({ response }) => ok(await readJsonResponse(response, validateHealth)),
    (status, body) => (status === 503 && validateHealth(body) ? ok(body) : undefined),
  );
}

export type JoinAnswer = { status: 200; body: JoinAccepted } | { status: 202; body: JoinPending };

/** POST <token endpoint>/join with the prepared body. */
export async function postJoin(
  endpoint: string,
  body: JoinRequest,
  options: PeerRequestOptions,
): Promise<ClientResult<JoinAnswer>> {
  const unusable = unusableEndpoint(endpoint);
  if (unusable) return unusable;
  const client = peerClient(endpoint, options.fetch);
  return withRetries<JoinAnswer>(
    options,
    () => client.POST('/join', { body, headers: protocolHeaders(options.agentId), parseAs: 'stream' }),
    async ({ response }) => {
      if (response.status === 200) {
        return ok({ status: 200, body: await readJsonResponse(response, validateJoinAccepted) });
      }
      if (response.status === 202) {
        return ok({ status: 202, body: await readJsonResponse(response, validateJoinPending) });
      }
      await response.body?.cancel();
      return fail('INVALID_RESPONSE', `Unexpected HTTP ${response.status} answer to a join`, {
        status: response.status,
      });
    },
  );
}
