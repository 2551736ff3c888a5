/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InviteTokenHeader } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InviteTokenHeader = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InviteTokenHeader.json',
  type: 'object',
  required: ['alg'],
  properties: { alg: { const: 'EdDSA' }, typ: { const: 'JWT' }, kid: { $ref: 'AgentId.json' } },
};
const schema_AgentId = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/AgentId.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_AgentId(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/AgentId.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_AgentId.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 256) {
        validate_AgentId.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          },
        ];
        return false;
      } else {
        if (func_ucs2length(data) < 1) {
          validate_AgentId.errors = [
            {
              instancePath,
              schemaPath: '#/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 characters',
            },
          ];
          return false;
        }
      }
    } else {
      validate_AgentId.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_AgentId.errors = vErrors;
  return errors === 0;
}
validate_AgentId.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_InviteTokenHeader(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InviteTokenHeader.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InviteTokenHeader.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.alg === undefined && (missing0 = 'alg')) {
        validate_InviteTokenHeader.errors = [
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
        if (data.alg !== undefined) {
          const _errs1 = errors;
          if ('EdDSA' !== data.alg) {
            validate_InviteTokenHeader.errors = [
              {
                instancePath: instancePath + '/alg',
                schemaPath: '#/properties/alg/const',
                keyword: 'const',
                params: { allowedValue: 'EdDSA' },
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
          if (data.typ !== undefined) {
            const _errs2 = errors;
            if ('JWT' !== data.typ) {
              validate_InviteTokenHeader.errors = [
                {
                  instancePath: instancePath + '/typ',
                  schemaPath: '#/properties/typ/const',
                  keyword: 'const',
                  params: { allowedValue: 'JWT' },
                  message: 'must be equal to constant',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.kid !== undefined) {
              const _errs3 = errors;
              if (
                !validate_AgentId(data.kid, {
                  instancePath: instancePath + '/kid',
                  parentData: data,
                  parentDataProperty: 'kid',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_InviteTokenHeader.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_InviteTokenHeader.errors = vErrors;
  return errors === 0;
}
validate_InviteTokenHeader.evaluated = {
  props: { alg: true, typ: true, kid: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateInviteTokenHeader = validate_InviteTokenHeader as unknown as ValidateFunction<InviteTokenHeader>;
