// Builds a database file the way the Python reference leaves it (BEHAVIOUR.md §1.1-1.2), with raw SQL.
import Database from 'better-sqlite3';
import { ALPHA_KEY, BETA_KEY, SWARM_ID } from './helpers.js';

export type ReferenceVersion = '1.0.0' | '2.0.0' | '2.1.0';

const BASE = `
CREATE TABLE IF NOT EXISTS schema_versions (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS swarms (
  swarm_id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) <= 256), master TEXT NOT NULL,
  joined_at TEXT NOT NULL, allow_member_invite INTEGER NOT NULL DEFAULT 0, require_approval INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS swarm_members (
  agent_id TEXT NOT NULL, swarm_id TEXT NOT NULL, endpoint TEXT NOT NULL, public_key TEXT NOT NULL,
  joined_at TEXT NOT NULL, PRIMARY KEY (agent_id, swarm_id),
  FOREIGN KEY (swarm_id) REFERENCES swarms(swarm_id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS idx_members_swarm ON swarm_members(swarm_id);
CREATE TABLE IF NOT EXISTS message_queue (
  message_id TEXT PRIMARY KEY, swarm_id TEXT NOT NULL, sender_id TEXT NOT NULL, message_type TEXT NOT NULL,
  content TEXT NOT NULL, received_at TEXT NOT NULL, processed_at TEXT, status TEXT NOT NULL DEFAULT 'pending',
  error TEXT);
CREATE INDEX IF NOT EXISTS idx_queue_status ON message_queue(status, received_at);
CREATE INDEX IF NOT EXISTS idx_queue_swarm ON message_queue(swarm_id);
CREATE TABLE IF NOT EXISTS muted_agents (agent_id TEXT PRIMARY KEY, muted_at TEXT NOT NULL, reason TEXT);
CREATE TABLE IF NOT EXISTS muted_swarms (swarm_id TEXT PRIMARY KEY, muted_at TEXT NOT NULL, reason TEXT);
CREATE TABLE IF NOT EXISTS public_keys (agent_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, fetched_at TEXT NOT NULL,
  endpoint TEXT);
CREATE TABLE IF NOT EXISTS sdk_sessions (swarm_id TEXT NOT NULL, peer_id TEXT NOT NULL, session_id TEXT NOT NULL,
  last_active TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active', PRIMARY KEY (swarm_id, peer_id));
CREATE INDEX IF NOT EXISTS idx_sessions_last_active ON sdk_sessions(last_active);
INSERT OR IGNORE INTO schema_versions VALUES ('1.0.0', datetime('now'));
`;

const V2 = `
CREATE TABLE IF NOT EXISTS inbox (
  message_id TEXT PRIMARY KEY, swarm_id TEXT NOT NULL, sender_id TEXT NOT NULL, recipient_id TEXT,
  message_type TEXT NOT NULL, content TEXT NOT NULL, received_at TEXT NOT NULL, read_at TEXT,
  status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'read', 'archived', 'deleted')));
CREATE INDEX IF NOT EXISTS idx_inbox_status ON inbox(status, received_at);
CREATE INDEX IF NOT EXISTS idx_inbox_swarm ON inbox(swarm_id);
CREATE INDEX IF NOT EXISTS idx_inbox_sender ON inbox(sender_id);
CREATE TABLE IF NOT EXISTS outbox (
  message_id TEXT PRIMARY KEY, swarm_id TEXT NOT NULL, recipient_id TEXT NOT NULL,
  message_type TEXT NOT NULL DEFAULT 'message', content TEXT NOT NULL, sent_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'delivered', 'failed')), error TEXT);
CREATE INDEX IF NOT EXISTS idx_outbox_swarm ON outbox(swarm_id);
CREATE INDEX IF NOT EXISTS idx_outbox_sent ON outbox(sent_at);
INSERT OR IGNORE INTO schema_versions VALUES ('2.0.0', datetime('now'));
`;

export const TOON_CONTENT = `protocol_version: 0.1.0
message_id: 11111111-1111-4111-8111-111111111111
timestamp: "2026-02-05T14:30:00.000Z"
sender:
  agent_id: agent-beta
  endpoint: "https://beta.example.com/swarm"
recipient: agent-alpha
swarm_id: ${SWARM_ID}
type: message
content: "Hello,\\nmultiline: yes"
signature: bogus
priority: normal`;

export const JSON_ENVELOPE = JSON.stringify({
  protocol_version: '0.1.0',
  message_id: '22222222-2222-4222-8222-222222222222',
  timestamp: '2026-02-05T14:31:00.000Z',
  sender: { agent_id: 'agent-beta', endpoint: 'https://beta.example.com/swarm' },
  recipient: 'broadcast',
  swarm_id: SWARM_ID,
  type: 'message',
  content: 'json body',
  signature: 'sig',
});

/** Writes a reference database at `version` with one swarm, mutes, a key, a session, queue/inbox/outbox rows. */
export function buildReferenceDb(path: string, version: ReferenceVersion): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.exec(BASE);
  db.prepare('INSERT INTO swarms VALUES (?, ?, ?, ?, ?, ?)').run(
    SWARM_ID,
    'demo-swarm',
    'agent-alpha',
    '2026-02-05T14:30:00.123456+00:00',
    1,
    0,
  );
  const member = db.prepare('INSERT INTO swarm_members VALUES (?, ?, ?, ?, ?)');
  member.run('agent-alpha', SWARM_ID, 'https://alpha.example.com/swarm', ALPHA_KEY, '2026-02-05T14:30:00+00:00');
  member.run('agent-beta', SWARM_ID, 'https://beta.example.com/swarm', BETA_KEY, '2026-02-05T14:35:00.000Z');
  db.prepare('INSERT INTO muted_agents VALUES (?, ?, ?)').run('spammer', '2026-02-05T15:00:00+00:00', 'noise');
  db.prepare('INSERT INTO muted_swarms VALUES (?, ?, ?)').run(
    '7ca7b810-9dad-11d1-80b4-00c04fd430c9',
    '2026-02-05 15:00:00',
    null,
  );
  db.prepare('INSERT INTO public_keys VALUES (?, ?, ?, ?)').run(
    'agent-beta',
    BETA_KEY,
    '2026-02-05T00:00:00+00:00',
    'https://beta.example.com/swarm',
  );
  db.prepare('INSERT INTO sdk_sessions VALUES (?, ?, ?, ?, ?)').run(
    SWARM_ID,
    'agent-beta',
    'session-1',
    '2026-02-05T16:00:00.5+00:00',
    'active',
  );
  const queue = db.prepare(
    'INSERT INTO message_queue (message_id, swarm_id, sender_id, message_type, content, received_at, processed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  queue.run(
    'q-pending',
    SWARM_ID,
    'agent-beta',
    'message',
    'pending text',
    '2026-02-01T10:00:00+00:00',
    null,
    'pending',
  );
  queue.run(
    'q-completed',
    SWARM_ID,
    'agent-beta',
    'message',
    'done',
    '2026-02-01T10:01:00+00:00',
    '2026-02-01T11:00:00+00:00',
    'completed',
  );
  queue.run('q-failed', SWARM_ID, 'agent-beta', 'message', 'oops', '2026-02-01T10:02:00+00:00', null, 'failed');
  if (version !== '1.0.0') {
    db.exec(V2);
    // The reference's own 2.0.0 migration copied the queue into the inbox.
    db.exec(`INSERT OR IGNORE INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, content,
      received_at, read_at, status) SELECT message_id, swarm_id, sender_id, NULL, message_type, content, received_at,
      processed_at, CASE status WHEN 'completed' THEN 'read' WHEN 'failed' THEN 'read' ELSE 'unread' END
      FROM message_queue`);
    const inbox = db.prepare(
      'INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, content, received_at, read_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    inbox.run(
      '11111111-1111-4111-8111-111111111111',
      SWARM_ID,
      'agent-beta',
      'agent-alpha',
      'message',
      TOON_CONTENT,
      '2026-02-05T14:30:01.000001+00:00',
      null,
      'unread',
    );
    inbox.run(
      '22222222-2222-4222-8222-222222222222',
      SWARM_ID,
      'agent-beta',
      'broadcast',
      'message',
      JSON_ENVELOPE,
      '2026-02-05T14:31:01+00:00',
      '2026-02-05T14:40:00+00:00',
      'read',
    );
    inbox.run(
      'n-archived',
      SWARM_ID,
      'agent-beta',
      null,
      'notification',
      '{"type": "system"}',
      '2026-02-05T14:32:00+00:00',
      null,
      'archived',
    );
    const outbox = db.prepare('INSERT INTO outbox VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    outbox.run('o-sent', SWARM_ID, 'broadcast', 'message', 'hi all', '2026-02-05T14:33:00+00:00', 'sent', null);
    outbox.run(
      'o-failed',
      SWARM_ID,
      'agent-beta',
      'message',
      'hi beta',
      '2026-02-05T14:34:00+00:00',
      'failed',
      'timeout',
    );
  }
  if (version === '2.1.0') {
    db.exec(`ALTER TABLE inbox ADD COLUMN deleted_at TEXT;
      INSERT OR IGNORE INTO schema_versions VALUES ('2.1.0', datetime('now'));`);
    db.prepare(
      'INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, content, received_at, read_at, status, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      'n-deleted',
      SWARM_ID,
      'agent-beta',
      null,
      'message',
      'gone',
      '2026-02-05T14:36:00+00:00',
      null,
      'deleted',
      '2026-02-05T14:37:00+00:00',
    );
  }
  db.close();
}
