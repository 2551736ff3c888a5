// Import of export 2.0.0 and state 1.0.0 files, in two steps that hold no more than one row in memory:
//
// stage: the file is parsed as it is read (stream-json's tokenizer; a document given as an object goes the same
//   way). Each inbox, outbox or legacy queue row is validated with its row validator, converted, and written to a
//   TEMP table of this connection (a file of its own: staging takes no lock on the store, so the server goes on).
//   The rest of the document (swarms, mutes, keys: small) is validated once at the end, with empty lists standing
//   for the rows. The first error is reported in the order the whole-document validation would report it (the
//   envelope, then inbox rows, then outbox rows; schema errors before conversion errors), and nothing is touched.
// apply: one IMMEDIATE transaction writes the envelope parts and copies the staged rows with INSERT ... SELECT:
//   all or nothing, and the write lock is held for the copy only, not for the parse.
//
// replace: afterwards swarms, members, mutes, keys, inbox and outbox are exactly the file's. Swarms absent from the
//   file go (with their invites and pending joins); swarms in the file are updated in place, never deleted and
//   re-inserted, so their invites and pending joins survive.
// merge: the file's swarms, members and keys are upserted (the file wins on the rows it has, local-only rows stay:
//   the reference's INSERT OR REPLACE cascaded and dropped them); mutes are added; inbox and outbox rows are added
//   when their id is new (a stored message's state is newer than any backup of it).
import type { Statement } from 'better-sqlite3';
import { none } from 'stream-chain/defs.js';
import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import type {
  ExportInboxRow,
  ExportOutboxRow,
  ExportV2,
  InboxStatus,
  LegacyQueueRow,
  MessageType,
  StateV1,
} from '../../generated/types.js';
import { validateExportInboxRow } from '../../generated/validators/ExportInboxRow.js';
import { validateExportOutboxRow } from '../../generated/validators/ExportOutboxRow.js';
import { validateExportV2 } from '../../generated/validators/ExportV2.js';
import { validateLegacyQueueRow } from '../../generated/validators/LegacyQueueRow.js';
import { validateStateV1 } from '../../generated/validators/StateV1.js';
import { inTransaction, nowOf, type RepositoryContext } from './context.js';
import { classifyStoredContent, type StoredContent } from './envelope.js';
import { StateError } from './errors.js';
import { INBOX_STATUS_CODES, MESSAGE_TYPE_CODES, swarmNumbers } from './inbox-codes.js';
import { outboxRecipient, packEnvelope } from './packed-envelope.js';
import { canonicalOrNull, epochMsOf, storageTimestamp } from './time.js';

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

/** A validated, converted file waiting in the staging table: nothing in the store has changed yet. */
export interface StagedImport {
  schemaVersion: '1.0.0' | '2.0.0';
  /** The agent that exported the file. */
  agentId: string;
  /** Inbox, outbox and legacy queue rows in the file. */
  rows: number;
  /** Applies it in one transaction and empties the staging table. */
  apply(mode?: ImportMode): ImportSummary;
  /** Empties the staging table without applying. */
  discard(): void;
}

type Params = Record<string, string | number | null>;
type RowList = 'inbox' | 'outbox' | 'message_queue';

interface HeadPlan {
  swarms: Params[];
  members: Params[];
  mutedAgents: string[];
  mutedSwarms: string[];
  publicKeys: Params[];
}

const MESSAGE_TYPES = new Set(['message', 'system', 'notification']);
const ROW_LISTS = new Set<string>(['inbox', 'outbox', 'message_queue']);
/** Staged rows are written in transactions of this many (on the TEMP database only). */
const STAGE_BATCH = 2000;

/** Parses import file text; IMPORT_INVALID when it is not JSON. */
export function parseImportText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw notJson(error);
  }
}

function notJson(error: unknown): StateError {
  return new StateError(
    'IMPORT_INVALID',
    `the import file is not JSON: ${(error as Error).message}`,
    {},
    { cause: error },
  );
}

export function importState(context: RepositoryContext, document: unknown, options: ImportOptions = {}): ImportSummary {
  const mode = options.mode ?? 'replace';
  if (mode !== 'replace' && mode !== 'merge') throw new TypeError(`unknown import mode ${mode}`);
  return stageDocument(context, document, options.agentId).apply(mode);
}

/** Stages a document already in memory (rows are validated and staged one by one, as from a file). */
export function stageDocument(context: RepositoryContext, document: unknown, agentId?: string): StagedImport {
  const stager = new Stager(context, agentId);
  try {
    let head = document;
    if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
      const rest: Record<string, unknown> = { ...document };
      for (const list of ROW_LISTS) {
        const rows = rest[list];
        if (!Array.isArray(rows)) continue;
        rest[list] = [];
        stager.startList(list as RowList);
        for (const row of rows) stager.row(row);
      }
      head = rest;
    }
    return stager.finish(head);
  } catch (error) {
    stager.discard();
    throw error;
  }
}

/** Stages a file read as text chunks (a `createReadStream(path, 'utf8')`), parsing as it reads. */
export async function stageStream(
  context: RepositoryContext,
  chunks: AsyncIterable<string>,
  agentId?: string,
): Promise<StagedImport> {
  const stager = new Stager(context, agentId);
  // The tokenizer is a flushable function: text in, a batch of tokens out; `none` flushes the end of input.
  const tokenize = jsonParser({ packValues: true, streamValues: false }) as (chunk: string | typeof none) => unknown;
  const walker = new TopLevelWalker(stager);
  try {
    try {
      for await (const chunk of chunks) walker.consume(tokenize(chunk));
      walker.consume(tokenize(none));
    } catch (error) {
      if (error instanceof StateError) throw error;
      throw notJson(error);
    }
    return stager.finish(walker.head());
  } catch (error) {
    stager.discard();
    throw error;
  }
}

/**
 * Splits the token stream: values of the top-level `inbox`, `outbox` and `message_queue` arrays go to the stager
 * one element at a time; everything else is assembled into the (small) head document.
 */
class TopLevelWalker {
  readonly #stager: Stager;
  readonly #head = new Assembler();
  #depth = 0;
  #key: string | null = null;
  #list: RowList | null = null;
  #row: Assembler | null = null;

  constructor(stager: Stager) {
    this.#stager = stager;
  }

  consume(tokens: unknown): void {
    if (tokens === none) return;
    for (const token of (tokens as { values: Token[] }).values) this.#token(token);
  }

  head(): unknown {
    if (!this.#head.done) throw notJson(new Error('unexpected end of input'));
    return this.#head.current;
  }

  #token(token: Token): void {
    if (this.#list !== null) {
      if (this.#row === null && token.name === 'endArray') {
        this.#list = null;
        this.#depth -= 1;
        this.#head.consume({ name: 'startArray' }).consume({ name: 'endArray' });
        return;
      }
      this.#row ??= new Assembler();
      this.#row.consume(token);
      if (this.#row.done) {
        this.#stager.row(this.#row.current);
        this.#row = null;
      }
      return;
    }
    if (token.name === 'keyValue' && this.#depth === 1) this.#key = token.value;
    if (
      token.name === 'startArray' &&
      this.#depth === 1 &&
      this.#key !== null &&
      ROW_LISTS.has(this.#key) &&
      this.#isObjectTop()
    ) {
      this.#list = this.#key as RowList;
      this.#depth += 1;
      this.#stager.startList(this.#list);
      return;
    }
    if (token.name === 'startObject' || token.name === 'startArray') this.#depth += 1;
    if (token.name === 'endObject' || token.name === 'endArray') this.#depth -= 1;
    this.#head.consume(token);
  }

  #isObjectTop(): boolean {
    const top = this.#head.current;
    return top !== null && typeof top === 'object' && !Array.isArray(top);
  }
}

/** Validates, converts and stages rows; then checks the head and makes the StagedImport. */
class Stager {
  readonly #context: RepositoryContext;
  readonly #agentId: string | undefined;
  readonly #now: string;
  readonly #insert: Statement<[string, string]>;
  #batch: [string, string][] = [];
  #list: RowList = 'inbox';
  #index = 0;
  readonly #counts: Record<RowList, number> = { inbox: 0, outbox: 0, message_queue: 0 };
  /** The first schema error and the first conversion error of each list, reported after the head's. */
  readonly #schemaErrors: Partial<Record<RowList, StateError>> = {};
  readonly #conversionErrors: Partial<Record<RowList, StateError>> = {};

  constructor(context: RepositoryContext, agentId: string | undefined) {
    this.#context = context;
    this.#agentId = agentId;
    this.#now = nowOf(context);
    const { db } = context;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_rows (seq INTEGER PRIMARY KEY, list TEXT NOT NULL,
      params TEXT NOT NULL); DELETE FROM temp.import_rows;`);
    this.#insert = db.prepare('INSERT INTO temp.import_rows (list, params) VALUES (?, ?)');
  }

  startList(list: RowList): void {
    // A key given twice: JSON.parse keeps the last one, and so does this.
    this.#flush();
    this.#context.db.prepare('DELETE FROM temp.import_rows WHERE list = ?').run(list);
    delete this.#schemaErrors[list];
    delete this.#conversionErrors[list];
    this.#list = list;
    this.#index = 0;
    this.#counts[list] = 0;
  }

  row(value: unknown): void {
    const list = this.#list;
    const pointer = `/${list}/${this.#index}`;
    this.#index += 1;
    this.#counts[list] += 1;
    if (this.#schemaErrors[list] || this.#conversionErrors[list]) return;
    const params = this.#convert(list, value, pointer);
    if (params === undefined) return;
    this.#batch.push([list, JSON.stringify(params)]);
    if (this.#batch.length >= STAGE_BATCH) this.#flush();
  }

  #convert(list: RowList, value: unknown, pointer: string): Params | undefined {
    if (list === 'inbox') {
      if (!validateExportInboxRow(value)) {
        this.#schemaErrors[list] = schemaErrors('2.0.0', prefixed(validateExportInboxRow.errors, pointer));
        return undefined;
      }
      return this.#converted(list, pointer, () => inboxParams(value));
    }
    if (list === 'outbox') {
      if (!validateExportOutboxRow(value)) {
        this.#schemaErrors[list] = schemaErrors('2.0.0', prefixed(validateExportOutboxRow.errors, pointer));
        return undefined;
      }
      return this.#converted(list, pointer, () => outboxParams(value, this.#now));
    }
    if (!validateLegacyQueueRow(value)) {
      this.#schemaErrors[list] = schemaErrors('1.0.0', prefixed(validateLegacyQueueRow.errors, pointer));
      return undefined;
    }
    return this.#converted(list, pointer, () => queueParams(value));
  }

  #converted(list: RowList, pointer: string, convert: () => Params): Params | undefined {
    try {
      return at(pointer, convert);
    } catch (error) {
      this.#conversionErrors[list] = error as StateError;
      return undefined;
    }
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    const rows = this.#batch;
    this.#batch = [];
    // Deferred, and touching the TEMP database only: no lock on the store is taken.
    this.#context.db.transaction(() => {
      for (const [list, params] of rows) this.#insert.run(list, params);
    })();
  }

  discard(): void {
    this.#batch = [];
    this.#context.db.exec('DELETE FROM temp.import_rows');
  }

  finish(head: unknown): StagedImport {
    this.#flush();
    const version =
      head !== null && typeof head === 'object' ? (head as Record<string, unknown>).schema_version : undefined;
    if (version !== '2.0.0' && version !== '1.0.0') {
      throw invalid(`unsupported schema_version ${JSON.stringify(version ?? null)}: expected 1.0.0 or 2.0.0`, {
        schemaVersion: version ?? null,
      });
    }
    const validate = version === '2.0.0' ? validateExportV2 : validateStateV1;
    if (!validate(head)) throw schemaErrors(version, validate.errors);
    const lists: RowList[] = version === '2.0.0' ? ['inbox', 'outbox'] : ['message_queue'];
    for (const list of lists) {
      const error = this.#schemaErrors[list];
      if (error) throw error;
    }
    // Rows of a list the version does not have were validated against the other version's row schema: the head
    // carries them as `[]`, and the schema refused that above unless it allows extra members; they are not applied.
    const file = head as ExportV2 | StateV1;
    const plan = planHead(file, this.#agentId ?? file.agent_id);
    for (const list of lists) {
      const error = this.#conversionErrors[list];
      if (error) throw error;
    }
    const db = this.#context.db;
    const context = this.#context;
    const counts = this.#counts;
    return {
      schemaVersion: file.schema_version,
      agentId: file.agent_id,
      rows: lists.reduce((sum, list) => sum + counts[list], 0),
      apply(mode = 'replace') {
        try {
          return inTransaction(db, () => applyPlan(context, plan, file.schema_version, mode));
        } catch (error) {
          throw new StateError(
            'IMPORT_INVALID',
            `the import was refused by the database and rolled back: ${(error as Error).message}`,
            {},
            { cause: error },
          );
        } finally {
          db.exec('DELETE FROM temp.import_rows');
        }
      },
      discard() {
        db.exec('DELETE FROM temp.import_rows');
      },
    };
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

/** Row validator errors, their instancePath made relative to the whole document. */
function prefixed(errors: unknown, pointer: string): unknown {
  if (!Array.isArray(errors)) return errors;
  return errors.map((error: { instancePath?: string }) => ({
    ...error,
    instancePath: `${pointer}${error.instancePath ?? ''}`,
  }));
}

function planHead(file: ExportV2 | StateV1, self: string): HeadPlan {
  const plan: HeadPlan = {
    swarms: [],
    members: [],
    mutedAgents: file.muted_agents,
    mutedSwarms: file.muted_swarms,
    publicKeys: [],
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
  if (envelope === null) return { envelope: null, body: content };
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelope);
  } catch {
    throw invalid('envelope is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object') throw invalid('envelope is not a JSON object');
  return { envelope, body: content };
}

function inboxParams(row: ExportInboxRow): Params {
  const stored = storedContent(row.message_id, row.content, row.envelope);
  const receivedAt = epochMsOf(row.received_at);
  const readAt = msOrNull(row.read_at);
  // A status without its time (reference rows have no archived_at) gets the earliest instant it can have.
  const earliest = readAt ?? receivedAt;
  return inboxRowParams(
    row.message_id,
    row.swarm_id,
    row.sender_id,
    row.recipient_id ?? null,
    row.message_type,
    stored,
    {
      status: row.status,
      receivedAt,
      readAt,
      archivedAt: msOrNull(row.archived_at) ?? (row.status === 'archived' ? earliest : null),
      deletedAt: msOrNull(row.deleted_at) ?? (row.status === 'deleted' ? earliest : null),
    },
  );
}

function queueParams(row: LegacyQueueRow): Params {
  const stored = classifyStoredContent(row.message_id, row.content);
  const status =
    row.status === undefined || row.status === 'pending' || row.status === 'processing' ? 'unread' : 'read';
  return inboxRowParams(row.message_id, row.swarm_id, row.sender_id, null, row.message_type, stored, {
    status,
    receivedAt: epochMsOf(row.received_at),
    readAt: msOrNull(row.processed_at),
    archivedAt: null,
    deletedAt: null,
  });
}

/** An inbox row as stored (migration 6): the envelope packed against the row, times as epoch milliseconds. */
function inboxRowParams(
  messageId: string,
  swarmId: string,
  senderId: string,
  recipientId: string | null,
  type: string,
  stored: StoredContent,
  state: Params,
): Params {
  const columns = {
    messageId,
    swarmId,
    senderId,
    recipient: recipientId,
    messageType: messageType(type),
    body: stored.body,
  };
  return {
    messageId,
    swarmId,
    senderId,
    recipientId,
    envelope: packEnvelope(stored.envelope, columns),
    body: stored.body,
    ...state,
    // Stored as codes (migration 8); both were checked against the schema's enums before this conversion.
    messageType: MESSAGE_TYPE_CODES[columns.messageType as MessageType],
    status: INBOX_STATUS_CODES[state.status as InboxStatus],
  };
}

function msOrNull(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : epochMsOf(text);
}

function outboxParams(row: ExportOutboxRow, now: string): Params {
  const status = row.status === 'sent' ? 'delivered' : row.status;
  const sentAt = canonicalOrNull(row.sent_at);
  const createdAt = row.created_at === undefined ? (sentAt ?? now) : storageTimestamp(row.created_at);
  const envelope = row.envelope ?? null;
  if ((status === 'queued' || status === 'sending') && envelope === null) {
    throw invalid(`a ${status} row needs the signed envelope to be delivered`);
  }
  const broadcast = (row.broadcast ?? row.recipient_id === 'broadcast') ? 1 : 0;
  return {
    messageId: row.message_id,
    recipientId: row.recipient_id,
    swarmId: row.swarm_id,
    broadcast,
    messageType: messageType(row.message_type),
    envelope: packEnvelope(envelope, {
      messageId: row.message_id,
      swarmId: row.swarm_id,
      recipient: outboxRecipient(broadcast, row.recipient_id),
      messageType: row.message_type,
      body: row.content,
    }),
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

function applyPlan(
  context: RepositoryContext,
  plan: HeadPlan,
  schemaVersion: '1.0.0' | '2.0.0',
  mode: ImportMode,
): ImportSummary {
  const { db } = context;
  const now = nowOf(context);
  const replace = mode === 'replace';
  const run = (sql: string, rows: readonly Params[]) => {
    const statement = db.prepare(sql);
    let changes = 0;
    for (const row of rows) changes += statement.run(row).changes;
    return changes;
  };
  // Staged rows are read a page at a time (a statement cannot write while another iterates on this connection).
  const runStaged = (sql: string, lists: readonly RowList[], prepare?: (params: Params) => Params) => {
    const statement = db.prepare(sql);
    const page = db.prepare(`SELECT seq, params FROM temp.import_rows
      WHERE seq > ? AND list IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ${STAGE_BATCH}`);
    const wanted = JSON.stringify(lists);
    let changes = 0;
    let after = 0;
    for (;;) {
      const rows = page.all(after, wanted) as { seq: number; params: string }[];
      for (const row of rows) {
        const params = JSON.parse(row.params) as Params;
        changes += statement.run(prepare ? prepare(params) : params).changes;
      }
      const last = rows.at(-1);
      if (last === undefined) return changes;
      after = last.seq;
    }
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
  // A row's swarm by number, its status and type by code (migration 8); a swarm of no swarm listed is numbered here.
  const swarmsNumbered = swarmNumbers(db);
  const inbox = runStaged(
    `INSERT INTO inbox (message_id, swarm, sender_id, recipient_id, message_type, envelope, body, status,
       received_at, read_at, archived_at, deleted_at) VALUES (@messageId, @swarm, @senderId, @recipientId,
       @messageType, @envelope, @body, @status, @receivedAt, @readAt, @archivedAt, @deletedAt)
     ON CONFLICT (message_id) DO NOTHING`,
    schemaVersion === '2.0.0' ? ['inbox'] : ['message_queue'],
    (row) => {
      row.swarm = swarmsNumbered.numberOf(row.swarmId as string);
      return row;
    },
  );
  const outbox = runStaged(
    `INSERT INTO outbox (message_id, recipient_id, swarm_id, broadcast, message_type, envelope, body, status, attempts,
       next_attempt_at, lease_until, last_error, last_status_code, created_at, delivered_at) VALUES (@messageId,
       @recipientId, @swarmId, @broadcast, @messageType, @envelope, @body, @status, @attempts, @nextAttemptAt,
       @leaseUntil, @lastError, @lastStatusCode, @createdAt, @deliveredAt)
     ON CONFLICT (message_id, recipient_id) DO NOTHING`,
    schemaVersion === '2.0.0' ? ['outbox'] : [],
  );
  return {
    schemaVersion,
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
