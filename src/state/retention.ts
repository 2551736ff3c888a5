// The retention policy applied while `swarm serve` runs: once at start, then every interval. Each pass is one
// `Store.purge` (one transaction); a pass that finds the store busy or failing is reported and the next one retries.
import { isEmptyPurge, type PurgeCounts, type PurgeOptions } from './purge.js';
import type { Store } from './store.js';

export interface RetentionSchedule {
  options: PurgeOptions;
  intervalMs: number;
  onPurged?: (counts: PurgeCounts) => void;
  onError?: (error: unknown) => void;
}

/** Starts the passes (none when the options remove nothing); returns what stops them. */
export function scheduleRetention(store: Store, schedule: RetentionSchedule): { stop(): void } {
  if (isEmptyPurge(schedule.options)) return { stop() {} };
  const pass = () => {
    if (!store.isOpen) return;
    try {
      const counts = store.purge(schedule.options);
      if (Object.values(counts).some((n) => n > 0)) schedule.onPurged?.(counts);
    } catch (error) {
      schedule.onError?.(error);
    }
  };
  const first = setTimeout(pass, 0);
  const timer = setInterval(pass, schedule.intervalMs);
  // A pending pass never keeps the process alive on its own.
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
