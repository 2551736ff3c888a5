/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ExportInboxRow } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ExportInboxRow = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ExportInboxRow.json',
  type: 'object',
  required: ['message_id', 'swarm_id', 'sender_id', 'message_type', 'content', 'received_at', 'status'],
  properties: {
    message_id: { type: 'string', minLength: 1 },
    swarm_id: { type: 'string', minLength: 1 },
    sender_id: { type: 'string', minLength: 1 },
    recipient_id: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    message_type: { type: 'string', minLength: 1 },
    content: { type: 'string' },
    received_at: { $ref: 'DateTime.json' },
    status: { $ref: 'InboxStatus.json' },
    read_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    archived_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    deleted_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
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
function validate_ExportInboxRow(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ExportInboxRow.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ExportInboxRow.evaluated;
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
        (data.received_at === undefined && (missing0 = 'received_at')) ||
        (data.status === undefined && (missing0 = 'status'))
      ) {
        validate_ExportInboxRow.errors = [
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
                validate_ExportInboxRow.errors = [
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
              validate_ExportInboxRow.errors = [
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
                  validate_ExportInboxRow.errors = [
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
                validate_ExportInboxRow.errors = [
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
                    validate_ExportInboxRow.errors = [
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
                  validate_ExportInboxRow.errors = [
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
              if (data.recipient_id !== undefined) {
                let data3 = data.recipient_id;
                const _errs7 = errors;
                const _errs8 = errors;
                let valid1 = false;
                let passing0 = null;
                const _errs9 = errors;
                if (typeof data3 !== 'string') {
                  const err0 = {
                    instancePath: instancePath + '/recipient_id',
                    schemaPath: '#/properties/recipient_id/oneOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs9 === errors;
                if (_valid0) {
                  valid1 = true;
                  passing0 = 0;
                }
                const _errs11 = errors;
                if (data3 !== null) {
                  const err1 = {
                    instancePath: instancePath + '/recipient_id',
                    schemaPath: '#/properties/recipient_id/oneOf/1/type',
                    keyword: 'type',
                    params: { type: 'null' },
                    message: 'must be null',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                var _valid0 = _errs11 === errors;
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
                  const err2 = {
                    instancePath: instancePath + '/recipient_id',
                    schemaPath: '#/properties/recipient_id/oneOf',
                    keyword: 'oneOf',
                    params: { passingSchemas: passing0 },
                    message: 'must match exactly one schema in oneOf',
                  };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                  validate_ExportInboxRow.errors = vErrors;
                  return false;
                } else {
                  errors = _errs8;
                  if (vErrors !== null) {
                    if (_errs8) {
                      vErrors.length = _errs8;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.message_type !== undefined) {
                  let data4 = data.message_type;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) < 1) {
                        validate_ExportInboxRow.errors = [
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
                      validate_ExportInboxRow.errors = [
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
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.content !== undefined) {
                    const _errs15 = errors;
                    if (typeof data.content !== 'string') {
                      validate_ExportInboxRow.errors = [
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
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.received_at !== undefined) {
                      const _errs17 = errors;
                      if (
                        !validate_DateTime(data.received_at, {
                          instancePath: instancePath + '/received_at',
                          parentData: data,
                          parentDataProperty: 'received_at',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.status !== undefined) {
                        const _errs18 = errors;
                        if (
                          !validate_InboxStatus(data.status, {
                            instancePath: instancePath + '/status',
                            parentData: data,
                            parentDataProperty: 'status',
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
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.read_at !== undefined) {
                          let data8 = data.read_at;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs21 = errors;
                          if (
                            !validate_DateTime(data8, {
                              instancePath: instancePath + '/read_at',
                              parentData: data,
                              parentDataProperty: 'read_at',
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
                            const err3 = {
                              instancePath: instancePath + '/read_at',
                              schemaPath: '#/properties/read_at/oneOf/1/type',
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
                            const err4 = {
                              instancePath: instancePath + '/read_at',
                              schemaPath: '#/properties/read_at/oneOf',
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
                            validate_ExportInboxRow.errors = vErrors;
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
                          if (data.archived_at !== undefined) {
                            let data9 = data.archived_at;
                            const _errs24 = errors;
                            const _errs25 = errors;
                            let valid3 = false;
                            let passing2 = null;
                            const _errs26 = errors;
                            if (
                              !validate_DateTime(data9, {
                                instancePath: instancePath + '/archived_at',
                                parentData: data,
                                parentDataProperty: 'archived_at',
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                              errors = vErrors.length;
                            }
                            var _valid2 = _errs26 === errors;
                            if (_valid2) {
                              valid3 = true;
                              passing2 = 0;
                            }
                            const _errs27 = errors;
                            if (data9 !== null) {
                              const err5 = {
                                instancePath: instancePath + '/archived_at',
                                schemaPath: '#/properties/archived_at/oneOf/1/type',
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
                            var _valid2 = _errs27 === errors;
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
                                instancePath: instancePath + '/archived_at',
                                schemaPath: '#/properties/archived_at/oneOf',
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
                              validate_ExportInboxRow.errors = vErrors;
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
                            if (data.deleted_at !== undefined) {
                              let data10 = data.deleted_at;
                              const _errs29 = errors;
                              const _errs30 = errors;
                              let valid4 = false;
                              let passing3 = null;
                              const _errs31 = errors;
                              if (
                                !validate_DateTime(data10, {
                                  instancePath: instancePath + '/deleted_at',
                                  parentData: data,
                                  parentDataProperty: 'deleted_at',
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
                              var _valid3 = _errs31 === errors;
                              if (_valid3) {
                                valid4 = true;
                                passing3 = 0;
                              }
                              const _errs32 = errors;
                              if (data10 !== null) {
                                const err7 = {
                                  instancePath: instancePath + '/deleted_at',
                                  schemaPath: '#/properties/deleted_at/oneOf/1/type',
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
                              var _valid3 = _errs32 === errors;
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
                                  instancePath: instancePath + '/deleted_at',
                                  schemaPath: '#/properties/deleted_at/oneOf',
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
                                validate_ExportInboxRow.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs30;
                                if (vErrors !== null) {
                                  if (_errs30) {
                                    vErrors.length = _errs30;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs29 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.envelope !== undefined) {
                                let data11 = data.envelope;
                                const _errs34 = errors;
                                const _errs35 = errors;
                                let valid5 = false;
                                let passing4 = null;
                                const _errs36 = errors;
                                if (typeof data11 !== 'string') {
                                  const err9 = {
                                    instancePath: instancePath + '/envelope',
                                    schemaPath: '#/properties/envelope/oneOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err9];
                                  } else {
                                    vErrors.push(err9);
                                  }
                                  errors++;
                                }
                                var _valid4 = _errs36 === errors;
                                if (_valid4) {
                                  valid5 = true;
                                  passing4 = 0;
                                }
                                const _errs38 = errors;
                                if (data11 !== null) {
                                  const err10 = {
                                    instancePath: instancePath + '/envelope',
                                    schemaPath: '#/properties/envelope/oneOf/1/type',
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
                                var _valid4 = _errs38 === errors;
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
                                    instancePath: instancePath + '/envelope',
                                    schemaPath: '#/properties/envelope/oneOf',
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
                                  validate_ExportInboxRow.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs35;
                                  if (vErrors !== null) {
                                    if (_errs35) {
                                      vErrors.length = _errs35;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs34 === errors;
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
    } else {
      validate_ExportInboxRow.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ExportInboxRow.errors = vErrors;
  return errors === 0;
}
validate_ExportInboxRow.evaluated = {
  props: {
    message_id: true,
    swarm_id: true,
    sender_id: true,
    recipient_id: true,
    message_type: true,
    content: true,
    received_at: true,
    status: true,
    read_at: true,
    archived_at: true,
    deleted_at: true,
    envelope: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateExportInboxRow = validate_ExportInboxRow as unknown as ValidateFunction<ExportInboxRow>;
