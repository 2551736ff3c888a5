// The membership operations a client starts (WIRE.md §6.2): leave, kick, transfer, dissolve. Each runs inside
// one store transaction: it checks the local state, signs its system messages, queues them in the outbox and
// changes the local state, so the change and the messages that announce it are durable together or not at all.
// Checks fail as values before anything is written.
import type { Message, SystemContent } from '../../generated/types.js';
import {
  kickedContent,
  masterChangedContent,
  masterTransferContent,
  memberKickedContent,
  memberLeftContent,
  swarmDissolvedContent,
} from '../core/system-content.js';
import type { OutboxDelivery } from '../state/outbox.js';
import type { Repositories } from '../state/repositories.js';
import type { SwarmRecord } from '../state/swarms.js';
import { composeSystemMessage, deliveriesTo, enqueueMessage, type SenderIdentity } from './compose.js';
import { type ClientResult, fail, ok } from './result.js';

export type SystemAction = SystemContent['action'];

export interface OperationContext {
  identity: SenderIdentity;
  now: () => number;
  newId: () => string;
}

/** A message queued by an operation, and the members its rows go to. */
export interface QueuedMessage {
  messageId: string;
  action: SystemAction;
  recipients: string[];
}

export interface QueuedOperation {
  swarmId: string;
  messages: QueuedMessage[];
}

type Outgoing = { message: Message; action: SystemAction; deliveries: OutboxDelivery[] };

const MAX_REASON = 500;

function load(repositories: Repositories, swarmId: string): ClientResult<SwarmRecord> {
  const swarm = repositories.swarms.get(swarmId.toLowerCase());
  return swarm ? ok(swarm) : fail('SWARM_NOT_FOUND', `This agent is not in swarm ${swarmId}`);
}

function loadAsMaster(repositories: Repositories, swarmId: string, self: string, what: string) {
  const loaded = load(repositories, swarmId);
  if (loaded.error || loaded.data.masterId === self) return loaded;
  return fail('NOT_MASTER', `Only the master (${loaded.data.masterId}) may ${what} in swarm ${loaded.data.swarmId}`);
}

function requireMember(swarm: SwarmRecord, agentId: string): ClientResult<SwarmRecord> {
  if (swarm.members.some((m) => m.agentId === agentId)) return ok(swarm);
  return fail('MEMBER_NOT_FOUND', `${agentId} is not a member of swarm ${swarm.swarmId}`);
}

function checkReason(reason: string | undefined): ClientResult<string | undefined> {
  if (reason !== undefined && [...reason].length > MAX_REASON) {
    return fail('INVALID_FORMAT', `reason must be at most ${MAX_REASON} characters`);
  }
  return ok(reason);
}

/** Signs one system message; all messages of one operation share one timestamp, as the reference's kick does. */
function outgoing(
  ctx: OperationContext,
  at: number,
  swarmId: string,
  recipient: string,
  content: SystemContent,
  deliveries: OutboxDelivery[],
): Outgoing {
  const message = composeSystemMessage(ctx.identity, swarmId, recipient, content, () => at, ctx.newId);
  return { message, action: content.action, deliveries };
}

function enqueueAll(repositories: Repositories, swarmId: string, messages: Outgoing[]): QueuedOperation {
  const queued: QueuedMessage[] = [];
  for (const { message, action, deliveries } of messages) {
    if (enqueueMessage(repositories, message, deliveries) === 0) continue;
    queued.push({ messageId: message.message_id, action, recipients: deliveries.map((d) => d.recipientId) });
  }
  return { swarmId, messages: queued };
}

/** A non-master says member_left to every other member (endpoints fixed), then forgets the swarm. */
export function queueLeave(
  repositories: Repositories,
  ctx: OperationContext,
  swarmId: string,
): ClientResult<QueuedOperation> {
  const swarm = load(repositories, swarmId);
  if (swarm.error) return swarm;
  const { swarmId: id, members, masterId } = swarm.data;
  const self = ctx.identity.agentId;
  if (masterId === self)
    return fail('MASTER_CANNOT_LEAVE', `${self} is the master of swarm ${id}: transfer or dissolve`);
  const others = deliveriesTo(members, [self], { fixEndpoints: true });
  const queued = enqueueAll(repositories, id, [
    outgoing(ctx, ctx.now(), id, 'broadcast', memberLeftContent(self), others),
  ]);
  repositories.swarms.delete(id);
  return ok(queued);
}

/** The master sends `kicked` to the target (endpoint fixed) and member_kicked to the rest, then drops it. */
export function queueKick(
  repositories: Repositories,
  ctx: OperationContext,
  swarmId: string,
  target: string,
  reason?: string,
): ClientResult<QueuedOperation> {
  const self = ctx.identity.agentId;
  const swarm = loadAsMaster(repositories, swarmId, self, 'kick');
  if (swarm.error) return swarm;
  if (target === self) return fail('NOT_AUTHORIZED', 'The master cannot kick itself');
  const member = requireMember(swarm.data, target);
  if (member.error) return member;
  const why = checkReason(reason);
  if (why.error) return why;
  const { swarmId: id, members } = swarm.data;
  const at = ctx.now();
  const targetRow = deliveriesTo(members, [self], { fixEndpoints: true }).filter((d) => d.recipientId === target);
  const queued = enqueueAll(repositories, id, [
    outgoing(ctx, at, id, target, kickedContent(target, why.data), targetRow),
    outgoing(ctx, at, id, 'broadcast', memberKickedContent(target, why.data), deliveriesTo(members, [self, target])),
  ]);
  repositories.swarms.removeMember(id, target);
  return ok(queued);
}

/** The master hands over: master_transfer to the new master, master_changed to the rest; then it is a member. */
export function queueTransfer(
  repositories: Repositories,
  ctx: OperationContext,
  swarmId: string,
  newMaster: string,
  reason?: string,
): ClientResult<QueuedOperation> {
  const self = ctx.identity.agentId;
  const swarm = loadAsMaster(repositories, swarmId, self, 'transfer the role');
  if (swarm.error) return swarm;
  if (newMaster === self) return fail('NOT_AUTHORIZED', `${self} is already the master`);
  const member = requireMember(swarm.data, newMaster);
  if (member.error) return member;
  const why = checkReason(reason);
  if (why.error) return why;
  const { swarmId: id, members } = swarm.data;
  const at = ctx.now();
  const toNew = deliveriesTo(members, [self]).filter((d) => d.recipientId === newMaster);
  const queued = enqueueAll(repositories, id, [
    outgoing(ctx, at, id, newMaster, masterTransferContent(newMaster, self, why.data), toNew),
    outgoing(ctx, at, id, 'broadcast', masterChangedContent(newMaster, self), deliveriesTo(members, [self, newMaster])),
  ]);
  repositories.swarms.setMaster(id, newMaster, 'member');
  return ok(queued);
}

/** The master says swarm_dissolved to every member (endpoints fixed), then forgets the swarm. */
export function queueDissolve(
  repositories: Repositories,
  ctx: OperationContext,
  swarmId: string,
  reason?: string,
): ClientResult<QueuedOperation> {
  const self = ctx.identity.agentId;
  const swarm = loadAsMaster(repositories, swarmId, self, 'dissolve the swarm');
  if (swarm.error) return swarm;
  const why = checkReason(reason);
  if (why.error) return why;
  const { swarmId: id, members } = swarm.data;
  const everyone = deliveriesTo(members, [self], { fixEndpoints: true });
  const content = swarmDissolvedContent(id, why.data);
  const queued = enqueueAll(repositories, id, [outgoing(ctx, ctx.now(), id, 'broadcast', content, everyone)]);
  repositories.swarms.delete(id);
  return ok(queued);
}
