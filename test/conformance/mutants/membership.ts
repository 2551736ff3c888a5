// Mutants that break the rules of the membership checks: who may send, as what, to whom.
import { errorCatalog } from '../../../generated/errors.js';
import type { ErrorCode, Message } from '../../../generated/types.js';
import { jsonAnswer, type ProxiedAnswer, type ProxiedRequest, queued } from '../mutant-proxy.js';
import type { Mutant } from './types.js';

/** The message a request delivers, when it is a POST to /message with a body that has a sender. */
export function messageOf(request: ProxiedRequest): Message | undefined {
  if (request.method !== 'POST' || !request.path.endsWith('/message')) return undefined;
  const body = request.json as Partial<Message> | undefined;
  return typeof body?.sender?.agent_id === 'string' ? (body as Message) : undefined;
}

/** The agent_id a join request is for. */
export function joinerOf(request: ProxiedRequest): string | undefined {
  if (request.method !== 'POST' || !request.path.endsWith('/join')) return undefined;
  const id = (request.json as { sender?: { agent_id?: unknown } } | undefined)?.sender?.agent_id;
  return typeof id === 'string' ? id : undefined;
}

export function codeOf(answer: ProxiedAnswer): string | undefined {
  const code = (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A refusal in the catalog's shape, as a broken agent would answer it. */
export function refusal(code: ErrorCode, message: string): ProxiedAnswer {
  return jsonAnswer(errorCatalog[code].status ?? 400, { error: { code, message, details: null } });
}

/** Answers `200 queued` where the agent refused a message with `code`. */
function acceptsDespite(code: ErrorCode) {
  return {
    answer: (answer: ProxiedAnswer, request: ProxiedRequest) =>
      messageOf(request) && codeOf(answer) === code ? queued(request) : answer,
  };
}

export const membershipMutants: Mutant[] = [
  {
    name: 'accepts-non-members',
    breaks: 'a message from an agent that is not a member of the swarm is stored (NOT_MEMBER becomes 200 queued)',
    mutation: acceptsDespite('NOT_MEMBER'),
    mustFail: ['membership.non-member'],
    category: 'security',
  },
  {
    name: 'ignores-agent-id-header',
    breaks: 'X-Agent-ID is never compared with the sender (the header is dropped before the agent sees it)',
    mutation: {
      request(request) {
        if (!messageOf(request)) return request;
        const { 'x-agent-id': _dropped, ...headers } = request.headers;
        return { ...request, headers };
      },
    },
    mustFail: ['membership.agent-id-header.other-member'],
    category: 'security',
  },
  {
    name: 'requires-agent-id-header',
    breaks: 'a message without X-Agent-ID is refused, though servers must not require the header',
    mutation: {
      request: (request) =>
        messageOf(request) && request.headers['x-agent-id'] === undefined
          ? refusal('AGENT_ID_MISMATCH', 'X-Agent-ID is required')
          : request,
    },
    mustFail: ['membership.agent-id-header.absent'],
    category: 'correctness',
  },
  {
    name: 'compares-endpoints-verbatim',
    breaks: 'the sender endpoint must equal the registered one byte for byte: a trailing / is a mismatch',
    mutation: {
      request: (request) =>
        messageOf(request)?.sender.endpoint.endsWith('/')
          ? refusal('ENDPOINT_MISMATCH', 'not the registered endpoint')
          : request,
    },
    mustFail: ['membership.endpoint.trailing-slash'],
    category: 'correctness',
  },
  {
    name: 'ignores-recipient',
    breaks: 'a message addressed to another agent is stored (WRONG_RECIPIENT becomes 200 queued)',
    mutation: acceptsDespite('WRONG_RECIPIENT'),
    mustFail: ['membership.recipient.other-member'],
    category: 'security',
  },
  {
    name: 'takes-broadcasts-only',
    breaks: 'only broadcasts are taken: a message addressed to the agent by its own id is refused WRONG_RECIPIENT',
    mutation: {
      request: (request) => {
        const recipient = messageOf(request)?.recipient;
        return recipient !== undefined && recipient !== 'broadcast'
          ? refusal('WRONG_RECIPIENT', 'only broadcasts are taken')
          : request;
      },
    },
    mustFail: ['membership.recipient.self'],
    category: 'correctness',
  },
];
