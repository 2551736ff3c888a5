import { expect } from 'chai';
import { type Change, ChangeList } from '../../codegen/change.js';
import { diffOpenApi } from '../../codegen/openapi-diff.js';
import { diffSchema } from '../../codegen/schema-diff.js';

type Json = { [key: string]: any };

const keys = (changes: Change[]) => changes.map((c) => `${c.impact}: ${c.key}`);

function schemaChanges(before: Json | boolean, after: Json | boolean): string[] {
  const out = new ChangeList();
  diffSchema(before, after, 'S', out);
  return keys(out.changes);
}

const obj = (properties: Json, required: string[] = [], extra: Json = {}) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});

const rows: { name: string; before: Json | boolean; after: Json | boolean; want: string[] }[] = [
  {
    name: 'identical schemas',
    before: obj({ a: { type: 'string' } }),
    after: obj({ a: { type: 'string' } }),
    want: [],
  },
  {
    name: 'a reworded description',
    before: { type: 'string', description: 'x', examples: ['a'] },
    after: { type: 'string', description: 'y', title: 'T', 'x-party': {} },
    want: [],
  },
  {
    name: 'an optional property',
    before: obj({}),
    after: obj({ a: { type: 'string' } }),
    want: ['compatible: S#/properties/a property-added'],
  },
  {
    name: 'a required property',
    before: obj({}),
    after: obj({ a: { type: 'string' } }, ['a']),
    want: ['peers: S#/properties/a property-added-required'],
  },
  {
    name: 'a removed property',
    before: obj({ a: { type: 'string' } }),
    after: obj({}),
    want: ['peers: S#/properties/a property-removed'],
  },
  {
    name: 'a property made required',
    before: obj({ a: { type: 'string' } }),
    after: obj({ a: { type: 'string' } }, ['a']),
    want: ['peers: S#/properties/a now-required'],
  },
  {
    name: 'a property made optional',
    before: obj({ a: { type: 'string' } }, ['a']),
    after: obj({ a: { type: 'string' } }),
    want: ['callers: S#/properties/a now-optional'],
  },
  {
    name: 'a nested property',
    before: obj({ m: obj({ x: { type: 'string' } }) }),
    after: obj({ m: obj({ x: { type: 'integer' } }) }),
    want: ['peers: S#/properties/m/properties/x type-narrowed'],
  },
  {
    name: 'an enum value removed',
    before: { enum: ['a', 'b'] },
    after: { enum: ['a'] },
    want: ['peers: S value-removed "b"'],
  },
  {
    name: 'an enum value added',
    before: { enum: ['a'] },
    after: { enum: ['a', 'b'] },
    want: ['compatible: S value-added "b"'],
  },
  {
    name: 'a const changed',
    before: { const: 'a' },
    after: { const: 'b' },
    want: ['peers: S value-removed "a"', 'compatible: S value-added "b"'],
  },
  {
    name: 'an enum where there was none',
    before: { type: 'string' },
    after: { type: 'string', enum: ['a'] },
    want: ['peers: S values-restricted'],
  },
  {
    name: 'a oneOf of consts, one removed',
    before: { oneOf: [{ const: 'A', description: 'a' }, { const: 'B' }] },
    after: { oneOf: [{ const: 'A', description: 'changed' }] },
    want: ['peers: S#/oneOf value-removed "B"'],
  },
  {
    name: 'a type widened to a 2020-12 type list',
    before: { type: 'string' },
    after: { type: ['string', 'null'] },
    want: ['compatible: S type-widened'],
  },
  {
    name: 'a type list narrowed',
    before: { type: ['string', 'null'] },
    after: { type: 'string' },
    want: ['peers: S type-narrowed'],
  },
  {
    name: 'number narrowed to integer',
    before: { type: 'number' },
    after: { type: 'integer' },
    want: ['peers: S type-narrowed'],
  },
  {
    name: 'integer widened to number',
    before: { type: 'integer' },
    after: { type: 'number' },
    want: ['compatible: S type-widened'],
  },
  {
    name: 'a pattern added',
    before: { type: 'string' },
    after: { type: 'string', pattern: '^a' },
    want: ['peers: S pattern-changed'],
  },
  {
    name: 'a pattern changed',
    before: { pattern: '^a' },
    after: { pattern: '^[ab]' },
    want: ['peers: S pattern-changed'],
  },
  { name: 'a pattern removed', before: { pattern: '^a' }, after: {}, want: ['compatible: S pattern-removed'] },
  {
    name: 'maxLength lowered',
    before: { maxLength: 64 },
    after: { maxLength: 32 },
    want: ['peers: S maxLength-narrowed'],
  },
  {
    name: 'maxLength raised',
    before: { maxLength: 64 },
    after: { maxLength: 128 },
    want: ['compatible: S maxLength-widened'],
  },
  {
    name: 'a minimum added',
    before: { type: 'integer' },
    after: { type: 'integer', minimum: 1 },
    want: ['peers: S minimum-narrowed'],
  },
  { name: 'a minimum removed', before: { minimum: 1 }, after: {}, want: ['compatible: S minimum-widened'] },
  {
    name: 'multipleOf loosened',
    before: { multipleOf: 4 },
    after: { multipleOf: 2 },
    want: ['compatible: S multipleOf-widened'],
  },
  {
    name: 'multipleOf tightened',
    before: { multipleOf: 2 },
    after: { multipleOf: 3 },
    want: ['peers: S multipleOf-narrowed'],
  },
  {
    name: 'additionalProperties: false added',
    before: obj({}),
    after: obj({}, [], { additionalProperties: false }),
    want: ['peers: S#/additionalProperties narrowed'],
  },
  {
    name: 'unevaluatedProperties: false removed',
    before: obj({}, [], { unevaluatedProperties: false }),
    after: obj({}),
    want: ['compatible: S#/unevaluatedProperties widened'],
  },
  {
    name: 'a prefixItems position added',
    before: { type: 'array', prefixItems: [{ type: 'string' }] },
    after: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
    want: ['peers: S#/prefixItems/1 position-added'],
  },
  {
    name: 'a prefixItems position narrowed',
    before: { prefixItems: [{ type: 'number' }] },
    after: { prefixItems: [{ type: 'integer' }] },
    want: ['peers: S#/prefixItems/0 type-narrowed'],
  },
  {
    name: 'a dependentRequired entry',
    before: obj({}),
    after: obj({}, [], { dependentRequired: { a: ['b'] } }),
    want: ['peers: S#/dependentRequired/a now-requires b'],
  },
  {
    name: 'items narrowed',
    before: { type: 'array', items: { enum: ['a', 'b'] } },
    after: { type: 'array', items: { enum: ['a'] } },
    want: ['peers: S#/items value-removed "b"'],
  },
  {
    name: 'uniqueItems added',
    before: { type: 'array' },
    after: { type: 'array', uniqueItems: true },
    want: ['peers: S uniqueItems-added'],
  },
  { name: 'a $ref retargeted', before: { $ref: 'A.json' }, after: { $ref: 'B.json' }, want: ['peers: S ref-changed'] },
  {
    name: 'a oneOf variant removed (matched by $ref)',
    before: { oneOf: [{ $ref: 'A.json' }, { $ref: 'B.json' }] },
    after: { oneOf: [{ $ref: 'B.json' }] },
    want: ['peers: S#/oneOf/0 variant-removed'],
  },
  {
    name: 'a oneOf variant added',
    before: { oneOf: [{ $ref: 'A.json' }] },
    after: { oneOf: [{ $ref: 'A.json' }, { type: 'null' }] },
    want: ['compatible: S#/oneOf/1 variant-added'],
  },
  {
    name: 'an allOf member added',
    before: { allOf: [{ $ref: 'A.json' }] },
    after: { allOf: [{ $ref: 'A.json' }, { required: ['x'] }] },
    want: ['peers: S#/allOf/1 constraint-added'],
  },
  {
    name: 'a changed not',
    before: { not: { type: 'null' } },
    after: { not: { type: 'string' } },
    want: ['peers: S not-changed'],
  },
  {
    name: 'a format added',
    before: { type: 'string' },
    after: { type: 'string', format: 'uri' },
    want: ['peers: S format-changed'],
  },
  {
    name: 'a default changed',
    before: { default: 20 },
    after: { default: 50 },
    want: ['compatible: S default-changed'],
  },
  { name: 'an unknown keyword, to be safe', before: {}, after: { 'x-custom': 1 }, want: ['peers: S x-custom-changed'] },
  { name: 'true to false', before: true, after: false, want: ['peers: S narrowed'] },
];

describe('codegen: schema comparison', () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(schemaChanges(row.before, row.after)).to.deep.equal(row.want);
    });
  }
});

const doc = (paths: Json, components: Json = {}) => ({
  openapi: '3.1.0',
  info: { version: '1.0.0' },
  paths,
  components,
});
const op = (extra: Json = {}) => ({ operationId: 'op', responses: { '200': { description: 'ok' } }, ...extra });

const openapiRows: { name: string; before: Json; after: Json; want: string[] }[] = [
  {
    name: 'an endpoint removed',
    before: doc({ '/a': { get: op() } }),
    after: doc({}),
    want: ['peers: GET /a endpoint-removed'],
  },
  {
    name: 'an endpoint added',
    before: doc({}),
    after: doc({ '/a': { post: op() } }),
    want: ['compatible: POST /a endpoint-added'],
  },
  {
    name: 'a status removed',
    before: doc({ '/a': { get: op({ responses: { '200': {}, '202': {} } }) } }),
    after: doc({ '/a': { get: op({ responses: { '200': {} } }) } }),
    want: ['peers: GET /a 202 response-removed'],
  },
  {
    name: 'a status added',
    before: doc({ '/a': { get: op() } }),
    after: doc({ '/a': { get: op({ responses: { '200': {}, '409': {} } }) } }),
    want: ['compatible: GET /a 409 response-added'],
  },
  {
    name: 'a required query parameter added',
    before: doc({ '/a': { get: op() } }),
    after: doc({
      '/a': { get: op({ parameters: [{ in: 'query', name: 'q', required: true, schema: { type: 'string' } }] }) },
    }),
    want: ['peers: GET /a query:q parameter-added-required'],
  },
  {
    name: 'a shared parameter narrowed, reported once at the component',
    before: doc(
      {
        '/a': { get: op({ parameters: [{ $ref: '#/components/parameters/L' }] }) },
        '/b': { get: op({ parameters: [{ $ref: '#/components/parameters/L' }] }) },
      },
      { parameters: { L: { in: 'query', name: 'limit', schema: { type: 'integer', maximum: 1000 } } } },
    ),
    after: doc(
      {
        '/a': { get: op({ parameters: [{ $ref: '#/components/parameters/L' }] }) },
        '/b': { get: op({ parameters: [{ $ref: '#/components/parameters/L' }] }) },
      },
      { parameters: { L: { in: 'query', name: 'limit', schema: { type: 'integer', maximum: 100 } } } },
    ),
    want: ['peers: #/components/parameters/L/schema maximum-narrowed'],
  },
  {
    name: 'a request body retargeted',
    before: doc({
      '/a': {
        post: op({ requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } }),
      },
    }),
    after: doc({
      '/a': {
        post: op({ requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/B' } } } } }),
      },
    }),
    want: ['peers: POST /a body application/json#/schema ref-changed'],
  },
  {
    name: 'an operationId renamed',
    before: doc({ '/a': { get: op() } }),
    after: doc({ '/a': { get: op({ operationId: 'other' }) } }),
    want: ['callers: GET /a operationId-changed'],
  },
];

describe('codegen: OpenAPI comparison', () => {
  for (const row of openapiRows) {
    it(row.name, () => {
      const out = new ChangeList();
      diffOpenApi(row.before, row.after, out);
      expect(keys(out.changes)).to.deep.equal(row.want);
    });
  }
});
