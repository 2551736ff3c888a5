// Ed25519 identities in the reference's formats: the private key is the raw 32-byte RFC 8032 seed, the
// public key travels as standard base64 of its raw 32 bytes (never the SPKI/DER form some docs show).
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { decodeBase64Strict, encodeBase64 } from './base64.js';
import { InvalidPublicKeyError } from './errors.js';
import { sodium } from './sodium.js';

export const SEED_BYTES = 32;
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** 12-byte DER prefix of an Ed25519 SubjectPublicKeyInfo; recognised only to explain the rejection. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface KeyPair {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  /** libsodium's 64-byte signing key (seed followed by the public key). */
  readonly secretKey: Uint8Array;
}

/** What signing functions accept: a ready key pair, or the bare seed (the pair is derived per call). */
export type Signer = KeyPair | Uint8Array;

/** 16-byte DER prefix of an Ed25519 PKCS#8 private key, followed by the 32-byte seed. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function generateSeed(): Uint8Array {
  return new Uint8Array(randomBytes(SEED_BYTES));
}

/**
 * The public key of a seed through node:crypto, without loading libsodium: for commands that show the identity
 * but never sign. Slower per call than `keyPairFromSeed` (OpenSSL decodes a PKCS#8 document), so not for loops.
 */
export function publicKeyFromSeed(seed: Uint8Array): Uint8Array {
  if (seed.byteLength !== SEED_BYTES)
    throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.byteLength}`);
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(spki.byteLength - PUBLIC_KEY_BYTES));
}

export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  if (seed.byteLength !== SEED_BYTES)
    throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.byteLength}`);
  const publicKey = Buffer.alloc(PUBLIC_KEY_BYTES);
  const secretKey = Buffer.alloc(SEED_BYTES + PUBLIC_KEY_BYTES);
  sodium().crypto_sign_seed_keypair(publicKey, secretKey, Buffer.from(seed));
  return { seed: new Uint8Array(seed), publicKey: new Uint8Array(publicKey), secretKey: new Uint8Array(secretKey) };
}

export function toKeyPair(signer: Signer): KeyPair {
  return signer instanceof Uint8Array ? keyPairFromSeed(signer) : signer;
}

/** Wire form of a public key: 44 characters of standard base64 ending in `=`. */
export function encodePublicKey(publicKey: Uint8Array): string {
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES) {
    throw new RangeError(`an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes, got ${publicKey.byteLength}`);
  }
  return encodeBase64(publicKey);
}

/**
 * Strict decoder for wire public keys. The reference's decoder drops characters outside the alphabet (so it
 * accepts a key with an embedded newline); this one refuses anything but the canonical 44-character form.
 */
export function decodePublicKey(text: string): Uint8Array {
  const bytes = decodeBase64Strict(text);
  if (bytes === null) {
    throw new InvalidPublicKeyError(
      'Invalid public key encoding: not standard base64 with padding (URL-safe characters, whitespace or missing "=" are refused)',
    );
  }
  if (bytes.byteLength === SPKI_PREFIX.byteLength + PUBLIC_KEY_BYTES && SPKI_PREFIX.equals(bytes.subarray(0, 12))) {
    throw new InvalidPublicKeyError(
      'Invalid public key encoding: this is the SPKI/DER form (MCowBQYDK2VwAyEA...); send base64 of the raw 32-byte key',
    );
  }
  if (bytes.byteLength !== PUBLIC_KEY_BYTES) {
    throw new InvalidPublicKeyError(
      `Invalid public key encoding: an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes long, got ${bytes.byteLength}`,
    );
  }
  return bytes;
}

/** Accepts raw bytes or the wire string; throws InvalidPublicKeyError for a malformed one. */
export function toPublicKeyBytes(publicKey: Uint8Array | string): Uint8Array {
  if (typeof publicKey === 'string') return decodePublicKey(publicKey);
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES) {
    throw new InvalidPublicKeyError(
      `an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes long, got ${publicKey.byteLength}`,
    );
  }
  return publicKey;
}

/** Plain Ed25519 (RFC 8032, no pre-hash, no context) over `message`. */
export function ed25519Sign(message: Uint8Array, signer: Signer): Uint8Array {
  const signature = Buffer.alloc(SIGNATURE_BYTES);
  sodium().crypto_sign_detached(signature, view(message), view(toKeyPair(signer).secretKey));
  return new Uint8Array(signature);
}

export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.byteLength !== SIGNATURE_BYTES || publicKey.byteLength !== PUBLIC_KEY_BYTES) return false;
  return sodium().crypto_sign_verify_detached(view(signature), view(message), view(publicKey));
}

/** A Buffer over the same bytes (libsodium reads them in place: no copy on the receiving hot path). */
function view(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
