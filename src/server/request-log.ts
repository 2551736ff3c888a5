// The request id every answer carries (X-Request-ID) and the per-request log line, shared by the Express app
// and the message fast path so both answer and log alike.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from './logger.js';

const PLAIN_TOKEN = /^[A-Za-z0-9._:-]{1,64}$/;

/** A caller's request id is echoed only when it is a plain token; anything else gets a fresh one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && PLAIN_TOKEN.test(given) ? given : randomUUID();
}

/** Whether request lines are wanted at all (errors are logged by the error handler in any case). */
export function wantsRequestLines(logger: Logger): boolean {
  return !logger.enabled || logger.enabled('info');
}

/** One line per answered request, at info (error for a 5xx). */
export function logRequestLine(
  logger: Logger,
  line: { requestId: string; method: string; path: string; status: number; started: bigint; req: IncomingMessage },
): void {
  if (!wantsRequestLines(logger)) return;
  logger.log(line.status >= 500 ? 'error' : 'info', 'request', {
    request_id: line.requestId,
    method: line.method,
    path: line.path,
    status: line.status,
    ms: Number(process.hrtime.bigint() - line.started) / 1e6,
    agent: line.req.headers['x-agent-id'] ?? null,
  });
}
