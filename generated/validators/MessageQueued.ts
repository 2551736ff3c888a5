/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { MessageQueued } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_MessageQueued = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/MessageQueued.json',
  type: 'object',
  required: ['status', 'message_id'],
  properties: { status: { const: 'queued' }, message_id: { type: 'string' } },
};
function validate_MessageQueued(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/MessageQueued.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_MessageQueued.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.status === undefined && (missing0 = 'status')) ||
        (data.message_id === undefined && (missing0 = 'message_id'))
      ) {
        validate_MessageQueued.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.status !== undefined) {
          const _errs1 = errors;
          if ('queued' !== data.status) {
            validate_MessageQueued.errors = [
              {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/const',
                keyword: 'const',
                params: { allowedValue: 'queued' },
                message: 'must be equal to constant',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.message_id !== undefined) {
            const _errs2 = errors;
            if (typeof data.message_id !== 'string') {
              validate_MessageQueued.errors = [
                {
                  instancePath: instancePath + '/message_id',
                  schemaPath: '#/properties/message_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate_MessageQueued.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_MessageQueued.errors = vErrors;
  return errors === 0;
}
validate_MessageQueued.evaluated = {
  props: { status: true, message_id: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateMessageQueued = validate_MessageQueued as unknown as ValidateFunction<MessageQueued>;
