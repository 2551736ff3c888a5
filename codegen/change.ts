// One difference between the spec as generated/ was last written and the spec now, as the change report
// prints it. `key` is stable (the same edit always gets the same key), so spec/changes.yaml can name it.

/**
 * `peers`: an agent built against the old spec may refuse, or be refused by, one built against the new (a new
 * required property, a removed property, a narrowed type, enum or pattern, a removed endpoint or error code, a
 * changed status). `callers`: the wire is unchanged but code using the generated bindings may stop compiling or
 * meet a value it did not expect (a removed exported type, a property that became optional). `compatible`: neither.
 */
export type Impact = 'peers' | 'callers' | 'compatible';

export interface Change {
  /** `<where> <what>`, e.g. `AgentInfo#/properties/nickname property-added-required`. */
  key: string;
  impact: Impact;
  /** What it means, with the values involved (`64 → 32`). */
  note: string;
}

/** Collects changes; `where` is a schema name plus JSON pointer, an endpoint (`POST /message`), an error code… */
export class ChangeList {
  readonly changes: Change[] = [];

  add(where: string, what: string, impact: Impact, note: string): void {
    this.changes.push({ key: `${where} ${what}`, impact, note });
  }
}

/** JSON for notes and keys: compact, one line. */
export function show(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

/** Deep equality of JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bo = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(bo, k) && sameJson((a as never)[k], bo[k]));
}
