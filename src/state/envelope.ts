// How an inbox row remembers the envelope it was made from, and the fingerprint that makes receipt idempotent.
import { hash } from 'node:crypto';
import type { Message } from '../../generated/types.js';

// Every top-level key of the envelope; the Record type makes the compiler insist the list is complete.
const ENVELOPE_KEYS: Record<keyof Message, true> = {
  protocol_version: true,
  message_id: true,
  timestamp: true,
  sender: true,
  recipient: true,
  swarm_id: true,
  type: true,
  content: true,
  signature: true,
  in_reply_to: true,
  thread_id: true,
  priority: true,
  expires_at: true,
  attachments: true,
  references: true,
  metadata: true,
  sealed: true,
};

// A 0.2 signature covers every key as received (ESIG-001), unknown ones and nulls included.
const SIGNED_WHOLE = /^0\.2\./;

/**
 * The envelope as stored: a 0.2 envelope exactly as received (every key, in its order); any other, known top-level
 * keys only, optional keys sent as `null` dropped (MSG-ENV-002).
 */
export function storableEnvelope(envelope: Message): Message {
  if (typeof envelope.protocol_version === 'string' && SIGNED_WHOLE.test(envelope.protocol_version)) return envelope;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(envelope)) {
    const value = (envelope as unknown as Record<string, unknown>)[key];
    if (Object.hasOwn(ENVELOPE_KEYS, key) && value !== null && value !== undefined) kept[key] = value;
  }
  return kept as unknown as Message;
}

/** A copy with object keys sorted at every level (arrays keep their order), leaving out the top-level `omit` keys. */
function sortKeys(value: unknown, omit?: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !omit?.has(key)) sorted[key] = sortKeys(item);
  }
  return sorted;
}

// The fingerprint leaves out when and how the message was signed: a sender re-signs a retry that grew older than
// the receivers' replay window, and that copy is the same message, not a conflicting one.
const NOT_IN_FINGERPRINT: ReadonlySet<string> = new Set(['timestamp', 'signature']);

/**
 * JSON with object keys sorted at every level, so that two envelopes equal as data serialise equally whatever the
 * key order on the wire; `omit` leaves out top-level keys.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  return JSON.stringify(sortKeys(value, omit));
}

/**
 * The stored form of an envelope: the storable object and its JSON in the sender's key order (an outbox row is sent
 * as is, and MSG-ENV-001 wants the required keys first).
 */
export function serializeEnvelope(envelope: Message): { stored: Message; json: string } {
  const stored = storableEnvelope(envelope);
  return { stored, json: JSON.stringify(stored) };
}

// UUIDs are compared in lower case (ID-UUID-001): a copy that differs only in their case is the same message.
const UUID_KEYS = ['message_id', 'swarm_id', 'in_reply_to', 'thread_id'] as const;

function fingerprinted(stored: Message): Message {
  const copy: Record<string, unknown> = { ...stored };
  for (const key of UUID_KEYS) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = value.toLowerCase();
  }
  return copy as unknown as Message;
}

/**
 * SHA-256 (hex) of an envelope's fingerprint: its canonical stored form without timestamp and signature, UUIDs in
 * lower case. Equal for two copies of one message (a retry re-signed later included), different for a different
 * message under the same id: what tells a duplicate from a conflict. Computed only when an id arrives again, from
 * the stored envelope (migration 7: no store keeps it).
 */
export function envelopeHash(envelope: object): string {
  const stored = storableEnvelope(envelope as Message);
  return hash('sha256', canonicalJson(fingerprinted(stored), NOT_IN_FINGERPRINT), 'hex');
}

/** What an inbox row holds for a stored document: the envelope if it is one, and the body text. */
export interface StoredContent {
  envelope: string | null;
  body: string;
}

/**
 * Classifies text found in a reference database or an export's `content` field. A JSON object that carries this
 * row's message_id, a string `content` and a `signature` is the received envelope, kept verbatim; anything else
 * (TOON text from the reference, a local notification's JSON, plain text) is an opaque body.
 */
export function classifyStoredContent(messageId: string, text: string): StoredContent {
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (isEnvelopeOf(messageId, parsed)) {
      return { envelope: text, body: parsed.content };
    }
  }
  return { envelope: null, body: text };
}

function isEnvelopeOf(messageId: string, value: unknown): value is { content: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.message_id === 'string' &&
    record.message_id.toLowerCase() === messageId.toLowerCase() &&
    typeof record.content === 'string' &&
    typeof record.signature === 'string'
  );
}
