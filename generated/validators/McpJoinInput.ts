/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpJoinInput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpJoinInput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpJoinInput.json',
  type: 'object',
  additionalProperties: false,
  required: ['invite_url'],
  properties: { invite_url: { $ref: 'InviteUrl.json' } },
};
const schema_InviteUrl = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json',
  type: 'string',
  maxLength: 8192,
  pattern: '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_InviteUrl = new RegExp(
  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
  'u',
);
function validate_InviteUrl(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InviteUrl.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 8192) {
        validate_InviteUrl.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
            message: 'must NOT have more than 8192 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_InviteUrl.test(data)) {
          validate_InviteUrl.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
              },
              message:
                'must match pattern "' +
                '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_InviteUrl.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_InviteUrl.errors = vErrors;
  return errors === 0;
}
validate_InviteUrl.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_McpJoinInput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpJoinInput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpJoinInput.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.invite_url === undefined && (missing0 = 'invite_url')) {
        validate_McpJoinInput.errors = [
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
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'invite_url')) {
            validate_McpJoinInput.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.invite_url !== undefined) {
            if (
              !validate_InviteUrl(data.invite_url, {
                instancePath: instancePath + '/invite_url',
                parentData: data,
                parentDataProperty: 'invite_url',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_InviteUrl.errors : vErrors.concat(validate_InviteUrl.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate_McpJoinInput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpJoinInput.errors = vErrors;
  return errors === 0;
}
validate_McpJoinInput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpJoinInput = validate_McpJoinInput as unknown as ValidateFunction<McpJoinInput>;
