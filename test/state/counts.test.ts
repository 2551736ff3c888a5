import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { Store } from '../../src/state/index.js';
import { createSwarm, envelope, OTHER_SWARM_ID, SWARM_ID, useStore, useTempDir } from './helpers.js';

const CHILD = fileURLToPath(new URL('./counting-child.ts', import.meta.url));

/** The counters the triggers keep, and what COUNT(*) says, per table, swarm and status. */
function countsOf(path: string): { kept: unknown[]; counted: unknown[] } {
  const db = new Database(path, { readonly: true });
  try {
    const read = (sql: string) => db.prepare(sql).all();
    return {
      // The inbox keys its counts by swarm number and status code (migration 8), the outbox by id and text.
      kept: read(`SELECT 'inbox' AS t, swarm, status, n FROM inbox_counts WHERE n > 0
        UNION ALL SELECT 'outbox', swarm_id, status, n FROM outbox_counts WHERE n > 0 ORDER BY 1, 2, 3`),
      counted: read(`SELECT 'inbox' AS t, swarm, status, count(*) AS n FROM inbox GROUP BY 2, 3
        UNION ALL SELECT 'outbox', swarm_id, status, count(*) FROM outbox GROUP BY 2, 3 ORDER BY 1, 2, 3`),
    };
  } finally {
    db.close();
  }
}

function expectExact(path: string): void {
  const { kept, counted } = countsOf(path);
  expect(counted).to.not.deep.equal([]);
  expect(kept).to.deep.equal(counted);
}

async function fill(store: Store, messages = 12): Promise<string[]> {
  createSwarm(store);
  const ids: string[] = [];
  for (let i = 0; i < messages; i += 1) {
    ids.push((await store.receive(envelope({ swarm_id: i % 3 === 0 ? OTHER_SWARM_ID : SWARM_ID }))).messageId);
  }
  store.inbox.transitionMany(ids.slice(0, 6), 'read');
  store.inbox.transitionMany(ids.slice(3, 8), 'archived');
  store.inbox.transitionMany(ids.slice(6, 10), 'deleted');
  for (let i = 0; i < 4; i += 1) {
    store.outbox.enqueue({ envelope: envelope(), deliveries: [{ recipientId: 'agent-beta' }, { recipientId: 'b' }] });
  }
  for (const job of store.outbox.claimDue({ limit: 5 })) store.outbox.markDelivered(job.messageId, job.recipientId);
  return ids;
}

describe('state/counts', () => {
  describe('in one process', () => {
    const handle = useStore();

    it('match COUNT(*) after receipts, transitions, deliveries and a purge', async () => {
      await fill(handle.store);
      expectExact(handle.path);
      const purged = handle.store.purge({
        deletedRetentionMs: null,
        archivedRetentionMs: null,
        deliveredRetentionMs: 0,
      });
      expect(purged.deleted + purged.archived + purged.delivered).to.be.greaterThan(0);
      expectExact(handle.path);
      expect(handle.store.inbox.count()).to.deep.include({ deleted: 0, archived: 0 });
    });

    it('match COUNT(*) after a merge import and a replace import', async () => {
      await fill(handle.store);
      const document = await handle.store.exportState('agent-alpha');
      handle.store.inbox.transitionMany(
        handle.store.inbox.list({ status: 'unread', limit: 2 }).map((m) => m.messageId),
        'deleted',
      );
      await handle.store.receive(envelope());
      await handle.store.importState(document, { mode: 'merge' });
      expectExact(handle.path);
      await handle.store.importState(document, { mode: 'replace' });
      expectExact(handle.path);
      expect(handle.store.inbox.count().total).to.equal(document.inbox.length);
    });

    it("give the store's size: file bytes and rows", async () => {
      await fill(handle.store);
      const size = handle.store.size();
      expect(size.inboxRows).to.equal(12);
      expect(size.outboxRows).to.equal(8);
      expect(size.bytes).to.be.greaterThan(0);
      expect(size.walBytes).to.be.at.least(0);
    });

    it('stay exact when a transaction rolls back', async () => {
      await fill(handle.store);
      const before = handle.store.inbox.count();
      expect(() =>
        handle.store.transaction((r) => {
          r.inbox.addNote({ swarmId: SWARM_ID, senderId: 'system', body: 'gone' });
          throw new Error('rolled back');
        }),
      ).to.throw('rolled back');
      expect(handle.store.inbox.count()).to.deep.equal(before);
      expectExact(handle.path);
    });
  });

  describe('across a crash', () => {
    const temp = useTempDir();

    it('match COUNT(*) after the writing process is killed mid-run', async function () {
      this.timeout(60_000);
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, temp.path()], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Kill it while it writes, some rounds in (rounds commit on two connections, so a kill can land anywhere).
      await new Promise<void>((resolve) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          const rounds = chunk.toString().trim().split('\n').map(Number);
          if ((rounds.at(-1) ?? 0) >= 12) resolve();
        });
      });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
      child.kill('SIGKILL');
      expect(await exited).to.equal('SIGKILL');
      // Opening runs WAL recovery: what committed is there, the rest is not, counters included.
      Store.open(temp.path()).close();
      expectExact(temp.path());
    });
  });
});
