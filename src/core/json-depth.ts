// How deep a JSON document received from a peer may nest. JSON.parse takes any depth, but what is done with the
// value afterwards recurses (JSON.stringify when storing or printing it, the fingerprint's key sort), and past some
// ten thousand levels that exhausts the stack: a peer could turn any body into a crash. No protocol document needs
// more than a handful of levels.

/** [BODY-DEPTH-001] Arrays and objects nested deeper than this are refused. */
export const MAX_JSON_DEPTH = 100;

const escapePointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON pointer of the first array or object nested deeper than `max` levels (the document itself is level 1),
 * or undefined. A loop over an explicit stack, so a value of any depth is safe to check.
 */
export function excessiveNesting(value: unknown, max = MAX_JSON_DEPTH): string | undefined {
  const pending: Array<{ value: unknown; depth: number; pointer: string }> = [{ value, depth: 1, pointer: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const node = next.value as Record<string, unknown>;
    if (node === null || typeof node !== 'object') continue; // only a primitive document itself gets here
    if (next.depth > max) return next.pointer || '/';
    for (const key of Object.keys(node)) {
      const item = node[key];
      if (item !== null && typeof item === 'object') {
        pending.push({ value: item, depth: next.depth + 1, pointer: `${next.pointer}/${escapePointerToken(key)}` });
      }
    }
  }
  return undefined;
}
