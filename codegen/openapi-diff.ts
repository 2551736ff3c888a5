// Compares two bundled OpenAPI 3.1 documents (generated/openapi.json): endpoints, their parameters, request
// bodies and responses, the shared components they reference, security and servers. Schemas are compared with
// schema-diff; `components.schemas` is skipped, because every one of them is a spec/schemas file that the
// change report compares once, at its own name. A `$ref` is compared as a name, as in schema-diff.
import { type ChangeList, sameJson, show } from './change.js';
import { child, diffSchema } from './schema-diff.js';

type Json = { [key: string]: unknown };
type Schema = Parameters<typeof diffSchema>[0];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const obj = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {});

export function diffOpenApi(before: Json, after: Json, out: ChangeList): void {
  const a = operations(before);
  const b = operations(after);
  for (const [where, op] of a) {
    const next = b.get(where);
    if (next === undefined) out.add(where, 'endpoint-removed', 'peers', 'peers calling it get 404');
    else diffOperation(where, op, next, before, after, out);
  }
  for (const where of b.keys()) if (!a.has(where)) out.add(where, 'endpoint-added', 'compatible', 'new endpoint');
  for (const kind of ['parameters', 'requestBodies', 'responses', 'headers'] as const) {
    const ca = obj(obj(before.components)[kind]);
    const cb = obj(obj(after.components)[kind]);
    for (const name of Object.keys(ca)) {
      if (!(name in cb)) continue; // its users now reference something else, which they report
      const where = `#/components/${kind}/${name}`;
      if (kind === 'parameters') diffParameter(where, obj(ca[name]), obj(cb[name]), out);
      else if (kind === 'requestBodies') diffBody(where, obj(ca[name]), obj(cb[name]), out);
      else if (kind === 'responses') diffResponse(where, obj(ca[name]), obj(cb[name]), out);
      else diffHeader(where, obj(ca[name]), obj(cb[name]), out);
    }
  }
  if (!sameJson(before.security, after.security)) {
    out.add('#/security', 'security-changed', 'peers', `${show(before.security)} → ${show(after.security)}`);
  }
  if (!sameJson(before.servers, after.servers)) out.add('#/servers', 'servers-changed', 'peers', 'base URLs changed');
}

/** Every operation as `METHOD /path` → the operation, with its path item's parameters and servers. */
function operations(doc: Json): Map<string, Json> {
  const ops = new Map<string, Json>();
  for (const [path, item] of Object.entries(obj(doc.paths))) {
    const shared = obj(item);
    for (const method of METHODS) {
      const op = shared[method];
      if (op === undefined) continue;
      const parameters = [...((shared.parameters as unknown[]) ?? []), ...((obj(op).parameters as unknown[]) ?? [])];
      ops.set(`${method.toUpperCase()} ${path}`, {
        ...obj(op),
        parameters,
        servers: obj(op).servers ?? shared.servers,
      });
    }
  }
  return ops;
}

function diffOperation(where: string, a: Json, b: Json, docA: Json, docB: Json, out: ChangeList): void {
  if (a.operationId !== b.operationId) {
    out.add(where, 'operationId-changed', 'callers', `${show(a.operationId)} → ${show(b.operationId)}`);
  }
  if (!a.deprecated && b.deprecated) out.add(where, 'deprecated', 'compatible', 'now marked deprecated');
  if (!sameJson(a.security, b.security)) {
    out.add(where, 'security-changed', 'peers', `${show(a.security)} → ${show(b.security)}`);
  }
  if (!sameJson(a.servers, b.servers)) out.add(where, 'servers-changed', 'peers', 'base URLs changed');
  const pa = parameters(a, docA);
  const pb = parameters(b, docB);
  for (const [id, p] of pa) {
    const q = pb.get(id);
    const at = `${where} ${id}`;
    if (q === undefined) out.add(at, 'parameter-removed', 'peers', 'peers sending it are no longer understood');
    else if (p.$ref === undefined || p.$ref !== q.$ref) diffParameter(at, p.resolved, q.resolved, out);
  }
  for (const [id, q] of pb) {
    if (pa.has(id)) continue;
    if (q.resolved.required) out.add(`${where} ${id}`, 'parameter-added-required', 'peers', 'peers omit it');
    else out.add(`${where} ${id}`, 'parameter-added', 'compatible', 'new optional parameter');
  }
  const body = (op: Json) => obj(op.requestBody);
  if (a.requestBody === undefined && b.requestBody !== undefined) {
    out.add(`${where} body`, 'body-added', body(b).required ? 'peers' : 'compatible', 'a request body is now read');
  } else if (a.requestBody !== undefined && b.requestBody === undefined) {
    out.add(`${where} body`, 'body-removed', 'peers', 'the request body is no longer read');
  } else if (a.requestBody !== undefined && !refsEqual(body(a), body(b))) {
    diffBody(`${where} body`, body(a), body(b), out);
  }
  const ra = obj(a.responses);
  const rb = obj(b.responses);
  for (const status of Object.keys(ra)) {
    const at = `${where} ${status}`;
    if (!(status in rb)) out.add(at, 'response-removed', 'peers', 'peers expecting this status no longer get it');
    else if (!refsEqual(obj(ra[status]), obj(rb[status]))) diffResponse(at, obj(ra[status]), obj(rb[status]), out);
  }
  for (const status of Object.keys(rb)) {
    if (!(status in ra)) out.add(`${where} ${status}`, 'response-added', 'compatible', 'a new status peers may meet');
  }
}

/** Same `$ref` on both sides: the component is compared once, under #/components. */
const refsEqual = (a: Json, b: Json) => a.$ref !== undefined && a.$ref === b.$ref;

/** Parameters by `in:name` (e.g. `query:limit`), with `$ref`s to #/components/parameters resolved. */
function parameters(op: Json, doc: Json): Map<string, { $ref?: string; resolved: Json }> {
  const out = new Map<string, { $ref?: string; resolved: Json }>();
  for (const raw of (op.parameters as unknown[]) ?? []) {
    const ref = obj(raw).$ref as string | undefined;
    const resolved = ref ? resolve(doc, ref) : obj(raw);
    out.set(`${resolved.in}:${resolved.name}`, { $ref: ref, resolved });
  }
  return out;
}

function resolve(doc: Json, ref: string): Json {
  let node: unknown = doc;
  for (const part of ref.replace(/^#\//, '').split('/'))
    node = obj(node)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  return obj(node);
}

function diffParameter(where: string, a: Json, b: Json, out: ChangeList): void {
  if (!a.required && b.required) out.add(where, 'now-required', 'peers', 'peers that omit it are refused');
  if (a.required && !b.required) out.add(where, 'now-optional', 'compatible', 'may now be omitted');
  if (a.in !== b.in || a.name !== b.name) out.add(where, 'parameter-moved', 'peers', `now ${b.in}:${b.name}`);
  diffSchema((a.schema ?? true) as Schema, (b.schema ?? true) as Schema, child(where, '/schema'), out);
}

function diffContent(where: string, a: Json, b: Json, out: ChangeList, removedImpact: 'peers' | 'compatible'): void {
  const ca = obj(a.content);
  const cb = obj(b.content);
  for (const type of Object.keys(ca)) {
    if (!(type in cb)) out.add(`${where} ${type}`, 'media-type-removed', removedImpact, 'no longer accepted or sent');
    else {
      const schema = (media: unknown) => (obj(media).schema ?? true) as Schema;
      diffSchema(schema(ca[type]), schema(cb[type]), child(`${where} ${type}`, '/schema'), out);
    }
  }
  for (const type of Object.keys(cb)) {
    if (!(type in ca)) out.add(`${where} ${type}`, 'media-type-added', 'compatible', 'also accepted or sent');
  }
}

function diffBody(where: string, a: Json, b: Json, out: ChangeList): void {
  if (a.$ref !== b.$ref) {
    out.add(where, 'ref-changed', 'peers', `${show(a.$ref)} → ${show(b.$ref)}`);
    return;
  }
  if (!a.required && b.required) out.add(where, 'now-required', 'peers', 'peers that send no body are refused');
  diffContent(where, a, b, out, 'peers');
}

function diffResponse(where: string, a: Json, b: Json, out: ChangeList): void {
  if (a.$ref !== b.$ref) {
    out.add(where, 'ref-changed', 'peers', `${show(a.$ref)} → ${show(b.$ref)}`);
    return;
  }
  diffContent(where, a, b, out, 'peers');
  const ha = obj(a.headers);
  const hb = obj(b.headers);
  for (const name of Object.keys(ha)) {
    const at = `${where} header:${name}`;
    if (!(name in hb)) out.add(at, 'header-removed', 'peers', 'peers reading it no longer get it');
    else if (!refsEqual(obj(ha[name]), obj(hb[name]))) diffHeader(at, obj(ha[name]), obj(hb[name]), out);
  }
  for (const name of Object.keys(hb)) {
    if (!(name in ha)) out.add(`${where} header:${name}`, 'header-added', 'compatible', 'a new response header');
  }
}

function diffHeader(where: string, a: Json, b: Json, out: ChangeList): void {
  if (a.$ref !== b.$ref) {
    out.add(where, 'ref-changed', 'peers', `${show(a.$ref)} → ${show(b.$ref)}`);
    return;
  }
  if (!a.required && b.required) out.add(where, 'now-required', 'peers', 'peers that omit it are refused');
  diffSchema((a.schema ?? true) as Schema, (b.schema ?? true) as Schema, child(where, '/schema'), out);
}
