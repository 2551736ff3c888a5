// The core's error classes. Each carries a code of the one catalog (spec/schemas/ErrorCode.json) so that the
// HTTP edge and the CLI can map it to a status or an exit code without string matching; the edge keeps the
// original error as `cause`.
import type { ErrorCode } from '../../generated/types.js';

export class ProtocolError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A public key that is not the standard base64 of 32 raw bytes (SPKI, URL-safe, unpadded, wrong length...). */
export class InvalidPublicKeyError extends ProtocolError {
  constructor(message: string) {
    super('INVALID_PUBLIC_KEY', message);
  }
}

/** Shows a decoded JSON value in a message; String() would throw on an object like {"toString": 1}. */
const show = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/** The base class of every invite-token failure; the token parser throws nothing else. */
export class InviteTokenError extends ProtocolError {}

/** Not a `swarm://` URL, not three base64url parts, undecodable JSON, or a missing or ill-typed claim. */
export class InvalidInviteTokenError extends InviteTokenError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_TOKEN', message, options);
  }
}

/** `alg` is anything but `EdDSA`: `none` and HS* are refused before any key is touched. */
export class UnsupportedAlgorithmError extends InviteTokenError {
  constructor(readonly alg: unknown) {
    super('UNSUPPORTED_ALGORITHM', `Unsupported algorithm: ${show(alg)}, expected EdDSA`);
  }
}

export class InviteSignatureError extends InviteTokenError {
  constructor(message = 'Token signature verification failed') {
    super('INVALID_SIGNATURE', message);
  }
}

export class InviteTokenExpiredError extends InviteTokenError {
  constructor(readonly expiresAt: string) {
    super('TOKEN_EXPIRED', `Token expired at ${expiresAt}`);
  }
}

export class InviteSwarmMismatchError extends InviteTokenError {
  constructor(
    readonly urlSwarmId: string,
    readonly tokenSwarmId: unknown,
  ) {
    super('TOKEN_SWARM_MISMATCH', `swarm_id mismatch: URL names ${urlSwarmId}, token names ${show(tokenSwarmId)}`);
  }
}

export class InviteEndpointMismatchError extends InviteTokenError {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super('TOKEN_ENDPOINT_MISMATCH', `Token endpoint ${actual} is not this agent's endpoint ${expected}`);
  }
}

export class InviteTokenExhaustedError extends InviteTokenError {
  constructor(readonly maxUses: number) {
    super('TOKEN_EXHAUSTED', `Token already used ${maxUses} time(s)`);
  }
}

export class InviteTokenRevokedError extends InviteTokenError {
  constructor() {
    super('TOKEN_REVOKED', 'Token was revoked');
  }
}
