// One canonical timestamp format in every text column: UTC, milliseconds, literal Z (`2026-02-05T14:30:00.123Z`),
// which sorts correctly as text (the inbox keeps the same instants as integers, see EPOCH_MS_RANGE). The reference
// mixes three formats (Python isoformat with `+00:00`, the ms-Z form and SQLite `datetime('now')`), so everything
// that enters the store goes through storageTimestamp or epochMsOf.
import { invalidArgument } from './errors.js';

/** Milliseconds since the epoch; injected so tests can move time. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

const MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// What spec/schemas/DateTime.json admits (seconds and zone optional, offsets with or without a colon), plus `,`.
const LOOSE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The SQL GLOB every timestamp column is checked against (the same shape as MS_Z). */
export const MS_Z_GLOB =
  "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'";

export function timestampAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

// The inbox keeps its times as integer milliseconds since the epoch (6 bytes where the text takes 24, in the table
// and in every index that orders by them), converted at its edges: the same instants, in the same order.

/** The SQL check of a column of epoch milliseconds: the instants the canonical form can write (years 0000 to 9999). */
export const EPOCH_MS_RANGE = 'BETWEEN -62167219200000 AND 253402300799999';

/** Epoch milliseconds of a canonical timestamp, as an integer column keeps it. */
export function epochMsOf(text: string): number {
  return parseTimestamp(text);
}

/** `timestampAt` for nullable columns. */
export function timestampOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : timestampAt(epochMs);
}

export function isCanonicalTimestamp(text: string): boolean {
  return MS_Z.test(text);
}

/**
 * Epoch milliseconds of an ISO 8601 date-time. A value without a zone is UTC (that is what SQLite's
 * `datetime('now')` writes); an offset is converted; fractions beyond milliseconds are truncated.
 */
export function parseTimestamp(text: string): number {
  const m = LOOSE.exec(text);
  if (!m) throw invalidArgument(`not an ISO 8601 date-time: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone = 'Z'] = m;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wallClock = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  // Date.UTC silently rolls impossible values over (02-30 becomes March): insist on a round trip.
  if (Number.isNaN(wallClock) || timestampAt(wallClock).slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`) {
    throw invalidArgument(`not a valid date-time: ${JSON.stringify(text)}`);
  }
  if (zone === 'Z') return wallClock;
  const sign = zone.startsWith('-') ? -1 : 1;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
  return wallClock - sign * minutes * 60_000;
}

/** Normalises any accepted date-time to the canonical ms-Z UTC form. */
export function storageTimestamp(text: string): string {
  return timestampAt(parseTimestamp(text));
}

/** `storageTimestamp` for nullable columns. */
export function canonicalOrNull(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : storageTimestamp(text);
}
