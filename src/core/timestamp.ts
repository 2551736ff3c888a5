// Protocol timestamps. We emit exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC (Date#toISOString). To verify
// what others signed we must rebuild the reference's signed form, which is not a UTC conversion: the
// reference replaces every `Z` with `+00:00`, parses with Python 3.11 `datetime.fromisoformat`, then prints
// the wall-clock digits with the fraction truncated to milliseconds and a literal `Z` (an offset is dropped,
// not applied). `parseIsoTimestamp` is a port of CPython 3.11's C parser so that the same inputs are accepted.

export interface TimestampParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Offset from UTC in milliseconds, or `null` for a timestamp without a zone. */
  offsetMs: number | null;
}

/** Our one emitted form: UTC, three fraction digits, `Z`. */
export function formatTimestamp(date: Date): string {
  const text = date.toISOString(); // throws RangeError for an invalid date
  if (text.length !== 24) throw new RangeError(`year out of range for a protocol timestamp: ${text}`);
  return text;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date (Date.UTC would shift years below 100). */
function epochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

/** Reads `count` ASCII digits; NUL past the end fails, like the C code reading the terminator. */
function digits(bytes: Uint8Array, at: number, count: number): number | null {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = (bytes[i] ?? 0) - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value;
}

// CPython _find_isoformat_datetime_separator: where the date ends, from the shape of its first characters.
function separatorAt(b: Uint8Array): number {
  const isDigit = (i: number) => (b[i] ?? 0) >= 0x30 && (b[i] ?? 0) <= 0x39;
  if (b.length === 7) return 7;
  if (b[4] === 0x2d) {
    if (b[5] !== 0x57) return 10;
    if (b.length > 8 && b[8] === 0x2d) return b.length === 9 ? -1 : b.length > 10 && isDigit(10) ? 8 : 10;
    return 8;
  }
  if (b[4] !== 0x57) return 8;
  let idx = 7;
  while (idx < b.length && isDigit(idx)) idx++;
  return idx < 9 ? idx : idx % 2 === 0 ? 7 : 8;
}

// CPython parse_isoformat_date: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D].
function parseDate(b: Uint8Array, end: number): [number, number, number] | null {
  const year = digits(b, 0, 4);
  if (year === null) return null;
  const dashed = b[4] === 0x2d;
  let p = dashed ? 5 : 4;
  if (b[p] === 0x57) {
    const week = digits(b, p + 1, 2);
    if (week === null) return null;
    p += 3;
    let weekday = 1;
    if (p < end) {
      if (dashed && b[p++] !== 0x2d) return null;
      const parsed = digits(b, p, 1);
      if (parsed === null) return null;
      weekday = parsed;
    }
    const jan1 = epochDay(year, 1, 1);
    const jan1Weekday = (((jan1 + 3) % 7) + 7) % 7; // Monday = 0
    const longYear = jan1Weekday === 3 || (jan1Weekday === 2 && isLeap(year));
    if (week < 1 || week > 53 || (week === 53 && !longYear) || weekday < 1 || weekday > 7) return null;
    const monday = jan1 - jan1Weekday + (jan1Weekday > 3 ? 7 : 0);
    const date = new Date((monday + (week - 1) * 7 + weekday - 1) * 86_400_000);
    return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  const month = digits(b, p, 2);
  if (month === null || (dashed && b[p + 2] !== 0x2d)) return null;
  const day = digits(b, dashed ? p + 3 : p + 2, 2);
  return day === null ? null : [year, month, day];
}

// CPython parse_hh_mm_ss_ff over b[start, end): HH[:MM[:SS[.f+]]] or HHMMSS[.f+], fraction cut to 6 digits.
// Returns the values and whether unparsed text remains, or null on failure.
function parseClock(b: Uint8Array, start: number, end: number): { values: number[]; rest: boolean } | null {
  const values = [0, 0, 0, 0];
  let p = start;
  let colons = true;
  for (let i = 0; i < 3; i++) {
    const value = digits(b, p, 2);
    if (value === null) return null;
    values[i] = value;
    p += 2;
    const c = b[p++] ?? 0;
    if (i === 0) colons = c === 0x3a;
    if (p >= end) return { values, rest: c !== 0 };
    if (colons && c === 0x3a) continue;
    if (c === 0x2e || c === 0x2c) break;
    if (!colons) p--;
    else return null;
  }
  const count = Math.min(end - p, 6);
  const fraction = digits(b, p, count);
  if (fraction === null) return null;
  values[3] = fraction * 10 ** (6 - count);
  p += count;
  while ((b[p] ?? 0) >= 0x30 && (b[p] ?? 0) <= 0x39) p++;
  return { values, rest: (b[p] ?? 0) !== 0 };
}

/** Our emitted form, `YYYY-MM-DDTHH:MM:SS.mmmZ`: nearly every timestamp received. */
const MS_Z_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Python 3.11 `datetime.fromisoformat(text.replace('Z', '+00:00'))`, or null where Python raises. */
export function parseIsoTimestamp(text: string): TimestampParts | null {
  return MS_Z_FORM.test(text) ? parseMsZ(text) : parseLikeCPython(text);
}

/** The ms-Z form read directly (what the general parser gives for it, without its byte-level walk). */
function parseMsZ(text: string): TimestampParts | null {
  const n = (at: number, count: number) => Number(text.slice(at, at + count));
  const year = n(0, 4);
  const month = n(5, 2);
  const day = n(8, 2);
  const hour = n(11, 2);
  const minute = n(14, 2);
  const second = n(17, 2);
  const valid = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!valid || hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, microsecond: n(20, 3) * 1000, offsetMs: 0 };
}

/** The port of CPython's parser, for every other form (exported for the test that pins parseMsZ to it). */
export function parseLikeCPython(text: string): TimestampParts | null {
  // Python refuses to encode lone surrogates; Buffer would silently replace them.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return null;
  const replaced = text.replaceAll('Z', '+00:00');
  if ([...replaced].length < 7) return null; // CPython refuses anything shorter before parsing
  const b = new Uint8Array(Buffer.from(replaced, 'utf8'));
  const split = separatorAt(b);
  if (split < 0) return null;
  const date = parseDate(b, split);
  if (date === null) return null;
  let clock = [0, 0, 0, 0];
  let offsetMs: number | null = null;
  if (b.length > split) {
    const lead = b[split] ?? 0; // the separator is any one character, possibly multi-byte UTF-8
    const start = split + (lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);
    let zone = start;
    while (zone < b.length && b[zone] !== 0x2b && b[zone] !== 0x2d) zone++;
    const time = parseClock(b, start, zone);
    if (time === null || (zone === b.length && time.rest)) return null;
    clock = time.values;
    if (zone < b.length) {
      const offset = parseClock(b, zone + 1, b.length);
      if (offset === null || offset.rest) return null;
      const [h = 0, m = 0, s = 0, us = 0] = offset.values;
      offsetMs = (b[zone] === 0x2d ? -1 : 1) * (((h * 60 + m) * 60 + s) * 1000 + Math.trunc(us / 1000));
      if (Math.abs(offsetMs) >= 86_400_000) return null;
    }
  }
  const [year, month, day] = date;
  const [hour = 0, minute = 0, second = 0, microsecond = 0] = clock;
  const valid = year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!valid || hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, microsecond, offsetMs };
}

/**
 * The timestamp as it enters a signature's canonical string: wall-clock digits, milliseconds truncated,
 * offset dropped (a reference quirk every verifier must share). Years below 1000 print unpadded because the
 * reference formats with glibc's strftime.
 */
export function canonicalTimestamp(text: string): string | null {
  const t = parseIsoTimestamp(text);
  if (t === null) return null;
  const ms = pad(Math.trunc(t.microsecond / 1000), 3);
  return `${t.year}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}.${ms}Z`;
}

/** The instant a zoned timestamp names (offset applied, truncated to ms); null without a zone. */
export function timestampToDate(text: string): Date | null {
  const t = parseIsoTimestamp(text);
  if (t === null || t.offsetMs === null) return null;
  const wallClock =
    epochDay(t.year, t.month, t.day) * 86_400_000 +
    ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 +
    Math.trunc(t.microsecond / 1000);
  return new Date(wallClock - t.offsetMs);
}
