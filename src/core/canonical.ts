// The 0.1.0 signing input (WIRE.md §3.1): SHA-256 over the UTF-8 of message_id + timestamp + swarm_id +
// recipient + type + content, with no separators. Receivers rebuild it from the wire fields, so the UUIDs are
// lower-cased and the timestamp put in the reference's canonical form before concatenation.
import { hash } from 'node:crypto';
import type { Message } from '../../generated/types.js';
import { canonicalTimestamp } from './timestamp.js';

/** The six fields the signature covers. */
export type SignedFields = Pick<Message, 'message_id' | 'timestamp' | 'swarm_id' | 'recipient' | 'type' | 'content'>;

export type CanonicalResult = { ok: true; fields: SignedFields } | { ok: false; reason: string };

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Normalises the signed fields as the reference does before signing or verifying. A field that the
 * reference could not parse (or a string UTF-8 cannot encode) makes the message unverifiable.
 */
export function canonicalFields(fields: SignedFields): CanonicalResult {
  for (const name of ['message_id', 'swarm_id'] as const) {
    if (!UUID.test(fields[name])) return { ok: false, reason: `${name} is not a hyphenated UUID` };
  }
  const timestamp = canonicalTimestamp(fields.timestamp);
  if (timestamp === null) return { ok: false, reason: 'timestamp is not an ISO 8601 date-time' };
  for (const name of ['recipient', 'type', 'content'] as const) {
    if (LONE_SURROGATE.test(fields[name])) return { ok: false, reason: `${name} contains an unpaired surrogate` };
  }
  return {
    ok: true,
    fields: {
      message_id: fields.message_id.toLowerCase(),
      timestamp,
      swarm_id: fields.swarm_id.toLowerCase(),
      recipient: fields.recipient,
      type: fields.type,
      content: fields.content,
    },
  };
}

/** Plain concatenation of already-canonical fields. */
export function canonicalString(fields: SignedFields): string {
  return fields.message_id + fields.timestamp + fields.swarm_id + fields.recipient + fields.type + fields.content;
}

/** SHA-256 of the canonical string's UTF-8: the 32 bytes that Ed25519 signs. */
export function signingDigest(fields: SignedFields): Uint8Array {
  return hash('sha256', canonicalString(fields), 'buffer');
}

export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
