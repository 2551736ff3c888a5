// Import of export 2.0.0 and state 1.0.0 files: the whole document is validated and converted first (nothing is
// touched if any of it is wrong), then applied in one IMMEDIATE transaction, all or nothing.
//
// replace: afterwards swarms, members, mutes, keys, inbox and outbox are exactly the file's. Swarms absent from the
//   file go (with their invites and pending joins); swarms in the file are updated in place, never deleted and
//   re-inserted, so their invites and pending joins survive.
// merge: the file's swarms, members and keys are upserted (the file wins on the rows it has, local-only rows stay:
//   the reference's INSERT OR REPLACE cascaded and dropped them); mutes are added; inbox and outbox rows are added
//   when their id is new (a stored message's state is newer than any backup of it).
import type { ExportInboxRow, ExportOutboxRow, ExportV2, LegacyQueueRow, StateV1 } from '../../generated/types.js';
import { validateExportV2 } from '../../generated/validators/ExportV2.js';
import { validateStateV1 } from '../../generated/validators/StateV1.js';
import { inTransaction, nowOf, type RepositoryContext } from './context.js';
import { classifyStoredContent, envelopeHash, type StoredContent } from './envelope.js';
import { StateError } from './errors.js';
import { canonicalOrNull, storageTimestamp } from './time.js';

export type ImportMode = 'replace' | 'merge';

export interface ImportOptions {
  /** Default `replace`. */
  mode?: ImportMode;
  /** This agent's id, deciding each swarm's role; default the file's `agent_id`. */
  agentId?: string;
}

export interface ImportSummary {
  schemaVersion: '1.0.0' | '2.0.0';
  mode: ImportMode;
  swarms: number;
  members: number;
  mutedAgents: number;
  mutedSwarms: number;
  publicKeys: number;
  inbox: number;
  outbox: number;
}

type Params = Record<string, string | number | null>;

interface ImportPlan {
  schemaVersion: '1.0.0' | '2.0.0';
  swarms: Params[];
  members: Params[];
  mutedAgents: string[];
  mutedSwarms: string[];
  publicKeys: Params[];
  inbox: Params[];
  outbox: Params[];
}

const MESSAGE_TYPES = new Set(['message', 'system', 'notification']);

/** Parses import file text; IMPORT_INVALID when it is not JSON. */
export function parseImportText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StateError(
      'IMPORT_INVALID',
      `the import file is not JSON: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
}

export function importState(context: RepositoryContext, document: unknown, options: ImportOptions = {}): ImportSummary {
  const mode = options.mode ?? 'replace';
  if (mode !== 'replace' && mode !== 'merge') throw new TypeError(`unknown import mode ${mode}`);
  const plan = planImport(document, nowOf(context), options.agentId);
  try {
    return inTransaction(context.db, () => applyPlan(context, plan, mode));
  } catch (error) {
    throw new StateError(
      'IMPORT_INVALID',
      `the import was refused by the database and rolled back: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
}

function invalid(message: string, details: Record<string, unknown> = {}): StateError {
  return new StateError('IMPORT_INVALID', message, details);
}

/** Runs a conversion, turning a bad value into IMPORT_INVALID that names where it is. */
function at<T>(pointer: string, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new StateError('IMPORT_INVALID', `${pointer}: ${(error as Error).message}`, { pointer }, { cause: error });
  }
}

function planImport(document: unknown, now: string, agentId: string | undefined): ImportPlan {
  const version =
    document !== null && typeof document === 'object'
      ? (document as Record<string, unknown>).schema_version
      : undefined;
  let file: ExportV2 | StateV1;
  if (version === '2.0.0') {
    if (!validateExportV2(document)) throw schemaErrors('2.0.0', validateExportV2.errors);
    file = document;
  } else if (version === '1.0.0') {
    if (!validateStateV1(document)) throw schemaErrors('1.0.0', validateStateV1.errors);
    file = document;
  } else {
    throw invalid(`unsupported schema_version ${JSON.stringify(version ?? null)}: expected 1.0.0 or 2.0.0`, {
      schemaVersion: version ?? null,
    });
  }
  const self = agentId ?? file.agent_id;
  const plan: ImportPlan = {
    schemaVersion: file.schema_version,
    swarms: [],
    members: [],
    mutedAgents: file.muted_agents,
    mutedSwarms: file.muted_swarms,
    publicKeys: [],
    inbox: [],
    outbox: [],
  };
  for (const [key, swarm] of Object.entries(file.swarms)) {
    if (!swarm) continue;
    const pointer = `/swarms/${key}`;
    if (swarm.swarm_id !== key)
      throw invalid(`${pointer}: swarm_id ${swarm.swarm_id} differs from its key`, { pointer });
    plan.swarms.push({
      swarmId: key,
      name: swarm.name,
      masterId: swarm.master,
      role: swarm.master === self ? 'master' : 'member',
      joinedAt: at(`${pointer}/joined_at`, () => storageTimestamp(swarm.joined_at)),
      allowMemberInvite: swarm.settings.allow_member_invite ? 1 : 0,
      requireApproval: swarm.settings.require_approval ? 1 : 0,
    });
    swarm.members.forEach((member, index) => {
      plan.members.push({
        swarmId: key,
        agentId: member.agent_id,
        endpoint: member.endpoint,
        publicKey: member.public_key,
        joinedAt: at(`${pointer}/members/${index}/joined_at`, () => storageTimestamp(member.joined_at)),
      });
    });
  }
  for (const [agent, entry] of Object.entries(file.public_keys)) {
    if (!entry) continue;
    plan.publicKeys.push({
      agentId: agent,
      publicKey: entry.public_key,
      endpoint: entry.endpoint ?? null,
      fetchedAt: at(`/public_keys/${agent}/fetched_at`, () => storageTimestamp(entry.fetched_at)),
    });
  }
  if (file.schema_version === '2.0.0') {
    file.inbox.forEach((row, index) => {
      plan.inbox.push(at(`/inbox/${index}`, () => inboxParams(row)));
    });
    file.outbox.forEach((row, index) => {
      plan.outbox.push(at(`/outbox/${index}`, () => outboxParams(row, now)));
    });
  } else {
    (file.message_queue ?? []).forEach((row, index) => {
      plan.inbox.push(at(`/message_queue/${index}`, () => queueParams(row)));
    });
  }
  return plan;
}

function schemaErrors(version: string, errors: unknown): StateError {
  const first = Array.isArray(errors)
    ? (errors[0] as { instancePath?: string; message?: string } | undefined)
    : undefined;
  const where = first?.instancePath || '/';
  return invalid(`the file does not match the ${version} schema: ${where} ${first?.message ?? ''}`.trim(), {
    pointer: where,
    errors,
  });
}

function messageType(value: string): string {
  if (!MESSAGE_TYPES.has(value)) throw invalid(`unknown message_type ${JSON.stringify(value)}`);
  return value;
}

function storedContent(messageId: string, content: string, envelope: string | null | undefined): StoredContent {
  // Our own exports say which text is the envelope; reference files only have the stored content.
  if (envelope === undefined) return classifyStoredContent(messageId, content);
  if (envelope === null) return { envelope: null, body: content, contentHash: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelope);
  } catch {
    throw invalid('envelope is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object') throw invalid('envelope is not a JSON object');
  return { envelope, body: content, contentHash: envelopeHash(parsed) };
}

function inboxParams(row: ExportInboxRow): Params {
  const stored = storedContent(row.message_id, row.content, row.envelope);
  const receivedAt = storageTimestamp(row.received_at);
  const readAt = canonicalOrNull(row.read_at);
  // A status without its time (reference rows have no archived_at) gets the earliest instant it can have.
  const earliest = readAt ?? receivedAt;
  return {
    messageId: row.message_id,
    swarmId: row.swarm_id,
    senderId: row.sender_id,
    recipientId: row.recipient_id ?? null,
    messageType: messageType(row.message_type),
    envelope: stored.envelope,
    body: stored.body,
    contentHash: stored.contentHash,
    status: row.status,
    receivedAt,
    readAt,
    archivedAt: canonicalOrNull(row.archived_at) ?? (row.status === 'archived' ? earliest : null),
    deletedAt: canonicalOrNull(row.deleted_at) ?? (row.status === 'deleted' ? earliest : null),
  };
}

function queueParams(row: LegacyQueueRow): Params {
  const stored = classifyStoredContent(row.message_id, row.content);
  const status =
    row.status === undefined || row.status === 'pending' || row.status === 'processing' ? 'unread' : 'read';
  return {
    messageId: row.message_id,
    swarmId: row.swarm_id,
    senderId: row.sender_id,
    recipientId: null,
    messageType: messageType(row.message_type),
    envelope: stored.envelope,
    body: stored.body,
    contentHash: stored.contentHash,
    status,
    receivedAt: storageTimestamp(row.received_at),
    readAt: canonicalOrNull(row.processed_at),
    archivedAt: null,
    deletedAt: null,
  };
}

function outboxParams(row: ExportOutboxRow, now: string): Params {
  const status = row.status === 'sent' ? 'delivered' : row.status;
  const sentAt = canonicalOrNull(row.sent_at);
  const createdAt = row.created_at === undefined ? (sentAt ?? now) : storageTimestamp(row.created_at);
  const envelope = row.envelope ?? null;
  if ((status === 'queued' || status === 'sending') && envelope === null) {
    throw invalid(`a ${status} row needs the signed envelope to be delivered`);
  }
  return {
    messageId: row.message_id,
    recipientId: row.recipient_id,
    swarmId: row.swarm_id,
    broadcast: (row.broadcast ?? row.recipient_id === 'broadcast') ? 1 : 0,
    messageType: messageType(row.message_type),
    envelope,
    body: row.content,
    status,
    attempts: row.attempts ?? (status === 'delivered' || status === 'failed' ? 1 : 0),
    nextAttemptAt: status === 'queued' ? (canonicalOrNull(row.next_attempt_at) ?? now) : null,
    // An imported `sending` row belongs to no live worker: its lease is already over.
    leaseUntil: status === 'sending' ? now : null,
    lastError: row.error ?? null,
    lastStatusCode: row.last_status ?? null,
    createdAt,
    deliveredAt: canonicalOrNull(row.delivered_at) ?? (status === 'delivered' ? (sentAt ?? createdAt) : null),
  };
}

function applyPlan(context: RepositoryContext, plan: ImportPlan, mode: ImportMode): ImportSummary {
  const { db } = context;
  const now = nowOf(context);
  const replace = mode === 'replace';
  const run = (sql: string, rows: readonly Params[]) => {
    const statement = db.prepare(sql);
    let changes = 0;
    for (const row of rows) changes += statement.run(row).changes;
    return changes;
  };

  if (replace) {
    db.prepare('DELETE FROM swarms WHERE swarm_id NOT IN (SELECT value FROM json_each(?))').run(
      JSON.stringify(plan.swarms.map((swarm) => swarm.swarmId)),
    );
    const keep = db.prepare(`DELETE FROM swarm_members WHERE swarm_id = ?
      AND agent_id NOT IN (SELECT value FROM json_each(?))`);
    for (const swarm of plan.swarms) {
      const agents = plan.members.filter((member) => member.swarmId === swarm.swarmId).map((member) => member.agentId);
      keep.run(swarm.swarmId, JSON.stringify(agents));
    }
    db.exec(
      'DELETE FROM muted_agents; DELETE FROM muted_swarms; DELETE FROM public_keys; DELETE FROM inbox; DELETE FROM outbox;',
    );
  }
  const swarms = run(
    `INSERT INTO swarms (swarm_id, name, master_id, role, joined_at, allow_member_invite, require_approval)
     VALUES (@swarmId, @name, @masterId, @role, @joinedAt, @allowMemberInvite, @requireApproval)
     ON CONFLICT (swarm_id) DO UPDATE SET name = excluded.name, master_id = excluded.master_id, role = excluded.role,
       joined_at = excluded.joined_at, allow_member_invite = excluded.allow_member_invite,
       require_approval = excluded.require_approval`,
    plan.swarms,
  );
  const members = run(
    `INSERT INTO swarm_members (swarm_id, agent_id, endpoint, public_key, joined_at)
     VALUES (@swarmId, @agentId, @endpoint, @publicKey, @joinedAt)
     ON CONFLICT (swarm_id, agent_id) DO UPDATE SET endpoint = excluded.endpoint, public_key = excluded.public_key,
       joined_at = excluded.joined_at`,
    plan.members,
  );
  const mute = (table: string, column: string, ids: string[]) =>
    run(
      `INSERT INTO ${table} (${column}, muted_at, reason) VALUES (@id, @now, NULL) ON CONFLICT (${column}) DO NOTHING`,
      ids.map((id) => ({ id, now })),
    );
  const publicKeys = run(
    `INSERT INTO public_keys (agent_id, public_key, endpoint, fetched_at) VALUES (@agentId, @publicKey, @endpoint,
       @fetchedAt) ON CONFLICT (agent_id) DO UPDATE SET public_key = excluded.public_key, endpoint = excluded.endpoint,
       fetched_at = excluded.fetched_at`,
    plan.publicKeys,
  );
  const inbox = run(
    `INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, envelope, body, content_hash,
       status, received_at, read_at, archived_at, deleted_at) VALUES (@messageId, @swarmId, @senderId, @recipientId,
       @messageType, @envelope, @body, @contentHash, @status, @receivedAt, @readAt, @archivedAt, @deletedAt)
     ON CONFLICT (message_id) DO NOTHING`,
    plan.inbox,
  );
  const outbox = run(
    `INSERT INTO outbox (message_id, recipient_id, swarm_id, broadcast, message_type, envelope, body, status, attempts,
       next_attempt_at, lease_until, last_error, last_status_code, created_at, delivered_at) VALUES (@messageId,
       @recipientId, @swarmId, @broadcast, @messageType, @envelope, @body, @status, @attempts, @nextAttemptAt,
       @leaseUntil, @lastError, @lastStatusCode, @createdAt, @deliveredAt)
     ON CONFLICT (message_id, recipient_id) DO NOTHING`,
    plan.outbox,
  );
  return {
    schemaVersion: plan.schemaVersion,
    mode,
    swarms,
    members,
    mutedAgents: mute('muted_agents', 'agent_id', plan.mutedAgents),
    mutedSwarms: mute('muted_swarms', 'swarm_id', plan.mutedSwarms),
    publicKeys,
    inbox,
    outbox,
  };
}
