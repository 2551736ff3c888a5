import { fstatSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { GroupCommit } from '../../src/state/group-commit.js';
import { isStateError, type StateError, Store } from '../../src/state/index.js';
import { envelope, SWARM_ID, useStore, useTempDir } from './helpers.js';

describe('state/group commit', () => {
  const ctx = useStore();

  it('commits every write queued in one tick in one transaction, each with its own result', async () => {
    const messages = Array.from({ length: 100 }, () => envelope());
    const results = await Promise.all(messages.map((m) => ctx.store.receive(m)));
    expect(results.map((r) => r.messageId)).to.deep.equal(messages.map((m) => m.message_id));
    expect(results.every((r) => r.status === 'stored')).to.equal(true);
    expect(ctx.store.writeStats).to.deep.equal({ commits: 1, writes: 100, busyRetries: 0, syncs: 1 });
  });

  it('rejects only the write that failed, rolling back just its changes', async () => {
    const ok1 = envelope();
    const ok2 = envelope();
    const doomed = envelope();
    const outcomes = await Promise.allSettled([
      ctx.store.receive(ok1),
      ctx.store.write((r) => {
        r.inbox.receive(doomed);
        throw new Error('handler failed after writing');
      }),
      ctx.store.write((r) => r.inbox.transition('unknown-id', 'read')),
      ctx.store.receive(ok2),
    ]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).to.equal('handler failed after writing');
    expect(isStateError((outcomes[2] as PromiseRejectedResult).reason, 'MESSAGE_NOT_FOUND')).to.equal(true);
    expect(ctx.store.inbox.get(doomed.message_id)).to.equal(undefined);
    expect(ctx.store.inbox.get(ok1.message_id)).to.not.equal(undefined);
    expect(ctx.store.inbox.get(ok2.message_id)).to.not.equal(undefined);
    expect(ctx.store.writeStats.commits).to.equal(1);
  });

  it('runs a write of one change without a savepoint, and a failing one is refused alone', async () => {
    const ok = envelope();
    const taken = envelope();
    await ctx.store.receive(taken);
    const outcomes = await Promise.allSettled([
      ctx.store.receive(ok),
      // Throws before changing anything, as a refusal on the hot path does.
      ctx.store.write(
        () => {
          throw new Error('refused before writing');
        },
        { oneChange: true },
      ),
      // Its one statement fails (the message id is taken) and undoes itself.
      ctx.store.write(
        (r) => r.inbox.addNote({ messageId: taken.message_id, swarmId: SWARM_ID, senderId: 'x', body: 'b' }),
        {
          oneChange: true,
        },
      ),
    ]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'rejected']);
    expect(ctx.store.inbox.get(ok.message_id)).to.not.equal(undefined);
    expect(ctx.store.inbox.get(taken.message_id)?.body).to.equal(taken.content);
    expect(ctx.store.inbox.count().total).to.equal(2);
  });

  it('rolls the whole transaction back when a write of one change throws after changing something', async () => {
    const first = envelope();
    const broken = envelope();
    const outcomes = await Promise.allSettled([
      ctx.store.receive(first),
      ctx.store.write(
        (r) => {
          r.inbox.receive(broken);
          throw new Error('handler failed after writing');
        },
        { oneChange: true },
      ),
    ]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['rejected', 'rejected']);
    const reason = (outcomes[1] as PromiseRejectedResult).reason as Error;
    expect(reason.message).to.match(/one change/);
    expect((reason.cause as Error).message).to.equal('handler failed after writing');
    // Nothing of the batch was committed: neither half of the broken write nor its neighbour.
    expect(ctx.store.inbox.count().total).to.equal(0);
    expect(await ctx.store.receive(first)).to.include({ status: 'stored' });
  });

  it('refuses an asynchronous write function and undoes what it did', async () => {
    const message = envelope();
    const promise = ctx.store.write(async (r) => r.inbox.receive(message));
    let error: unknown;
    await promise.catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(TypeError);
    expect(ctx.store.inbox.get(message.message_id)).to.equal(undefined);
  });

  it('resolves only once the write is visible to another connection', async () => {
    const message = envelope();
    await ctx.store.receive(message);
    const other = new Database(ctx.path, { readonly: true });
    try {
      expect(other.prepare('SELECT count(*) FROM inbox WHERE message_id = ?').pluck().get(message.message_id)).to.equal(
        1,
      );
    } finally {
      other.close();
    }
  });

  it('puts writes queued after a commit started into the next transaction', async () => {
    await ctx.store
      .receive(envelope())
      .then(() => Promise.all([ctx.store.receive(envelope()), ctx.store.receive(envelope())]));
    expect(ctx.store.writeStats).to.deep.equal({ commits: 2, writes: 3, busyRetries: 0, syncs: 2 });
  });

  it('reports duplicates and conflicts through the durable path', async () => {
    const message = envelope();
    const [first, second, third] = await Promise.all([
      ctx.store.receive(message),
      ctx.store.receive(message),
      ctx.store.receive({ ...message, content: 'changed' }),
    ]);
    expect([first.status, second.status, third.status]).to.deep.equal(['stored', 'duplicate', 'conflict']);
  });
});

describe('state/group commit lifecycle', () => {
  const temp = useTempDir();

  it('commits queued writes on close, then refuses new ones', async () => {
    const store = Store.open(temp.path());
    const pending = store.receive(envelope());
    store.close();
    expect((await pending).status).to.equal('stored');
    let error: unknown;
    await store.receive(envelope()).catch((e: unknown) => {
      error = e;
    });
    expect(isStateError(error, 'STORE_CLOSED')).to.equal(true);
    let exportError: unknown;
    await store.exportState('a').catch((e: unknown) => {
      exportError = e;
    });
    expect(isStateError(exportError, 'STORE_CLOSED')).to.equal(true);
    const reopened = Store.open(temp.path());
    expect(reopened.inbox.count({ swarmId: SWARM_ID }).total).to.equal(1);
    reopened.close();
  });

  it('waits for the write lock of another connection without blocking the event loop', async () => {
    const store = Store.open(temp.path(), { busyTimeoutMs: 2000 });
    const other = new Database(temp.path());
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 5);
    const pending = store.receive(envelope());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.writeStats.commits).to.equal(0);
    expect(store.writeStats.busyRetries).to.be.greaterThan(0);
    other.exec('COMMIT');
    expect((await pending).status).to.equal('stored');
    clearInterval(timer);
    expect(ticks).to.be.greaterThan(5);
    other.close();
    store.close();
  });

  it('gives up with SQLITE_BUSY once the busy timeout has passed', async () => {
    const store = Store.open(temp.path(), { busyTimeoutMs: 100 });
    const other = new Database(temp.path());
    other.exec('BEGIN IMMEDIATE');
    let error: unknown;
    await store.receive(envelope()).catch((e: unknown) => {
      error = e;
    });
    expect((error as { code?: string }).code).to.equal('SQLITE_BUSY');
    other.exec('ROLLBACK');
    other.close();
    expect((await store.receive(envelope())).status).to.equal('stored');
    store.close();
  });

  it('splits a queue longer than maxBatch into several transactions', async () => {
    const store = Store.open(temp.path(), { maxBatch: 10 });
    await Promise.all(Array.from({ length: 25 }, () => store.receive(envelope())));
    // One flush, three transactions, one sync of the WAL for all of them.
    expect(store.writeStats).to.deep.equal({ commits: 3, writes: 25, busyRetries: 0, syncs: 1 });
    store.close();
  });
});

describe('state/group commit durability', () => {
  const temp = useTempDir();

  /** A WAL database committing at NORMAL, a table, and (with syncWal) a sync of the WAL that the test releases. */
  function setup(syncWal = true, onFailure?: (error: StateError) => void) {
    const db = new Database(temp.path());
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (v INTEGER)');
    const held: { fd: number; release: () => void; fail: (error: Error) => void }[] = [];
    const commits = new GroupCommit(db, db, {
      syncWal,
      onFailure,
      syncFile: (fd) =>
        new Promise<void>((release, fail) => {
          held.push({ fd, release, fail });
        }),
    });
    const insert = (v: number) => commits.write((d) => d.prepare('INSERT INTO t VALUES (?)').run(v).changes);
    const settled = (promise: Promise<unknown>) => {
      const state = { done: false };
      promise.then(
        () => (state.done = true),
        () => (state.done = true),
      );
      return state;
    };
    return { db, commits, held, insert, settled };
  }

  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('acknowledges a committed write only once the WAL sync has ended, and serves the loop meanwhile', async () => {
    const { db, commits, held, insert, settled } = setup();
    const first = settled(insert(1));
    await tick();
    await tick();
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).to.equal(1);
    expect(held).to.have.length(1);
    expect(fstatSync(held[0]!.fd).ino).to.equal(statSync(`${temp.path()}-wal`).ino);
    expect(first.done).to.equal(false);
    held[0]!.release();
    await tick();
    expect(first.done).to.equal(true);
    commits.close();
    db.close();
  });

  it('gathers the writes that arrive during a sync into one commit after it, covered by the next sync', async () => {
    const { db, commits, held, insert, settled } = setup();
    const first = settled(insert(1));
    await tick();
    const second = settled(insert(2));
    await tick();
    const third = settled(insert(3));
    await tick();
    expect(commits.stats).to.include({ commits: 1, writes: 1 });
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).to.equal(1);
    expect(held).to.have.length(1);
    held[0]!.release();
    await tick();
    // The waiting writes are committed on the loop's next turn, with whatever else it read by then.
    await tick();
    expect([first.done, second.done, third.done]).to.deep.equal([true, false, false]);
    expect(commits.stats).to.include({ commits: 2, writes: 3 });
    expect(held).to.have.length(2);
    held[1]!.release();
    await tick();
    expect([second.done, third.done]).to.deep.equal([true, true]);
    expect(commits.stats.syncs).to.equal(2);
    commits.close();
    db.close();
  });

  it('stops for good on a failed sync: what it covered, what was committed or queued since, and every later write', async () => {
    const failures: StateError[] = [];
    const { db, commits, held, insert } = setup(true, (error) => failures.push(error));
    const covered = insert(1);
    await tick();
    expect(held).to.have.length(1);
    // Committed while the sync runs (an explicit flush), so its frames follow the ones the sync covers.
    const committedSince = insert(2);
    commits.flush();
    const queued = insert(3);
    const outcomes = Promise.allSettled([covered, committedSince, queued]);
    held[0]!.fail(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    for (const outcome of await outcomes) {
      expect(outcome.status).to.equal('rejected');
      const error = (outcome as PromiseRejectedResult).reason as StateError;
      expect(error.code).to.equal('STORE_FAILED');
      expect((error.cause as { code?: string }).code).to.equal('EIO');
    }
    expect(commits.failure?.code).to.equal('STORE_FAILED');
    expect(failures).to.have.length(1);
    const later = (await insert(4).catch((error: unknown) => error)) as StateError;
    expect(later.code).to.equal('STORE_FAILED');
    await tick();
    await tick();
    // No further sync is attempted, and nothing queued after the failure was committed.
    expect(held).to.have.length(1);
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).to.deep.equal([1, 2]);
    commits.close();
    db.close();
  });

  it('makes committed writes durable on close even while a sync is still under way', async () => {
    const { db, commits, held, insert, settled } = setup();
    const first = settled(insert(1));
    await tick();
    const second = insert(2);
    commits.close();
    expect(await second).to.equal(1);
    await tick();
    expect(first.done).to.equal(true);
    held[0]!.release();
    db.close();
  });

  it('acknowledges at the COMMIT, with no sync of its own, when the store asked for less than FULL', async () => {
    const { db, commits, held, insert } = setup(false);
    expect(await insert(1)).to.equal(1);
    expect(held).to.have.length(0);
    expect(commits.stats.syncs).to.equal(0);
    commits.close();
    db.close();
  });

  it('syncs the real WAL file of a store, on a connection of its own, and leaves the main one as opened', async () => {
    const store = Store.open(temp.path());
    await store.receive(envelope());
    expect(store.writeStats.syncs).to.equal(1);
    expect(store.diagnostics()).to.include({ synchronous: 2, busyTimeoutMs: 10_000 });
    store.close();
    const normal = Store.open(temp.path(), { synchronous: 'NORMAL' });
    await normal.receive(envelope());
    expect(normal.writeStats.syncs).to.equal(0);
    normal.close();
  });
});
