// Message signatures, protocol 0.1.0 (WIRE.md §3): Ed25519 over SHA-256 of the canonical string, standard
// base64 with padding. Signing emits the fields in the exact form it signed (lower-case UUIDs, UTC ms-Z
// timestamp), so every receiver can use them verbatim; verifying rebuilds the reference's canonical form.
import type { Message } from '../../generated/types.js';
import { encodeBase64 } from './base64.js';
import { canonicalFields, type SignedFields, signingDigest } from './canonical.js';
import { type DraftDefaults, type MessageDraft, wireDraft } from './envelope.js';
import { InvalidPublicKeyError } from './errors.js';
import { ed25519Sign, ed25519Verify, type Signer, toPublicKeyBytes } from './keys.js';

export type VerifyResult = { valid: true } | { valid: false; reason: string };

/** 64 bytes in standard base64 with padding: exactly 88 characters. */
const SIGNATURE_FORM = /^[A-Za-z0-9+/]{86}==$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The 64 signature bytes, or null unless `text` is their one canonical spelling. In `…XY==` the last byte is X's
 * six bits and Y's top two, so Y's low four bits must be zero: that is all the re-encoding check of a general
 * strict decoder would find here, for none of its cost (this runs for every message received).
 */
export function decodeSignature(text: string): Uint8Array | null {
  if (!SIGNATURE_FORM.test(text) || (ALPHABET.indexOf(text.charAt(85)) & 0x0f) !== 0) return null;
  return Buffer.from(text, 'base64');
}
const MESSAGE_TYPES: readonly string[] = ['message', 'system', 'notification'];
/** The signed fields and the signature: text, all of them, or there is nothing to verify. */
const TEXT_KEYS = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content', 'signature'] as const;

/**
 * The verification key and the signature's bytes, or why there is nothing to verify: what both versions' verifiers
 * check first (a key that is not a strict wire key, a signature that is not its one canonical spelling).
 */
export function verificationParts(
  signatureText: string,
  publicKey: Uint8Array | string,
): { key: Uint8Array; signature: Uint8Array } | { valid: false; reason: string } {
  let key: Uint8Array;
  try {
    key = toPublicKeyBytes(publicKey);
  } catch (error) {
    if (error instanceof InvalidPublicKeyError) return { valid: false, reason: error.message };
    throw error;
  }
  const signature = decodeSignature(signatureText);
  if (signature === null) return { valid: false, reason: 'signature is not 88 characters of standard base64' };
  return { key, signature };
}

/** Signs fields that are already canonical; returns the 88-character signature. */
export function signFields(fields: SignedFields, signer: Signer): string {
  return encodeBase64(ed25519Sign(signingDigest(fields), signer));
}

/**
 * Completes a draft (message_id, timestamp, protocol_version), signs it and returns the wire message.
 * A timestamp with an offset is converted to the UTC instant before signing; one without a zone, a
 * malformed UUID or an unpaired surrogate is a caller error and throws TypeError.
 */
export function signMessage(draft: MessageDraft, signer: Signer, defaults?: DraftDefaults): Message {
  const wire = wireDraft(draft, defaults);
  wire.signature = signFields(wire, signer);
  return wire;
}

/**
 * Checks the signature of a received message with the sender's public key. Never throws: anything that is
 * not a verifiable message yields `{ valid: false, reason }`. The signature must be strict base64 (the
 * reference would also accept one with embedded whitespace).
 */
export function verifyMessage(message: unknown, publicKey: Uint8Array | string): VerifyResult {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { valid: false, reason: 'message is not a JSON object' };
  }
  const record = message as Record<string, unknown>;
  for (const key of TEXT_KEYS) {
    if (typeof record[key] !== 'string') return { valid: false, reason: `${key} is missing or not a string` };
  }
  if (!MESSAGE_TYPES.includes(record.type as string)) {
    return { valid: false, reason: 'type is not message, system or notification' };
  }
  const parts = verificationParts(record.signature as string, publicKey);
  if ('valid' in parts) return parts;
  const { key, signature } = parts;
  const canonical = canonicalFields(record as SignedFields);
  if (!canonical.ok) return { valid: false, reason: canonical.reason };
  if (!ed25519Verify(signature, signingDigest(canonical.fields), key)) {
    return { valid: false, reason: 'signature does not match the signed fields for this key' };
  }
  return { valid: true };
}
