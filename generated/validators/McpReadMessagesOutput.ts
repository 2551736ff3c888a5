/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpReadMessagesOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpReadMessagesOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpReadMessagesOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['swarm_id', 'status', 'count', 'marked_read', 'messages'],
  properties: {
    swarm_id: { $ref: 'Uuid.json' },
    status: { anyOf: [{ $ref: 'InboxStatus.json' }, { const: 'all' }] },
    count: { type: 'integer', minimum: 0 },
    marked_read: { type: 'integer', minimum: 0 },
    messages: { type: 'array', items: { $ref: 'McpMessage.json' } },
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
const schema_McpMessage = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpMessage.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'message_id',
    'swarm_id',
    'sender_id',
    'recipient_id',
    'message_type',
    'status',
    'received_at',
    'read_at',
    'priority',
    'in_reply_to',
    'thread_id',
    'content',
  ],
  properties: {
    message_id: { $ref: 'Uuid.json' },
    swarm_id: { $ref: 'Uuid.json' },
    sender_id: { $ref: 'AgentId.json' },
    recipient_id: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    message_type: { $ref: 'MessageType.json' },
    status: { $ref: 'InboxStatus.json' },
    received_at: { $ref: 'DateTime.json' },
    read_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    priority: { $ref: 'Priority.json' },
    in_reply_to: { oneOf: [{ $ref: 'Uuid.json' }, { type: 'null' }] },
    thread_id: { oneOf: [{ $ref: 'Uuid.json' }, { type: 'null' }] },
    content: { type: 'string' },
  },
};
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
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
const schema_Priority = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Priority.json',
  type: 'string',
  enum: ['low', 'normal', 'high'],
};
function validate_Priority(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Priority.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Priority.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_Priority.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'low' || data === 'normal' || data === 'high')) {
    validate_Priority.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_Priority.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_Priority.errors = vErrors;
  return errors === 0;
}
validate_Priority.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_McpMessage(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpMessage.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpMessage.evaluated;
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
        (data.recipient_id === undefined && (missing0 = 'recipient_id')) ||
        (data.message_type === undefined && (missing0 = 'message_type')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.received_at === undefined && (missing0 = 'received_at')) ||
        (data.read_at === undefined && (missing0 = 'read_at')) ||
        (data.priority === undefined && (missing0 = 'priority')) ||
        (data.in_reply_to === undefined && (missing0 = 'in_reply_to')) ||
        (data.thread_id === undefined && (missing0 = 'thread_id')) ||
        (data.content === undefined && (missing0 = 'content'))
      ) {
        validate_McpMessage.errors = [
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
          if (!func_hasOwnProperty.call(schema_McpMessage.properties, key0)) {
            validate_McpMessage.errors = [
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
          if (data.message_id !== undefined) {
            const _errs2 = errors;
            if (
              !validate_Uuid(data.message_id, {
                instancePath: instancePath + '/message_id',
                parentData: data,
                parentDataProperty: 'message_id',
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
            if (data.swarm_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sender_id !== undefined) {
                const _errs4 = errors;
                if (
                  !validate_AgentId(data.sender_id, {
                    instancePath: instancePath + '/sender_id',
                    parentData: data,
                    parentDataProperty: 'sender_id',
                    rootData,
                    dynamicAnchors,
                  })
                ) {
                  vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recipient_id !== undefined) {
                  let data3 = data.recipient_id;
                  const _errs5 = errors;
                  const _errs6 = errors;
                  let valid1 = false;
                  let passing0 = null;
                  const _errs7 = errors;
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
                  var _valid0 = _errs7 === errors;
                  if (_valid0) {
                    valid1 = true;
                    passing0 = 0;
                  }
                  const _errs9 = errors;
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
                  var _valid0 = _errs9 === errors;
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
                    validate_McpMessage.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs6;
                    if (vErrors !== null) {
                      if (_errs6) {
                        vErrors.length = _errs6;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.message_type !== undefined) {
                    const _errs11 = errors;
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
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.status !== undefined) {
                      const _errs12 = errors;
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
                          vErrors === null ? validate_InboxStatus.errors : vErrors.concat(validate_InboxStatus.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.received_at !== undefined) {
                        const _errs13 = errors;
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
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.read_at !== undefined) {
                          let data7 = data.read_at;
                          const _errs14 = errors;
                          const _errs15 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs16 = errors;
                          if (
                            !validate_DateTime(data7, {
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
                          var _valid1 = _errs16 === errors;
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 0;
                          }
                          const _errs17 = errors;
                          if (data7 !== null) {
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
                          var _valid1 = _errs17 === errors;
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
                            validate_McpMessage.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs15;
                            if (vErrors !== null) {
                              if (_errs15) {
                                vErrors.length = _errs15;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.priority !== undefined) {
                            const _errs19 = errors;
                            if (
                              !validate_Priority(data.priority, {
                                instancePath: instancePath + '/priority',
                                parentData: data,
                                parentDataProperty: 'priority',
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate_Priority.errors : vErrors.concat(validate_Priority.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.in_reply_to !== undefined) {
                              let data9 = data.in_reply_to;
                              const _errs20 = errors;
                              const _errs21 = errors;
                              let valid3 = false;
                              let passing2 = null;
                              const _errs22 = errors;
                              if (
                                !validate_Uuid(data9, {
                                  instancePath: instancePath + '/in_reply_to',
                                  parentData: data,
                                  parentDataProperty: 'in_reply_to',
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                                errors = vErrors.length;
                              }
                              var _valid2 = _errs22 === errors;
                              if (_valid2) {
                                valid3 = true;
                                passing2 = 0;
                              }
                              const _errs23 = errors;
                              if (data9 !== null) {
                                const err5 = {
                                  instancePath: instancePath + '/in_reply_to',
                                  schemaPath: '#/properties/in_reply_to/oneOf/1/type',
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
                              var _valid2 = _errs23 === errors;
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
                                  instancePath: instancePath + '/in_reply_to',
                                  schemaPath: '#/properties/in_reply_to/oneOf',
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
                                validate_McpMessage.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs21;
                                if (vErrors !== null) {
                                  if (_errs21) {
                                    vErrors.length = _errs21;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.thread_id !== undefined) {
                                let data10 = data.thread_id;
                                const _errs25 = errors;
                                const _errs26 = errors;
                                let valid4 = false;
                                let passing3 = null;
                                const _errs27 = errors;
                                if (
                                  !validate_Uuid(data10, {
                                    instancePath: instancePath + '/thread_id',
                                    parentData: data,
                                    parentDataProperty: 'thread_id',
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                                  errors = vErrors.length;
                                }
                                var _valid3 = _errs27 === errors;
                                if (_valid3) {
                                  valid4 = true;
                                  passing3 = 0;
                                }
                                const _errs28 = errors;
                                if (data10 !== null) {
                                  const err7 = {
                                    instancePath: instancePath + '/thread_id',
                                    schemaPath: '#/properties/thread_id/oneOf/1/type',
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
                                var _valid3 = _errs28 === errors;
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
                                    instancePath: instancePath + '/thread_id',
                                    schemaPath: '#/properties/thread_id/oneOf',
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
                                  validate_McpMessage.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs26;
                                  if (vErrors !== null) {
                                    if (_errs26) {
                                      vErrors.length = _errs26;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.content !== undefined) {
                                  const _errs30 = errors;
                                  if (typeof data.content !== 'string') {
                                    validate_McpMessage.errors = [
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
                                  var valid0 = _errs30 === errors;
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
      validate_McpMessage.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpMessage.errors = vErrors;
  return errors === 0;
}
validate_McpMessage.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate_McpReadMessagesOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpReadMessagesOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpReadMessagesOutput.evaluated;
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
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.count === undefined && (missing0 = 'count')) ||
        (data.marked_read === undefined && (missing0 = 'marked_read')) ||
        (data.messages === undefined && (missing0 = 'messages'))
      ) {
        validate_McpReadMessagesOutput.errors = [
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
          if (
            !(
              key0 === 'swarm_id' ||
              key0 === 'status' ||
              key0 === 'count' ||
              key0 === 'marked_read' ||
              key0 === 'messages'
            )
          ) {
            validate_McpReadMessagesOutput.errors = [
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
                validate_McpReadMessagesOutput.errors = vErrors;
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
              if (data.count !== undefined) {
                let data2 = data.count;
                const _errs7 = errors;
                if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                  validate_McpReadMessagesOutput.errors = [
                    {
                      instancePath: instancePath + '/count',
                      schemaPath: '#/properties/count/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data2 == 'number' && isFinite(data2)) {
                    if (data2 < 0 || isNaN(data2)) {
                      validate_McpReadMessagesOutput.errors = [
                        {
                          instancePath: instancePath + '/count',
                          schemaPath: '#/properties/count/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 0 },
                          message: 'must be >= 0',
                        },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.marked_read !== undefined) {
                  let data3 = data.marked_read;
                  const _errs9 = errors;
                  if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                    validate_McpReadMessagesOutput.errors = [
                      {
                        instancePath: instancePath + '/marked_read',
                        schemaPath: '#/properties/marked_read/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data3 == 'number' && isFinite(data3)) {
                      if (data3 < 0 || isNaN(data3)) {
                        validate_McpReadMessagesOutput.errors = [
                          {
                            instancePath: instancePath + '/marked_read',
                            schemaPath: '#/properties/marked_read/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.messages !== undefined) {
                    let data4 = data.messages;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        var valid2 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (
                            !validate_McpMessage(data4[i0], {
                              instancePath: instancePath + '/messages/' + i0,
                              parentData: data4,
                              parentDataProperty: i0,
                              rootData,
                              dynamicAnchors,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate_McpMessage.errors
                                : vErrors.concat(validate_McpMessage.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate_McpReadMessagesOutput.errors = [
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
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate_McpReadMessagesOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpReadMessagesOutput.errors = vErrors;
  return errors === 0;
}
validate_McpReadMessagesOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpReadMessagesOutput =
  validate_McpReadMessagesOutput as unknown as ValidateFunction<McpReadMessagesOutput>;
