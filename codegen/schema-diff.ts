// Compares two JSON Schemas (2020-12) keyword by keyword and classes each difference by what it does to the set
// of documents the schema accepts. Peers both send and receive every document, so narrowing that set breaks
// peers (what an old peer sends may now be refused); widening it is compatible. A removed property breaks peers
// too, although it widens the set: the peers that read it lose it. Where containment cannot be decided (a new
// regular expression, a changed `not`), the change is classed as breaking, to be safe.
//
// A `$ref` is compared as a name, never followed: each schema file is compared once, at its own name, so an edit
// to a shared schema is reported once, not once per use.
import { type ChangeList, sameJson, show } from './change.js';
import { escapePointer } from './spec-error.js';

type Schema = boolean | { [key: string]: unknown };
type SchemaObject = { [key: string]: unknown };

/** Keywords that only describe; and the error catalog's columns, which the catalog comparison reads. */
const IGNORED = new Set(['title', 'description', 'examples', '$comment', '$schema', '$id', '$anchor', 'readOnly']);
for (const k of ['writeOnly', 'x-party', 'x-http-status', 'x-exit-code', 'x-scope', '$defs']) IGNORED.add(k);

/** Keywords whose value is one schema, absent meaning "anything". */
const SUBSCHEMAS = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];
SUBSCHEMAS.push('contains', 'contentSchema');
const UPPER = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum', 'maxContains'];
const LOWER = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum', 'minContains'];
/** Keywords where any new or different value narrows and removing it widens. */
const OPAQUE = ['pattern', 'format', 'contentEncoding', 'contentMediaType', 'not', 'if', 'then', 'else'];
const HANDLED = new Set([...IGNORED, ...SUBSCHEMAS, ...UPPER, ...LOWER, ...OPAQUE]);
for (const k of ['$ref', 'type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'properties', 'required']) HANDLED.add(k);
for (const k of ['prefixItems', 'patternProperties', 'dependentSchemas', 'dependentRequired', 'multipleOf'])
  HANDLED.add(k);
for (const k of ['uniqueItems', 'default', 'deprecated']) HANDLED.add(k);

/** Records in `out` every difference between `before` and `after`, the schema at `where` (`Name#/pointer`). */
export function diffSchema(before: Schema, after: Schema, where: string, out: ChangeList): void {
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    if (sameJson(before, after)) return;
    if (after === false || before === true) out.add(where, 'narrowed', 'peers', `${brief(before)} → ${brief(after)}`);
    else out.add(where, 'widened', 'compatible', `${brief(before)} → ${brief(after)}`);
    return;
  }
  const at = (pointer: string) => child(where, pointer);
  compareRef(before, after, where, out);
  compareTypes(before, after, where, out);
  compareValues(before, after, where, out);
  compareProperties(before, after, at, out);
  for (const k of SUBSCHEMAS) {
    if (k in before || k in after) diffSchema(sub(before[k]), sub(after[k]), at(`/${k}`), out);
  }
  for (const k of ['patternProperties', 'dependentSchemas']) compareSchemaMap(before, after, k, at, out);
  compareList(list(before.prefixItems), list(after.prefixItems), at('/prefixItems'), out, 'position');
  compareList(list(before.allOf), list(after.allOf), at('/allOf'), out, 'constraint', true);
  for (const k of ['oneOf', 'anyOf'] as const) compareVariants(before, after, k, at(`/${k}`), out);
  compareBounds(before, after, where, out);
  compareDependentRequired(before, after, where, out);
  for (const k of OPAQUE) {
    if (sameJson(before[k], after[k])) continue;
    if (!(k in after)) out.add(where, `${k}-removed`, 'compatible', `${brief(before[k])} → absent`);
    else out.add(where, `${k}-changed`, 'peers', `${brief(before[k])} → ${brief(after[k])}`);
  }
  if (!before.uniqueItems !== !after.uniqueItems) {
    if (after.uniqueItems) out.add(where, 'uniqueItems-added', 'peers', 'items must now be unique');
    else out.add(where, 'uniqueItems-removed', 'compatible', 'items may now repeat');
  }
  if (!sameJson(before.default, after.default)) {
    out.add(where, 'default-changed', 'compatible', `${show(before.default)} → ${show(after.default)}`);
  }
  if (!before.deprecated && after.deprecated) out.add(where, 'deprecated', 'compatible', 'now marked deprecated');
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (HANDLED.has(k) || sameJson(before[k], after[k])) continue;
    out.add(where, `${k}-changed`, 'peers', `codegen does not know what "${k}" validates; classed as breaking`);
  }
}

/** The location of `pointer` below `where`: `AgentInfo` + `/properties/x` → `AgentInfo#/properties/x`. */
export function child(where: string, pointer: string): string {
  return where.includes('#') ? `${where}${pointer}` : `${where}#${pointer}`;
}

function brief(value: unknown): string {
  const text = show(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const sub = (value: unknown): Schema => (value === undefined ? true : (value as Schema));
const list = (value: unknown): Schema[] => (Array.isArray(value) ? (value as Schema[]) : []);

function compareRef(before: SchemaObject, after: SchemaObject, where: string, out: ChangeList): void {
  if (before.$ref === after.$ref) return;
  const name = (ref: unknown) => (typeof ref === 'string' ? ref.replace(/^#\/components\/schemas\//, '') : 'inline');
  out.add(where, 'ref-changed', 'peers', `${name(before.$ref)} → ${name(after.$ref)}`);
}

/** The instance types a schema allows; undefined for "any". */
function types(schema: SchemaObject): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]);
}

function compareTypes(before: SchemaObject, after: SchemaObject, where: string, out: ChangeList): void {
  const a = types(before);
  const b = types(after);
  const covers = (set: Set<string> | undefined, t: string) =>
    !set || set.has(t) || (t === 'integer' && set.has('number'));
  const text = (set: Set<string> | undefined) => (set ? [...set].join('|') : 'any');
  const lost = a ? [...a].filter((t) => !covers(b, t)) : b ? ['(any)'] : [];
  const gained = b ? [...b].filter((t) => !covers(a, t)) : a ? ['(any)'] : [];
  if (lost.length > 0) out.add(where, 'type-narrowed', 'peers', `${text(a)} → ${text(b)}`);
  else if (gained.length > 0) out.add(where, 'type-widened', 'compatible', `${text(a)} → ${text(b)}`);
}

/** `const` and `enum` as one list of allowed values; undefined when the schema lists none. */
function values(schema: SchemaObject): unknown[] | undefined {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

function compareValues(before: SchemaObject, after: SchemaObject, where: string, out: ChangeList): void {
  const a = values(before);
  const b = values(after);
  if (a === undefined && b === undefined) return;
  if (a === undefined) out.add(where, 'values-restricted', 'peers', `now only ${brief(b)}`);
  else if (b === undefined) out.add(where, 'values-unrestricted', 'compatible', `was only ${brief(a)}`);
  else compareValueLists(a, b, where, out);
}

function compareValueLists(a: unknown[], b: unknown[], where: string, out: ChangeList): void {
  for (const v of a) {
    if (!b.some((w) => sameJson(v, w))) out.add(where, `value-removed ${show(v)}`, 'peers', 'no longer allowed');
  }
  for (const v of b) {
    if (!a.some((w) => sameJson(v, w))) out.add(where, `value-added ${show(v)}`, 'compatible', 'now allowed');
  }
}

function compareProperties(
  before: SchemaObject,
  after: SchemaObject,
  at: (pointer: string) => string,
  out: ChangeList,
): void {
  const a = (before.properties ?? {}) as Record<string, Schema>;
  const b = (after.properties ?? {}) as Record<string, Schema>;
  const ra = new Set((before.required ?? []) as string[]);
  const rb = new Set((after.required ?? []) as string[]);
  for (const name of new Set([...Object.keys(a), ...Object.keys(b), ...ra, ...rb])) {
    const where = at(`/properties/${escapePointer(name)}`);
    const inA = Object.hasOwn(a, name);
    const inB = Object.hasOwn(b, name);
    if (inA && !inB) out.add(where, 'property-removed', 'peers', 'peers that read it no longer get it');
    else if (!inA && inB && rb.has(name)) {
      out.add(where, 'property-added-required', 'peers', 'peers that do not send it are refused');
    } else if (!inA && inB) out.add(where, 'property-added', 'compatible', 'new optional property');
    else if (inA && inB) {
      diffSchema(a[name] as Schema, b[name] as Schema, where, out);
      if (!ra.has(name) && rb.has(name)) out.add(where, 'now-required', 'peers', 'peers that omit it are refused');
      if (ra.has(name) && !rb.has(name)) {
        out.add(where, 'now-optional', 'callers', 'code reading it must now handle its absence');
      }
    } else if (!ra.has(name) && rb.has(name)) {
      out.add(where, 'now-required', 'peers', 'required without a schema: peers that omit it are refused');
    }
  }
}

function compareSchemaMap(
  before: SchemaObject,
  after: SchemaObject,
  keyword: string,
  at: (pointer: string) => string,
  out: ChangeList,
): void {
  const a = (before[keyword] ?? {}) as Record<string, Schema>;
  const b = (after[keyword] ?? {}) as Record<string, Schema>;
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    diffSchema(sub(a[name]), sub(b[name]), at(`/${keyword}/${escapePointer(name)}`), out);
  }
}

/**
 * Lists compared by position (`prefixItems`, `allOf`). A new position or `allOf` member constrains, a removed
 * one frees; with `reorder`, members found unchanged elsewhere in the list are matched first.
 */
function compareList(a: Schema[], b: Schema[], where: string, out: ChangeList, noun: string, reorder = false): void {
  const [left, right] = reorder
    ? unmatched(a, b)
    : [a.map((s, i) => [i, s] as const), b.map((s, i) => [i, s] as const)];
  const pairs = Math.min(left.length, right.length);
  for (let i = 0; i < pairs; i++) diffSchema(left[i]![1], right[i]![1], `${where}/${left[i]![0]}`, out);
  for (const [i] of left.slice(pairs))
    out.add(`${where}/${i}`, `${noun}-removed`, 'compatible', 'one constraint fewer');
  for (const [i] of right.slice(pairs)) out.add(`${where}/${i}`, `${noun}-added`, 'peers', 'a new constraint');
}

/** The members of `a` and `b` (with their indices) that have no identical member in the other list. */
function unmatched(a: Schema[], b: Schema[]): [(readonly [number, Schema])[], (readonly [number, Schema])[]] {
  const used = new Set<number>();
  const left: (readonly [number, Schema])[] = [];
  for (const [i, s] of a.entries()) {
    const j = b.findIndex((t, k) => !used.has(k) && sameJson(s, t));
    if (j >= 0) used.add(j);
    else left.push([i, s]);
  }
  return [left, b.flatMap((s, k) => (used.has(k) ? [] : [[k, s] as const]))];
}

/**
 * `oneOf`/`anyOf`. When every member is a `const` (an enumeration with a description per value), the values are
 * compared like `enum`. Otherwise members are matched unchanged first, then by `$ref`, then in order.
 */
function compareVariants(
  before: SchemaObject,
  after: SchemaObject,
  keyword: 'oneOf' | 'anyOf',
  where: string,
  out: ChangeList,
): void {
  const a = list(before[keyword]);
  const b = list(after[keyword]);
  if (a.length === 0 && b.length === 0) return;
  const isConst = (s: Schema) => typeof s === 'object' && 'const' in s;
  if (a.length > 0 && b.length > 0 && [...a, ...b].every(isConst)) {
    compareValueLists(
      a.map((s) => (s as SchemaObject).const),
      b.map((s) => (s as SchemaObject).const),
      where,
      out,
    );
    return;
  }
  if (a.length === 0) {
    out.add(where, 'variants-added', 'peers', 'values must now match one of the variants');
    return;
  }
  if (b.length === 0) {
    out.add(where, 'variants-removed', 'compatible', 'the variants no longer constrain');
    return;
  }
  let [left, right] = unmatched(a, b);
  const ref = (s: Schema) => (typeof s === 'object' ? s.$ref : undefined);
  for (const [i, s] of [...left]) {
    const match = right.find(([, t]) => ref(s) !== undefined && ref(s) === ref(t));
    if (!match) continue;
    diffSchema(s, match[1], `${where}/${i}`, out);
    left = left.filter(([k]) => k !== i);
    right = right.filter(([k]) => k !== match[0]);
  }
  const pairs = Math.min(left.length, right.length);
  for (let i = 0; i < pairs; i++) diffSchema(left[i]![1], right[i]![1], `${where}/${left[i]![0]}`, out);
  for (const [i, s] of left.slice(pairs)) out.add(`${where}/${i}`, 'variant-removed', 'peers', brief(s));
  for (const [i, s] of right.slice(pairs)) out.add(`${where}/${i}`, 'variant-added', 'compatible', brief(s));
}

function compareBounds(before: SchemaObject, after: SchemaObject, where: string, out: ChangeList): void {
  for (const [keywords, tighter] of [
    [UPPER, (x: number, y: number) => y < x],
    [LOWER, (x: number, y: number) => y > x],
  ] as const) {
    for (const k of keywords) {
      const a = before[k] as number | undefined;
      const b = after[k] as number | undefined;
      if (a === b) continue;
      const note = `${show(a)} → ${show(b)}`;
      if (b !== undefined && (a === undefined || tighter(a, b))) out.add(where, `${k}-narrowed`, 'peers', note);
      else out.add(where, `${k}-widened`, 'compatible', note);
    }
  }
  const a = before.multipleOf as number | undefined;
  const b = after.multipleOf as number | undefined;
  if (a === b) return;
  // Every multiple of a is a multiple of b when b divides a: the new constraint is looser.
  if (b === undefined || (a !== undefined && a % b === 0)) {
    out.add(where, 'multipleOf-widened', 'compatible', `${show(a)} → ${show(b)}`);
  } else out.add(where, 'multipleOf-narrowed', 'peers', `${show(a)} → ${show(b)}`);
}

function compareDependentRequired(before: SchemaObject, after: SchemaObject, where: string, out: ChangeList): void {
  const a = (before.dependentRequired ?? {}) as Record<string, string[]>;
  const b = (after.dependentRequired ?? {}) as Record<string, string[]>;
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const was = new Set(a[name] ?? []);
    const now = new Set(b[name] ?? []);
    const at = child(where, `/dependentRequired/${escapePointer(name)}`);
    for (const dep of now) if (!was.has(dep)) out.add(at, `now-requires ${dep}`, 'peers', `"${name}" needs "${dep}"`);
    for (const dep of was) if (!now.has(dep)) out.add(at, `no-longer-requires ${dep}`, 'compatible', 'one fewer');
  }
}
