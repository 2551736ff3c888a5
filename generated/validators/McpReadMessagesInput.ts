/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpReadMessagesInput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpReadMessagesInput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpReadMessagesInput.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    swarm_id: { $ref: 'Uuid.json' },
    status: { anyOf: [{ $ref: 'InboxStatus.json' }, { const: 'all' }], default: 'unread' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10 },
    mark_read: { type: 'boolean', default: true },
  },
};
const schema_Uuid = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Uuid.json',
  type: 'string',
  pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$',
};
const pattern_Uuid = new RegExp('^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$', 'u');
function validate_Uuid(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Uuid.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Uuid.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern_Uuid.test(data)) {
        validate_Uuid.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' },
            message:
              'must match pattern "' +
              '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' +
              '"',
          },
        ];
        return false;
      }
    } else {
      validate_Uuid.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Uuid.errors = vErrors;
  return errors === 0;
}
validate_Uuid.evaluated = { dynamicProps: false, dynamicItems: false };
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
function validate_McpReadMessagesInput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpReadMessagesInput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpReadMessagesInput.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === 'swarm_id' || key0 === 'status' || key0 === 'limit' || key0 === 'mark_read')) {
          validate_McpReadMessagesInput.errors = [
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
        if (data.swarm_id !== undefined) {
          const _errs2 = errors;
          if (
            !validate_Uuid(data.swarm_id, {
              instancePath: instancePath + '/swarm_id',
              parentData: data,
              parentDataProperty: 'swarm_id',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.status !== undefined) {
            let data1 = data.status;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            const _errs5 = errors;
            if (
              !validate_InboxStatus(data1, {
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
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            const _errs6 = errors;
            if ('all' !== data1) {
              const err0 = {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/anyOf/1/const',
                keyword: 'const',
                params: { allowedValue: 'all' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const err1 = {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate_McpReadMessagesInput.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.limit !== undefined) {
              let data2 = data.limit;
              const _errs7 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_McpReadMessagesInput.errors = [
                  {
                    instancePath: instancePath + '/limit',
                    schemaPath: '#/properties/limit/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              if (errors === _errs7) {
                if (typeof data2 == 'number' && isFinite(data2)) {
                  if (data2 > 1000 || isNaN(data2)) {
                    validate_McpReadMessagesInput.errors = [
                      {
                        instancePath: instancePath + '/limit',
                        schemaPath: '#/properties/limit/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 1000 },
                        message: 'must be <= 1000',
                      },
                    ];
                    return false;
                  } else {
                    if (data2 < 1 || isNaN(data2)) {
                      validate_McpReadMessagesInput.errors = [
                        {
                          instancePath: instancePath + '/limit',
                          schemaPath: '#/properties/limit/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 1 },
                          message: 'must be >= 1',
                        },
                      ];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.mark_read !== undefined) {
                const _errs9 = errors;
                if (typeof data.mark_read !== 'boolean') {
                  validate_McpReadMessagesInput.errors = [
                    {
                      instancePath: instancePath + '/mark_read',
                      schemaPath: '#/properties/mark_read/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate_McpReadMessagesInput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpReadMessagesInput.errors = vErrors;
  return errors === 0;
}
validate_McpReadMessagesInput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpReadMessagesInput =
  validate_McpReadMessagesInput as unknown as ValidateFunction<McpReadMessagesInput>;
