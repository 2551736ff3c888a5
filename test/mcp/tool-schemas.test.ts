import { expect } from 'chai';
import { type JsonSchema, readSpecSchema, selfContainedSchema } from '../../src/mcp/tool-schemas.js';

const file = (name: string, body: JsonSchema): JsonSchema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://agent-swarm-protocol.dev/spec/schemas/${name}.json`,
  title: name,
  ...body,
});

const FILES: Record<string, JsonSchema> = {
  Leaf: file('Leaf', { type: 'string', 'x-party': { 'X-001': 'server' } }),
  Middle: file('Middle', { type: 'array', items: { $ref: 'Leaf.json' } }),
  Root: file('Root', {
    type: 'object',
    properties: { a: { $ref: 'Leaf.json', description: 'kept' }, b: { $ref: 'Middle.json' } },
  }),
  Plain: file('Plain', { type: 'object', properties: { n: { type: 'integer' } } }),
  Loop: file('Loop', { type: 'object', properties: { next: { $ref: 'Loop.json' } } }),
};

const cases: { name: string; given: string; want: JsonSchema }[] = [
  {
    name: 'a schema without references loses only its file keys',
    given: 'Plain',
    want: { title: 'Plain', type: 'object', properties: { n: { type: 'integer' } } },
  },
  {
    name: 'references, direct and transitive, move under $defs once each, without x- keys',
    given: 'Root',
    want: {
      title: 'Root',
      type: 'object',
      properties: { a: { $ref: '#/$defs/Leaf', description: 'kept' }, b: { $ref: '#/$defs/Middle' } },
      $defs: {
        Leaf: { title: 'Leaf', type: 'string' },
        Middle: { title: 'Middle', type: 'array', items: { $ref: '#/$defs/Leaf' } },
      },
    },
  },
  {
    name: 'a schema referring to itself points at the root',
    given: 'Loop',
    want: { title: 'Loop', type: 'object', properties: { next: { $ref: '#' } } },
  },
];

describe('selfContainedSchema', () => {
  for (const { name, given, want } of cases) {
    it(name, () => {
      expect(selfContainedSchema(given, (n) => FILES[n]!)).to.deep.equal(want);
    });
  }

  it('reads spec/schemas, and names a missing file', () => {
    expect(readSpecSchema('McpSendInput').title).to.equal('McpSendInput');
    expect(() => readSpecSchema('NoSuchSchema')).to.throw('spec/schemas/NoSuchSchema.json not found');
  });
});
