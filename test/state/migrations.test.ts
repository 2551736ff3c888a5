import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import type { Message } from '../../generated/types.js';
import { envelopeHash, serializeEnvelope } from '../../src/state/envelope.js';
import { isStateError, MIGRATIONS, type Migration, Store } from '../../src/state/index.js';
import { compactMessages } from '../../src/state/migrations/006-compact-messages.js';
import { dropContentHash } from '../../src/state/migrations/007-drop-content-hash.js';
import { numberedSwarms } from '../../src/state/migrations/008-numbered-swarms.js';
import { packEnvelope } from '../../src/state/packed-envelope.js';
import { epochMsOf } from '../../src/state/time.js';
import { ALPHA_KEY, BETA_KEY, createSwarm, envelope, OTHER_SWARM_ID, SWARM_ID, useTempDir } from './helpers.js';
import { buildReferenceDb, JSON_ENVELOPE, type ReferenceVersion, TOON_CONTENT } from './reference-db.js';

function tables(path: string): string[] {
  return readFile(
    path,
    (db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[],
  );
}

function setUserVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
}

function expectStateError(fn: () => unknown, code: string): void {
  expect(fn)
    .to.throw()
    .that.satisfies((e: unknown) => isStateError(e) && e.code === code);
}

const OUR_TABLES = [
  'inbox',
  'inbox_counts',
  'invites',
  'muted_agents',
  'muted_swarms',
  'outbox',
  'outbox_counts',
  'peer_protocols',
  'pending_joins',
  'public_keys',
  'schema_migrations',
  'swarm_members',
  'swarm_numbers',
  'swarms',
  'wake_sessions',
];

const LATEST = MIGRATIONS.length;

interface OldInboxRow {
  messageId: string;
  swarmId: string;
  senderId: string;
  recipientId: string | null;
  messageType: string;
  envelope: string | null;
  body: string;
  contentHash: string | null;
  status: string;
  receivedAt: string;
  readAt: string | null;
  archivedAt: string | null;
  deletedAt: string | null;
}

/** An inbox row of a received message as versions 1 to 5 stored it: the envelope whole, the hash in hex, text times. */
function oldInboxRow(message: Message, overrides: Partial<OldInboxRow> = {}): OldInboxRow {
  const { json } = serializeEnvelope(message);
  const hash = envelopeHash(message);
  return {
    messageId: message.message_id.toLowerCase(),
    swarmId: message.swarm_id.toLowerCase(),
    senderId: message.sender.agent_id,
    recipientId: message.recipient,
    messageType: message.type,
    envelope: json,
    body: message.content,
    contentHash: hash,
    status: 'unread',
    receivedAt: '2026-02-05T14:30:00.000Z',
    readAt: null,
    archivedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

/** Writes rows into a file of an older version directly (today's repositories write today's schema). */
function insertOld(path: string, inbox: readonly OldInboxRow[], outbox: readonly Record<string, unknown>[] = []): void {
  const db = new Database(path);
  try {
    const inboxRow = db.prepare(`INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type,
      envelope, body, content_hash, status, received_at, read_at, archived_at, deleted_at) VALUES (@messageId, @swarmId,
      @senderId, @recipientId, @messageType, @envelope, @body, @contentHash, @status, @receivedAt, @readAt, @archivedAt,
      @deletedAt)`);
    const outboxRow = db.prepare(`INSERT INTO outbox (message_id, recipient_id, swarm_id, broadcast, message_type,
      envelope, body, next_attempt_at, created_at) VALUES (@messageId, @recipientId, @swarmId, @broadcast, @messageType,
      @envelope, @body, '2026-02-05T14:30:00.000Z', '2026-02-05T14:30:00.000Z')`);
    db.transaction(() => {
      for (const row of inbox) inboxRow.run(row);
      for (const row of outbox) outboxRow.run(row);
    })();
  } finally {
    db.close();
  }
}

/**
 * Writes inbox rows as versions 6 and 7 stored them (the envelope packed against the row, times as epoch
 * milliseconds, swarm, status and type as text).
 */
function insertPacked(path: string, inbox: readonly OldInboxRow[]): void {
  const db = new Database(path);
  try {
    const insert = db.prepare(`INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type,
      envelope, body, status, received_at, read_at, archived_at, deleted_at) VALUES (@messageId, @swarmId, @senderId,
      @recipientId, @messageType, @envelope, @body, @status, @receivedAt, @readAt, @archivedAt, @deletedAt)`);
    const ms = (text: string | null) => (text === null ? null : epochMsOf(text));
    db.transaction(() => {
      for (const row of inbox) {
        const { contentHash: _, ...columns } = row;
        const packing = { ...row, recipient: row.recipientId };
        insert.run({
          ...columns,
          envelope: packEnvelope(row.envelope, packing),
          receivedAt: epochMsOf(row.receivedAt),
          readAt: ms(row.readAt),
          archivedAt: ms(row.archivedAt),
          deletedAt: ms(row.deletedAt),
        });
      }
    })();
  } finally {
    db.close();
  }
}

/** A store at an older `version` of ours, with the demo swarm (its rows are then written by insertOld or insertPacked). */
function createOlderStore(path: string, version: number): void {
  const older = Store.open(path, { migrations: MIGRATIONS.slice(0, version) });
  try {
    createSwarm(older);
  } finally {
    older.close();
  }
}

/** The envelope's stored text as sent with its message and swarm ids in upper case (ID-UUID-001). */
function upperCaseIdsText(message: Message): string {
  return serializeEnvelope({
    ...message,
    message_id: message.message_id.toUpperCase(),
    swarm_id: message.swarm_id.toUpperCase(),
  }).json;
}

/** Reads the file on a read-only connection of its own. */
function readFile<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function rowCount(path: string, table: string): number {
  return readFile(path, (db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
}

/** The inbox's rows in rowid order: a rebuild must keep each message's rowid (arrival order, the MCP watch). */
function inboxRowids(path: string): unknown[] {
  return readFile(path, (db) => db.prepare('SELECT rowid, message_id FROM inbox ORDER BY rowid').all());
}

/** An outbox row as versions 1 to 5 stored it: the envelope whole. */
function oldOutboxRow(message: Message, recipientId: string, envelopeText?: string): Record<string, unknown> {
  return {
    messageId: message.message_id.toLowerCase(),
    recipientId,
    swarmId: message.swarm_id.toLowerCase(),
    broadcast: message.recipient === 'broadcast' ? 1 : 0,
    messageType: message.type,
    envelope: envelopeText ?? serializeEnvelope(message).json,
    body: message.content,
  };
}

describe('state/migrations', () => {
  const temp = useTempDir();

  it('creates a new file at the newest version with WAL, foreign keys, FULL sync and a busy timeout', () => {
    const store = Store.open(temp.path('nested/dir/swarm.db'));
    try {
      expect(store.migration).to.deep.equal({ version: 0, reference: [], migratedTo: MIGRATIONS.length });
      expect(store.diagnostics()).to.deep.equal({
        journalMode: 'wal',
        synchronous: 2,
        foreignKeys: true,
        busyTimeoutMs: 10_000,
        schemaVersion: MIGRATIONS.length,
      });
    } finally {
      store.close();
    }
    expect(tables(temp.path('nested/dir/swarm.db'))).to.deep.equal(OUR_TABLES);
  });

  it('takes synchronous and busy timeout from the options', () => {
    const store = Store.open(temp.path(), { synchronous: 'NORMAL', busyTimeoutMs: 250 });
    expect(store.diagnostics()).to.include({ synchronous: 1, busyTimeoutMs: 250 });
    store.close();
  });

  it('reopens a current file without migrating and keeps its data', () => {
    const first = Store.open(temp.path());
    createSwarm(first);
    first.close();
    const second = Store.open(temp.path());
    expect(second.migration).to.deep.equal({ version: LATEST, reference: [], migratedTo: LATEST });
    expect(second.swarms.get(SWARM_ID)?.members).to.have.length(2);
    second.close();
  });

  it('records each applied migration in schema_migrations', () => {
    Store.open(temp.path()).close();
    const db = new Database(temp.path(), { readonly: true });
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    db.close();
    expect(rows).to.deep.equal(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });

  it('2: drops the inbox indexes no query uses from a version 1 file, keeping its rows', async () => {
    createOlderStore(temp.path(), 1);
    insertOld(temp.path(), [oldInboxRow(envelope())]);
    const indexes = () => {
      const db = new Database(temp.path(), { readonly: true });
      const names = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'inbox' AND sql IS NOT NULL")
        .pluck()
        .all();
      db.close();
      return names;
    };
    expect(indexes()).to.have.members(['inbox_status_received', 'inbox_swarm_received', 'inbox_sender']);
    const v2 = Store.open(temp.path(), { migrations: MIGRATIONS.slice(0, 2) });
    expect(v2.migration).to.deep.equal({ version: 1, reference: [], migratedTo: 2 });
    v2.close();
    expect(rowCount(temp.path(), 'inbox')).to.equal(1);
    expect(indexes()).to.deep.equal(['inbox_status_received']);
  });

  it('4: indexes every query and fills the counters from the rows of a version 3 file', async () => {
    createOlderStore(temp.path(), 3);
    const at = '2026-02-05T14:31:00.000Z';
    const outgoing = envelope();
    insertOld(
      temp.path(),
      [
        oldInboxRow(envelope(), { status: 'read', readAt: at }),
        oldInboxRow(envelope(), { status: 'deleted', deletedAt: at }),
        ...[1, 2, 3].map(() => oldInboxRow(envelope())),
        oldInboxRow(envelope({ swarm_id: OTHER_SWARM_ID })),
      ],
      [oldOutboxRow(outgoing, 'agent-beta'), oldOutboxRow(outgoing, 'agent-x')],
    );
    const current = Store.open(temp.path());
    try {
      expect(current.migration).to.deep.equal({ version: 3, reference: [], migratedTo: LATEST });
      expect(current.inbox.count()).to.deep.equal({ unread: 4, read: 1, archived: 0, deleted: 1, total: 6 });
      expect(current.inbox.count({ swarmId: SWARM_ID })).to.deep.equal({
        unread: 3,
        read: 1,
        archived: 0,
        deleted: 1,
        total: 5,
      });
      expect(current.outbox.count()).to.deep.equal({ queued: 2, sending: 0, delivered: 0, failed: 0, total: 2 });
      await current.receive(envelope());
      expect(current.inbox.count().unread).to.equal(5);
    } finally {
      current.close();
    }
  });

  it(`${compactMessages.version}: packs envelopes, content once, hashes as bytes, times as ms; rows read alike`, () => {
    const before = compactMessages.version - 1;
    createOlderStore(temp.path(), before);
    const plain = envelope({ recipient: 'broadcast', metadata: { content: 'hello', n: 1 } });
    const upper = envelope();
    const upperText = upperCaseIdsText(upper);
    // A 0.2 envelope is kept whole (unknown keys, nulls, a sealed object) and its content is not the body.
    const sealed = {
      ...envelope({ protocol_version: '0.2.0', content: '' }),
      thread_id: null,
      sealed: { alg: 'x', nonce: 'bm9uY2U=', recipients: [{ agent_id: 'agent-alpha', key: 'a2V5' }] },
      extra: { nested: [1, null, 'two'] },
    } as unknown as Message;
    const spaced = envelope({ content: 'café\n"quoted"' });
    const spacedText = [
      ' {',
      `  "message_id" : "${spaced.message_id}", "content": "caf\\u00e9\\n\\"quoted\\"",`,
      '  "signature":"s"}',
    ].join('\n');
    const rows = [
      oldInboxRow(plain),
      oldInboxRow(upper, { envelope: upperText, status: 'read', readAt: '2026-02-05T14:31:00.001Z' }),
      oldInboxRow(sealed, { body: 'the plaintext', status: 'archived', archivedAt: '2026-02-05T14:32:00.000Z' }),
      oldInboxRow(spaced, { envelope: spacedText, status: 'deleted', deletedAt: '2026-02-05T14:33:00.000Z' }),
      oldInboxRow(envelope(), { envelope: null, contentHash: null, messageType: 'notification', recipientId: null }),
    ];
    const outgoing = envelope({ recipient: 'broadcast' });
    const direct = envelope({ recipient: 'agent-beta' });
    const outbox = [
      oldOutboxRow(outgoing, 'agent-beta'),
      oldOutboxRow(outgoing, 'agent-gamma'),
      oldOutboxRow(direct, 'agent-beta'),
      oldOutboxRow(envelope(), 'agent-gamma', '{"not json":"\u0001"}'),
    ];
    insertOld(temp.path(), rows, outbox);
    const rowidsBefore = inboxRowids(temp.path());

    const current = Store.open(temp.path());
    try {
      expect(current.migration).to.deep.equal({ version: before, reference: [], migratedTo: LATEST });
      for (const row of rows) {
        expect(current.inbox.get(row.messageId)).to.deep.equal({
          messageId: row.messageId,
          swarmId: row.swarmId,
          senderId: row.senderId,
          recipientId: row.recipientId,
          messageType: row.messageType,
          status: row.status,
          body: row.body,
          envelope: row.envelope,
          receivedAt: row.receivedAt,
          readAt: row.readAt,
          archivedAt: row.archivedAt,
          deletedAt: row.deletedAt,
        });
      }
      const sent = [...new Set(outbox.map((row) => row.messageId as string))].map((id) => current.outbox.get(id));
      expect(sent.flat().map((record) => [record.recipientId, record.envelope])).to.deep.equal(
        outbox.map((row) => [row.recipientId, row.envelope]),
      );
      expect(current.inbox.count()).to.deep.equal({ unread: 2, read: 1, archived: 1, deleted: 1, total: 5 });
      expect(current.inbox.receive(plain).status).to.equal('duplicate');
      expect(current.inbox.receive({ ...plain, content: 'forged' }).status).to.equal('conflict');
      current.inbox.receive(envelope());
      expect(current.inbox.count().unread).to.equal(3);
    } finally {
      current.close();
    }
    expect(inboxRowids(temp.path()).slice(0, rowidsBefore.length)).to.deep.equal(rowidsBefore);
    const db = new Database(temp.path(), { readonly: true });
    try {
      const stored = db.prepare('SELECT length(envelope) AS packed, typeof(received_at) AS time FROM inbox').get() as {
        packed: number;
        time: string;
      };
      expect(stored).to.deep.equal({ packed: stored.packed, time: 'integer' });
      expect(stored.packed).to.be.below((rows[0]?.envelope ?? '').length / 2);
    } finally {
      db.close();
    }
  });

  it(`${dropContentHash.version}: drops the content hash; a copy is still told from a conflict by its fingerprint`, () => {
    const before = dropContentHash.version - 1;
    createOlderStore(temp.path(), before);
    const plain = envelope({ metadata: { n: 1 } });
    const upper = envelope();
    const adopted = envelope();
    // As that version's inbox.receive and addNote stored them: ids in lower case in the row, as sent in the envelope.
    const upperText = upperCaseIdsText(upper);
    const note = {
      envelope: null,
      messageType: 'notification',
      recipientId: null,
      senderId: 'agent-beta',
      body: 'note',
    };
    insertPacked(temp.path(), [
      oldInboxRow(plain),
      oldInboxRow(upper, { envelope: upperText }),
      oldInboxRow(adopted, note),
    ]);
    const columns = () => {
      const db = new Database(temp.path(), { readonly: true });
      try {
        return (db.prepare('SELECT name FROM pragma_table_info(?)').all('inbox') as { name: string }[]).map(
          (c) => c.name,
        );
      } finally {
        db.close();
      }
    };
    expect(columns()).to.include('content_hash');
    const current = Store.open(temp.path());
    try {
      expect(current.migration).to.deep.equal({ version: before, reference: [], migratedTo: LATEST });
      expect(current.inbox.count()).to.deep.equal({ unread: 3, read: 0, archived: 0, deleted: 0, total: 3 });
      expect(current.inbox.get(plain.message_id)?.envelope).to.equal(serializeEnvelope(plain).json);
      // The same message again, and re-signed later (another timestamp and signature): a duplicate.
      expect(current.inbox.receive(plain).status).to.equal('duplicate');
      const later = { ...plain, timestamp: '2026-02-05T14:35:00.000Z', signature: `${'B'.repeat(86)}==` };
      expect(current.inbox.receive(later).status).to.equal('duplicate');
      // Stored with upper-case ids, received with lower-case ones: the same message (ID-UUID-001).
      expect(current.inbox.receive(upper).status).to.equal('duplicate');
      // Another content, another key or a nested value changed under the same id: a conflict.
      expect(current.inbox.receive({ ...plain, content: 'forged' }).status).to.equal('conflict');
      expect(current.inbox.receive({ ...plain, priority: 'high' }).status).to.equal('conflict');
      expect(current.inbox.receive({ ...plain, metadata: { n: 2 } }).status).to.equal('conflict');
      // A row with no envelope cannot be compared: whatever comes under its id is a duplicate, as before.
      expect(current.inbox.receive(adopted).status).to.equal('duplicate');
      expect(current.inbox.count().total).to.equal(3);
    } finally {
      current.close();
    }
    expect(columns()).to.not.include('content_hash');
  });

  it(`${numberedSwarms.version}: swarms by number, statuses and types by code; every row, its order and the counts kept`, async () => {
    const before = numberedSwarms.version - 1;
    createOlderStore(temp.path(), before);
    const at = (minute: number) => `2026-02-05T14:3${minute}:00.000Z`;
    const rows = [
      oldInboxRow(envelope()),
      oldInboxRow(envelope({ type: 'system' }), { status: 'read', readAt: at(1) }),
      oldInboxRow(envelope(), { status: 'archived', readAt: at(1), archivedAt: at(2) }),
      oldInboxRow(envelope(), { status: 'deleted', deletedAt: at(3) }),
      // A swarm the agent is no longer in: its rows keep their swarm.
      oldInboxRow(envelope({ swarm_id: OTHER_SWARM_ID }), { receivedAt: at(4) }),
      oldInboxRow(envelope(), { envelope: null, messageType: 'notification', recipientId: null, body: 'note' }),
    ];
    insertPacked(temp.path(), rows);
    const rowidsBefore = inboxRowids(temp.path());
    const third = '8da7b810-9dad-11d1-80b4-00c04fd430ca';

    const current = Store.open(temp.path());
    try {
      expect(current.migration).to.deep.equal({ version: before, reference: [], migratedTo: LATEST });
      for (const row of rows) {
        const { contentHash: _, ...expected } = row;
        expect(current.inbox.get(row.messageId)).to.deep.equal(expected);
      }
      expect(current.inbox.count()).to.deep.equal({ unread: 3, read: 1, archived: 1, deleted: 1, total: 6 });
      expect(current.inbox.count({ swarmId: OTHER_SWARM_ID })).to.deep.equal({
        unread: 1,
        read: 0,
        archived: 0,
        deleted: 0,
        total: 1,
      });
      expect(current.inbox.list({ swarmId: OTHER_SWARM_ID }).map((r) => r.messageId)).to.deep.equal([
        rows[4]?.messageId,
      ]);
      expect(current.inbox.list({ status: 'archived' }).map((r) => r.messageId)).to.deep.equal([rows[2]?.messageId]);
      // A swarm joined later is numbered as its row is inserted: receiving into it is one INSERT.
      expect(current.inbox.numbersSwarm(third)).to.equal(false);
      createSwarm(current, third);
      expect(current.inbox.numbersSwarm(third)).to.equal(true);
      expect((await current.receive(envelope({ swarm_id: third }))).status).to.equal('stored');
      expect(current.inbox.count({ swarmId: third }).unread).to.equal(1);
    } finally {
      current.close();
    }
    expect(inboxRowids(temp.path()).slice(0, rowidsBefore.length)).to.deep.equal(rowidsBefore);
    const db = new Database(temp.path(), { readonly: true });
    try {
      expect(db.prepare('SELECT swarm_id FROM swarm_numbers ORDER BY n').pluck().all()).to.have.members([
        SWARM_ID,
        OTHER_SWARM_ID,
        third,
      ]);
      const types = db
        .prepare('SELECT DISTINCT typeof(swarm) || typeof(status) || typeof(message_type) FROM inbox')
        .pluck()
        .all();
      expect(types).to.deep.equal(['integerintegerinteger']);
      expect(db.prepare('SELECT sum(n) FROM inbox_counts').pluck().get()).to.equal(7);
    } finally {
      db.close();
    }
  });

  describe('from an older version of ours', () => {
    const addNotes: Migration = {
      version: LATEST + 1,
      name: 'test: notes table',
      up(db) {
        db.exec('CREATE TABLE notes (swarm_id TEXT PRIMARY KEY, note TEXT NOT NULL) STRICT');
        db.exec("INSERT INTO notes SELECT swarm_id, 'name: ' || name FROM swarms");
      },
    };
    const broken: Migration = {
      version: LATEST + 2,
      name: 'test: fails half-way',
      up(db) {
        db.exec('CREATE TABLE half (x INTEGER)');
        throw new Error('boom');
      },
    };

    it('applies every newer migration in order, with the data', () => {
      const v1 = Store.open(temp.path());
      createSwarm(v1);
      v1.close();
      const v2 = Store.open(temp.path(), { migrations: [...MIGRATIONS, addNotes] });
      expect(v2.migration).to.deep.equal({ version: LATEST, reference: [], migratedTo: LATEST + 1 });
      v2.close();
      const db = new Database(temp.path(), { readonly: true });
      expect(db.prepare('SELECT note FROM notes').pluck().all()).to.deep.equal(['name: demo-swarm']);
      expect(db.pragma('user_version', { simple: true })).to.equal(LATEST + 1);
      db.close();
    });

    it('migrates an empty file through every migration', () => {
      const store = Store.open(temp.path(), { migrations: [...MIGRATIONS, addNotes] });
      expect(store.migration).to.deep.equal({ version: 0, reference: [], migratedTo: LATEST + 1 });
      store.close();
      expect(tables(temp.path())).to.include('notes');
    });

    it('rolls every step back when one fails, leaving the file byte for byte as it was', () => {
      const v1 = Store.open(temp.path());
      createSwarm(v1);
      v1.close();
      const before = readFileSync(temp.path());
      expectStateError(
        () => Store.open(temp.path(), { migrations: [...MIGRATIONS, addNotes, broken] }),
        'MIGRATION_FAILED',
      );
      expect(readFileSync(temp.path()).equals(before)).to.equal(true);
      expect(tables(temp.path())).to.deep.equal(OUR_TABLES);
    });
  });

  describe('refusals', () => {
    it('refuses a file from a newer version and leaves it byte for byte unchanged', () => {
      const store = Store.open(temp.path());
      createSwarm(store);
      store.close();
      setUserVersion(temp.path(), 99);
      const before = readFileSync(temp.path());
      expect(() => Store.open(temp.path()))
        .to.throw(new RegExp(`schema version 99, newer than the ${LATEST} `))
        .that.satisfies((e: unknown) => isStateError(e, 'STORE_TOO_NEW'));
      expect(readFileSync(temp.path()).equals(before)).to.equal(true);
    });

    it('refuses a reference file of an unknown newer reference version, untouched', () => {
      buildReferenceDb(temp.path(), '2.1.0');
      const db = new Database(temp.path());
      db.exec("INSERT INTO schema_versions VALUES ('3.0.0', datetime('now'))");
      db.close();
      const before = readFileSync(temp.path());
      expectStateError(() => Store.open(temp.path()), 'STORE_TOO_NEW');
      expect(readFileSync(temp.path()).equals(before)).to.equal(true);
    });

    it('refuses a database of another application', () => {
      const db = new Database(temp.path());
      db.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY)');
      db.close();
      expectStateError(() => Store.open(temp.path()), 'NOT_A_SWARM_DATABASE');
    });

    it('refuses a file that is not SQLite', () => {
      writeFileSync(
        temp.path(),
        'this is not a database, just some text that is long enough to have a header'.repeat(20),
      );
      expectStateError(() => Store.open(temp.path()), 'NOT_A_SWARM_DATABASE');
    });
  });

  describe('from a reference database', () => {
    for (const version of ['1.0.0', '2.0.0', '2.1.0'] as ReferenceVersion[]) {
      describe(`at schema ${version}`, () => {
        let store: Store;
        beforeEach(() => {
          buildReferenceDb(temp.path(), version);
          store = Store.open(temp.path(), { agentId: 'agent-alpha' });
        });
        afterEach(() => store.close());

        it('reports the adoption and leaves only our tables', () => {
          const applied =
            version === '1.0.0' ? ['1.0.0'] : version === '2.0.0' ? ['1.0.0', '2.0.0'] : ['1.0.0', '2.0.0', '2.1.0'];
          expect(store.migration).to.deep.equal({ version: 0, reference: applied, migratedTo: LATEST });
          expect(tables(temp.path())).to.deep.equal(OUR_TABLES);
        });

        it('keeps swarms and members, with canonical timestamps and our role', () => {
          expect(store.swarms.list()).to.deep.equal([
            {
              swarmId: SWARM_ID,
              name: 'demo-swarm',
              masterId: 'agent-alpha',
              role: 'master',
              joinedAt: '2026-02-05T14:30:00.123Z',
              settings: { allowMemberInvite: true, requireApproval: false },
              members: [
                {
                  agentId: 'agent-alpha',
                  endpoint: 'https://alpha.example.com/swarm',
                  publicKey: ALPHA_KEY,
                  joinedAt: '2026-02-05T14:30:00.000Z',
                },
                {
                  agentId: 'agent-beta',
                  endpoint: 'https://beta.example.com/swarm',
                  publicKey: BETA_KEY,
                  joinedAt: '2026-02-05T14:35:00.000Z',
                },
              ],
            },
          ]);
        });

        it('keeps mutes with their reasons, keys and sessions', () => {
          expect(store.mutes.list('agent')).to.deep.equal([
            { id: 'spammer', mutedAt: '2026-02-05T15:00:00.000Z', reason: 'noise' },
          ]);
          expect(store.mutes.list('swarm')).to.deep.equal([
            { id: '7ca7b810-9dad-11d1-80b4-00c04fd430c9', mutedAt: '2026-02-05T15:00:00.000Z', reason: null },
          ]);
          expect(store.keys.list()).to.deep.equal([
            {
              agentId: 'agent-beta',
              publicKey: BETA_KEY,
              endpoint: 'https://beta.example.com/swarm',
              fetchedAt: '2026-02-05T00:00:00.000Z',
            },
          ]);
          expect(store.sessions.list()).to.deep.equal([
            {
              swarmId: SWARM_ID,
              peerId: 'agent-beta',
              sessionId: 'session-1',
              lastActive: '2026-02-05T16:00:00.500Z',
              state: 'active',
            },
          ]);
        });

        it('maps the legacy queue into the inbox (pending → unread, completed/failed → read)', () => {
          const status = (id: string) => store.inbox.get(id)?.status;
          expect([status('q-pending'), status('q-completed'), status('q-failed')]).to.deep.equal([
            'unread',
            'read',
            'read',
          ]);
          expect(store.inbox.get('q-completed')).to.include({
            readAt: '2026-02-01T11:00:00.000Z',
            body: 'done',
            envelope: null,
          });
        });

        if (version !== '1.0.0') {
          it('keeps inbox rows: TOON text as an opaque body, a JSON envelope recognised as such', () => {
            expect(store.inbox.get('11111111-1111-4111-8111-111111111111')).to.include({
              status: 'unread',
              body: TOON_CONTENT,
              envelope: null,
              receivedAt: '2026-02-05T14:30:01.000Z',
            });
            expect(store.inbox.get('22222222-2222-4222-8222-222222222222')).to.include({
              status: 'read',
              body: 'json body',
              envelope: JSON_ENVELOPE,
              recipientId: 'broadcast',
              readAt: '2026-02-05T14:40:00.000Z',
            });
            expect(store.inbox.get('n-archived')).to.include({
              status: 'archived',
              archivedAt: '2026-02-05T14:32:00.000Z',
            });
            expect(store.inbox.count()).to.include({ unread: 2, read: 3, archived: 1 });
          });

          it('keeps outbox rows: sent becomes delivered, failures keep their error', () => {
            expect(store.outbox.get('o-sent')).to.deep.equal([
              {
                messageId: 'o-sent',
                recipientId: 'broadcast',
                swarmId: SWARM_ID,
                broadcast: true,
                messageType: 'message',
                endpoint: null,
                envelope: null,
                body: 'hi all',
                status: 'delivered',
                attempts: 1,
                nextAttemptAt: null,
                leaseUntil: null,
                lastError: null,
                lastStatusCode: null,
                createdAt: '2026-02-05T14:33:00.000Z',
                deliveredAt: '2026-02-05T14:33:00.000Z',
              },
            ]);
            expect(store.outbox.get('o-failed')[0]).to.include({
              status: 'failed',
              lastError: 'timeout',
              broadcast: false,
            });
          });
        }

        if (version === '2.1.0') {
          it('keeps deleted rows with their deletion time', () => {
            expect(store.inbox.get('n-deleted')).to.include({
              status: 'deleted',
              deletedAt: '2026-02-05T14:37:00.000Z',
            });
          });
        }
      });
    }

    it('gives every swarm the member role when the agent id is not known', () => {
      buildReferenceDb(temp.path(), '2.1.0');
      const store = Store.open(temp.path());
      expect(store.swarms.get(SWARM_ID)?.role).to.equal('member');
      store.close();
    });

    it('refuses a reference file with an unreadable timestamp and leaves it byte for byte unchanged', () => {
      buildReferenceDb(temp.path(), '2.1.0');
      const db = new Database(temp.path());
      db.prepare("UPDATE swarm_members SET joined_at = 'last tuesday' WHERE agent_id = 'agent-beta'").run();
      db.close();
      const before = readFileSync(temp.path());
      expect(() => Store.open(temp.path()))
        .to.throw(/reference table swarm_members/)
        .that.satisfies((e: unknown) => isStateError(e, 'MIGRATION_FAILED'));
      expect(readFileSync(temp.path()).equals(before)).to.equal(true);
    });
  });
});
