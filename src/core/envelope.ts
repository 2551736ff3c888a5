// The message envelope as it travels (WIRE.md §2.2): the nine required keys in the reference's order, then
// the optional keys that carry something. Optional keys are omitted, never sent as null or empty, and
// `priority` only when it is not `normal`; key order carries no meaning for receivers, we keep it for diffs.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../generated/types.js';
import { validateMessage } from '../../generated/validators/Message.js';
import { canonicalFields } from './canonical.js';
import { formatTimestamp, timestampToDate } from './timestamp.js';

export const PROTOCOL_VERSION = '0.1.0';

const REQUIRED_KEYS = ['protocol_version', 'message_id', 'timestamp'] as const;

/** The nine required keys, in the order senders write them (MSG-ENV-001). */
export const WIRE_REQUIRED_KEYS = [
  'protocol_version',
  'message_id',
  'timestamp',
  'sender',
  'recipient',
  'swarm_id',
  'type',
  'content',
  'signature',
] as const;

/** The optional keys, in the order senders write those that are set. */
export const OPTIONAL_KEYS = [
  'in_reply_to',
  'thread_id',
  'priority',
  'expires_at',
  'attachments',
  'references',
  'metadata',
] as const;

type OptionalKey = (typeof OPTIONAL_KEYS)[number];
type AddressKey = 'sender' | 'recipient' | 'swarm_id' | 'type' | 'content' | 'sealed';

/** Everything but the signature. */
export type UnsignedMessage = Pick<Message, (typeof REQUIRED_KEYS)[number] | AddressKey | OptionalKey>;

/** What a sender writes: message_id, timestamp and protocol_version are filled in when absent. */
export type MessageDraft = Pick<Message, AddressKey | OptionalKey> &
  Partial<Pick<Message, (typeof REQUIRED_KEYS)[number]>>;

/** Injected sources of the default id and time, so tests and callers can pin them. */
export interface DraftDefaults {
  now?: () => Date;
  newId?: () => string;
}

export function completeDraft(draft: MessageDraft, defaults: DraftDefaults = {}): UnsignedMessage {
  return {
    ...draft,
    protocol_version: draft.protocol_version ?? PROTOCOL_VERSION,
    message_id: draft.message_id ?? (defaults.newId ?? randomUUID)(),
    timestamp: draft.timestamp ?? formatTimestamp((defaults.now ?? (() => new Date()))()),
  };
}

/**
 * A draft completed (protocol_version, message_id, timestamp) and written in wire order in one pass, each signed
 * value in the form it is signed in: the UUIDs lower-cased, the timestamp as its UTC ms-Z instant. `signature`
 * keeps its place in the order but is undefined, for the signer to fill (JSON and JCS both skip it until then).
 * Signing is the hot path of sending, so nothing here is copied twice. A timestamp without a zone, a malformed
 * UUID or an unpaired surrogate in a signed field is a caller error and throws TypeError.
 */
export function wireDraft(draft: MessageDraft, defaults: DraftDefaults = {}, version = PROTOCOL_VERSION): Message {
  let timestamp: string;
  if (draft.timestamp === undefined) {
    timestamp = formatTimestamp((defaults.now ?? (() => new Date()))());
  } else {
    const instant = timestampToDate(draft.timestamp);
    if (instant === null) {
      throw new TypeError(`timestamp must be an ISO 8601 date-time with a zone: ${draft.timestamp}`);
    }
    timestamp = formatTimestamp(instant);
  }
  const canonical = canonicalFields({
    message_id: draft.message_id ?? (defaults.newId ?? randomUUID)(),
    timestamp,
    swarm_id: draft.swarm_id,
    recipient: draft.recipient,
    type: draft.type,
    content: draft.content,
  });
  if (!canonical.ok) throw new TypeError(`cannot sign message: ${canonical.reason}`);
  const signed = canonical.fields;
  return withOptionalKeys(
    {
      protocol_version: draft.protocol_version ?? version,
      message_id: signed.message_id,
      timestamp: signed.timestamp,
      sender: { agent_id: draft.sender.agent_id, endpoint: draft.sender.endpoint },
      recipient: signed.recipient,
      swarm_id: signed.swarm_id,
      type: signed.type,
      content: signed.content,
      signature: undefined as unknown as string,
    },
    draft,
  );
}

/** Adds to `wire` the optional keys of `from` that carry a value, in wire order, then `sealed` (0.2 only). */
function withOptionalKeys(wire: Message, from: Partial<Message>): Message {
  const optional = wire as unknown as Record<OptionalKey, unknown>;
  for (const key of OPTIONAL_KEYS) {
    if (carriesValue(key, from[key])) optional[key] = from[key];
  }
  // SEAL-001: written last; a 0.1.0 sender never sets it.
  if (from.sealed) wire.sealed = from.sealed;
  return wire;
}

function carriesValue(key: OptionalKey, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (key === 'priority') return value !== 'normal';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A copy in wire order with empty optional keys dropped; unknown top-level and sender keys are not kept. */
export function toWireMessage(message: Message): Message {
  return withOptionalKeys(
    {
      protocol_version: message.protocol_version,
      message_id: message.message_id,
      timestamp: message.timestamp,
      sender: { agent_id: message.sender.agent_id, endpoint: message.sender.endpoint },
      recipient: message.recipient,
      swarm_id: message.swarm_id,
      type: message.type,
      content: message.content,
      signature: message.signature,
    },
    message,
  );
}

/** Compact JSON in wire order, as our client POSTs it. */
export function serializeMessage(message: Message): string {
  return JSON.stringify(toWireMessage(message));
}

export interface ValidationIssue {
  /** JSON pointer of the failing value ('' for the whole document). */
  pointer: string;
  message: string;
}

export type ParsedMessage = { ok: true; message: Message } | { ok: false; errors: ValidationIssue[] };

/** Checks a decoded JSON value against the Message schema (validator compiled at codegen time). */
export function parseWireMessage(value: unknown): ParsedMessage {
  if (validateMessage(value)) return { ok: true, message: value as Message };
  const errors = (validateMessage.errors ?? []).map((error) => ({
    pointer: error.instancePath,
    message: error.message ?? 'is invalid',
  }));
  return { ok: false, errors };
}
