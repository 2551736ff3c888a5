// Migration 7: the inbox keeps no content hash (issue #17, what is stored twice). The hash was a digest of the
// envelope the row keeps anyway; a message id that arrives again is now compared by the same fingerprint computed
// from the stored envelope (state/envelope.ts, envelopeHash), which costs a parse only on that rare path and spares
// every receipt a sort and a SHA-256. 33 bytes a message less. DROP COLUMN rewrites the table in place: rowids,
// indexes and the count triggers are untouched (none names the column).
import type { Migration } from './types.js';

export const dropContentHash: Migration = {
  version: 7,
  name: 'inbox without content hash',
  up(db) {
    db.exec('ALTER TABLE inbox DROP COLUMN content_hash');
  },
};
