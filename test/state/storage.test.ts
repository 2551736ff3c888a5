import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { createSwarm, envelope, useStore } from './helpers.js';

const MESSAGES = 20_000;

describe('state/storage per message', () => {
  const handle = useStore();

  // About 640 bytes for a 100-byte message since migration 6 (1,270 before): the row holds the content once, the
  // envelope packed against it (about 170 bytes), a 32-byte hash and times as integers; its four indexes take about
  // 190 bytes. The goal is under 500; this pins the figure against growing.
  it('stays under 700 bytes for a received 100-byte message', function () {
    this.timeout(60_000);
    createSwarm(handle.store);
    const content = 'x'.repeat(100);
    handle.store.transaction((r) => {
      for (let i = 0; i < MESSAGES; i += 1) r.inbox.receive(envelope({ content, message_id: randomUUID() }));
    });
    handle.store.close();
    const db = new Database(handle.path);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes =
        Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
      expect(bytes / MESSAGES).to.be.below(700);
    } finally {
      db.close();
    }
  });
});
