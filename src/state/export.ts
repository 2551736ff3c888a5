// Export, schema 2.0.0: every swarm, member, mute, cached key, non-deleted inbox row and outbox row (the reference
// caps inbox and outbox at the 100 newest and crashes on any outbox row). Read in one transaction, so the document
// is a consistent snapshot, and validated against spec/schemas/ExportV2.json before it is returned.
import type {
  ExportInboxRow,
  ExportOutboxRow,
  ExportV2,
  PublicKeyEntry,
  StateMember,
  SwarmMembership,
} from '../../generated/types.js';
import { validateExportV2 } from '../../generated/validators/ExportV2.js';
import type { RepositoryContext } from './context.js';
import { StateError } from './errors.js';
import { timestampAt } from './time.js';

export function exportState(context: RepositoryContext, agentId: string): ExportV2 {
  const { db } = context;
  const read = db.transaction((): ExportV2 => {
    const swarms: Record<string, SwarmMembership> = {};
    const members = new Map<string, StateMember[]>();
    for (const row of db
      .prepare(`SELECT swarm_id, agent_id, endpoint, public_key, joined_at FROM swarm_members
        ORDER BY swarm_id, joined_at, agent_id`)
      .all() as (StateMember & { swarm_id: string })[]) {
      const { swarm_id, ...member } = row;
      const list = members.get(swarm_id) ?? [];
      list.push(member);
      members.set(swarm_id, list);
    }
    for (const row of db
      .prepare(`SELECT swarm_id, name, master_id, joined_at, allow_member_invite, require_approval FROM swarms
        ORDER BY swarm_id`)
      .all() as SwarmRow[]) {
      swarms[row.swarm_id] = {
        swarm_id: row.swarm_id,
        name: row.name,
        master: row.master_id,
        members: (members.get(row.swarm_id) ?? []) as SwarmMembership['members'],
        joined_at: row.joined_at,
        settings: { allow_member_invite: row.allow_member_invite === 1, require_approval: row.require_approval === 1 },
      };
    }
    const publicKeys: Record<string, PublicKeyEntry> = {};
    for (const row of db
      .prepare('SELECT agent_id, public_key, endpoint, fetched_at FROM public_keys ORDER BY agent_id')
      .all() as { agent_id: string; public_key: string; endpoint: string | null; fetched_at: string }[]) {
      publicKeys[row.agent_id] = {
        public_key: row.public_key,
        fetched_at: row.fetched_at,
        ...(row.endpoint ? { endpoint: row.endpoint } : {}),
      };
    }
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    return {
      schema_version: '2.0.0',
      agent_id: agentId,
      exported_at: timestampAt(context.clock()),
      swarms,
      muted_swarms: ids('SELECT swarm_id FROM muted_swarms ORDER BY swarm_id'),
      muted_agents: ids('SELECT agent_id FROM muted_agents ORDER BY agent_id'),
      public_keys: publicKeys,
      inbox: db
        .prepare(`SELECT message_id, swarm_id, sender_id, recipient_id, message_type, body AS content, received_at,
            status, read_at, archived_at, deleted_at, envelope
          FROM inbox WHERE status <> 'deleted' ORDER BY received_at, message_id`)
        .all() as ExportInboxRow[],
      outbox: (
        db
          .prepare(`SELECT message_id, swarm_id, recipient_id, message_type, body AS content, created_at, status,
              delivered_at, last_error AS error, attempts, next_attempt_at, last_status_code AS last_status, broadcast,
              envelope
            FROM outbox ORDER BY created_at, message_id, recipient_id`)
          .all() as (Omit<ExportOutboxRow, 'broadcast'> & { broadcast: number })[]
      ).map((row) => ({ ...row, broadcast: row.broadcast === 1 })),
    };
  });
  const document = read();
  if (!validateExportV2(document)) {
    throw new StateError('EXPORT_INVALID', 'the stored state does not form a valid 2.0.0 export', {
      errors: validateExportV2.errors,
    });
  }
  return document;
}

interface SwarmRow {
  swarm_id: string;
  name: string;
  master_id: string;
  joined_at: string;
  allow_member_invite: number;
  require_approval: number;
}
