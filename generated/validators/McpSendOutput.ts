/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpSendOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpSendOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpSendOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['status', 'message_id', 'swarm_id', 'recipient', 'deliveries'],
  properties: {
    status: { type: 'string', enum: ['sent', 'queued', 'failed'] },
    message_id: { $ref: 'Uuid.json' },
    swarm_id: { $ref: 'Uuid.json' },
    recipient: { $ref: 'AgentId.json' },
    deliveries: { type: 'array', items: { $ref: 'McpDelivery.json' } },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['recipient_id', 'reason'],
        properties: { recipient_id: { $ref: 'AgentId.json' }, reason: { type: 'string' } },
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
const schema_McpDelivery = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpDelivery.json',
  type: 'object',
  additionalProperties: false,
  required: ['message_id', 'recipient_id', 'status', 'attempts', 'status_code', 'error'],
  properties: {
    message_id: { $ref: 'Uuid.json' },
    action: { type: 'string' },
    recipient_id: { $ref: 'AgentId.json' },
    status: { $ref: 'OutboxStatus.json' },
    attempts: { type: 'integer', minimum: 0 },
    status_code: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
    error: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'message'],
          properties: { code: { $ref: 'ErrorCode.json' }, message: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
  },
};
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
const schema_ErrorCode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ErrorCode.json',
  enum: [
    'INVALID_JSON',
    'INVALID_FORMAT',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'UNSUPPORTED_PROTOCOL_VERSION',
    'PROTOCOL_DOWNGRADE',
    'SEALED_CONTENT_INVALID',
    'AGENT_ID_MISMATCH',
    'WRONG_RECIPIENT',
    'SWARM_NOT_FOUND',
    'NOT_MEMBER',
    'ENDPOINT_MISMATCH',
    'INVALID_SIGNATURE',
    'TIMESTAMP_OUT_OF_WINDOW',
    'MESSAGE_EXPIRED',
    'MESSAGE_ID_CONFLICT',
    'NOT_AUTHORIZED',
    'INVALID_TOKEN',
    'UNSUPPORTED_ALGORITHM',
    'TOKEN_EXPIRED',
    'TOKEN_SWARM_MISMATCH',
    'TOKEN_ENDPOINT_MISMATCH',
    'TOKEN_EXHAUSTED',
    'TOKEN_REVOKED',
    'INVALID_PUBLIC_KEY',
    'AGENT_ID_TAKEN',
    'NOT_MASTER',
    'INVITES_DISABLED',
    'JOIN_DENIED',
    'RATE_LIMITED',
    'UNAUTHENTICATED',
    'ROUTE_NOT_FOUND',
    'METHOD_NOT_ALLOWED',
    'MALFORMED_REQUEST',
    'HEADERS_TOO_LARGE',
    'REQUEST_TIMEOUT',
    'MESSAGE_NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'WAKE_UNAVAILABLE',
    'SERVICE_UNAVAILABLE',
    'INTERNAL_ERROR',
    'PEER_UNREACHABLE',
    'PEER_TIMEOUT',
    'TLS_ERROR',
    'INVALID_RESPONSE',
    'MEMBER_NOT_FOUND',
    'MASTER_CANNOT_LEAVE',
    'NOT_INITIALIZED',
    'ALREADY_INITIALIZED',
    'CONFIG_INVALID',
    'KEY_FILE_INVALID',
    'STORE_TOO_NEW',
    'IMPORT_INVALID',
    'FILE_NOT_FOUND',
    'SEALING_UNSUPPORTED',
    'USAGE_ERROR',
    'CANCELLED',
  ],
};
function validate_ErrorCode(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ErrorCode.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ErrorCode.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !(
      data === 'INVALID_JSON' ||
      data === 'INVALID_FORMAT' ||
      data === 'PAYLOAD_TOO_LARGE' ||
      data === 'UNSUPPORTED_MEDIA_TYPE' ||
      data === 'UNSUPPORTED_PROTOCOL_VERSION' ||
      data === 'PROTOCOL_DOWNGRADE' ||
      data === 'SEALED_CONTENT_INVALID' ||
      data === 'AGENT_ID_MISMATCH' ||
      data === 'WRONG_RECIPIENT' ||
      data === 'SWARM_NOT_FOUND' ||
      data === 'NOT_MEMBER' ||
      data === 'ENDPOINT_MISMATCH' ||
      data === 'INVALID_SIGNATURE' ||
      data === 'TIMESTAMP_OUT_OF_WINDOW' ||
      data === 'MESSAGE_EXPIRED' ||
      data === 'MESSAGE_ID_CONFLICT' ||
      data === 'NOT_AUTHORIZED' ||
      data === 'INVALID_TOKEN' ||
      data === 'UNSUPPORTED_ALGORITHM' ||
      data === 'TOKEN_EXPIRED' ||
      data === 'TOKEN_SWARM_MISMATCH' ||
      data === 'TOKEN_ENDPOINT_MISMATCH' ||
      data === 'TOKEN_EXHAUSTED' ||
      data === 'TOKEN_REVOKED' ||
      data === 'INVALID_PUBLIC_KEY' ||
      data === 'AGENT_ID_TAKEN' ||
      data === 'NOT_MASTER' ||
      data === 'INVITES_DISABLED' ||
      data === 'JOIN_DENIED' ||
      data === 'RATE_LIMITED' ||
      data === 'UNAUTHENTICATED' ||
      data === 'ROUTE_NOT_FOUND' ||
      data === 'METHOD_NOT_ALLOWED' ||
      data === 'MALFORMED_REQUEST' ||
      data === 'HEADERS_TOO_LARGE' ||
      data === 'REQUEST_TIMEOUT' ||
      data === 'MESSAGE_NOT_FOUND' ||
      data === 'INVALID_STATE_TRANSITION' ||
      data === 'WAKE_UNAVAILABLE' ||
      data === 'SERVICE_UNAVAILABLE' ||
      data === 'INTERNAL_ERROR' ||
      data === 'PEER_UNREACHABLE' ||
      data === 'PEER_TIMEOUT' ||
      data === 'TLS_ERROR' ||
      data === 'INVALID_RESPONSE' ||
      data === 'MEMBER_NOT_FOUND' ||
      data === 'MASTER_CANNOT_LEAVE' ||
      data === 'NOT_INITIALIZED' ||
      data === 'ALREADY_INITIALIZED' ||
      data === 'CONFIG_INVALID' ||
      data === 'KEY_FILE_INVALID' ||
      data === 'STORE_TOO_NEW' ||
      data === 'IMPORT_INVALID' ||
      data === 'FILE_NOT_FOUND' ||
      data === 'SEALING_UNSUPPORTED' ||
      data === 'USAGE_ERROR' ||
      data === 'CANCELLED'
    )
  ) {
    validate_ErrorCode.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_ErrorCode.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_ErrorCode.errors = vErrors;
  return errors === 0;
}
validate_ErrorCode.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_McpDelivery(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpDelivery.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpDelivery.evaluated;
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
        (data.recipient_id === undefined && (missing0 = 'recipient_id')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.attempts === undefined && (missing0 = 'attempts')) ||
        (data.status_code === undefined && (missing0 = 'status_code')) ||
        (data.error === undefined && (missing0 = 'error'))
      ) {
        validate_McpDelivery.errors = [
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
              key0 === 'message_id' ||
              key0 === 'action' ||
              key0 === 'recipient_id' ||
              key0 === 'status' ||
              key0 === 'attempts' ||
              key0 === 'status_code' ||
              key0 === 'error'
            )
          ) {
            validate_McpDelivery.errors = [
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
            if (data.action !== undefined) {
              const _errs3 = errors;
              if (typeof data.action !== 'string') {
                validate_McpDelivery.errors = [
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.recipient_id !== undefined) {
                const _errs5 = errors;
                if (
                  !validate_AgentId(data.recipient_id, {
                    instancePath: instancePath + '/recipient_id',
                    parentData: data,
                    parentDataProperty: 'recipient_id',
                    rootData,
                    dynamicAnchors,
                  })
                ) {
                  vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.status !== undefined) {
                  const _errs6 = errors;
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
                      vErrors === null ? validate_OutboxStatus.errors : vErrors.concat(validate_OutboxStatus.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.attempts !== undefined) {
                    let data4 = data.attempts;
                    const _errs7 = errors;
                    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                      validate_McpDelivery.errors = [
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
                    if (errors === _errs7) {
                      if (typeof data4 == 'number' && isFinite(data4)) {
                        if (data4 < 0 || isNaN(data4)) {
                          validate_McpDelivery.errors = [
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
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.status_code !== undefined) {
                      let data5 = data.status_code;
                      const _errs9 = errors;
                      const _errs10 = errors;
                      let valid1 = false;
                      let passing0 = null;
                      const _errs11 = errors;
                      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                        const err0 = {
                          instancePath: instancePath + '/status_code',
                          schemaPath: '#/properties/status_code/oneOf/0/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs11 === errors;
                      if (_valid0) {
                        valid1 = true;
                        passing0 = 0;
                      }
                      const _errs13 = errors;
                      if (data5 !== null) {
                        const err1 = {
                          instancePath: instancePath + '/status_code',
                          schemaPath: '#/properties/status_code/oneOf/1/type',
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
                      var _valid0 = _errs13 === errors;
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
                          instancePath: instancePath + '/status_code',
                          schemaPath: '#/properties/status_code/oneOf',
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
                        validate_McpDelivery.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs10;
                        if (vErrors !== null) {
                          if (_errs10) {
                            vErrors.length = _errs10;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.error !== undefined) {
                        let data6 = data.error;
                        const _errs15 = errors;
                        const _errs16 = errors;
                        let valid2 = false;
                        let passing1 = null;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                            let missing1;
                            if (
                              (data6.code === undefined && (missing1 = 'code')) ||
                              (data6.message === undefined && (missing1 = 'message'))
                            ) {
                              const err3 = {
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf/0/required',
                                keyword: 'required',
                                params: { missingProperty: missing1 },
                                message: "must have required property '" + missing1 + "'",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                            } else {
                              const _errs19 = errors;
                              for (const key1 in data6) {
                                if (!(key1 === 'code' || key1 === 'message')) {
                                  const err4 = {
                                    instancePath: instancePath + '/error',
                                    schemaPath: '#/properties/error/oneOf/0/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key1 },
                                    message: 'must NOT have additional properties',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                  break;
                                }
                              }
                              if (_errs19 === errors) {
                                if (data6.code !== undefined) {
                                  const _errs20 = errors;
                                  if (
                                    !validate_ErrorCode(data6.code, {
                                      instancePath: instancePath + '/error/code',
                                      parentData: data6,
                                      parentDataProperty: 'code',
                                      rootData,
                                      dynamicAnchors,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate_ErrorCode.errors
                                        : vErrors.concat(validate_ErrorCode.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid3 = _errs20 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6.message !== undefined) {
                                    const _errs21 = errors;
                                    if (typeof data6.message !== 'string') {
                                      const err5 = {
                                        instancePath: instancePath + '/error/message',
                                        schemaPath: '#/properties/error/oneOf/0/properties/message/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err5];
                                      } else {
                                        vErrors.push(err5);
                                      }
                                      errors++;
                                    }
                                    var valid3 = _errs21 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            const err6 = {
                              instancePath: instancePath + '/error',
                              schemaPath: '#/properties/error/oneOf/0/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                        }
                        var _valid1 = _errs17 === errors;
                        if (_valid1) {
                          valid2 = true;
                          passing1 = 0;
                        }
                        const _errs23 = errors;
                        if (data6 !== null) {
                          const err7 = {
                            instancePath: instancePath + '/error',
                            schemaPath: '#/properties/error/oneOf/1/type',
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
                          const err8 = {
                            instancePath: instancePath + '/error',
                            schemaPath: '#/properties/error/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing1 },
                            message: 'must match exactly one schema in oneOf',
                          };
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                          validate_McpDelivery.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs16;
                          if (vErrors !== null) {
                            if (_errs16) {
                              vErrors.length = _errs16;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
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
    } else {
      validate_McpDelivery.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpDelivery.errors = vErrors;
  return errors === 0;
}
validate_McpDelivery.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate_McpSendOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpSendOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpSendOutput.evaluated;
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
        (data.status === undefined && (missing0 = 'status')) ||
        (data.message_id === undefined && (missing0 = 'message_id')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.recipient === undefined && (missing0 = 'recipient')) ||
        (data.deliveries === undefined && (missing0 = 'deliveries'))
      ) {
        validate_McpSendOutput.errors = [
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
              key0 === 'status' ||
              key0 === 'message_id' ||
              key0 === 'swarm_id' ||
              key0 === 'recipient' ||
              key0 === 'deliveries' ||
              key0 === 'skipped'
            )
          ) {
            validate_McpSendOutput.errors = [
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
          if (data.status !== undefined) {
            let data0 = data.status;
            const _errs2 = errors;
            if (typeof data0 !== 'string') {
              validate_McpSendOutput.errors = [
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
            if (!(data0 === 'sent' || data0 === 'queued' || data0 === 'failed')) {
              validate_McpSendOutput.errors = [
                {
                  instancePath: instancePath + '/status',
                  schemaPath: '#/properties/status/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema_McpSendOutput.properties.status.enum },
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
            if (data.message_id !== undefined) {
              const _errs4 = errors;
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
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.swarm_id !== undefined) {
                const _errs5 = errors;
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
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recipient !== undefined) {
                  const _errs6 = errors;
                  if (
                    !validate_AgentId(data.recipient, {
                      instancePath: instancePath + '/recipient',
                      parentData: data,
                      parentDataProperty: 'recipient',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.deliveries !== undefined) {
                    let data4 = data.deliveries;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (Array.isArray(data4)) {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs9 = errors;
                          if (
                            !validate_McpDelivery(data4[i0], {
                              instancePath: instancePath + '/deliveries/' + i0,
                              parentData: data4,
                              parentDataProperty: i0,
                              rootData,
                              dynamicAnchors,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate_McpDelivery.errors
                                : vErrors.concat(validate_McpDelivery.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs9 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate_McpSendOutput.errors = [
                          {
                            instancePath: instancePath + '/deliveries',
                            schemaPath: '#/properties/deliveries/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
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
                    if (data.skipped !== undefined) {
                      let data6 = data.skipped;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (Array.isArray(data6)) {
                          var valid2 = true;
                          const len1 = data6.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            let data7 = data6[i1];
                            const _errs12 = errors;
                            if (errors === _errs12) {
                              if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                                let missing1;
                                if (
                                  (data7.recipient_id === undefined && (missing1 = 'recipient_id')) ||
                                  (data7.reason === undefined && (missing1 = 'reason'))
                                ) {
                                  validate_McpSendOutput.errors = [
                                    {
                                      instancePath: instancePath + '/skipped/' + i1,
                                      schemaPath: '#/properties/skipped/items/required',
                                      keyword: 'required',
                                      params: { missingProperty: missing1 },
                                      message: "must have required property '" + missing1 + "'",
                                    },
                                  ];
                                  return false;
                                } else {
                                  const _errs14 = errors;
                                  for (const key1 in data7) {
                                    if (!(key1 === 'recipient_id' || key1 === 'reason')) {
                                      validate_McpSendOutput.errors = [
                                        {
                                          instancePath: instancePath + '/skipped/' + i1,
                                          schemaPath: '#/properties/skipped/items/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key1 },
                                          message: 'must NOT have additional properties',
                                        },
                                      ];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs14 === errors) {
                                    if (data7.recipient_id !== undefined) {
                                      const _errs15 = errors;
                                      if (
                                        !validate_AgentId(data7.recipient_id, {
                                          instancePath: instancePath + '/skipped/' + i1 + '/recipient_id',
                                          parentData: data7,
                                          parentDataProperty: 'recipient_id',
                                          rootData,
                                          dynamicAnchors,
                                        })
                                      ) {
                                        vErrors =
                                          vErrors === null
                                            ? validate_AgentId.errors
                                            : vErrors.concat(validate_AgentId.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid3 = _errs15 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data7.reason !== undefined) {
                                        const _errs16 = errors;
                                        if (typeof data7.reason !== 'string') {
                                          validate_McpSendOutput.errors = [
                                            {
                                              instancePath: instancePath + '/skipped/' + i1 + '/reason',
                                              schemaPath: '#/properties/skipped/items/properties/reason/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid3 = _errs16 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate_McpSendOutput.errors = [
                                  {
                                    instancePath: instancePath + '/skipped/' + i1,
                                    schemaPath: '#/properties/skipped/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid2 = _errs12 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          validate_McpSendOutput.errors = [
                            {
                              instancePath: instancePath + '/skipped',
                              schemaPath: '#/properties/skipped/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs10 === errors;
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
    } else {
      validate_McpSendOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpSendOutput.errors = vErrors;
  return errors === 0;
}
validate_McpSendOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpSendOutput = validate_McpSendOutput as unknown as ValidateFunction<McpSendOutput>;
