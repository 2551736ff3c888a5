// A mutant agent made of a real one: an HTTPS proxy on loopback in front of our agent that breaks one rule by
// rewriting what passes through. The agent behind it stays correct; only what the suite sees is broken, which is
// all a conformance check can judge.
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, fetch } from 'undici';
import { testPki } from '../helpers/tls.js';

export interface ProxiedRequest {
  method: string;
  /** Path under the proxy's origin, e.g. `/swarm/message`. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
}

export interface ProxiedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
}

export interface Mutation {
  /** Rewrites a request before it reaches the agent; return a ProxiedAnswer to answer without the agent. */
  request?(request: ProxiedRequest): ProxiedRequest | ProxiedAnswer | undefined;
  /** Rewrites the agent's answer. */
  answer?(answer: ProxiedAnswer, request: ProxiedRequest): ProxiedAnswer;
}

export interface MutantProxy {
  /** The proxy's swarm base URL: the agent's path under the proxy's origin. */
  endpoint: string;
  close(): Promise<void>;
}

const dispatcher = new Agent({ connect: { ca: testPki().caPem } });

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An answer in the catalog's shape, for mutants that answer themselves. */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): ProxiedAnswer {
  const text = JSON.stringify(body);
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: text, json: body };
}

/** `200 queued` for the message in `request`, as if the agent had stored it. */
export function queued(request: ProxiedRequest): ProxiedAnswer {
  const id = (request.json as { message_id?: unknown } | undefined)?.message_id;
  return jsonAnswer(200, {
    status: 'queued',
    message_id: typeof id === 'string' ? id : '00000000-0000-4000-8000-000000000000',
  });
}

function isAnswer(value: ProxiedRequest | ProxiedAnswer): value is ProxiedAnswer {
  return 'status' in value;
}

/**
 * Starts a proxy to `agentEndpoint` (e.g. `https://127.0.0.1:1234/swarm`). Invite tokens name the agent's own
 * endpoint, so joins through the proxy still reach the same agent.
 */
export async function startMutantProxy(agentEndpoint: string, mutation: Mutation): Promise<MutantProxy> {
  const target = new URL(agentEndpoint);
  const pki = testPki();
  const server = createServer({ cert: pki.certPem, key: pki.keyPem, maxHeaderSize: 64 * 1024 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const original: ProxiedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: text,
        json: parse(text),
      };
      try {
        const rewritten = mutation.request?.(original) ?? original;
        let answer: ProxiedAnswer;
        if (isAnswer(rewritten)) {
          answer = rewritten;
        } else {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(rewritten.headers)) {
            if (value === undefined || ['host', 'content-length', 'connection', 'transfer-encoding'].includes(name))
              continue;
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          const response = await fetch(`${target.origin}${rewritten.path}`, {
            method: rewritten.method,
            headers,
            body: rewritten.method === 'GET' || rewritten.method === 'HEAD' ? undefined : rewritten.body,
            dispatcher,
          });
          const body = await response.text();
          const answerHeaders: Record<string, string> = {};
          response.headers.forEach((value, name) => {
            if (!['content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(name))
              answerHeaders[name] = value;
          });
          answer = { status: response.status, headers: answerHeaders, body, json: parse(body) };
        }
        // A request the mutant answered itself reaches answer() as it came in.
        const final = mutation.answer ? mutation.answer(answer, isAnswer(rewritten) ? original : rewritten) : answer;
        res.writeHead(final.status, final.headers);
        res.end(final.body);
      } catch (error) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`proxy: ${(error as Error).message}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
