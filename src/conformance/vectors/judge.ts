// How vector checks judge an answer: an op that must succeed, one that must be refused (with the catalog code the
// reference's outcome maps to), and values that must equal the vector's. Every departure is a CheckFailed whose
// category says what it puts at risk.
import { isDeepStrictEqual } from 'node:util';
import type { ErrorCode } from '../../../generated/types.js';
import { formatTimestamp, timestampToDate } from '../../core/timestamp.js';
import { type Category, CheckFailed } from '../model.js';
import { shorten } from '../shorten.js';
import type { Op, Outcome, ResultOf, VectorContext } from './model.js';

/** A reference function's recorded outcome (README "Outcome objects"). */
export interface ReferenceOutcome {
  ok: boolean;
  result?: unknown;
  exception?: string;
  exception_module?: string;
  message?: string;
  message_stable_prefix?: string;
}

/** A value as JSON, shortened for a report line. */
export function show(value: unknown, max = 160): string {
  return shorten(JSON.stringify(value) ?? String(value), max);
}

/** The result of an op the implementation must accept; a refusal fails the check. */
export function accepted<O extends Op>(
  outcome: Outcome<O>,
  what: string,
  category: Category = 'correctness',
): ResultOf<O> {
  if (outcome.ok) return outcome.result;
  const code = outcome.error.code ? `${outcome.error.code}: ` : '';
  throw new CheckFailed(category, `${what}: refused (${code}${outcome.error.message}), must be accepted`);
}

/**
 * An op the implementation must refuse, with `want` as its code ('any' where the reference itself crashed). A
 * refusal without a code is taken, and noted: the code is the adapter's to give when it has one.
 */
export function refused<O extends Op>(
  ctx: VectorContext,
  outcome: Outcome<O>,
  want: ErrorCode | 'any',
  what: string,
  category: Category,
): void {
  const must = want === 'any' ? 'must be refused' : `must be refused with ${want}`;
  if (outcome.ok) throw new CheckFailed(category, `${what}: accepted (${show(outcome.result)}), ${must}`);
  const code = outcome.error.code;
  if (want === 'any') return;
  if (code === undefined) ctx.note(`${what}: refused without a code (${want} expected)`);
  else if (code !== want) {
    throw new CheckFailed('correctness', `${what}: refused with ${code} (${outcome.error.message}), ${must}`);
  }
}

/** Deep equality (key order ignored) with the vector's value. */
export function same(actual: unknown, expected: unknown, what: string, category: Category = 'correctness'): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new CheckFailed(category, `${what}: got ${show(actual)}, expected ${show(expected)}`);
  }
}

/** The catalog code our spec gives a reference token outcome; null for success, 'any' where the reference crashed. */
export function tokenErrorCode(outcome: ReferenceOutcome): ErrorCode | 'any' | null {
  if (outcome.ok) return null;
  // binascii.Error escaped the reference's handlers (a 500): any refusal is right.
  if (outcome.exception_module === 'binascii') return 'any';
  const prefix = outcome.message_stable_prefix ?? outcome.message ?? '';
  if (outcome.exception === 'TokenSignatureError' || prefix.startsWith('Invalid token signature'))
    return 'INVALID_SIGNATURE';
  if (outcome.exception === 'TokenExpiredError' || prefix.startsWith('Token expired')) return 'TOKEN_EXPIRED';
  if (prefix.startsWith('Unsupported algorithm')) return 'UNSUPPORTED_ALGORITHM';
  if (prefix.startsWith('swarm_id mismatch')) return 'TOKEN_SWARM_MISMATCH';
  // The URL scheme, the JWT's structure or encoding, a missing or ill-typed claim, an unreadable expires_at.
  return 'INVALID_TOKEN';
}

/** What a sender emits for a timestamp (UTC, ms-Z, truncated); null when it names no instant. */
export function utcForm(text: string): string | null {
  const date = timestampToDate(text);
  if (date === null) return null;
  try {
    return formatTimestamp(date);
  } catch {
    return null;
  }
}

/** Header names compared as HTTP does, without case. */
export function lowerKeys(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** A JSON object without its null-valued keys (the reference writes absent claims as null). */
export function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}
