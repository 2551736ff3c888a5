/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ExportOutboxRow } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ExportOutboxRow = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ExportOutboxRow.json',
  type: 'object',
  required: ['message_id', 'swarm_id', 'recipient_id', 'message_type', 'content', 'status'],
  properties: {
    message_id: { type: 'string', minLength: 1 },
    swarm_id: { type: 'string', minLength: 1 },
    recipient_id: { type: 'string', minLength: 1 },
    message_type: { type: 'string', minLength: 1 },
    content: { type: 'string' },
    sent_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    created_at: { $ref: 'DateTime.json' },
    status: { type: 'string', enum: ['sent', 'queued', 'sending', 'delivered', 'failed'] },
    delivered_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    error: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    attempts: { type: 'integer', minimum: 0 },
    next_attempt_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    last_status: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
    broadcast: { type: 'boolean' },
    envelope: { oneOf: [{ type: 'string' }, { type: 'null' }] },
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
function validate_ExportOutboxRow(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ExportOutboxRow.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ExportOutboxRow.evaluated;
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
        (data.status === undefined && (missing0 = 'status'))
      ) {
        validate_ExportOutboxRow.errors = [
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
                validate_ExportOutboxRow.errors = [
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
              validate_ExportOutboxRow.errors = [
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
                  validate_ExportOutboxRow.errors = [
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
                validate_ExportOutboxRow.errors = [
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
            if (data.recipient_id !== undefined) {
              let data2 = data.recipient_id;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) < 1) {
                    validate_ExportOutboxRow.errors = [
                      {
                        instancePath: instancePath + '/recipient_id',
                        schemaPath: '#/properties/recipient_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate_ExportOutboxRow.errors = [
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
                      validate_ExportOutboxRow.errors = [
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
                    validate_ExportOutboxRow.errors = [
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
                    validate_ExportOutboxRow.errors = [
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
                  if (data.sent_at !== undefined) {
                    let data5 = data.sent_at;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid1 = false;
                    let passing0 = null;
                    const _errs13 = errors;
                    if (
                      !validate_DateTime(data5, {
                        instancePath: instancePath + '/sent_at',
                        parentData: data,
                        parentDataProperty: 'sent_at',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                      errors = vErrors.length;
                    }
                    var _valid0 = _errs13 === errors;
                    if (_valid0) {
                      valid1 = true;
                      passing0 = 0;
                    }
                    const _errs14 = errors;
                    if (data5 !== null) {
                      const err0 = {
                        instancePath: instancePath + '/sent_at',
                        schemaPath: '#/properties/sent_at/oneOf/1/type',
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
                    var _valid0 = _errs14 === errors;
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
                        instancePath: instancePath + '/sent_at',
                        schemaPath: '#/properties/sent_at/oneOf',
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
                      validate_ExportOutboxRow.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== undefined) {
                      const _errs16 = errors;
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
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.status !== undefined) {
                        let data7 = data.status;
                        const _errs17 = errors;
                        if (typeof data7 !== 'string') {
                          validate_ExportOutboxRow.errors = [
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
                        if (
                          !(
                            data7 === 'sent' ||
                            data7 === 'queued' ||
                            data7 === 'sending' ||
                            data7 === 'delivered' ||
                            data7 === 'failed'
                          )
                        ) {
                          validate_ExportOutboxRow.errors = [
                            {
                              instancePath: instancePath + '/status',
                              schemaPath: '#/properties/status/enum',
                              keyword: 'enum',
                              params: { allowedValues: schema_ExportOutboxRow.properties.status.enum },
                              message: 'must be equal to one of the allowed values',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.delivered_at !== undefined) {
                          let data8 = data.delivered_at;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs21 = errors;
                          if (
                            !validate_DateTime(data8, {
                              instancePath: instancePath + '/delivered_at',
                              parentData: data,
                              parentDataProperty: 'delivered_at',
                              rootData,
                              dynamicAnchors,
                            })
                          ) {
                            vErrors =
                              vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                            errors = vErrors.length;
                          }
                          var _valid1 = _errs21 === errors;
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 0;
                          }
                          const _errs22 = errors;
                          if (data8 !== null) {
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
                          var _valid1 = _errs22 === errors;
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
                            validate_ExportOutboxRow.errors = vErrors;
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
                        if (valid0) {
                          if (data.error !== undefined) {
                            let data9 = data.error;
                            const _errs24 = errors;
                            const _errs25 = errors;
                            let valid3 = false;
                            let passing2 = null;
                            const _errs26 = errors;
                            if (typeof data9 !== 'string') {
                              const err4 = {
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf/0/type',
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
                            var _valid2 = _errs26 === errors;
                            if (_valid2) {
                              valid3 = true;
                              passing2 = 0;
                            }
                            const _errs28 = errors;
                            if (data9 !== null) {
                              const err5 = {
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf/1/type',
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
                            var _valid2 = _errs28 === errors;
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
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf',
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
                              validate_ExportOutboxRow.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs25;
                              if (vErrors !== null) {
                                if (_errs25) {
                                  vErrors.length = _errs25;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.attempts !== undefined) {
                              let data10 = data.attempts;
                              const _errs30 = errors;
                              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                                validate_ExportOutboxRow.errors = [
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
                              if (errors === _errs30) {
                                if (typeof data10 == 'number' && isFinite(data10)) {
                                  if (data10 < 0 || isNaN(data10)) {
                                    validate_ExportOutboxRow.errors = [
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
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.next_attempt_at !== undefined) {
                                let data11 = data.next_attempt_at;
                                const _errs32 = errors;
                                const _errs33 = errors;
                                let valid4 = false;
                                let passing3 = null;
                                const _errs34 = errors;
                                if (
                                  !validate_DateTime(data11, {
                                    instancePath: instancePath + '/next_attempt_at',
                                    parentData: data,
                                    parentDataProperty: 'next_attempt_at',
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
                                var _valid3 = _errs34 === errors;
                                if (_valid3) {
                                  valid4 = true;
                                  passing3 = 0;
                                }
                                const _errs35 = errors;
                                if (data11 !== null) {
                                  const err7 = {
                                    instancePath: instancePath + '/next_attempt_at',
                                    schemaPath: '#/properties/next_attempt_at/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs35 === errors;
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
                                  const err8 = {
                                    instancePath: instancePath + '/next_attempt_at',
                                    schemaPath: '#/properties/next_attempt_at/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing3 },
                                    message: 'must match exactly one schema in oneOf',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                  validate_ExportOutboxRow.errors = vErrors;
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
                              if (valid0) {
                                if (data.last_status !== undefined) {
                                  let data12 = data.last_status;
                                  const _errs37 = errors;
                                  const _errs38 = errors;
                                  let valid5 = false;
                                  let passing4 = null;
                                  const _errs39 = errors;
                                  if (
                                    !(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))
                                  ) {
                                    const err9 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                  }
                                  var _valid4 = _errs39 === errors;
                                  if (_valid4) {
                                    valid5 = true;
                                    passing4 = 0;
                                  }
                                  const _errs41 = errors;
                                  if (data12 !== null) {
                                    const err10 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'null' },
                                      message: 'must be null',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err10];
                                    } else {
                                      vErrors.push(err10);
                                    }
                                    errors++;
                                  }
                                  var _valid4 = _errs41 === errors;
                                  if (_valid4 && valid5) {
                                    valid5 = false;
                                    passing4 = [passing4, 1];
                                  } else {
                                    if (_valid4) {
                                      valid5 = true;
                                      passing4 = 1;
                                    }
                                  }
                                  if (!valid5) {
                                    const err11 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf',
                                      keyword: 'oneOf',
                                      params: { passingSchemas: passing4 },
                                      message: 'must match exactly one schema in oneOf',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err11];
                                    } else {
                                      vErrors.push(err11);
                                    }
                                    errors++;
                                    validate_ExportOutboxRow.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs38;
                                    if (vErrors !== null) {
                                      if (_errs38) {
                                        vErrors.length = _errs38;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs37 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.broadcast !== undefined) {
                                    const _errs43 = errors;
                                    if (typeof data.broadcast !== 'boolean') {
                                      validate_ExportOutboxRow.errors = [
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
                                    var valid0 = _errs43 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.envelope !== undefined) {
                                      let data14 = data.envelope;
                                      const _errs45 = errors;
                                      const _errs46 = errors;
                                      let valid6 = false;
                                      let passing5 = null;
                                      const _errs47 = errors;
                                      if (typeof data14 !== 'string') {
                                        const err12 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs47 === errors;
                                      if (_valid5) {
                                        valid6 = true;
                                        passing5 = 0;
                                      }
                                      const _errs49 = errors;
                                      if (data14 !== null) {
                                        const err13 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf/1/type',
                                          keyword: 'type',
                                          params: { type: 'null' },
                                          message: 'must be null',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs49 === errors;
                                      if (_valid5 && valid6) {
                                        valid6 = false;
                                        passing5 = [passing5, 1];
                                      } else {
                                        if (_valid5) {
                                          valid6 = true;
                                          passing5 = 1;
                                        }
                                      }
                                      if (!valid6) {
                                        const err14 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf',
                                          keyword: 'oneOf',
                                          params: { passingSchemas: passing5 },
                                          message: 'must match exactly one schema in oneOf',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err14];
                                        } else {
                                          vErrors.push(err14);
                                        }
                                        errors++;
                                        validate_ExportOutboxRow.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs46;
                                        if (vErrors !== null) {
                                          if (_errs46) {
                                            vErrors.length = _errs46;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid0 = _errs45 === errors;
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
        }
      }
    } else {
      validate_ExportOutboxRow.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ExportOutboxRow.errors = vErrors;
  return errors === 0;
}
validate_ExportOutboxRow.evaluated = {
  props: {
    message_id: true,
    swarm_id: true,
    recipient_id: true,
    message_type: true,
    content: true,
    sent_at: true,
    created_at: true,
    status: true,
    delivered_at: true,
    error: true,
    attempts: true,
    next_attempt_at: true,
    last_status: true,
    broadcast: true,
    envelope: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateExportOutboxRow = validate_ExportOutboxRow as unknown as ValidateFunction<ExportOutboxRow>;
