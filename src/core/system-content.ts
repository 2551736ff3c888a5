// The JSON document carried in `content` of a `type: system` message (WIRE.md §6). Builders return typed
// objects; serializeSystemContent writes them with a real JSON encoder. For identifiers of the NewAgentId
// alphabet and plain reasons the bytes equal the reference's f-string templates; member_joined is written
// like Python's json.dumps (", " / ": " separators, \u-escaped non-ASCII) so its signature can be reproduced.
import type {
  KickedContent,
  MasterChangedContent,
  MasterTransferContent,
  MemberJoinedContent,
  MemberKickedContent,
  MemberLeftContent,
  MemberMutedContent,
  MemberUnmutedContent,
  SwarmDissolvedContent,
  SystemContent,
} from '../../generated/types.js';
import { validateSystemContent } from '../../generated/validators/SystemContent.js';
import { encodeJsonAscii, type JsonValue } from './json-ascii.js';

type Action = SystemContent['action'];

/** Key order per action: the reference's where it sends the action, the schema's otherwise. */
const KEY_ORDER: Record<Action, readonly string[]> = {
  member_joined: [
    'type',
    'action',
    'swarm_id',
    'agent_id',
    'endpoint',
    'joined_at',
    'public_key',
    'initiated_by',
    'reason',
  ],
  member_left: ['action', 'agent_id'],
  kicked: ['action', 'agent_id', 'reason'],
  member_kicked: ['action', 'agent_id', 'reason'],
  master_transfer: ['action', 'agent_id', 'previous_master', 'reason'],
  master_changed: ['action', 'agent_id', 'previous_master'],
  swarm_dissolved: ['action', 'swarm_id', 'reason'],
  member_muted: ['action', 'agent_id', 'reason'],
  member_unmuted: ['action', 'agent_id'],
};

/** An empty reason is left out, as the reference does (and the schema wants at least one character). */
const withReason = <T extends object>(content: T, reason?: string | null) =>
  reason ? { ...content, reason } : content;

export function memberJoinedContent(fields: Omit<MemberJoinedContent, 'type' | 'action'>): MemberJoinedContent {
  return { type: 'system', action: 'member_joined', ...fields };
}
export function memberLeftContent(agentId: string): MemberLeftContent {
  return { action: 'member_left', agent_id: agentId };
}
export function kickedContent(agentId: string, reason?: string | null): KickedContent {
  return withReason({ action: 'kicked' as const, agent_id: agentId }, reason);
}
export function memberKickedContent(agentId: string, reason?: string | null): MemberKickedContent {
  return withReason({ action: 'member_kicked' as const, agent_id: agentId }, reason);
}
export function masterTransferContent(
  agentId: string,
  previousMaster: string,
  reason?: string | null,
): MasterTransferContent {
  return withReason({ action: 'master_transfer' as const, agent_id: agentId, previous_master: previousMaster }, reason);
}
export function masterChangedContent(agentId: string, previousMaster: string): MasterChangedContent {
  return { action: 'master_changed', agent_id: agentId, previous_master: previousMaster };
}
export function swarmDissolvedContent(swarmId?: string, reason?: string | null): SwarmDissolvedContent {
  return withReason({ action: 'swarm_dissolved' as const, ...(swarmId ? { swarm_id: swarmId } : {}) }, reason);
}
export function memberMutedContent(agentId: string, reason?: string | null): MemberMutedContent {
  return withReason({ action: 'member_muted' as const, agent_id: agentId }, reason);
}
export function memberUnmutedContent(agentId: string): MemberUnmutedContent {
  return { action: 'member_unmuted', agent_id: agentId };
}

/** The `content` string to sign. Content that fails the SystemContent schema is a caller error (TypeError). */
export function serializeSystemContent(content: SystemContent): string {
  if (!validateSystemContent(content)) {
    throw new TypeError(`invalid system content: ${JSON.stringify(validateSystemContent.errors?.[0] ?? null)}`);
  }
  const source = new Map<string, unknown>(Object.entries(content));
  const order = KEY_ORDER[content.action];
  const ordered: Record<string, unknown> = {};
  for (const key of [...order, ...[...source.keys()].filter((key) => !order.includes(key))]) {
    if (source.get(key) !== undefined) ordered[key] = source.get(key);
  }
  return content.action === 'member_joined' ? encodeJsonAscii(ordered as JsonValue, 'python') : JSON.stringify(ordered);
}

export type ParsedSystemContent =
  | { kind: 'content'; content: SystemContent }
  /** Valid JSON, but not a content this implementation knows (unknown action, missing or ill-typed field). */
  | { kind: 'unrecognized'; json: unknown; reason: string }
  /** Not JSON at all, e.g. a reference kick whose reason contained a quote. Store it, act on nothing. */
  | { kind: 'opaque'; reason: string };

/** Parses any content a peer may send; never throws. A repeated key keeps its last value, as in Python. */
export function parseSystemContent(text: string): ParsedSystemContent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'opaque', reason: `content is not JSON: ${(error as Error).message}` };
  }
  if (validateSystemContent(json)) return { kind: 'content', content: json as SystemContent };
  const first = validateSystemContent.errors?.[0];
  return { kind: 'unrecognized', json, reason: `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}` };
}
