/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { LegacyQueueRow } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_LegacyQueueRow = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/LegacyQueueRow.json',
  type: 'object',
  required: ['message_id', 'swarm_id', 'sender_id', 'message_type', 'content', 'received_at'],
  properties: {
    message_id: { type: 'string', minLength: 1 },
    swarm_id: { type: 'string', minLength: 1 },
    sender_id: { type: 'string', minLength: 1 },
    message_type: { type: 'string', minLength: 1 },
    content: { type: 'string' },
    received_at: { $ref: 'DateTime.json' },
    processed_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    status: { type: 'string' },
    error: { oneOf: [{ type: 'string' }, { type: 'null' }] },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const schema_DateTime = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/DateTime.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
};
const pattern_DateTime = new RegExp(
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
  'u',
);
function validate_DateTime(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/DateTime.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_DateTime.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 40) {
        validate_DateTime.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_DateTime.test(data)) {
          validate_DateTime.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
              },
              message:
                'must match pattern "' +
                '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_DateTime.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_DateTime.errors = vErrors;
  return errors === 0;
}
validate_DateTime.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_LegacyQueueRow(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/LegacyQueueRow.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_LegacyQueueRow.evaluated;
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
        (data.message_id === undefined && (missing0 = 'message_id')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.sender_id === undefined && (missing0 = 'sender_id')) ||
        (data.message_type === undefined && (missing0 = 'message_type')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.received_at === undefined && (missing0 = 'received_at'))
      ) {
        validate_LegacyQueueRow.errors = [
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
        if (data.message_id !== undefined) {
          let data0 = data.message_id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func_ucs2length(data0) < 1) {
                validate_LegacyQueueRow.errors = [
                  {
                    instancePath: instancePath + '/message_id',
                    schemaPath: '#/properties/message_id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  },
                ];
                return false;
              }
            } else {
              validate_LegacyQueueRow.errors = [
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
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.swarm_id !== undefined) {
            let data1 = data.swarm_id;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (func_ucs2length(data1) < 1) {
                  validate_LegacyQueueRow.errors = [
                    {
                      instancePath: instancePath + '/swarm_id',
                      schemaPath: '#/properties/swarm_id/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    },
                  ];
                  return false;
                }
              } else {
                validate_LegacyQueueRow.errors = [
                  {
                    instancePath: instancePath + '/swarm_id',
                    schemaPath: '#/properties/swarm_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sender_id !== undefined) {
              let data2 = data.sender_id;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) < 1) {
                    validate_LegacyQueueRow.errors = [
                      {
                        instancePath: instancePath + '/sender_id',
                        schemaPath: '#/properties/sender_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate_LegacyQueueRow.errors = [
                    {
                      instancePath: instancePath + '/sender_id',
                      schemaPath: '#/properties/sender_id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.message_type !== undefined) {
                let data3 = data.message_type;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === 'string') {
                    if (func_ucs2length(data3) < 1) {
                      validate_LegacyQueueRow.errors = [
                        {
                          instancePath: instancePath + '/message_type',
                          schemaPath: '#/properties/message_type/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate_LegacyQueueRow.errors = [
                      {
                        instancePath: instancePath + '/message_type',
                        schemaPath: '#/properties/message_type/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.content !== undefined) {
                  const _errs9 = errors;
                  if (typeof data.content !== 'string') {
                    validate_LegacyQueueRow.errors = [
                      {
                        instancePath: instancePath + '/content',
                        schemaPath: '#/properties/content/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.received_at !== undefined) {
                    const _errs11 = errors;
                    if (
                      !validate_DateTime(data.received_at, {
                        instancePath: instancePath + '/received_at',
                        parentData: data,
                        parentDataProperty: 'received_at',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.processed_at !== undefined) {
                      let data6 = data.processed_at;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid1 = false;
                      let passing0 = null;
                      const _errs14 = errors;
                      if (
                        !validate_DateTime(data6, {
                          instancePath: instancePath + '/processed_at',
                          parentData: data,
                          parentDataProperty: 'processed_at',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs14 === errors;
                      if (_valid0) {
                        valid1 = true;
                        passing0 = 0;
                      }
                      const _errs15 = errors;
                      if (data6 !== null) {
                        const err0 = {
                          instancePath: instancePath + '/processed_at',
                          schemaPath: '#/properties/processed_at/oneOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs15 === errors;
                      if (_valid0 && valid1) {
                        valid1 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid1 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid1) {
                        const err1 = {
                          instancePath: instancePath + '/processed_at',
                          schemaPath: '#/properties/processed_at/oneOf',
                          keyword: 'oneOf',
                          params: { passingSchemas: passing0 },
                          message: 'must match exactly one schema in oneOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate_LegacyQueueRow.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.status !== undefined) {
                        const _errs17 = errors;
                        if (typeof data.status !== 'string') {
                          validate_LegacyQueueRow.errors = [
                            {
                              instancePath: instancePath + '/status',
                              schemaPath: '#/properties/status/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.error !== undefined) {
                          let data8 = data.error;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs21 = errors;
                          if (typeof data8 !== 'string') {
                            const err2 = {
                              instancePath: instancePath + '/error',
                              schemaPath: '#/properties/error/oneOf/0/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          var _valid1 = _errs21 === errors;
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 0;
                          }
                          const _errs23 = errors;
                          if (data8 !== null) {
                            const err3 = {
                              instancePath: instancePath + '/error',
                              schemaPath: '#/properties/error/oneOf/1/type',
                              keyword: 'type',
                              params: { type: 'null' },
                              message: 'must be null',
                            };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var _valid1 = _errs23 === errors;
                          if (_valid1 && valid2) {
                            valid2 = false;
                            passing1 = [passing1, 1];
                          } else {
                            if (_valid1) {
                              valid2 = true;
                              passing1 = 1;
                            }
                          }
                          if (!valid2) {
                            const err4 = {
                              instancePath: instancePath + '/error',
                              schemaPath: '#/properties/error/oneOf',
                              keyword: 'oneOf',
                              params: { passingSchemas: passing1 },
                              message: 'must match exactly one schema in oneOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                            validate_LegacyQueueRow.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs20;
                            if (vErrors !== null) {
                              if (_errs20) {
                                vErrors.length = _errs20;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate_LegacyQueueRow.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_LegacyQueueRow.errors = vErrors;
  return errors === 0;
}
validate_LegacyQueueRow.evaluated = {
  props: {
    message_id: true,
    swarm_id: true,
    sender_id: true,
    message_type: true,
    content: true,
    received_at: true,
    processed_at: true,
    status: true,
    error: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateLegacyQueueRow = validate_LegacyQueueRow as unknown as ValidateFunction<LegacyQueueRow>;
