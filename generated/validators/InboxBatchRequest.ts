/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InboxBatchRequest } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InboxBatchRequest = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InboxBatchRequest.json',
  type: 'object',
  required: ['message_ids', 'action'],
  additionalProperties: false,
  properties: {
    message_ids: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 256 } },
    action: { type: 'string', enum: ['read', 'archive', 'delete'] },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_InboxBatchRequest(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InboxBatchRequest.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InboxBatchRequest.evaluated;
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
        (data.message_ids === undefined && (missing0 = 'message_ids')) ||
        (data.action === undefined && (missing0 = 'action'))
      ) {
        validate_InboxBatchRequest.errors = [
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
          if (!(key0 === 'message_ids' || key0 === 'action')) {
            validate_InboxBatchRequest.errors = [
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
          if (data.message_ids !== undefined) {
            let data0 = data.message_ids;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                if (data0.length > 100) {
                  validate_InboxBatchRequest.errors = [
                    {
                      instancePath: instancePath + '/message_ids',
                      schemaPath: '#/properties/message_ids/maxItems',
                      keyword: 'maxItems',
                      params: { limit: 100 },
                      message: 'must NOT have more than 100 items',
                    },
                  ];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate_InboxBatchRequest.errors = [
                      {
                        instancePath: instancePath + '/message_ids',
                        schemaPath: '#/properties/message_ids/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                      },
                    ];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data1 = data0[i0];
                      const _errs4 = errors;
                      if (errors === _errs4) {
                        if (typeof data1 === 'string') {
                          if (func_ucs2length(data1) > 256) {
                            validate_InboxBatchRequest.errors = [
                              {
                                instancePath: instancePath + '/message_ids/' + i0,
                                schemaPath: '#/properties/message_ids/items/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 256 },
                                message: 'must NOT have more than 256 characters',
                              },
                            ];
                            return false;
                          } else {
                            if (func_ucs2length(data1) < 1) {
                              validate_InboxBatchRequest.errors = [
                                {
                                  instancePath: instancePath + '/message_ids/' + i0,
                                  schemaPath: '#/properties/message_ids/items/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                },
                              ];
                              return false;
                            }
                          }
                        } else {
                          validate_InboxBatchRequest.errors = [
                            {
                              instancePath: instancePath + '/message_ids/' + i0,
                              schemaPath: '#/properties/message_ids/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                }
              } else {
                validate_InboxBatchRequest.errors = [
                  {
                    instancePath: instancePath + '/message_ids',
                    schemaPath: '#/properties/message_ids/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.action !== undefined) {
              let data2 = data.action;
              const _errs6 = errors;
              if (typeof data2 !== 'string') {
                validate_InboxBatchRequest.errors = [
                  {
                    instancePath: instancePath + '/action',
                    schemaPath: '#/properties/action/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              if (!(data2 === 'read' || data2 === 'archive' || data2 === 'delete')) {
                validate_InboxBatchRequest.errors = [
                  {
                    instancePath: instancePath + '/action',
                    schemaPath: '#/properties/action/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema_InboxBatchRequest.properties.action.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_InboxBatchRequest.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_InboxBatchRequest.errors = vErrors;
  return errors === 0;
}
validate_InboxBatchRequest.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateInboxBatchRequest = validate_InboxBatchRequest as unknown as ValidateFunction<InboxBatchRequest>;
