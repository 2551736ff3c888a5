// Quiet hours: a daily window in the local time of a named IANA zone. Local time comes from Intl, which carries
// the zone database (daylight-saving changes included), so nothing here knows an offset.
import type { WakeQuietHours } from '../../generated/types.js';

export interface QuietWindow {
  readonly zone: string;
  readonly start: string;
  readonly end: string;
  /** The local time at `at` (`HH:MM`), and whether it falls inside the window. */
  at(instant: Date): { localTime: string; active: boolean };
}

/** Whether Intl knows the zone (names are matched case-insensitively, as Intl does). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');

/** Compiles a window once; the zone must be valid (config loading checks it). */
export function compileQuietHours(spec: WakeQuietHours): QuietWindow {
  const zone = spec.zone ?? 'UTC';
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const start = minutesOf(spec.start);
  const end = minutesOf(spec.end);
  return {
    zone,
    start: spec.start,
    end: spec.end,
    at(instant) {
      let hour = 0;
      let minute = 0;
      for (const part of format.formatToParts(instant)) {
        // Some ICU versions still write midnight as 24 under h23.
        if (part.type === 'hour') hour = Number(part.value) % 24;
        else if (part.type === 'minute') minute = Number(part.value);
      }
      const local = hour * 60 + minute;
      // start == end is refused when the config loads; end < start runs across midnight.
      const active = start < end ? local >= start && local < end : local >= start || local < end;
      return { localTime: `${pad(hour)}:${pad(minute)}`, active };
    },
  };
}
