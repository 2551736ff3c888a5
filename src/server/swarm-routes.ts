// The agent-to-agent routes, mounted under the base path (default /swarm): health, info, message, join.
import express, { type Request, type Router } from 'express';
import ipaddr from 'ipaddr.js';
import type { AgentInfo, Health } from '../../generated/types.js';
import { PROTOCOL_VERSION } from '../core/envelope.js';
import { advertisedVersions } from '../core/protocol.js';
import { formatTimestamp } from '../core/timestamp.js';
import { ApiError } from './api-error.js';
import { readJson } from './body.js';
import type { ServerContext } from './context.js';
import { acceptJoin } from './join.js';
import { answerMessage, limitHeaders } from './message-route.js';
import { methodNotAllowed } from './not-found.js';

const HEALTH_MESSAGES = {
  unreachable: 'database unreachable',
  failed: 'a sync of the database failed: writes are refused until the agent restarts',
} as const;

/**
 * The client as the join limit counts it: an IPv4 address (also when IPv4-mapped), or the /64 network of an IPv6
 * address, since one host commonly holds a whole /64 and could otherwise rotate through it.
 */
export function clientNetwork(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return address || 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${prefix.map((part) => part.toString(16)).join(':')}::/64`;
}

function clientAddress(req: Request): string {
  return clientNetwork(req.ip ?? req.socket.remoteAddress);
}

export function swarmRoutes(ctx: ServerContext): Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  const info: AgentInfo = {
    agent_id: ctx.identity.agentId,
    endpoint: ctx.identity.endpoint,
    public_key: ctx.identity.publicKey,
    protocol_version: PROTOCOL_VERSION,
    capabilities: ['message', 'system', 'notification'],
    metadata:
      ctx.identity.name === undefined && ctx.identity.description === undefined
        ? null
        : {
            ...(ctx.identity.name === undefined ? {} : { name: ctx.identity.name }),
            ...(ctx.identity.description === undefined ? {} : { description: ctx.identity.description }),
          },
  };
  // NEG-001: a key the reference ignores; absent when 0.2 is off, as the reference itself answers.
  const withVersions: AgentInfo = { ...info, protocol_versions: advertisedVersions(true) };

  router
    .route('/health')
    .get((_req, res) => {
      let database: 'ok' | 'unreachable' | 'failed' = 'ok';
      try {
        ctx.store.swarms.exists('00000000-0000-0000-0000-000000000000');
        if (ctx.store.writeFailure) database = 'failed';
      } catch {
        database = 'unreachable';
      }
      const body: Health = {
        status: database === 'ok' ? 'healthy' : 'degraded',
        agent_id: ctx.identity.agentId,
        protocol_version: PROTOCOL_VERSION,
        timestamp: formatTimestamp(new Date(ctx.now())),
        message: database === 'ok' ? null : HEALTH_MESSAGES[database],
        checks: { database },
      };
      res.status(database === 'ok' ? 200 : 503).json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/info')
    .get((_req, res) => {
      res.json(ctx.options.protocol.v02 ? withVersions : info);
    })
    .all(methodNotAllowed(['GET']));

  // Normally served by the fast path before Express (message-route.ts); this route answers alike when the app
  // is mounted on its own.
  router
    .route('/message')
    .post(async (req, res) => {
      const answer = await answerMessage(ctx, req, { requestId: res.locals.requestId, path: req.path });
      res.status(answer.status).set(answer.headers).json(answer.body);
      if (answer.after) setImmediate(answer.after); // [SRV-MSG-006] after the answer, never in its way
    })
    .all(methodNotAllowed(['POST']));

  router
    .route('/join')
    .post(async (req, res) => {
      if (ctx.limits.enabled) {
        const decision = ctx.limits.joins.take(clientAddress(req));
        res.set(limitHeaders(decision));
        if (!decision.allowed) {
          // The error handler sends Retry-After from retry_after.
          throw new ApiError('RATE_LIMITED', 'Too many join requests from this address', {
            retry_after: decision.resetSeconds,
            limit: decision.limit,
            scope: 'ip',
          });
        }
      }
      const body = await readJson(req, { limit: ctx.options.bodyLimit, budget: ctx.bodies });
      const answer = await acceptJoin(ctx, body);
      res.status(answer.status).json(answer.body);
    })
    .all(methodNotAllowed(['POST']));

  return router;
}
