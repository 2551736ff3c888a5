// The state layer's errors. Expected outcomes (a duplicate message, an exhausted invite) are returned as values;
// these errors mark misuse or a state the caller must not ignore. Codes that also exist in the wire/CLI catalog
// (generated/errors.ts: MESSAGE_NOT_FOUND, INVALID_STATE_TRANSITION, SWARM_NOT_FOUND, STORE_TOO_NEW,
// IMPORT_INVALID) carry the same name, so the edges can map them one to one and keep the StateError as `cause`.
import type { ErrorCode } from '../../generated/types.js';

export type StateErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_STATE_TRANSITION'
  | 'MESSAGE_NOT_FOUND'
  | 'SWARM_NOT_FOUND'
  | 'SWARM_EXISTS'
  | 'STORE_TOO_NEW'
  | 'NOT_A_SWARM_DATABASE'
  | 'MIGRATION_FAILED'
  | 'IMPORT_INVALID'
  | 'EXPORT_INVALID'
  | 'STORE_CLOSED'
  /** A sync of the write-ahead log failed: nothing more is written until the process restarts. */
  | 'STORE_FAILED';

/** A registry-wide brand: the same class may be loaded twice (a bundle's chunks, or CommonJS and ESM copies under
 * a test runner), and an error from one copy must still be recognised by the other. */
const BRAND = Symbol.for('agent-swarm-protocol.StateError');

export class StateError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  override readonly name = 'StateError';
  readonly [BRAND] = true;
  readonly code: StateErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: StateErrorCode, message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/** The catalog codes the state layer's errors reach the edges (HTTP answers, CLI exits) as; the rest are internal. */
const CATALOG_CODES: Partial<Record<StateErrorCode, ErrorCode>> = {
  MESSAGE_NOT_FOUND: 'MESSAGE_NOT_FOUND',
  INVALID_STATE_TRANSITION: 'INVALID_STATE_TRANSITION',
  SWARM_NOT_FOUND: 'SWARM_NOT_FOUND',
  STORE_TOO_NEW: 'STORE_TOO_NEW',
  IMPORT_INVALID: 'IMPORT_INVALID',
  INVALID_ARGUMENT: 'INVALID_FORMAT',
  STORE_CLOSED: 'SERVICE_UNAVAILABLE',
  STORE_FAILED: 'SERVICE_UNAVAILABLE',
};

export function catalogCodeOf(error: StateError): ErrorCode | undefined {
  return CATALOG_CODES[error.code];
}

export function isStateError(error: unknown, code?: StateErrorCode): error is StateError {
  return error instanceof StateError && (code === undefined || error.code === code);
}

export function invalidArgument(message: string, details?: Record<string, unknown>): StateError {
  return new StateError('INVALID_ARGUMENT', message, details);
}

/** Throws INVALID_ARGUMENT unless `value` is a non-empty string. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalidArgument(`${field} must be a non-empty string`);
  return value;
}

/** Throws INVALID_ARGUMENT unless `value` is an integer ≥ `min`. */
export function requireInteger(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidArgument(`${field} must be an integer >= ${min}`, { [field]: value });
  }
  return value;
}

/** Throws INVALID_ARGUMENT unless `value` is an https:// URL string (members and key endpoints). */
export function requireHttps(value: unknown, field: string): string {
  const text = requireText(value, field);
  if (!text.startsWith('https://')) throw invalidArgument(`${field} must start with https://`, { [field]: text });
  return text;
}
