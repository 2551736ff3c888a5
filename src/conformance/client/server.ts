// The suite's one HTTPS server in client mode: every agent of its swarm lives under it at `/<agent_id>`, with the
// four swarm routes. It records every request the implementation under test sends (its client's deliveries and
// joins, its server's /info fetches) with the raw body, and answers as the swarm would: the master admits joins,
// members queue messages (the 0.2 member verifies and opens them first), /info describes the agent. A stage may prime an agent to answer a delivery otherwise
// (503 with Retry-After, 400) to see what the implementation does next.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorCatalog } from '../../../generated/errors.js';
import type { ErrorCode } from '../../../generated/types.js';
import { PROTOCOL_VERSION } from '../../core/envelope.js';
import type { OpenResult } from '../../core/sealed.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { listen } from '../../server/listen.js';
import { createArrivals } from '../arrivals.js';
import type { Arrival } from './model.js';
import type { Reply, SuiteSwarm } from './swarm.js';

/** A reply with headers of its own (e.g. Retry-After), and what a sealed message gave the agent that opened it. */
export type HeadedReply = Reply & { headers?: Record<string, string>; opened?: OpenResult };

/** Answers a delivery to one agent instead of the default 200, or passes (undefined). */
export type Primer = (request: { json: unknown; text: string }) => HeadedReply | undefined;

export interface SuiteServer {
  /** Where it is bound, e.g. `https://127.0.0.1:40123`: the agents' endpoints are `<origin>/<agent_id>`. */
  readonly origin: string;
  readonly arrivals: readonly Arrival[];
  /** The swarm it serves; set once the origin is known (the agents' endpoints depend on it). */
  attach(swarm: SuiteSwarm): void;
  prime(agentId: string, primer: Primer): void;
  unprime(agentId: string): void;
  /** Resolves with the first arrival (past or future) that matches, or undefined after `timeoutMs`. */
  waitFor(match: (arrival: Arrival) => boolean, timeoutMs: number): Promise<Arrival | undefined>;
  close(): Promise<void>;
}

/** The largest body recorded; the protocol has no use for more, and a suite must not be made to hold more. */
const MAX_BODY_BYTES = 1024 * 1024;

function errorReply(code: ErrorCode, message: string): Reply {
  return { status: errorCatalog[code].status ?? 500, body: { error: { code, message, details: null } } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function targetOf(path: string): Arrival['target'] {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return { agentId: decodeURIComponent(match[1] as string), route: match[2] as string };
  } catch {
    return undefined;
  }
}

/** `503 SERVICE_UNAVAILABLE (Retry-After: 2)`, `200 accepted`, `200`. */
function summarize(reply: Reply, headers: Record<string, string>): string {
  const body = reply.body as { error?: { code?: string }; status?: string } | undefined;
  const what = body?.error?.code ?? body?.status ?? '';
  const retry = headers['Retry-After'] ? ` (Retry-After: ${headers['Retry-After']})` : '';
  return `${reply.status}${what ? ` ${what}` : ''}${retry}`;
}

export async function startSuiteServer(options: {
  host: string;
  port: number;
  cert: string;
  key: string;
  now?: () => number;
}): Promise<SuiteServer> {
  const now = options.now ?? Date.now;
  const arrived = createArrivals<Arrival>();
  const primers = new Map<string, Primer>();
  let swarm: SuiteSwarm | undefined;

  const route = (method: string, path: string, json: unknown, text: string): HeadedReply => {
    const target = targetOf(path);
    const agent = target && swarm?.byId(target.agentId);
    if (!target || !agent || !swarm) return errorReply('ROUTE_NOT_FOUND', `No agent of the suite at ${path}`);
    const allowed = target.route === 'info' || target.route === 'health' ? 'GET' : 'POST';
    if (!['message', 'join', 'info', 'health'].includes(target.route)) {
      return errorReply('ROUTE_NOT_FOUND', `No route ${path}`);
    }
    if (method !== allowed) return errorReply('METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`);
    switch (target.route) {
      case 'join':
        return swarm.admit(target.agentId, json);
      case 'message': {
        const primed = primers.get(target.agentId)?.({ json, text });
        if (primed) return primed;
        const { reply, opened } = swarm.receive(target.agentId, json);
        return opened ? { ...reply, opened } : reply;
      }
      case 'info': {
        const info = swarm.info(target.agentId);
        return info ? { status: 200, body: info } : errorReply('ROUTE_NOT_FOUND', `No agent ${target.agentId}`);
      }
      default:
        return {
          status: 200,
          body: {
            status: 'healthy',
            agent_id: target.agentId,
            protocol_version: PROTOCOL_VERSION,
            timestamp: formatTimestamp(new Date(now())),
            message: null,
          },
        };
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse, text: string, tooLarge: boolean) => {
    const at = now();
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'https://suite.invalid').pathname;
    const json = tooLarge ? undefined : parseJson(text);
    const reply: HeadedReply = tooLarge
      ? errorReply('PAYLOAD_TOO_LARGE', `Bodies above ${MAX_BODY_BYTES} bytes`)
      : route(method, path, json, text);
    const headers = { 'Content-Type': 'application/json', ...(reply.headers ?? {}) };
    const body = JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    const arrival: Arrival = {
      seq: arrived.list.length + 1,
      method,
      path,
      ...(targetOf(path) ? { target: targetOf(path) } : {}),
      headers: { ...req.headers },
      text,
      json,
      at,
      answeredAt: now(),
      status: reply.status,
      answer: summarize(reply, headers),
      ...(reply.opened ? { opened: reply.opened } : {}),
    };
    arrived.record(arrival);
  };

  const running = await listen(
    (req, res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8'), size > MAX_BODY_BYTES));
    },
    { host: options.host, port: options.port, tls: { cert: options.cert, key: options.key } },
  );

  return {
    origin: running.origin,
    arrivals: arrived.list,
    attach(value) {
      swarm = value;
    },
    prime(agentId, primer) {
      primers.set(agentId, primer);
    },
    unprime(agentId) {
      primers.delete(agentId);
    },
    waitFor: (match, timeoutMs) => arrived.waitFor(match, timeoutMs),
    async close() {
      arrived.close();
      await running.close(1_000);
    },
  };
}
