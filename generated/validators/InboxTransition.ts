/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InboxTransition } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InboxTransition = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InboxTransition.json',
  type: 'object',
  required: ['status', 'message_id'],
  properties: { status: { $ref: 'InboxStatus.json' }, message_id: { type: 'string' } },
};
const schema_InboxStatus = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InboxStatus.json',
  type: 'string',
  enum: ['unread', 'read', 'archived', 'deleted'],
};
function validate_InboxStatus(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InboxStatus.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InboxStatus.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_InboxStatus.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'unread' || data === 'read' || data === 'archived' || data === 'deleted')) {
    validate_InboxStatus.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_InboxStatus.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_InboxStatus.errors = vErrors;
  return errors === 0;
}
validate_InboxStatus.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_InboxTransition(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InboxTransition.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InboxTransition.evaluated;
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
        validate_InboxTransition.errors = [
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
          if (
            !validate_InboxStatus(data.status, {
              instancePath: instancePath + '/status',
              parentData: data,
              parentDataProperty: 'status',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_InboxStatus.errors : vErrors.concat(validate_InboxStatus.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.message_id !== undefined) {
            const _errs2 = errors;
            if (typeof data.message_id !== 'string') {
              validate_InboxTransition.errors = [
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
      validate_InboxTransition.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_InboxTransition.errors = vErrors;
  return errors === 0;
}
validate_InboxTransition.evaluated = {
  props: { status: true, message_id: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateInboxTransition = validate_InboxTransition as unknown as ValidateFunction<InboxTransition>;
