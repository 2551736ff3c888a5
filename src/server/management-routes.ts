// The local management API under /api: inbox, outbox and wake, behind the bearer token. Requests are
// checked by express-openapi-validator against the bundled spec; its cost does not matter here.
import express, { type Router } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { InboxBatchRequest, InboxStatus, OutboxStatus, WakeRequest } from '../../generated/types.js';
import type { InboxTarget } from '../state/inbox.js';
import { toInboxItem, toOutboxItem } from '../state/items.js';
import { ApiError } from './api-error.js';
import { managementAuth } from './auth.js';
import type { ServerContext } from './context.js';
import { managementSpec } from './spec.js';

const TARGET: Record<'read' | 'archive' | 'delete', InboxTarget> = {
  read: 'read',
  archive: 'archived',
  delete: 'deleted',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function managementRoutes(ctx: ServerContext): Router {
  const router = express.Router({ caseSensitive: true });
  const { store } = ctx;
  router.use(managementAuth(ctx.options.management));
  router.use(express.json({ limit: ctx.options.bodyLimit }));
  router.use(
    OpenApiValidator.middleware({
      apiSpec: managementSpec() as never,
      validateRequests: { allowUnknownQueryParameters: false, coerceTypes: true },
      validateResponses: false,
      validateSecurity: false,
      ignoreUndocumented: false,
    }),
  );

  router.get('/inbox', (req, res) => {
    const status = (text(req.query.status) ?? 'unread') as InboxStatus | 'all';
    const messages = store.inbox
      .list({
        status,
        swarmId: text(req.query.swarm_id)?.toLowerCase(),
        senderId: text(req.query.sender_id),
        limit: Number(req.query.limit ?? 20),
      })
      .map(toInboxItem);
    res.json({ count: messages.length, messages });
  });

  router.get('/inbox/count', (req, res) => {
    res.json(store.inbox.count({ swarmId: text(req.query.swarm_id)?.toLowerCase() }));
  });

  router.post('/inbox/batch', async (req, res) => {
    const { message_ids, action } = req.body as InboxBatchRequest;
    const updated = await store.write(({ inbox }) => inbox.transitionMany(message_ids, TARGET[action]));
    res.json({ action, updated, total: message_ids.length });
  });

  router.get('/inbox/:message_id', async (req, res) => {
    const id = req.params.message_id;
    const markRead = req.query.mark_read !== 'false' && (req.query.mark_read as unknown) !== false;
    const record = await store.write(({ inbox }) => {
      const found = inbox.get(id);
      if (!found) throw new ApiError('MESSAGE_NOT_FOUND', `Message ${id} not found`);
      if (markRead && found.status === 'unread') inbox.transition(id, 'read');
      return inbox.get(id)!;
    });
    res.json(toInboxItem(record));
  });

  for (const action of ['read', 'archive', 'delete'] as const) {
    router.post(`/inbox/:message_id/${action}`, async (req, res) => {
      const id = req.params.message_id as string;
      const status = await store.write(({ inbox }) => {
        const found = inbox.get(id);
        if (!found) throw new ApiError('MESSAGE_NOT_FOUND', `Message ${id} not found`);
        // Marking read is a no-op unless the message is unread; archive and delete follow the state machine.
        if (action === 'read' && found.status !== 'unread') return found.status;
        inbox.transition(id, TARGET[action]);
        return inbox.get(id)!.status;
      });
      res.json({ status, message_id: id });
    });
  }

  router.get('/outbox', (req, res) => {
    const messages = store.outbox
      .list({
        swarmId: text(req.query.swarm_id)?.toLowerCase(),
        status: text(req.query.status) as OutboxStatus | undefined,
        limit: Number(req.query.limit ?? 20),
      })
      .map(toOutboxItem);
    res.json({ count: messages.length, messages });
  });

  router.get('/outbox/count', (req, res) => {
    res.json(store.outbox.count({ swarmId: text(req.query.swarm_id)?.toLowerCase() }));
  });

  router.get('/outbox/:message_id', (req, res) => {
    const rows = store.outbox.get(req.params.message_id).map(toOutboxItem);
    if (rows.length === 0) throw new ApiError('MESSAGE_NOT_FOUND', `No outgoing message ${req.params.message_id}`);
    res.json({ count: rows.length, messages: rows });
  });

  router.post('/wake', async (req, res) => {
    const wake = ctx.hooks.wake;
    if (!wake) throw new ApiError('WAKE_UNAVAILABLE', 'No wake method is configured on this agent');
    const status = await wake(req.body as WakeRequest);
    res.status(status === 'invoked' ? 202 : 200).json({ status, detail: null });
  });

  return router;
}
