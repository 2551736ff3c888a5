// Migration 3: a denied join request is kept, marked with when it was denied, until the time it would have expired.
// Before, denying deleted the request, so the same invite presented again simply opened a new one (202) and the
// joiner could never learn the answer; now that request gets 403 JOIN_DENIED, and only a new invite starts over.
import { MS_Z_GLOB } from '../time.js';
import type { Migration } from './types.js';

export const rememberedDenials: Migration = {
  version: 3,
  name: 'remember denied join requests',
  up(db) {
    db.exec(
      `ALTER TABLE pending_joins ADD COLUMN denied_at TEXT CHECK (denied_at IS NULL OR denied_at GLOB ${MS_Z_GLOB})`,
    );
  },
};
