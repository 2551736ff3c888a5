import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { addSchemas, createAjv } from '../../codegen/ajv.js';
import { bundleOpenApi } from '../../codegen/emit-openapi.js';
import { loadSpec } from '../../codegen/load.js';
import { requirements } from '../../generated/requirements.js';

const root = join(import.meta.dirname, '..', '..');
const spec = loadSpec(root);

describe('spec/', () => {
  it('every schema file declares 2020-12, is named after its title and compiles', () => {
    const ajv = createAjv();
    addSchemas(ajv, spec.schemas);
    expect(spec.schemas.length).to.be.greaterThan(40);
    for (const { schema } of spec.schemas) expect(ajv.getSchema(schema.$id as string)).to.be.a('function');
  });

  it('the OpenAPI 3.1 document lints clean and bundles with every $ref resolved', async () => {
    const bundled = await bundleOpenApi(spec.openapiFile, 'spec/openapi.yaml');
    expect(bundled.openapi).to.equal('3.1.0');
    expect(JSON.stringify(bundled)).not.to.match(/"\$ref":"\.\//);
  });

  describe('every example validates against its own schema', () => {
    const ajv = createAjv();
    addSchemas(ajv, spec.schemas);
    for (const { name, schema } of spec.schemas) {
      const examples = (schema.examples as unknown[] | undefined) ?? [];
      for (const [index, example] of examples.entries()) {
        it(`${name} example ${index}`, () => {
          const validate = ajv.getSchema(schema.$id as string)!;
          expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
        });
      }
    }
  });

  it('every wire and state object has exactly one schema file', () => {
    const names = spec.schemas.map((s) => s.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const required of [
      'Message',
      'SystemContent',
      'InviteTokenHeader',
      'InviteTokenClaims',
      'InviteUrl',
      'JoinRequest',
      'JoinAccepted',
      'JoinPending',
      'ErrorBody',
      'ErrorCode',
      'Health',
      'AgentInfo',
      'Config',
      'StateV1',
      'ExportV2',
    ]) {
      expect(names).to.include(required);
    }
  });

  it('requirement identifiers are unique, stated once and carry a MUST, SHOULD or MAY', () => {
    const ids = Object.keys(requirements);
    expect(ids.length).to.be.greaterThan(30);
    for (const id of ids) {
      const { text } = requirements[id as keyof typeof requirements];
      expect(text, id).to.match(/\b(MUST|SHOULD|MAY)\b/);
    }
    const openapi = readFileSync(spec.openapiFile, 'utf8');
    expect(openapi).to.include('[SRV-MSG-001]');
  });
});
