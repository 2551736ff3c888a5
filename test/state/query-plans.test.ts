import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { INBOX_SQL } from '../../src/state/inbox.js';
import { INBOX_STATUS_CODES } from '../../src/state/inbox-codes.js';
import { Store } from '../../src/state/index.js';
import { OUTBOX_SQL } from '../../src/state/outbox.js';
import { useTempDir } from './helpers.js';

const BIG_TABLES = ['inbox', 'outbox'];
const ROWS = 4000;

const STATEMENTS: [string, string][] = [
  ...Object.entries(INBOX_SQL).map(([name, sql]): [string, string] => [`inbox.${name}`, sql]),
  ...Object.entries(OUTBOX_SQL).map(([name, sql]): [string, string] => [`outbox.${name}`, sql]),
];

function fill(db: Database.Database, analyze: boolean): void {
  const statuses = ['unread', 'read', 'archived', 'deleted'] as const;
  // The inbox names swarms by number and states by code (migration 8).
  const inbox = db.prepare(`INSERT INTO inbox (message_id, swarm, sender_id, message_type, body, status,
    received_at, read_at, archived_at, deleted_at) VALUES (?, (SELECT n FROM swarm_numbers WHERE swarm_id = ?), ?, 0,
    'hello', ?, ?, ?, ?, ?)`);
  const numbered = db.prepare('INSERT INTO swarm_numbers (swarm_id) VALUES (?)');
  for (let i = 0; i < 5; i += 1) numbered.run(`swarm-${i}`);
  const outboxStatuses = ['queued', 'sending', 'delivered', 'failed'];
  const outbox = db.prepare(`INSERT INTO outbox (message_id, recipient_id, swarm_id, message_type, envelope, body,
    status, next_attempt_at, lease_until, created_at, delivered_at) VALUES (?, ?, ?, 'message', '{}', 'hello', ?, ?, ?,
    ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < ROWS; i += 1) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
      // The inbox keeps epoch milliseconds (migration 6), the outbox canonical text.
      const ms = Date.parse(at);
      const status = statuses[i % 4] as (typeof statuses)[number];
      inbox.run(
        `m-${i}`,
        `swarm-${i % 5}`,
        `agent-${i % 50}`,
        INBOX_STATUS_CODES[status],
        ms,
        status === 'unread' ? null : ms,
        status === 'archived' ? ms : null,
        status === 'deleted' ? ms : null,
      );
      const out = outboxStatuses[i % 4];
      outbox.run(
        `o-${i}`,
        `agent-${i % 50}`,
        `swarm-${i % 5}`,
        out,
        out === 'queued' ? at : null,
        out === 'sending' ? at : null,
        at,
        out === 'delivered' ? at : null,
      );
    }
  })();
  if (analyze) db.exec('ANALYZE');
}

/** Every parameter bound to null: the plan does not depend on the values. */
function params(sql: string): unknown[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] as string))];
  if (named.length > 0) return [Object.fromEntries(named.map((name) => [name, null]))];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
}

/**
 * What is wrong with a statement's plan: a full scan of a big table, a walk along a whole (non-partial) index other
 * than an unfiltered listing that LIMIT stops, or a sort of every matching row.
 */
function planProblems(db: Database.Database, sql: string): string[] {
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params(sql))
    .map((row) => (row as { detail: string }).detail);
  const partial = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '%WHERE%'").pluck().all() as string[],
  );
  const problems: string[] = [];
  for (const detail of plan) {
    const scan = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
    if (scan && BIG_TABLES.includes(scan[1] as string)) {
      const index = scan[2];
      if (index === undefined) problems.push(detail);
      else if (!partial.has(index) && (/\bWHERE\b/.test(sql) || !/\bLIMIT\b/.test(sql))) problems.push(detail);
    }
    if (/USE TEMP B-TREE FOR (?:RIGHT PART OF )?ORDER BY/.test(detail)) problems.push(detail);
  }
  return problems;
}

function useFilledStore(analyze: boolean): { db: Database.Database } {
  const handle = { db: undefined as unknown as Database.Database };
  let dir = '';
  // One filled store for all the plan checks of a mode (they only read it).
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asp-plans-'));
    Store.open(join(dir, 'swarm.db')).close();
    handle.db = new Database(join(dir, 'swarm.db'));
    fill(handle.db, analyze);
  });
  after(() => {
    handle.db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return handle;
}

describe('state/query plans', () => {
  for (const analyze of [false, true]) {
    describe(analyze ? 'after ANALYZE' : 'without statistics (as stores are)', () => {
      const store = useFilledStore(analyze);
      for (const [name, sql] of STATEMENTS) {
        it(`${name} reads no more than it returns`, () => {
          expect(planProblems(store.db, sql)).to.deep.equal([]);
        });
      }
    });
  }

  describe('mutants', () => {
    const temp = useTempDir();
    const mutant = (drop: string) => {
      Store.open(temp.path()).close();
      const db = new Database(temp.path());
      db.exec(`DROP INDEX ${drop}`);
      fill(db, false);
      return db;
    };

    it('catches a listing whose index is missing', () => {
      const db = mutant('inbox_status_received');
      try {
        expect(planProblems(db, INBOX_SQL.list)).to.not.deep.equal([]);
      } finally {
        db.close();
      }
    });

    it('catches a filtered listing that walks an unfiltered index', () => {
      const db = mutant('outbox_swarm_created');
      try {
        expect(planProblems(db, OUTBOX_SQL.listBySwarm)).to.not.deep.equal([]);
      } finally {
        db.close();
      }
    });

    it("refuses to prepare the delivery worker's pick without its index", () => {
      const db = mutant('outbox_due');
      try {
        expect(() => planProblems(db, OUTBOX_SQL.claim)).to.throw(/no such index: outbox_due/);
      } finally {
        db.close();
      }
    });
  });
});
