// POST {basePath}/message, the hot path. The answer is computed once, by `answerMessage`, for both ways in:
// the Express route, and `messageFastPath`, which the request handler tries before Express. The fast path
// exists because Express's routing alone (prototype swaps, layer matching, res.json) costs more CPU per
// request than verifying and durably storing the message; it answers with the same status, headers and
// body, and logs the same line, as the Express route would.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ErrorBody, MessageQueued } from '../../generated/types.js';
import { JSON_TYPE, retryAfterSeconds } from './api-error.js';
import { readJsonText } from './body.js';
import type { ServerContext } from './context.js';
import { errorAnswer } from './error-handler.js';
import { acceptMessage } from './message.js';
import type { LimitDecision } from './rate-limit.js';
import { logRequestLine, requestIdOf, wantsRequestLines } from './request-log.js';

export interface MessageAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: MessageQueued | ErrorBody;
  /** Work to run once the answer has left: waking the agent, fetching a new member's key. */
  after?: () => void;
}

const NO_HEADERS: OutgoingHttpHeaders = Object.freeze({});

export function limitHeaders(decision: LimitDecision | undefined): OutgoingHttpHeaders {
  if (!decision) return NO_HEADERS;
  return {
    'X-RateLimit-Limit': decision.limit,
    'X-RateLimit-Remaining': decision.remaining,
    'X-RateLimit-Reset': decision.resetSeconds,
  };
}

/** Reads, checks and stores one message; never throws: a refusal is an answer in the catalog's shape. */
export async function answerMessage(
  ctx: ServerContext,
  req: IncomingMessage,
  request: { requestId: string; path: string },
): Promise<MessageAnswer> {
  try {
    const { body, text } = await readJsonText(req, { limit: ctx.options.bodyLimit, budget: ctx.bodies });
    const accepted = await acceptMessage(ctx, body, req.headers, text);
    return { status: 200, headers: limitHeaders(accepted.limit), body: accepted.body, after: accepted.after };
  } catch (error) {
    const answer = errorAnswer(ctx.logger, error, request);
    const retryAfter = retryAfterSeconds(answer);
    if (retryAfter === undefined) return { status: answer.status, headers: NO_HEADERS, body: answer.toBody() };
    const headers: OutgoingHttpHeaders = { 'Retry-After': retryAfter };
    if (answer.code === 'RATE_LIMITED') {
      Object.assign(
        headers,
        limitHeaders({
          allowed: false,
          limit: answer.details?.limit as number,
          remaining: 0,
          resetSeconds: retryAfter,
        }),
      );
    }
    return { status: answer.status, headers, body: answer.toBody() };
  }
}

/**
 * A request listener's first step: serves POST {basePath}/message (with or without a trailing slash, any query)
 * straight on node:http and returns true, or returns false and leaves the request to Express.
 */
export function messageFastPath(ctx: ServerContext): (req: IncomingMessage, res: ServerResponse) => boolean {
  const route = `${ctx.options.basePath.replace(/\/+$/, '')}/message`;
  const withSlash = `${route}/`;
  return (req, res) => {
    if (req.method !== 'POST') return false;
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path !== route && path !== withSlash) return false;
    void serve(ctx, req, res, path);
    return true;
  };
}

async function serve(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const started = wantsRequestLines(ctx.logger) ? process.hrtime.bigint() : 0n;
  const requestId = requestIdOf(req);
  const answer = await answerMessage(ctx, req, { requestId, path });
  const text = JSON.stringify(answer.body);
  // A flat name-value list: writeHead takes it as is, where an object literal with a spread costs V8 a slow path.
  const head: (string | number)[] = ['X-Request-ID', requestId];
  for (const name in answer.headers) head.push(name, answer.headers[name] as string | number);
  head.push('Content-Type', JSON_TYPE, 'Content-Length', Buffer.byteLength(text));
  res.writeHead(answer.status, head);
  res.end(text);
  logRequestLine(ctx.logger, { requestId, method: 'POST', path, status: answer.status, started, req });
  if (answer.after) setImmediate(answer.after); // [SRV-MSG-006] after the answer, never in its way
}
