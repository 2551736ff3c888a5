/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeLevel } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_WakeLevel = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeLevel.json',
  type: 'string',
  enum: ['silent', 'normal', 'urgent'],
};
function validate_WakeLevel(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeLevel.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeLevel.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_WakeLevel.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'silent' || data === 'normal' || data === 'urgent')) {
    validate_WakeLevel.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_WakeLevel.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_WakeLevel.errors = vErrors;
  return errors === 0;
}
validate_WakeLevel.evaluated = { dynamicProps: false, dynamicItems: false };
export const validateWakeLevel = validate_WakeLevel as unknown as ValidateFunction<WakeLevel>;
