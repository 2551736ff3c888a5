// The outbound HTTP layer shared by the client, the delivery worker and the CLI: one undici Agent (a keep-alive
// pool per origin) behind a fetch-compatible function, so openapi-fetch clients and hand-written calls share
// connections, timeouts, protocol headers and error classification.
import { createSecureContext } from 'node:tls';
import { Agent, type BodyInit as UndiciBody, fetch as undiciFetch } from 'undici';
import { trustedCas } from './ca.js';
import { toTransportError } from './classify.js';
import { TransportError } from './errors.js';
import { checkPeerUrl } from './url.js';

export const PROTOCOL_VERSION = '0.1.0';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECTIONS_PER_ORIGIN = 16;

export interface TransportOptions {
  /** A PEM file of extra CAs trusted besides the system roots (`client.ca_file`). */
  caFile?: string;
  /** The same, given as PEM text. */
  caPem?: string;
  /** Per-request timeout, connect to last body byte (`client.timeout_ms`); default 10 s. */
  timeoutMs?: number;
  /** Allow plain `http://` to loopback hosts (`client.allow_http_loopback`); never to other hosts. */
  allowHttpLoopback?: boolean;
  /** Keep-alive connections per origin; default 16. */
  connectionsPerOrigin?: number;
  /** Sent as `X-Agent-ID` on every request. */
  agentId?: string;
}

/** Same call shape as the global fetch: hand it to openapi-fetch's `createClient({ fetch })`. */
export type TransportFetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface Transport {
  readonly fetch: TransportFetch;
  /** Closes the pooled connections; later requests fail with CANCELLED. */
  close(): Promise<void>;
}

function checkInteger(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function createTransport(options: TransportOptions = {}): Transport {
  const timeoutMs = checkInteger(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'timeoutMs', 1, 600_000);
  const connections = checkInteger(
    options.connectionsPerOrigin ?? DEFAULT_CONNECTIONS_PER_ORIGIN,
    'connectionsPerOrigin',
    1,
    1024,
  );
  const allowHttpLoopback = options.allowHttpLoopback === true;
  const agentId = options.agentId;
  const ca = trustedCas(options);
  // One secure context for every connection: passing `ca` per connection makes Node parse the whole root
  // store again for each new peer (tens of ms of CPU each), which dominated a first broadcast.
  const secureContext = ca === undefined ? undefined : createSecureContext({ ca });
  const agent = new Agent({
    connections,
    // undici's own timers back up the per-request AbortSignal for the phases they cover.
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: {
      ...(secureContext === undefined ? {} : { secureContext }),
      timeout: timeoutMs,
      // Explicit so that NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment cannot switch verification off:
      // certificate failures fail closed, and there is deliberately no option to disable them.
      rejectUnauthorized: true,
    },
  });
  let closed = false;

  async function transportFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    // Duck-typed: a Request from another fetch implementation (undici's own, say) is not a global Request.
    const request = typeof input === 'object' && !(input instanceof URL) ? input : undefined;
    const url = checkPeerUrl(request?.url ?? String(input), allowHttpLoopback);
    if (closed) throw new TransportError('CANCELLED', 'transport_closed', `Transport closed: ${url.href}`, url.href);

    const headers = new Headers(request?.headers);
    for (const [name, value] of new Headers(init?.headers)) headers.set(name, value);
    // A caller that names its version keeps it: a 0.2 envelope goes with X-Swarm-Protocol: 0.2.0 (HDR-001: the
    // header matches the body); every other request says 0.1.0.
    if (!headers.has('x-swarm-protocol')) headers.set('x-swarm-protocol', PROTOCOL_VERSION);
    if (agentId !== undefined) headers.set('x-agent-id', agentId);

    const method = init?.method ?? request?.method ?? 'GET';
    // openapi-fetch hands over a global Request, which undici's own fetch does not accept as input; the body is
    // read into memory (our bodies are small JSON) so it is sent with a Content-Length, not chunked.
    const body = init?.body ?? (request?.body ? await request.arrayBuffer() : undefined);
    const signals = [AbortSignal.timeout(timeoutMs), init?.signal, request?.signal].filter(
      (signal): signal is AbortSignal => signal instanceof AbortSignal,
    );

    try {
      const response = await undiciFetch(url, {
        method,
        headers: [...headers],
        body: body as UndiciBody | undefined,
        signal: AbortSignal.any(signals),
        dispatcher: agent,
        // A redirect is answered to the caller, not followed: following could carry a signed message to
        // another host or down to plain http, around the scheme rule above.
        redirect: 'manual',
      });
      return response as unknown as Response;
    } catch (error) {
      throw toTransportError(error, url.href, { timeoutMs });
    }
  }

  return {
    fetch: transportFetch,
    async close() {
      closed = true;
      await agent.close();
    },
  };
}
