// Which requirements of spec/ the suite exercises, and why the others are not: a requirement an outside tool
// cannot observe is listed here with a one-line reason, so the coverage figure counts only what a suite could check.
import { type RequirementId, requirements } from '../../generated/requirements.js';
import type { ConformanceReport } from '../../generated/types.js';
import { allSections } from './checks/index.js';
import { clientSections } from './client/checks/index.js';
import { vectorSections } from './vectors/cases/index.js';

/** Requirements no request to the agent can observe, with why. */
export const LOCAL_REQUIREMENTS: Partial<Record<RequirementId, string>> = {
  'SRV-MSG-002': 'mutes are set by the operator on the agent itself; a peer cannot create one',
  'SRV-MSG-004': 'durability shows only when the agent is killed after answering; the project tests it with SIGKILL',
  'SRV-MSG-006': 'waking is local to the agent (tmux, a command, a webhook)',
  'SRV-JOIN-006': 'a denied request needs the operator to deny it during the run',
  'SRV-BODY-001': "the bound is the agent's own configuration, which it does not advertise",
  'MGMT-AUTH-001': 'the management API answers loopback clients only; a peer never reaches it',
  'MGMT-AUTH-002': 'the management API answers loopback clients only; a peer never reaches it',
  'MGMT-WAKE-001': 'the management API answers loopback clients only; a peer never reaches it',
  'STATE-EXP-001': 'the export file never crosses the wire',
  'STATE-IMP-001': 'the import file never crosses the wire',
  'INBOX-SM-001': 'inbox states live in the local store and the management API',
  'ID-AGENT-002': 'how an implementation names its own new identities is local',
  'TOK-END-001': 'needs a token the master signed for another endpoint, which no tool of an agent issues',
  'SEAL-004':
    'what the agent stores (the envelope as received, ciphertext included) shows only in its own database and export; a peer sees the answer (sealed.not-reader)',
};

/** Parties whose requirements a server-mode run can observe; the rest are client mode's (or local). */
const SERVER_PARTIES: ReadonlySet<string> = new Set(['receiver', 'server']);

/** Receiver rules that need the suite to be the swarm's master: client mode runs the swarm the agent joins. */
const CLIENT_MODE_REQUIREMENTS: Partial<Record<RequirementId, string>> = {
  'SYS-JOIN-001': 'the agent must receive member_joined from its master: the suite is master in client mode',
  'SYS-KICK-001': 'the agent must be kicked by its master: the suite is master in client mode',
};

function serverSide(id: RequirementId): boolean {
  return SERVER_PARTIES.has(requirements[id].party) && !CLIENT_MODE_REQUIREMENTS[id];
}

export function observableRequirements(mode: ConformanceReport['mode']): string[] {
  const ids = Object.keys(requirements) as RequirementId[];
  return ids
    .filter((id) => !LOCAL_REQUIREMENTS[id])
    .filter((id) => (mode === 'server' ? serverSide(id) : !serverSide(id)))
    .sort();
}

export interface RequirementCoverage {
  id: RequirementId;
  level: string;
  party: string;
  text: string;
  /** The ids of the checks that exercise it. */
  checks: string[];
  /** `exercised` by a check; `local` (not observable, with the reason); `client` (checked by client mode); `missing`. */
  status: 'exercised' | 'local' | 'client' | 'missing';
  reason?: string;
}

/** Every requirement with the checks that exercise it. */
export function requirementCoverage(): RequirementCoverage[] {
  const byRequirement = new Map<string, string[]>();
  for (const section of allSections()) {
    for (const check of section.checks) {
      for (const id of [check.requirement, ...(check.also ?? [])]) {
        byRequirement.set(id, [...(byRequirement.get(id) ?? []), check.id]);
      }
    }
  }
  // Client mode's checks (the implementation's client, and its server with the suite as master).
  for (const section of clientSections()) {
    for (const check of section.checks) {
      for (const id of [check.requirement, ...(check.also ?? [])]) {
        byRequirement.set(id, [...(byRequirement.get(id) ?? []), check.id]);
      }
    }
  }
  // Vector mode's checks: one per golden-vector case (the package's own vectors), against the implementation's core.
  for (const section of vectorSections()) {
    for (const check of section.checks) {
      for (const id of [check.requirement, ...check.also]) {
        byRequirement.set(id, [...(byRequirement.get(id) ?? []), check.id]);
      }
    }
  }
  return (Object.keys(requirements) as RequirementId[]).sort().map((id) => {
    const { level, party, text } = requirements[id];
    const checks = byRequirement.get(id) ?? [];
    const local = LOCAL_REQUIREMENTS[id];
    const base = { id, level, party, text, checks };
    if (checks.length > 0) return { ...base, status: 'exercised' as const };
    if (local) return { ...base, status: 'local' as const, reason: local };
    const clientMode =
      CLIENT_MODE_REQUIREMENTS[id] ?? (serverSide(id) ? undefined : 'binds the sending side: client mode');
    if (clientMode) return { ...base, status: 'client' as const, reason: clientMode };
    return { ...base, status: 'missing' as const };
  });
}
