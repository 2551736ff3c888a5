// Migration 5: what this agent has learnt of each peer's protocol versions (NEG-002, NEG-DOWN-001), per agent id
// and identity key: the evidence belongs to whoever holds that key, not to a name another swarm may reuse.
import { MS_Z_GLOB } from '../time.js';
import type { Migration } from './types.js';

export const peerProtocols: Migration = {
  version: 5,
  name: 'peer protocol versions',
  up(db) {
    db.exec(`CREATE TABLE peer_protocols (
      agent_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      speaks_v02 INTEGER NOT NULL CHECK (speaks_v02 IN (0, 1)),
      source TEXT NOT NULL CHECK (source IN ('info', 'message', 'refusal')),
      learnt_at TEXT NOT NULL CHECK (learnt_at GLOB ${MS_Z_GLOB}),
      checked_at TEXT CHECK (checked_at IS NULL OR checked_at GLOB ${MS_Z_GLOB}),
      PRIMARY KEY (agent_id, public_key)
    ) WITHOUT ROWID`);
  },
};
