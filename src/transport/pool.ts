// Bounded fan-out for broadcasts: deliver to many peers at once without opening a connection to all of them
// at the same moment. Results come back in input order and as settled values, so one failing peer neither
// hides the others' outcomes nor stops them.

/**
 * Runs `fn` over `items` with at most `limit` calls in flight. Never rejects: each item's outcome is a
 * PromiseSettledResult at the item's index (a synchronous throw in `fn` counts as a rejection).
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R> | R,
): Promise<PromiseSettledResult<R>[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be an integer >= 1, got ${limit}`);
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;

  // Each worker takes the next index until none is left; JavaScript's single thread makes `next++` race-free.
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await fn(items[index] as T, index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
