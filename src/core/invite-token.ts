// Invite tokens (WIRE.md §4.2-4.7): a compact JWS whose bytes reproduce the reference's exactly. Header
// `{"alg":"EdDSA","typ":"JWT"}`, payload as compact ASCII-escaped JSON in a fixed key order, Ed25519 over the
// ASCII `header.payload` with no pre-hash, base64url without padding. Signing and verifying go through
// libsodium on those exact bytes (a JOSE library would re-serialise the payload); the alg check comes first,
// so `none` and HS* never reach a key.
import type { InviteTokenClaims, InviteTokenHeader } from '../../generated/types.js';
import { validateInviteTokenClaims } from '../../generated/validators/InviteTokenClaims.js';
import { validateInviteTokenHeader } from '../../generated/validators/InviteTokenHeader.js';
import { decodeBase64UrlStrict, encodeBase64Url } from './base64.js';
import { sha256Hex } from './canonical.js';
import {
  InvalidInviteTokenError,
  InvalidPublicKeyError,
  InviteEndpointMismatchError,
  InviteSignatureError,
  InviteSwarmMismatchError,
  InviteTokenExhaustedError,
  InviteTokenExpiredError,
  InviteTokenRevokedError,
  UnsupportedAlgorithmError,
} from './errors.js';
import { encodeJsonAscii } from './json-ascii.js';
import { ed25519Sign, ed25519Verify, type Signer, toPublicKeyBytes } from './keys.js';
import { stripTrailingSlashes } from './peer.js';
import { formatTimestamp, timestampToDate } from './timestamp.js';

const HEADER_JSON = '{"alg":"EdDSA","typ":"JWT"}';

export interface InviteTokenParts {
  /** Header and payload as sent: JSON objects, not yet checked against their schemas. */
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `header_b64.payload_b64` exactly as received: the bytes the signature covers. */
  signingInput: string;
  signaturePart: string;
}

export type DecodedInviteToken = Omit<InviteTokenParts, 'header'> & { header: InviteTokenHeader };

export interface VerifyInviteOptions {
  /** The clock is explicit: expiry is judged against this instant. */
  now: Date;
  /** Master's key; without it the signature is not checked (a joining client usually has none). */
  publicKey?: Uint8Array | string;
  /** Swarm id named by the `swarm://` URL, when there is one. */
  swarmId?: string;
  /** The admitting agent's own endpoint; trailing `/` are ignored in the comparison. */
  endpoint?: string;
}

export interface VerifiedInviteToken {
  jwt: string;
  header: InviteTokenHeader;
  claims: InviteTokenClaims;
  signatureChecked: boolean;
}

/**
 * Signs claims into a JWT. expires_at is re-emitted as UTC ms-Z; invalid claims (max_uses 0...) throw. A member
 * issuing an invite (swarms that allow member invites) names itself in the header's `kid`; the master's tokens
 * carry no `kid`, so their bytes stay the reference's.
 */
export function createInviteToken(claims: InviteTokenClaims, signer: Signer, options: { kid?: string } = {}): string {
  if (!validateInviteTokenClaims(claims)) {
    throw new TypeError(`invalid invite claims: ${JSON.stringify(validateInviteTokenClaims.errors)}`);
  }
  const expiresAt = claims.expires_at === undefined ? undefined : timestampToDate(claims.expires_at);
  if (expiresAt === null) throw new TypeError(`invalid expires_at: ${claims.expires_at}`);
  const payload = encodeJsonAscii({
    swarm_id: claims.swarm_id,
    master: claims.master,
    endpoint: claims.endpoint,
    iat: claims.iat,
    expires_at: expiresAt && formatTimestamp(expiresAt),
    max_uses: claims.max_uses,
  });
  const header =
    options.kid === undefined ? HEADER_JSON : encodeJsonAscii({ alg: 'EdDSA', typ: 'JWT', kid: options.kid });
  const signingInput = `${encodeBase64Url(Buffer.from(header))}.${encodeBase64Url(Buffer.from(payload))}`;
  return `${signingInput}.${encodeBase64Url(ed25519Sign(Buffer.from(signingInput, 'ascii'), signer))}`;
}

function decodeJsonObject(part: string, name: string): Record<string, unknown> {
  const bytes = decodeBase64UrlStrict(part);
  if (bytes === null) throw new InvalidInviteTokenError(`Cannot decode JWT ${name}: not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new InvalidInviteTokenError(`Cannot decode JWT ${name}: not UTF-8 JSON`, { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInviteTokenError(`Cannot decode JWT ${name}: not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Structure only: three base64url parts whose first two are JSON objects (e.g. to show a bad token). */
export function splitInviteToken(jwt: string): InviteTokenParts {
  const parts = typeof jwt === 'string' ? jwt.split('.') : [];
  const [headerPart, payloadPart, signaturePart] = parts;
  if (parts.length !== 3 || headerPart === undefined || payloadPart === undefined || signaturePart === undefined) {
    throw new InvalidInviteTokenError(`Invalid JWT structure: expected 3 parts, got ${parts.length}`);
  }
  const header = decodeJsonObject(headerPart, 'header');
  const payload = decodeJsonObject(payloadPart, 'payload');
  return { header, payload, signingInput: `${headerPart}.${payloadPart}`, signaturePart };
}

/** Structure and algorithm: no signature, claims or expiry check (e.g. to find the swarm first). */
export function decodeInviteToken(jwt: string): DecodedInviteToken {
  const parts = splitInviteToken(jwt);
  if (parts.header.alg !== 'EdDSA') throw new UnsupportedAlgorithmError(parts.header.alg);
  if (!validateInviteTokenHeader(parts.header)) throw new InvalidInviteTokenError('Invalid JWT header');
  return { ...parts, header: parts.header };
}

function checkSignature(decoded: DecodedInviteToken, publicKey: Uint8Array | string): void {
  let key: Uint8Array;
  try {
    key = toPublicKeyBytes(publicKey);
  } catch (error) {
    if (error instanceof InvalidPublicKeyError) throw new InviteSignatureError(`Invalid public key: ${error.message}`);
    throw error;
  }
  const signature = decodeBase64UrlStrict(decoded.signaturePart);
  if (signature === null || !ed25519Verify(signature, Buffer.from(decoded.signingInput, 'ascii'), key)) {
    throw new InviteSignatureError();
  }
}

/**
 * Every check of WIRE.md §4 that needs no store, in order: structure, algorithm, URL swarm_id, signature,
 * claims, expiry, endpoint. Throws only InviteTokenError subclasses, whatever the input.
 */
export function verifyInviteToken(jwt: string, options: VerifyInviteOptions): VerifiedInviteToken {
  const decoded = decodeInviteToken(jwt);
  if (options.swarmId !== undefined && decoded.payload.swarm_id !== options.swarmId) {
    throw new InviteSwarmMismatchError(options.swarmId, decoded.payload.swarm_id);
  }
  if (options.publicKey !== undefined) checkSignature(decoded, options.publicKey);
  if (!validateInviteTokenClaims(decoded.payload)) {
    const first = validateInviteTokenClaims.errors?.[0];
    throw new InvalidInviteTokenError(`Invalid claims: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim());
  }
  const claims = decoded.payload as InviteTokenClaims;
  if (claims.expires_at !== undefined) {
    const expiresAt = timestampToDate(claims.expires_at);
    if (expiresAt === null) throw new InvalidInviteTokenError(`Invalid expires_at format: ${claims.expires_at}`);
    if (options.now.getTime() > expiresAt.getTime()) throw new InviteTokenExpiredError(claims.expires_at);
  }
  if (
    options.endpoint !== undefined &&
    stripTrailingSlashes(claims.endpoint) !== stripTrailingSlashes(options.endpoint)
  ) {
    throw new InviteEndpointMismatchError(options.endpoint, claims.endpoint);
  }
  return { jwt, header: decoded.header, claims, signatureChecked: options.publicKey !== undefined };
}

/** The token's natural key for use counting and revocation (WIRE.md §4.7): hex SHA-256 of the JWT text. */
export function inviteTokenKey(jwt: string): string {
  return sha256Hex(jwt);
}

export interface TokenUsage {
  /** Redemptions already recorded, not counting the one being decided. */
  uses: number;
  maxUses?: number | null;
  revoked: boolean;
}

/** The store-backed checks: refuses a revoked token, then one already redeemed max_uses times. */
export function checkTokenUsage(usage: TokenUsage): void {
  if (usage.revoked) throw new InviteTokenRevokedError();
  if (usage.maxUses != null && usage.uses >= usage.maxUses) throw new InviteTokenExhaustedError(usage.maxUses);
}
