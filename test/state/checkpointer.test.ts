import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { Checkpointer } from '../../src/state/checkpointer.js';
import { Store } from '../../src/state/store.js';
import { waitFor } from '../helpers/wait.js';
import { envelope, useTempDir } from './helpers.js';

describe('state/checkpointer', () => {
  const temp = useTempDir();

  function walDatabase() {
    const path = temp.path();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (v BLOB)');
    return { db, path };
  }

  it('takes checkpoints off the writer and makes a long log start over, while the writer keeps committing', async () => {
    const { db, path } = walDatabase();
    const checkpointer = new Checkpointer(db, { intervalMs: 5, restartFrames: 64 });
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).to.equal(0);
      await waitFor(() => checkpointer.stats.checkpoints > 0, 10_000, 'the worker to start');
      const insert = db.prepare('INSERT INTO t VALUES (randomblob(3000))');
      let commits = 0;
      // One page a commit, far past the restart threshold; the writer never checkpoints by itself meanwhile.
      while (checkpointer.stats.restarts < 2 || commits < 2000) {
        insert.run();
        commits += 1;
        if (commits % 20 === 0) await sleep(1);
        if (commits > 200_000) throw new Error('the log never started over');
      }
      expect(checkpointer.stats).to.include({ mode: 'background' });
      expect(checkpointer.stats.checkpoints).to.be.greaterThan(0);
      // Each restart reuses the log from its start: it stays far shorter than everything committed.
      expect(statSync(`${path}-wal`).size).to.be.below(commits * 4096 * 0.5);
      expect(db.prepare('SELECT count(*) FROM t').pluck().get()).to.equal(commits);
    } finally {
      checkpointer.stop();
    }
    expect(checkpointer.stats.mode).to.equal('inline');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).to.equal(1000);
    db.close();
  });

  it('never holds the writer off for a reader that keeps an old snapshot', async () => {
    const { db, path } = walDatabase();
    // The writer does not wait for locks at all: a RESTART holding the write lock would make it fail.
    const writer = new Database(path, { timeout: 0 });
    const reader = new Database(path);
    const checkpointer = new Checkpointer(writer, { intervalMs: 5, restartFrames: 64 });
    try {
      await waitFor(() => checkpointer.stats.checkpoints > 0, 10_000, 'the worker to start');
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM t').get();
      const insert = writer.prepare('INSERT INTO t VALUES (randomblob(3000))');
      for (let commits = 1; commits <= 600; commits += 1) {
        insert.run();
        if (commits % 20 === 0) await sleep(2);
      }
      expect(checkpointer.stats.restarts).to.equal(0);
      reader.exec('COMMIT');
      await waitFor(() => checkpointer.stats.restarts > 0, 10_000, 'a restart once the reader is done');
    } finally {
      checkpointer.stop();
      reader.close();
      writer.close();
      db.close();
    }
  });

  it('gives checkpoints back to the writer when the worker fails', async () => {
    const { db } = walDatabase();
    const checkpointer = new Checkpointer(db, {
      workerFile: new URL('data:text/javascript,throw new Error("cannot open the database")'),
    });
    await waitFor(() => checkpointer.stats.mode === 'inline', 10_000, 'the writer to take checkpoints back');
    expect(checkpointer.stats.failure).to.match(/cannot open the database/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).to.equal(1000);
    checkpointer.stop();
    db.close();
  });

  it('runs for a store asked to, and stops when the store closes', async () => {
    const store = Store.open(temp.path());
    expect(store.checkpointStats).to.equal(undefined);
    await store.checkpointInBackground({ intervalMs: 5 });
    await Promise.all(Array.from({ length: 50 }, () => store.receive(envelope())));
    await waitFor(() => (store.checkpointStats?.checkpoints ?? 0) > 0, 10_000, 'a checkpoint');
    expect(store.checkpointStats?.mode).to.equal('background');
    store.close();
    expect(store.checkpointStats?.mode).to.equal('inline');
    const reopened = Store.open(temp.path());
    expect(reopened.inbox.count().total).to.equal(50);
    reopened.close();
  });
});
