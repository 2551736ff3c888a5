// Migration 1: the initial schema. Every timestamp column is checked to hold the canonical ms-Z form, so text
// order is time order; booleans are 0/1; statuses are closed sets. Tables are STRICT (no type affinity surprises).

import { MS_Z_GLOB } from '../time.js';
import { adoptReferenceTables, detectReferenceVersions, renameReferenceTables } from './reference.js';
import type { Migration } from './types.js';

const ts = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB ${MS_Z_GLOB})`;
const tsOrNull = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB ${MS_Z_GLOB})`;
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

export const INITIAL_SCHEMA = `
CREATE TABLE swarms (
  swarm_id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 256),
  master_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('master', 'member')),
  ${ts('joined_at')},
  ${flag('allow_member_invite')},
  ${flag('require_approval')}
) STRICT;

CREATE TABLE swarm_members (
  swarm_id TEXT NOT NULL REFERENCES swarms (swarm_id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  public_key TEXT NOT NULL,
  ${ts('joined_at')},
  PRIMARY KEY (swarm_id, agent_id)
) STRICT;

CREATE TABLE muted_agents (
  agent_id TEXT PRIMARY KEY,
  ${ts('muted_at')},
  reason TEXT
) STRICT;

CREATE TABLE muted_swarms (
  swarm_id TEXT PRIMARY KEY,
  ${ts('muted_at')},
  reason TEXT
) STRICT;

CREATE TABLE public_keys (
  agent_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  endpoint TEXT,
  ${ts('fetched_at')}
) STRICT;

CREATE TABLE invites (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
  swarm_id TEXT NOT NULL REFERENCES swarms (swarm_id) ON DELETE CASCADE,
  issued_by TEXT NOT NULL,
  ${ts('issued_at')},
  ${tsOrNull('expires_at')},
  max_uses INTEGER CHECK (max_uses IS NULL OR max_uses >= 1),
  uses INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
  ${tsOrNull('revoked_at')}
) STRICT;
CREATE INDEX invites_swarm ON invites (swarm_id);

CREATE TABLE pending_joins (
  swarm_id TEXT NOT NULL REFERENCES swarms (swarm_id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  public_key TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  ${ts('requested_at')},
  ${ts('expires_at')},
  PRIMARY KEY (swarm_id, agent_id)
) STRICT;
CREATE INDEX pending_joins_expiry ON pending_joins (expires_at);

CREATE TABLE inbox (
  message_id TEXT PRIMARY KEY,
  swarm_id TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  recipient_id TEXT,
  message_type TEXT NOT NULL CHECK (message_type IN ('message', 'system', 'notification')),
  envelope TEXT,
  body TEXT NOT NULL,
  content_hash TEXT,
  status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'read', 'archived', 'deleted')),
  ${ts('received_at')},
  ${tsOrNull('read_at')},
  ${tsOrNull('archived_at')},
  ${tsOrNull('deleted_at')}
) STRICT;
CREATE INDEX inbox_status_received ON inbox (status, received_at);
CREATE INDEX inbox_swarm_received ON inbox (swarm_id, received_at);
CREATE INDEX inbox_sender ON inbox (sender_id);

CREATE TABLE outbox (
  message_id TEXT NOT NULL,
  recipient_id TEXT NOT NULL,
  swarm_id TEXT NOT NULL,
  ${flag('broadcast')},
  message_type TEXT NOT NULL CHECK (message_type IN ('message', 'system', 'notification')),
  endpoint TEXT,
  envelope TEXT,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  ${tsOrNull('next_attempt_at')},
  ${tsOrNull('lease_until')},
  last_error TEXT,
  last_status_code INTEGER,
  ${ts('created_at')},
  ${tsOrNull('delivered_at')},
  PRIMARY KEY (message_id, recipient_id),
  -- A row that can still be sent has the signed envelope; only rows adopted from the reference (already sent or
  -- failed) lack one. endpoint NULL means "the member's current endpoint".
  CHECK (status IN ('delivered', 'failed') OR envelope IS NOT NULL),
  CHECK (status <> 'queued' OR next_attempt_at IS NOT NULL),
  CHECK (status <> 'sending' OR lease_until IS NOT NULL)
) STRICT;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_leases ON outbox (lease_until) WHERE status = 'sending';
CREATE INDEX outbox_swarm_created ON outbox (swarm_id, created_at);
CREATE INDEX outbox_created ON outbox (created_at);

CREATE TABLE wake_sessions (
  swarm_id TEXT NOT NULL,
  peer_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  ${ts('last_active')},
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'idle', 'suspended')),
  PRIMARY KEY (swarm_id, peer_id)
) STRICT;
CREATE INDEX wake_sessions_last_active ON wake_sessions (last_active);
`;

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema (adopts a reference database when one is found)',
  up(db, context) {
    const reference = detectReferenceVersions(db);
    if (reference.length > 0) renameReferenceTables(db);
    db.exec(INITIAL_SCHEMA);
    if (reference.length > 0) adoptReferenceTables(db, context);
  },
};
