// Mutants that break the rules of the robustness checks: the stranger refusals' shape, the fuzz and the rate limits.
import { validateMessage } from '../../../generated/validators/Message.js';
import { excessiveNesting } from '../../../src/core/json-depth.js';
import { jsonAnswer, type ProxiedAnswer, type ProxiedRequest, queued } from '../mutant-proxy.js';
import type { Mutant } from './types.js';

function isMessagePost(request: ProxiedRequest): boolean {
  return request.method === 'POST' && /\/message\/?(\?|$)/.test(request.path);
}

/** The keyword of the first schema fault of a posted message, or undefined when it is valid (or not JSON). */
function firstFault(request: ProxiedRequest): string | undefined {
  if (!isMessagePost(request) || request.json === undefined || validateMessage(request.json)) return undefined;
  return validateMessage.errors?.[0]?.keyword ?? 'invalid';
}

/** What a crashed handler sends: the reference's unhandled-exception page. */
const CRASH: ProxiedAnswer = {
  status: 500,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Internal Server Error',
  json: undefined,
};

/** Messages a mutant agent has seen, for the one that degrades under load. */
let messagesSeen = 0;

export const robustnessMutants: Mutant[] = [
  {
    name: 'crashes-on-deep-body',
    breaks: 'a body nested deeper than 50 levels (legal up to 100) crashes the handler with a 500',
    mutation: {
      request: (request) =>
        request.method === 'POST' && request.json !== undefined && excessiveNesting(request.json, 50) ? CRASH : request,
    },
    mustFail: ['stranger.message.too-deep', 'fuzz.answers'],
    category: 'correctness',
  },
  {
    name: 'accepts-schema-invalid',
    breaks: 'a message whose first schema fault is an enum or a length limit is answered 200 without checking',
    mutation: {
      request: (request) =>
        ['enum', 'maxLength', 'minLength', 'maxItems', 'maxProperties'].includes(firstFault(request) ?? '')
          ? queued(request)
          : request,
    },
    mustFail: ['fuzz.schema'],
    category: 'security',
  },
  {
    name: 'fastapi-error-shape',
    breaks: 'errors keep their status but come as {"detail": "..."}, FastAPI style, instead of the ErrorBody shape',
    mutation: {
      answer: (answer) => {
        if (answer.status < 400) return answer;
        const message = (answer.json as { error?: { message?: unknown } } | undefined)?.error?.message;
        return jsonAnswer(answer.status, { detail: typeof message === 'string' ? message : 'error' });
      },
    },
    mustFail: ['stranger.message.invalid-json', 'stranger.message.schema', 'stranger.route.unknown', 'fuzz.answers'],
    category: 'format',
  },
  {
    name: 'drops-connection-on-wrong-type',
    breaks:
      'a message with a value of the wrong JSON type (a number where a string goes) drops the connection mid-answer',
    mutation: {
      request: (request) =>
        firstFault(request) === 'type'
          ? {
              // Promises more than it sends, then closes: the client sees the connection end mid-body.
              status: 400,
              headers: { 'content-type': 'application/json', 'content-length': '4096', connection: 'close' },
              body: '{"error":',
              json: undefined,
            }
          : request,
    },
    mustFail: ['fuzz.answers'],
    category: 'correctness',
  },
  {
    name: 'degrades-under-fuzz',
    breaks: 'after 40 messages the agent reports itself degraded (503), as one whose database gave way would',
    mutation: {
      request: (request) => {
        if (isMessagePost(request)) messagesSeen += 1;
        if (request.method !== 'GET' || !request.path.endsWith('/health') || messagesSeen <= 40) return request;
        return jsonAnswer(503, {
          status: 'degraded',
          agent_id: 'agent-under-test',
          protocol_version: '0.1.0',
          timestamp: new Date().toISOString(),
          message: 'database unreachable',
        });
      },
    },
    mustFail: ['fuzz.healthy-after'],
    category: 'correctness',
  },
  {
    name: 'retry-after-epoch',
    breaks:
      "a 429's Retry-After (and details.retry_after) is the absolute Unix time to retry at, as the reference sends it",
    mutation: {
      answer: (answer) => {
        if (answer.status !== 429) return answer;
        const delay = Number(answer.headers['retry-after'] ?? '1');
        const at = Math.floor(Date.now() / 1000) + delay;
        const body = answer.json as { error: { details: Record<string, unknown> | null } };
        body.error.details = { ...body.error.details, retry_after: at };
        return jsonAnswer(429, body, { 'retry-after': String(at) });
      },
    },
    mustFail: ['rate-limits.retry-after'],
    category: 'correctness',
    agent: { rateLimits: true },
    run: { rateLimits: true },
  },
  {
    name: 'never-rate-limits',
    breaks: 'a burst of messages from one member is never refused 429 (the agent stores what it is sent, however fast)',
    // The 429s of the real agent are turned into 200 queued, as an agent without limits would answer.
    mutation: { answer: (answer, request) => (answer.status === 429 ? queued(request) : answer) },
    mustFail: ['rate-limits.message'],
    category: 'correctness',
    agent: { rateLimits: true },
    // SRV-RL-001 is a SHOULD: only a strict run fails on it.
    run: { rateLimits: true, strict: true },
  },
];
