/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { OutboxItem } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_OutboxItem = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/OutboxItem.json',
  type: 'object',
  required: [
    'message_id',
    'swarm_id',
    'recipient_id',
    'message_type',
    'content',
    'status',
    'attempts',
    'created_at',
    'next_attempt_at',
    'delivered_at',
    'last_error',
  ],
  properties: {
    message_id: { type: 'string' },
    swarm_id: { type: 'string' },
    recipient_id: { type: 'string' },
    broadcast: { type: 'boolean' },
    message_type: { $ref: 'MessageType.json' },
    content: { type: 'string' },
    status: { $ref: 'OutboxStatus.json' },
    attempts: { type: 'integer', minimum: 0 },
    created_at: { $ref: 'DateTime.json' },
    next_attempt_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    delivered_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    last_error: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    last_status: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
  },
};
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
const schema_OutboxStatus = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/OutboxStatus.json',
  type: 'string',
  enum: ['queued', 'sending', 'delivered', 'failed'],
};
function validate_OutboxStatus(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/OutboxStatus.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_OutboxStatus.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_OutboxStatus.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'queued' || data === 'sending' || data === 'delivered' || data === 'failed')) {
    validate_OutboxStatus.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_OutboxStatus.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_OutboxStatus.errors = vErrors;
  return errors === 0;
}
validate_OutboxStatus.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_DateTime = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/DateTime.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
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
function validate_OutboxItem(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/OutboxItem.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_OutboxItem.evaluated;
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
        (data.recipient_id === undefined && (missing0 = 'recipient_id')) ||
        (data.message_type === undefined && (missing0 = 'message_type')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.attempts === undefined && (missing0 = 'attempts')) ||
        (data.created_at === undefined && (missing0 = 'created_at')) ||
        (data.next_attempt_at === undefined && (missing0 = 'next_attempt_at')) ||
        (data.delivered_at === undefined && (missing0 = 'delivered_at')) ||
        (data.last_error === undefined && (missing0 = 'last_error'))
      ) {
        validate_OutboxItem.errors = [
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
          const _errs1 = errors;
          if (typeof data.message_id !== 'string') {
            validate_OutboxItem.errors = [
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
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.swarm_id !== undefined) {
            const _errs3 = errors;
            if (typeof data.swarm_id !== 'string') {
              validate_OutboxItem.errors = [
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
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recipient_id !== undefined) {
              const _errs5 = errors;
              if (typeof data.recipient_id !== 'string') {
                validate_OutboxItem.errors = [
                  {
                    instancePath: instancePath + '/recipient_id',
                    schemaPath: '#/properties/recipient_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.broadcast !== undefined) {
                const _errs7 = errors;
                if (typeof data.broadcast !== 'boolean') {
                  validate_OutboxItem.errors = [
                    {
                      instancePath: instancePath + '/broadcast',
                      schemaPath: '#/properties/broadcast/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.message_type !== undefined) {
                  const _errs9 = errors;
                  if (
                    !validate_MessageType(data.message_type, {
                      instancePath: instancePath + '/message_type',
                      parentData: data,
                      parentDataProperty: 'message_type',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate_MessageType.errors : vErrors.concat(validate_MessageType.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.content !== undefined) {
                    const _errs10 = errors;
                    if (typeof data.content !== 'string') {
                      validate_OutboxItem.errors = [
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
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.status !== undefined) {
                      const _errs12 = errors;
                      if (
                        !validate_OutboxStatus(data.status, {
                          instancePath: instancePath + '/status',
                          parentData: data,
                          parentDataProperty: 'status',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate_OutboxStatus.errors
                            : vErrors.concat(validate_OutboxStatus.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.attempts !== undefined) {
                        let data7 = data.attempts;
                        const _errs13 = errors;
                        if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                          validate_OutboxItem.errors = [
                            {
                              instancePath: instancePath + '/attempts',
                              schemaPath: '#/properties/attempts/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs13) {
                          if (typeof data7 == 'number' && isFinite(data7)) {
                            if (data7 < 0 || isNaN(data7)) {
                              validate_OutboxItem.errors = [
                                {
                                  instancePath: instancePath + '/attempts',
                                  schemaPath: '#/properties/attempts/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 0 },
                                  message: 'must be >= 0',
                                },
                              ];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.created_at !== undefined) {
                          const _errs15 = errors;
                          if (
                            !validate_DateTime(data.created_at, {
                              instancePath: instancePath + '/created_at',
                              parentData: data,
                              parentDataProperty: 'created_at',
                              rootData,
                              dynamicAnchors,
                            })
                          ) {
                            vErrors =
                              vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.next_attempt_at !== undefined) {
                            let data9 = data.next_attempt_at;
                            const _errs16 = errors;
                            const _errs17 = errors;
                            let valid1 = false;
                            let passing0 = null;
                            const _errs18 = errors;
                            if (
                              !validate_DateTime(data9, {
                                instancePath: instancePath + '/next_attempt_at',
                                parentData: data,
                                parentDataProperty: 'next_attempt_at',
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                              errors = vErrors.length;
                            }
                            var _valid0 = _errs18 === errors;
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 0;
                            }
                            const _errs19 = errors;
                            if (data9 !== null) {
                              const err0 = {
                                instancePath: instancePath + '/next_attempt_at',
                                schemaPath: '#/properties/next_attempt_at/oneOf/1/type',
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
                            var _valid0 = _errs19 === errors;
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
                                instancePath: instancePath + '/next_attempt_at',
                                schemaPath: '#/properties/next_attempt_at/oneOf',
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
                              validate_OutboxItem.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs17;
                              if (vErrors !== null) {
                                if (_errs17) {
                                  vErrors.length = _errs17;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.delivered_at !== undefined) {
                              let data10 = data.delivered_at;
                              const _errs21 = errors;
                              const _errs22 = errors;
                              let valid2 = false;
                              let passing1 = null;
                              const _errs23 = errors;
                              if (
                                !validate_DateTime(data10, {
                                  instancePath: instancePath + '/delivered_at',
                                  parentData: data,
                                  parentDataProperty: 'delivered_at',
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate_DateTime.errors
                                    : vErrors.concat(validate_DateTime.errors);
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs23 === errors;
                              if (_valid1) {
                                valid2 = true;
                                passing1 = 0;
                              }
                              const _errs24 = errors;
                              if (data10 !== null) {
                                const err2 = {
                                  instancePath: instancePath + '/delivered_at',
                                  schemaPath: '#/properties/delivered_at/oneOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null',
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs24 === errors;
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
                                const err3 = {
                                  instancePath: instancePath + '/delivered_at',
                                  schemaPath: '#/properties/delivered_at/oneOf',
                                  keyword: 'oneOf',
                                  params: { passingSchemas: passing1 },
                                  message: 'must match exactly one schema in oneOf',
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate_OutboxItem.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs22;
                                if (vErrors !== null) {
                                  if (_errs22) {
                                    vErrors.length = _errs22;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.last_error !== undefined) {
                                let data11 = data.last_error;
                                const _errs26 = errors;
                                const _errs27 = errors;
                                let valid3 = false;
                                let passing2 = null;
                                const _errs28 = errors;
                                if (typeof data11 !== 'string') {
                                  const err4 = {
                                    instancePath: instancePath + '/last_error',
                                    schemaPath: '#/properties/last_error/oneOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs28 === errors;
                                if (_valid2) {
                                  valid3 = true;
                                  passing2 = 0;
                                }
                                const _errs30 = errors;
                                if (data11 !== null) {
                                  const err5 = {
                                    instancePath: instancePath + '/last_error',
                                    schemaPath: '#/properties/last_error/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs30 === errors;
                                if (_valid2 && valid3) {
                                  valid3 = false;
                                  passing2 = [passing2, 1];
                                } else {
                                  if (_valid2) {
                                    valid3 = true;
                                    passing2 = 1;
                                  }
                                }
                                if (!valid3) {
                                  const err6 = {
                                    instancePath: instancePath + '/last_error',
                                    schemaPath: '#/properties/last_error/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing2 },
                                    message: 'must match exactly one schema in oneOf',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                  validate_OutboxItem.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs27;
                                  if (vErrors !== null) {
                                    if (_errs27) {
                                      vErrors.length = _errs27;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs26 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.last_status !== undefined) {
                                  let data12 = data.last_status;
                                  const _errs32 = errors;
                                  const _errs33 = errors;
                                  let valid4 = false;
                                  let passing3 = null;
                                  const _errs34 = errors;
                                  if (
                                    !(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))
                                  ) {
                                    const err7 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs34 === errors;
                                  if (_valid3) {
                                    valid4 = true;
                                    passing3 = 0;
                                  }
                                  const _errs36 = errors;
                                  if (data12 !== null) {
                                    const err8 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'null' },
                                      message: 'must be null',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err8];
                                    } else {
                                      vErrors.push(err8);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs36 === errors;
                                  if (_valid3 && valid4) {
                                    valid4 = false;
                                    passing3 = [passing3, 1];
                                  } else {
                                    if (_valid3) {
                                      valid4 = true;
                                      passing3 = 1;
                                    }
                                  }
                                  if (!valid4) {
                                    const err9 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf',
                                      keyword: 'oneOf',
                                      params: { passingSchemas: passing3 },
                                      message: 'must match exactly one schema in oneOf',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                    validate_OutboxItem.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs33;
                                    if (vErrors !== null) {
                                      if (_errs33) {
                                        vErrors.length = _errs33;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs32 === errors;
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
            }
          }
        }
      }
    } else {
      validate_OutboxItem.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_OutboxItem.errors = vErrors;
  return errors === 0;
}
validate_OutboxItem.evaluated = {
  props: {
    message_id: true,
    swarm_id: true,
    recipient_id: true,
    broadcast: true,
    message_type: true,
    content: true,
    status: true,
    attempts: true,
    created_at: true,
    next_attempt_at: true,
    delivered_at: true,
    last_error: true,
    last_status: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateOutboxItem = validate_OutboxItem as unknown as ValidateFunction<OutboxItem>;
