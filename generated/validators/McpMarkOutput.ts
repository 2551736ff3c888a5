/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpMarkOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpMarkOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpMarkOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['as', 'messages'],
  properties: {
    as: { type: 'string', enum: ['read', 'archived', 'deleted'] },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message_id', 'from', 'changed'],
        properties: {
          message_id: { $ref: 'Uuid.json' },
          from: { $ref: 'InboxStatus.json' },
          changed: { type: 'boolean' },
        },
      },
    },
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
function validate_McpMarkOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpMarkOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpMarkOutput.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if ((data.as === undefined && (missing0 = 'as')) || (data.messages === undefined && (missing0 = 'messages'))) {
        validate_McpMarkOutput.errors = [
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
          if (!(key0 === 'as' || key0 === 'messages')) {
            validate_McpMarkOutput.errors = [
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
          if (data.as !== undefined) {
            let data0 = data.as;
            const _errs2 = errors;
            if (typeof data0 !== 'string') {
              validate_McpMarkOutput.errors = [
                {
                  instancePath: instancePath + '/as',
                  schemaPath: '#/properties/as/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            if (!(data0 === 'read' || data0 === 'archived' || data0 === 'deleted')) {
              validate_McpMarkOutput.errors = [
                {
                  instancePath: instancePath + '/as',
                  schemaPath: '#/properties/as/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema_McpMarkOutput.properties.as.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.messages !== undefined) {
              let data1 = data.messages;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                        let missing1;
                        if (
                          (data2.message_id === undefined && (missing1 = 'message_id')) ||
                          (data2.from === undefined && (missing1 = 'from')) ||
                          (data2.changed === undefined && (missing1 = 'changed'))
                        ) {
                          validate_McpMarkOutput.errors = [
                            {
                              instancePath: instancePath + '/messages/' + i0,
                              schemaPath: '#/properties/messages/items/required',
                              keyword: 'required',
                              params: { missingProperty: missing1 },
                              message: "must have required property '" + missing1 + "'",
                            },
                          ];
                          return false;
                        } else {
                          const _errs8 = errors;
                          for (const key1 in data2) {
                            if (!(key1 === 'message_id' || key1 === 'from' || key1 === 'changed')) {
                              validate_McpMarkOutput.errors = [
                                {
                                  instancePath: instancePath + '/messages/' + i0,
                                  schemaPath: '#/properties/messages/items/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key1 },
                                  message: 'must NOT have additional properties',
                                },
                              ];
                              return false;
                              break;
                            }
                          }
                          if (_errs8 === errors) {
                            if (data2.message_id !== undefined) {
                              const _errs9 = errors;
                              if (
                                !validate_Uuid(data2.message_id, {
                                  instancePath: instancePath + '/messages/' + i0 + '/message_id',
                                  parentData: data2,
                                  parentDataProperty: 'message_id',
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs9 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.from !== undefined) {
                                const _errs10 = errors;
                                if (
                                  !validate_InboxStatus(data2.from, {
                                    instancePath: instancePath + '/messages/' + i0 + '/from',
                                    parentData: data2,
                                    parentDataProperty: 'from',
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate_InboxStatus.errors
                                      : vErrors.concat(validate_InboxStatus.errors);
                                  errors = vErrors.length;
                                }
                                var valid2 = _errs10 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.changed !== undefined) {
                                  const _errs11 = errors;
                                  if (typeof data2.changed !== 'boolean') {
                                    validate_McpMarkOutput.errors = [
                                      {
                                        instancePath: instancePath + '/messages/' + i0 + '/changed',
                                        schemaPath: '#/properties/messages/items/properties/changed/type',
                                        keyword: 'type',
                                        params: { type: 'boolean' },
                                        message: 'must be boolean',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid2 = _errs11 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate_McpMarkOutput.errors = [
                          {
                            instancePath: instancePath + '/messages/' + i0,
                            schemaPath: '#/properties/messages/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate_McpMarkOutput.errors = [
                    {
                      instancePath: instancePath + '/messages',
                      schemaPath: '#/properties/messages/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_McpMarkOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpMarkOutput.errors = vErrors;
  return errors === 0;
}
validate_McpMarkOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpMarkOutput = validate_McpMarkOutput as unknown as ValidateFunction<McpMarkOutput>;
