// Sealed content, protocol 0.2 (SEAL-001): the content encrypted once under a fresh key with XChaCha20-Poly1305,
// that key wrapped for each reader with libsodium's sealed box to the reader's X25519 key (its Ed25519 identity
// key converted). The envelope signature then authenticates the ciphertext and the readers as the sender's.
// Every primitive is libsodium's; the only construction of ours is which bytes go where, fixed in the spec.
import type { SealedContent } from '../../generated/types.js';
import { decodeBase64Strict, encodeBase64 } from './base64.js';
import { type KeyPair, toPublicKeyBytes } from './keys.js';
import { sodium } from './sodium.js';

export const SEALED_ALG = 'x25519-xchacha20poly1305';
const KEY_BYTES = 32;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const WRAPPED_BYTES = 32 + KEY_BYTES + TAG_BYTES;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface Reader {
  agentId: string;
  /** The reader's Ed25519 identity key, raw or in its wire form. */
  publicKey: Uint8Array | string;
}

export interface SealInput {
  content: string;
  messageId: string;
  swarmId: string;
  senderId: string;
  readers: readonly Reader[];
}

/** Pinned randomness, for vectors only: the content key, the nonce, and each reader's ephemeral X25519 seed. */
export interface SealRandomness {
  contentKey?: Uint8Array;
  nonce?: Uint8Array;
  ephemeralSeed?: (agentId: string) => Uint8Array | undefined;
}

/** The additional data that binds a ciphertext to its message, swarm and sender. */
export function sealedAssociatedData(messageId: string, swarmId: string, senderId: string): Buffer {
  return Buffer.from(
    `agent-swarm-protocol/0.2 sealed\n${messageId.toLowerCase()}\n${swarmId.toLowerCase()}\n${senderId}`,
    'utf8',
  );
}

function x25519PublicKey(identityKey: Uint8Array | string): Buffer {
  const out = Buffer.alloc(32);
  // Throws for a key that is not a point of the curve (a low-order or non-canonical key).
  sodium().crypto_sign_ed25519_pk_to_curve25519(out, Buffer.from(toPublicKeyBytes(identityKey)));
  return out;
}

function random(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  sodium().randombytes_buf(out);
  return out;
}

/**
 * `crypto_box_seal` of `message` to `recipient`: with a pinned ephemeral seed it is built from its definition
 * (ephemeral public key, then crypto_box with nonce = BLAKE2b-192(ephemeral pk ‖ recipient pk)), byte for byte
 * what crypto_box_seal makes with that ephemeral key and what crypto_box_seal_open opens.
 */
function boxSeal(message: Buffer, recipient: Buffer, ephemeralSeed?: Uint8Array): Buffer {
  const na = sodium();
  const out = Buffer.alloc(WRAPPED_BYTES);
  if (!ephemeralSeed) {
    na.crypto_box_seal(out, message, recipient);
    return out;
  }
  const ephemeralPublic = Buffer.alloc(32);
  const ephemeralSecret = Buffer.alloc(32);
  na.crypto_box_seed_keypair(ephemeralPublic, ephemeralSecret, Buffer.from(ephemeralSeed));
  const nonce = Buffer.alloc(na.crypto_box_NONCEBYTES);
  na.crypto_generichash(nonce, Buffer.concat([ephemeralPublic, recipient]));
  ephemeralPublic.copy(out, 0);
  na.crypto_box_easy(out.subarray(32), message, nonce, recipient, ephemeralSecret);
  na.sodium_memzero(ephemeralSecret);
  return out;
}

/** Seals `content` for `readers` (each once; the caller lists the sender among them to read its own copy). */
export function sealContent(input: SealInput, pinned: SealRandomness = {}): SealedContent {
  const seen = new Set<string>();
  for (const reader of input.readers) {
    if (seen.has(reader.agentId)) throw new TypeError(`reader ${reader.agentId} is listed twice`);
    seen.add(reader.agentId);
  }
  if (input.readers.length === 0) throw new TypeError('a sealed message needs at least one reader');
  if (LONE_SURROGATE.test(input.content)) throw new TypeError('content contains an unpaired surrogate');
  const na = sodium();
  const contentKey = Buffer.from(pinned.contentKey ?? random(KEY_BYTES));
  const nonce = Buffer.from(pinned.nonce ?? random(NONCE_BYTES));
  if (contentKey.byteLength !== KEY_BYTES || nonce.byteLength !== NONCE_BYTES)
    throw new RangeError('the content key is 32 bytes and the nonce 24');
  try {
    const plaintext = Buffer.from(input.content, 'utf8');
    const ciphertext = Buffer.alloc(plaintext.byteLength + TAG_BYTES);
    na.crypto_aead_xchacha20poly1305_ietf_encrypt(
      ciphertext,
      plaintext,
      sealedAssociatedData(input.messageId, input.swarmId, input.senderId),
      null,
      nonce,
      contentKey,
    );
    const keys = input.readers.map((reader) => ({
      agent_id: reader.agentId,
      wrapped: encodeBase64(
        boxSeal(contentKey, x25519PublicKey(reader.publicKey), pinned.ephemeralSeed?.(reader.agentId)),
      ),
    }));
    return { alg: SEALED_ALG, nonce: encodeBase64(nonce), ciphertext: encodeBase64(ciphertext), keys };
  } finally {
    na.sodium_memzero(contentKey);
  }
}

export type OpenResult =
  | { status: 'opened'; content: string }
  /** This agent is not among the readers: the content stays sealed (SEAL-003). */
  | { status: 'not-reader' }
  | { status: 'invalid'; reason: string };

export interface OpenInput {
  sealed: unknown;
  messageId: string;
  swarmId: string;
  senderId: string;
  /** The opening agent. */
  agentId: string;
  keyPair: KeyPair;
}

/** Checks the sealed object's shape and, if this agent is a reader, opens it. Never throws. */
export function openSealed(input: OpenInput): OpenResult {
  const sealed = input.sealed as Partial<SealedContent> | null;
  if (typeof sealed !== 'object' || sealed === null || Array.isArray(sealed))
    return { status: 'invalid', reason: 'sealed is not an object' };
  if (sealed.alg !== SEALED_ALG) return { status: 'invalid', reason: `alg is not ${SEALED_ALG}` };
  if (!Array.isArray(sealed.keys) || sealed.keys.length === 0)
    return { status: 'invalid', reason: 'keys is not a non-empty list' };
  const readers = new Set<string>();
  let mine: string | undefined;
  for (const entry of sealed.keys) {
    if (typeof entry?.agent_id !== 'string' || typeof entry.wrapped !== 'string')
      return { status: 'invalid', reason: 'a key entry lacks agent_id or wrapped' };
    if (readers.has(entry.agent_id)) return { status: 'invalid', reason: `reader ${entry.agent_id} is listed twice` };
    readers.add(entry.agent_id);
    if (entry.agent_id === input.agentId) mine = entry.wrapped;
  }
  if (mine === undefined) return { status: 'not-reader' };
  const nonce = typeof sealed.nonce === 'string' ? decodeBase64Strict(sealed.nonce) : null;
  if (nonce === null || nonce.byteLength !== NONCE_BYTES) return { status: 'invalid', reason: 'nonce is not 24 bytes' };
  const ciphertext = typeof sealed.ciphertext === 'string' ? decodeBase64Strict(sealed.ciphertext) : null;
  if (ciphertext === null || ciphertext.byteLength < TAG_BYTES)
    return { status: 'invalid', reason: 'ciphertext is not base64 of at least 16 bytes' };
  const wrapped = decodeBase64Strict(mine);
  if (wrapped === null || wrapped.byteLength !== WRAPPED_BYTES)
    return { status: 'invalid', reason: 'the wrapped key is not 80 bytes' };
  const na = sodium();
  const ownPublic = Buffer.alloc(32);
  const ownSecret = Buffer.alloc(32);
  const contentKey = Buffer.alloc(KEY_BYTES);
  try {
    na.crypto_sign_ed25519_pk_to_curve25519(ownPublic, Buffer.from(input.keyPair.publicKey));
    na.crypto_sign_ed25519_sk_to_curve25519(ownSecret, Buffer.from(input.keyPair.secretKey));
    if (!na.crypto_box_seal_open(contentKey, Buffer.from(wrapped), ownPublic, ownSecret))
      return { status: 'invalid', reason: 'the wrapped key does not open with this agent’s key' };
    const plaintext = Buffer.alloc(ciphertext.byteLength - TAG_BYTES);
    try {
      na.crypto_aead_xchacha20poly1305_ietf_decrypt(
        plaintext,
        null,
        Buffer.from(ciphertext),
        sealedAssociatedData(input.messageId, input.swarmId, input.senderId),
        Buffer.from(nonce),
        contentKey,
      );
    } catch {
      return { status: 'invalid', reason: 'the ciphertext does not open (tampered, or bound to another message)' };
    }
    const content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(plaintext);
    return { status: 'opened', content };
  } catch (error) {
    return { status: 'invalid', reason: `cannot open: ${(error as Error).message}` };
  } finally {
    na.sodium_memzero(ownSecret);
    na.sodium_memzero(contentKey);
  }
}
