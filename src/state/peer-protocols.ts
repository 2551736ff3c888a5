// What this agent has learnt of its peers' protocol versions. A sender reads it to choose 0.1.0 or 0.2 per
// recipient (NEG-002), a receiver to refuse a downgrade (NEG-DOWN-001). Evidence: a peer's /info (`info`, which
// also dates the next look), a verified 0.2 message from it (`message`), or its PROTOCOL_DOWNGRADE refusal of a
// 0.1.0 message of ours (`refusal`). Only /info can say a peer no longer speaks 0.2: the other two only raise.
import { lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { requireText } from './errors.js';
import { storageTimestamp } from './time.js';

export type ProtocolEvidence = 'info' | 'message' | 'refusal';

export interface PeerProtocolRecord {
  agentId: string;
  publicKey: string;
  speaksV02: boolean;
  source: ProtocolEvidence;
  learntAt: string;
  /** When /info was last read; null if it never was. */
  checkedAt: string | null;
}

export interface PeerProtocolRepository {
  get(agentId: string, publicKey: string): PeerProtocolRecord | undefined;
  /** The most recently learnt record of an agent id, whatever the key (for a peer no longer a member here). */
  latest(agentId: string): PeerProtocolRecord | undefined;
  /** What /info said, read now: sets both ways and dates the look. */
  recordInfo(agentId: string, publicKey: string, speaksV02: boolean, at?: string): PeerProtocolRecord;
  /** A verified 0.2 message, or a downgrade refusal: raises to 0.2; returns false if it was already known. */
  recordV02(agentId: string, publicKey: string, source: Exclude<ProtocolEvidence, 'info'>): boolean;
  /** Forgets a peer (every key), e.g. on the operator's word. */
  forget(agentId: string): number;
  list(): PeerProtocolRecord[];
}

const COLUMNS = `agent_id AS agentId, public_key AS publicKey, speaks_v02 AS speaksV02, source,
  learnt_at AS learntAt, checked_at AS checkedAt`;

interface Row extends Omit<PeerProtocolRecord, 'speaksV02'> {
  speaksV02: number;
}

const toRecord = (row: Row | undefined): PeerProtocolRecord | undefined =>
  row && { ...row, speaksV02: row.speaksV02 === 1 };

export function createPeerProtocolRepository(context: RepositoryContext): PeerProtocolRepository {
  const { db } = context;
  const s = lazyStatements({
    get: () => db.prepare(`SELECT ${COLUMNS} FROM peer_protocols WHERE agent_id = ? AND public_key = ?`),
    info: () =>
      db.prepare(`INSERT INTO peer_protocols (agent_id, public_key, speaks_v02, source, learnt_at, checked_at)
        VALUES (@agentId, @publicKey, @speaks, 'info', @now, @now) ON CONFLICT (agent_id, public_key) DO UPDATE SET
        speaks_v02 = excluded.speaks_v02, source = 'info', learnt_at = excluded.learnt_at, checked_at = excluded.checked_at`),
    raise: () =>
      db.prepare(`INSERT INTO peer_protocols (agent_id, public_key, speaks_v02, source, learnt_at, checked_at)
        VALUES (@agentId, @publicKey, 1, @source, @now, NULL) ON CONFLICT (agent_id, public_key) DO UPDATE SET
        speaks_v02 = 1, source = excluded.source, learnt_at = excluded.learnt_at WHERE speaks_v02 = 0`),
    latest: () =>
      db.prepare(`SELECT ${COLUMNS} FROM peer_protocols WHERE agent_id = ? ORDER BY learnt_at DESC LIMIT 1`),
    forget: () => db.prepare('DELETE FROM peer_protocols WHERE agent_id = ?'),
    list: () => db.prepare(`SELECT ${COLUMNS} FROM peer_protocols ORDER BY agent_id, public_key`),
  });
  const get = (agentId: string, publicKey: string) => toRecord(s.get.get(agentId, publicKey) as Row | undefined);
  return {
    get,
    latest: (agentId) => toRecord(s.latest.get(agentId) as Row | undefined),
    recordInfo(agentId, publicKey, speaksV02, at) {
      s.info.run({
        agentId: requireText(agentId, 'agentId'),
        publicKey: requireText(publicKey, 'publicKey'),
        speaks: speaksV02 ? 1 : 0,
        now: at === undefined ? nowOf(context) : storageTimestamp(at),
      });
      return get(agentId, publicKey) as PeerProtocolRecord;
    },
    recordV02(agentId, publicKey, source) {
      const params = {
        agentId: requireText(agentId, 'agentId'),
        publicKey: requireText(publicKey, 'publicKey'),
        source,
        now: nowOf(context),
      };
      return s.raise.run(params).changes === 1;
    },
    forget: (agentId) => s.forget.run(agentId).changes,
    list: () => (s.list.all() as Row[]).map((row) => toRecord(row) as PeerProtocolRecord),
  };
}
