// The 0.2 envelope signature (ESIG-001): Ed25519, no pre-hash, over a domain-separating prefix and the RFC 8785
// (JCS) form of the whole envelope without `signature`. Every key is covered, nested ones, unknown ones and nulls
// included, so nothing a relay could change goes unsigned. JCS comes from `canonicalize` (by an author of RFC
// 8785); vectors in test/fixtures/vectors-0.2 pin its number forms, escapes and key order.
import canonicalize from 'canonicalize';
import type { Message } from '../../generated/types.js';
import { encodeBase64 } from './base64.js';
import { type DraftDefaults, type MessageDraft, wireDraft } from './envelope.js';
import { ed25519Sign, ed25519Verify, type Signer } from './keys.js';
import { PROTOCOL_V02, rulesOf } from './protocol.js';
import { type VerifyResult, verificationParts } from './signature.js';
import { formatTimestamp, timestampToDate } from './timestamp.js';

export const ENVELOPE_SIGNATURE_DOMAIN = 'agent-swarm-protocol/0.2 envelope\n';
const DOMAIN_BYTES = Buffer.from(ENVELOPE_SIGNATURE_DOMAIN, 'utf8');

export type SigningInput = { ok: true; bytes: Buffer; jcs: string } | { ok: false; reason: string };

/** The bytes a 0.2 signature covers: the domain prefix, then the JCS of every key but `signature`. */
export function envelopeSigningInput(envelope: Record<string, unknown>): SigningInput {
  const { signature: _signature, ...unsigned } = envelope;
  let jcs: string | undefined;
  try {
    jcs = canonicalize(unsigned);
  } catch (error) {
    // canonicalize refuses what JCS cannot represent: NaN, Infinity, unpaired surrogates.
    return { ok: false, reason: `the envelope has no JCS form: ${(error as Error).message}` };
  }
  if (jcs === undefined) return { ok: false, reason: 'the envelope has no JCS form' };
  return { ok: true, jcs, bytes: Buffer.concat([DOMAIN_BYTES, Buffer.from(jcs, 'utf8')]) };
}

/**
 * Completes a draft as 0.2.0 (message_id, timestamp, protocol_version), writes it in wire order with the UUIDs
 * lower-cased and the timestamp in its UTC ms-Z form, and signs the whole of it. A draft whose values JCS cannot
 * represent, or with a malformed UUID or timestamp, is a caller error and throws TypeError.
 */
export function signEnvelope(draft: MessageDraft, signer: Signer, defaults?: DraftDefaults): Message {
  // The wire form is what is signed, so that the signed keys are exactly those sent; its `signature` is still
  // undefined here, which JCS leaves out as it does any undefined value.
  const wire = wireDraft(draft, defaults, PROTOCOL_V02);
  if (rulesOf(wire.protocol_version) !== '0.2')
    throw new TypeError(`a 0.2 envelope needs protocol_version 0.2.x, not ${wire.protocol_version}`);
  // Under 0.2 the text itself is signed and no receiver may normalise it afterwards: the sender writes every
  // UUID in lower case (ID-UUID-001) and `expires_at` in the ms-Z form, as it does `timestamp`.
  if (typeof wire.in_reply_to === 'string') wire.in_reply_to = wire.in_reply_to.toLowerCase();
  if (typeof wire.thread_id === 'string') wire.thread_id = wire.thread_id.toLowerCase();
  if (typeof wire.expires_at === 'string') {
    const expires = timestampToDate(wire.expires_at);
    if (expires === null)
      throw new TypeError(`expires_at must be an ISO 8601 date-time with a zone: ${wire.expires_at}`);
    wire.expires_at = formatTimestamp(expires);
  }
  let jcs: string | undefined;
  try {
    jcs = canonicalize(wire);
  } catch (error) {
    throw new TypeError(`cannot sign message: the envelope has no JCS form: ${(error as Error).message}`);
  }
  if (jcs === undefined) throw new TypeError('cannot sign message: the envelope has no JCS form');
  wire.signature = encodeBase64(ed25519Sign(Buffer.from(ENVELOPE_SIGNATURE_DOMAIN + jcs, 'utf8'), signer));
  return wire;
}

/**
 * Checks a 0.2 signature over the envelope exactly as parsed (ESIG-002). Never throws: anything that cannot be
 * verified yields `{ valid: false, reason }`.
 */
export function verifyEnvelope(envelope: unknown, publicKey: Uint8Array | string): VerifyResult {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return { valid: false, reason: 'message is not a JSON object' };
  }
  const record = envelope as Record<string, unknown>;
  if (rulesOf(record.protocol_version) !== '0.2') return { valid: false, reason: 'protocol_version is not 0.2.x' };
  if (typeof record.signature !== 'string') return { valid: false, reason: 'signature is missing or not a string' };
  const parts = verificationParts(record.signature, publicKey);
  if ('valid' in parts) return parts;
  const { key, signature } = parts;
  const input = envelopeSigningInput(record);
  if (!input.ok) return { valid: false, reason: input.reason };
  if (!ed25519Verify(signature, input.bytes, key)) {
    return { valid: false, reason: 'signature does not match the envelope for this key' };
  }
  return { valid: true };
}
