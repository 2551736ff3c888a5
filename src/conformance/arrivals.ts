// What a server of the suite received, in order, and a way to wait for the first entry that matches: shared by the
// server-mode listener and client mode's own swarm server.
export interface Arrivals<T> {
  readonly list: readonly T[];
  record(entry: T): void;
  /** The first entry, received or still to come, that matches; undefined once `timeoutMs` passes without one. */
  waitFor(match: (entry: T) => boolean, timeoutMs: number): Promise<T | undefined>;
  /** Ends every wait (with undefined). */
  close(): void;
}

interface Waiter<T> {
  match: (entry: T) => boolean;
  resolve: (entry: T | undefined) => void;
}

export function createArrivals<T>(): Arrivals<T> {
  const list: T[] = [];
  const waiters = new Set<Waiter<T>>();
  return {
    list,
    record(entry) {
      list.push(entry);
      for (const waiter of waiters) {
        if (!waiter.match(entry)) continue;
        waiters.delete(waiter);
        waiter.resolve(entry);
      }
    },
    waitFor(match, timeoutMs) {
      const seen = list.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const waiter: Waiter<T> = {
          match,
          resolve: (entry) => {
            clearTimeout(timer);
            resolve(entry);
          },
        };
        const timer = setTimeout(
          () => {
            waiters.delete(waiter);
            resolve(undefined);
          },
          Math.max(0, timeoutMs),
        );
        waiters.add(waiter);
      });
    },
    close() {
      for (const waiter of waiters) waiter.resolve(undefined);
      waiters.clear();
    },
  };
}
