// The suite's own live endpoint (`--listen`): an HTTPS server under which every identity of the run lives, at
// `<advertise>/<agent_id>`. It records every request the agent under test sends there (the member_joined
// fan-out, broadcasts, anything else) and answers as a quiet member would: 200 queued to messages, the
// identity's AgentInfo to /info, healthy to /health. It decides nothing; the checks judge what it recorded.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorCatalog } from '../../generated/errors.js';
import type { AgentInfo, ErrorCode } from '../../generated/types.js';
import { PROTOCOL_VERSION } from '../core/envelope.js';
import { stripTrailingSlashes } from '../core/peer.js';
import { formatTimestamp } from '../core/timestamp.js';
import { listen } from '../server/listen.js';
import { createArrivals } from './arrivals.js';
import type { Identity, Listener, Received } from './model.js';

export interface ListenerOptions {
  host: string;
  /** 0 picks a free port (then `advertise` is usually left out). */
  port: number;
  /** The base URL identities are given, e.g. `https://suite.example:9443/conformance`; default the bound origin. */
  advertise?: string;
  /** PEM certificate (chain) of the server; the agent under test must trust it. */
  cert: string;
  /** PEM private key of `cert`. */
  key: string;
  /** The AgentInfo GET <base>/<agent_id>/info answers with; without it (or for an unknown id) /info is 404. */
  infoFor?: (agentId: string) => AgentInfo | undefined;
  /** Largest body recorded whole; a larger one is refused 413 and recorded without its body. Default 1 MiB. */
  maxBodyBytes?: number;
}

export interface SuiteListener extends Listener {
  /** Where the server is bound, e.g. `https://127.0.0.1:40123`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** The AgentInfo an identity of the suite shows at its /info. */
export function agentInfoOf(identity: Identity): AgentInfo {
  return {
    agent_id: identity.agentId,
    endpoint: identity.endpoint,
    public_key: identity.publicKey,
    protocol_version: PROTOCOL_VERSION,
    capabilities: ['message', 'system', 'notification'],
    metadata: { name: identity.agentId, description: 'an identity of the swarm conformance suite' },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, errorCatalog[code].status ?? 500, { error: { code, message, details: null } });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `/<agent_id>/<route>` under the base, or undefined for any other path. */
function route(path: string): { agentId: string; name: string } | undefined {
  const match = /^\/([^/]+)\/([a-z]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return { agentId: decodeURIComponent(match[1] as string), name: match[2] as string };
  } catch {
    return undefined;
  }
}

/** Starts the listener; the identities of a run that is given it live under `advertise`. */
export async function startListener(options: ListenerOptions): Promise<SuiteListener> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const arrivals = createArrivals<Received>();
  let basePath = '';

  const record = (entry: Received) => arrivals.record(entry);

  const answer = (req: IncomingMessage, res: ServerResponse, path: string, body: unknown) => {
    const target = route(path);
    const method = req.method ?? 'GET';
    if (!target) return sendError(res, 'ROUTE_NOT_FOUND', `No route ${method} ${path} under the suite's endpoint`);
    const allowed = target.name === 'info' || target.name === 'health' ? 'GET' : 'POST';
    if (!['message', 'join', 'info', 'health'].includes(target.name)) {
      return sendError(res, 'ROUTE_NOT_FOUND', `No route ${path}`);
    }
    if (method !== allowed) return sendError(res, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`);
    switch (target.name) {
      case 'message': {
        const id = (body as { message_id?: unknown } | undefined)?.message_id;
        return sendJson(res, 200, { status: 'queued', message_id: typeof id === 'string' ? id : randomUUID() });
      }
      case 'join':
        // The suite's identities master no swarm: nobody can join through them.
        return sendError(res, 'NOT_MASTER', `${target.agentId} is not the master of any swarm`);
      case 'info': {
        const info = options.infoFor?.(target.agentId);
        return info ? sendJson(res, 200, info) : sendError(res, 'ROUTE_NOT_FOUND', `No agent ${target.agentId} here`);
      }
      default:
        return sendJson(res, 200, {
          status: 'healthy',
          agent_id: target.agentId,
          protocol_version: PROTOCOL_VERSION,
          timestamp: formatTimestamp(new Date()),
          message: 'the swarm conformance suite is listening',
        });
    }
  };

  const running = await listen(
    (req, res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size <= maxBodyBytes) chunks.push(chunk);
      });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'https://listener.invalid');
        const full = url.pathname;
        const path = basePath !== '' && full.startsWith(`${basePath}/`) ? full.slice(basePath.length) : full;
        const inBase = basePath === '' || full.startsWith(`${basePath}/`);
        const body = size > maxBodyBytes ? undefined : parseJson(Buffer.concat(chunks).toString('utf8'));
        record({ path, headers: { ...req.headers }, body, at: Date.now() });
        if (size > maxBodyBytes) return sendError(res, 'PAYLOAD_TOO_LARGE', `Bodies above ${maxBodyBytes} bytes`);
        if (!inBase) return sendError(res, 'ROUTE_NOT_FOUND', `No route ${full}`);
        answer(req, res, path, body);
      });
    },
    { host: options.host, port: options.port, tls: { cert: options.cert, key: options.key } },
  );
  const advertise = stripTrailingSlashes(options.advertise ?? running.origin);
  basePath = stripTrailingSlashes(new URL(advertise).pathname);

  return {
    advertise,
    origin: running.origin,
    get received() {
      return arrivals.list;
    },
    waitFor: (match, timeoutMs) => arrivals.waitFor(match, timeoutMs),
    async close() {
      arrivals.close();
      await running.close(1_000);
    },
  };
}
