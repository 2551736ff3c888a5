// Swarms this agent belongs to, with their settings, our role and the member list.
import { inTransaction, lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { invalidArgument, requireHttps, requireText, StateError } from './errors.js';
import { storageTimestamp } from './time.js';

export type SwarmRole = 'master' | 'member';

export interface SwarmSettingsRecord {
  allowMemberInvite: boolean;
  requireApproval: boolean;
}

export interface MemberRecord {
  agentId: string;
  endpoint: string;
  publicKey: string;
  joinedAt: string;
}

export interface SwarmRecord {
  swarmId: string;
  name: string;
  masterId: string;
  role: SwarmRole;
  joinedAt: string;
  settings: SwarmSettingsRecord;
  /** Ordered by joinedAt, then agentId. */
  members: MemberRecord[];
}

export interface NewMember {
  agentId: string;
  endpoint: string;
  publicKey: string;
  /** Any ISO 8601 date-time; default now. */
  joinedAt?: string;
}

export interface NewSwarm {
  swarmId: string;
  name: string;
  masterId: string;
  role: SwarmRole;
  joinedAt?: string;
  settings?: Partial<SwarmSettingsRecord>;
  members: NewMember[];
}

export interface SaveResult {
  created: boolean;
  membersAdded: number;
}

export interface SwarmRepository {
  /** Inserts the swarm and its members; SWARM_EXISTS if the id is taken. */
  create(swarm: NewSwarm): SwarmRecord;
  /** Create-or-complete (after a join): an existing swarm only gains the members it lacks. */
  save(swarm: NewSwarm): SaveResult;
  get(swarmId: string): SwarmRecord | undefined;
  list(): SwarmRecord[];
  exists(swarmId: string): boolean;
  updateSettings(swarmId: string, settings: Partial<SwarmSettingsRecord>): boolean;
  setMaster(swarmId: string, masterId: string, role: SwarmRole): boolean;
  rename(swarmId: string, name: string): boolean;
  /** Removes the swarm with its members, invites and pending joins. */
  delete(swarmId: string): boolean;
  /** Inserts a member unless present ('exists': the stored row wins); SWARM_NOT_FOUND for an unknown swarm. */
  addMember(swarmId: string, member: NewMember): 'added' | 'exists';
  /** Inserts or replaces endpoint and key (keeps the first joinedAt). */
  upsertMember(swarmId: string, member: NewMember): void;
  removeMember(swarmId: string, agentId: string): boolean;
  getMember(swarmId: string, agentId: string): MemberRecord | undefined;
  listMembers(swarmId: string): MemberRecord[];
  isMember(swarmId: string, agentId: string): boolean;
}

interface SwarmRow {
  swarmId: string;
  name: string;
  masterId: string;
  role: SwarmRole;
  joinedAt: string;
  allowMemberInvite: number;
  requireApproval: number;
}

const SWARM_COLUMNS = `swarm_id AS swarmId, name, master_id AS masterId, role, joined_at AS joinedAt,
  allow_member_invite AS allowMemberInvite, require_approval AS requireApproval`;
const MEMBER_COLUMNS = 'agent_id AS agentId, endpoint, public_key AS publicKey, joined_at AS joinedAt';
const MEMBER_ORDER = 'ORDER BY joined_at, agent_id';

export function createSwarmRepository(context: RepositoryContext): SwarmRepository {
  const { db } = context;
  const s = lazyStatements({
    insertSwarm: () =>
      db.prepare(`INSERT INTO swarms (swarm_id, name, master_id, role, joined_at, allow_member_invite,
      require_approval) VALUES (@swarmId, @name, @masterId, @role, @joinedAt, @allowMemberInvite, @requireApproval)
      ON CONFLICT (swarm_id) DO NOTHING`),
    insertMember: () =>
      db.prepare(`INSERT INTO swarm_members (swarm_id, agent_id, endpoint, public_key, joined_at)
      VALUES (@swarmId, @agentId, @endpoint, @publicKey, @joinedAt) ON CONFLICT (swarm_id, agent_id) DO NOTHING`),
    upsertMember: () =>
      db.prepare(`INSERT INTO swarm_members (swarm_id, agent_id, endpoint, public_key, joined_at)
      VALUES (@swarmId, @agentId, @endpoint, @publicKey, @joinedAt) ON CONFLICT (swarm_id, agent_id)
      DO UPDATE SET endpoint = excluded.endpoint, public_key = excluded.public_key`),
    getSwarm: () => db.prepare(`SELECT ${SWARM_COLUMNS} FROM swarms WHERE swarm_id = ?`),
    listSwarms: () => db.prepare(`SELECT ${SWARM_COLUMNS} FROM swarms ORDER BY joined_at, swarm_id`),
    exists: () => db.prepare('SELECT 1 FROM swarms WHERE swarm_id = ?').pluck(),
    listMembers: () => db.prepare(`SELECT ${MEMBER_COLUMNS} FROM swarm_members WHERE swarm_id = ? ${MEMBER_ORDER}`),
    allMembers: () => db.prepare(`SELECT swarm_id AS swarmId, ${MEMBER_COLUMNS} FROM swarm_members ${MEMBER_ORDER}`),
    getMember: () => db.prepare(`SELECT ${MEMBER_COLUMNS} FROM swarm_members WHERE swarm_id = ? AND agent_id = ?`),
    removeMember: () => db.prepare('DELETE FROM swarm_members WHERE swarm_id = ? AND agent_id = ?'),
    updateSettings: () =>
      db.prepare(`UPDATE swarms SET allow_member_invite = coalesce(@allowMemberInvite, allow_member_invite),
      require_approval = coalesce(@requireApproval, require_approval) WHERE swarm_id = @swarmId`),
    setMaster: () => db.prepare('UPDATE swarms SET master_id = ?, role = ? WHERE swarm_id = ?'),
    rename: () => db.prepare('UPDATE swarms SET name = ? WHERE swarm_id = ?'),
    delete: () => db.prepare('DELETE FROM swarms WHERE swarm_id = ?'),
  });

  const memberParams = (swarmId: string, member: NewMember) => ({
    swarmId,
    agentId: requireText(member.agentId, 'agentId'),
    endpoint: requireHttps(member.endpoint, 'endpoint'),
    publicKey: requireText(member.publicKey, 'publicKey'),
    joinedAt: member.joinedAt === undefined ? nowOf(context) : storageTimestamp(member.joinedAt),
  });

  const swarmParams = (swarm: NewSwarm) => {
    requireText(swarm.swarmId, 'swarmId');
    requireText(swarm.masterId, 'masterId');
    requireName(swarm.name);
    if (swarm.role !== 'master' && swarm.role !== 'member') throw new TypeError(`unknown role ${swarm.role}`);
    if (swarm.members.length === 0) throw invalidArgument('a swarm needs at least one member');
    return {
      swarmId: swarm.swarmId,
      name: swarm.name,
      masterId: swarm.masterId,
      role: swarm.role,
      joinedAt: swarm.joinedAt === undefined ? nowOf(context) : storageTimestamp(swarm.joinedAt),
      allowMemberInvite: swarm.settings?.allowMemberInvite ? 1 : 0,
      requireApproval: swarm.settings?.requireApproval ? 1 : 0,
    };
  };

  const save = (swarm: NewSwarm, mustBeNew: boolean): SaveResult => {
    const params = swarmParams(swarm);
    const members = swarm.members.map((member) => memberParams(swarm.swarmId, member));
    return inTransaction(db, () => {
      const created = s.insertSwarm.run(params).changes === 1;
      if (!created && mustBeNew) {
        throw new StateError('SWARM_EXISTS', `swarm ${swarm.swarmId} already exists`, { swarmId: swarm.swarmId });
      }
      let membersAdded = 0;
      for (const member of members) membersAdded += s.insertMember.run(member).changes;
      return { created, membersAdded };
    });
  };

  const toRecord = (row: SwarmRow, members: MemberRecord[]): SwarmRecord => ({
    swarmId: row.swarmId,
    name: row.name,
    masterId: row.masterId,
    role: row.role,
    joinedAt: row.joinedAt,
    settings: { allowMemberInvite: row.allowMemberInvite === 1, requireApproval: row.requireApproval === 1 },
    members,
  });

  const get = (swarmId: string): SwarmRecord | undefined => {
    const row = s.getSwarm.get(swarmId) as SwarmRow | undefined;
    return row && toRecord(row, s.listMembers.all(swarmId) as MemberRecord[]);
  };

  return {
    create(swarm) {
      save(swarm, true);
      return get(swarm.swarmId)!;
    },
    save: (swarm) => save(swarm, false),
    get,
    list() {
      return inTransaction(db, () => {
        const bySwarm = new Map<string, MemberRecord[]>();
        for (const { swarmId, ...member } of s.allMembers.all() as (MemberRecord & { swarmId: string })[]) {
          const members = bySwarm.get(swarmId) ?? [];
          members.push(member);
          bySwarm.set(swarmId, members);
        }
        return (s.listSwarms.all() as SwarmRow[]).map((row) => toRecord(row, bySwarm.get(row.swarmId) ?? []));
      });
    },
    exists: (swarmId) => s.exists.get(swarmId) !== undefined,
    updateSettings(swarmId, settings) {
      const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);
      return (
        s.updateSettings.run({
          swarmId,
          allowMemberInvite: flag(settings.allowMemberInvite),
          requireApproval: flag(settings.requireApproval),
        }).changes === 1
      );
    },
    setMaster: (swarmId, masterId, role) =>
      s.setMaster.run(requireText(masterId, 'masterId'), role, swarmId).changes === 1,
    rename: (swarmId, name) => s.rename.run(requireName(name), swarmId).changes === 1,
    delete: (swarmId) => s.delete.run(swarmId).changes === 1,
    addMember(swarmId, member) {
      const params = memberParams(swarmId, member);
      return inTransaction(db, () => {
        if (s.exists.get(swarmId) === undefined) {
          throw new StateError('SWARM_NOT_FOUND', `swarm ${swarmId} not found`, { swarmId });
        }
        return s.insertMember.run(params).changes === 1 ? 'added' : 'exists';
      });
    },
    upsertMember(swarmId, member) {
      const params = memberParams(swarmId, member);
      inTransaction(db, () => {
        if (s.exists.get(swarmId) === undefined) {
          throw new StateError('SWARM_NOT_FOUND', `swarm ${swarmId} not found`, { swarmId });
        }
        s.upsertMember.run(params);
      });
    },
    removeMember: (swarmId, agentId) => s.removeMember.run(swarmId, agentId).changes === 1,
    getMember: (swarmId, agentId) => s.getMember.get(swarmId, agentId) as MemberRecord | undefined,
    listMembers: (swarmId) => s.listMembers.all(swarmId) as MemberRecord[],
    isMember: (swarmId, agentId) => s.getMember.get(swarmId, agentId) !== undefined,
  };
}

function requireName(name: unknown): string {
  const text = requireText(name, 'name');
  if ([...text].length > 256) throw invalidArgument('name must be at most 256 characters');
  return text;
}
