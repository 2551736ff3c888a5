/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { MessageType } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_MessageType = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/MessageType.json',
  type: 'string',
  enum: ['message', 'system', 'notification'],
};
function validate_MessageType(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/MessageType.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_MessageType.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_MessageType.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'message' || data === 'system' || data === 'notification')) {
    validate_MessageType.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_MessageType.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_MessageType.errors = vErrors;
  return errors === 0;
}
validate_MessageType.evaluated = { dynamicProps: false, dynamicItems: false };
export const validateMessageType = validate_MessageType as unknown as ValidateFunction<MessageType>;
