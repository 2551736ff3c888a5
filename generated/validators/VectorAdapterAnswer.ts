/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { VectorAdapterAnswer } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_VectorAdapterAnswer = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/VectorAdapterAnswer.json',
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'ok', 'result'],
      properties: {
        id: { type: 'string' },
        ok: { const: true },
        result: {
          type: 'object',
          additionalProperties: false,
          properties: {
            public_key: { type: 'string' },
            public_key_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            signed: { oneOf: [{ type: 'string' }, { type: 'null' }] },
            utc: { oneOf: [{ type: 'string' }, { type: 'null' }] },
            fields: { $ref: 'VectorSignedFields.json' },
            canonical_string: { type: 'string' },
            sha256_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            signature: { type: 'string' },
            valid: { type: 'boolean' },
            reason: { type: 'string' },
            swarm_id: { type: 'string' },
            authority: { type: 'string' },
            token: { type: 'string' },
            url: { type: 'string' },
            claims: { type: 'object' },
            content: { type: 'string' },
            json: { type: 'boolean' },
            value: {
              anyOf: [
                { type: 'object' },
                { type: 'array' },
                { type: 'string' },
                { type: 'number' },
                { type: 'boolean' },
                { type: 'null' },
              ],
            },
            method: { type: 'string' },
            headers: { type: 'object', additionalProperties: { type: 'string' } },
            body: { type: 'object' },
            jcs: { type: 'string' },
            envelope: { type: 'object' },
            sealed: { $ref: 'SealedContent.json' },
            status: { enum: ['opened', 'not-reader', 'invalid'] },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'ok', 'error'],
      properties: {
        id: { oneOf: [{ type: 'string' }, { type: 'null' }] },
        ok: { const: false },
        error: {
          type: 'object',
          additionalProperties: false,
          required: ['message'],
          properties: {
            code: { $ref: 'ErrorCode.json' },
            message: { type: 'string' },
            unsupported: { type: 'boolean' },
          },
        },
      },
    },
  ],
};
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
const pattern_VectorAdapterAnswer = new RegExp('^[0-9a-f]{64}$', 'u');
const schema_VectorSignedFields = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/VectorSignedFields.json',
  type: 'object',
  additionalProperties: false,
  required: ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'],
  properties: {
    message_id: { type: 'string' },
    timestamp: { type: 'string' },
    swarm_id: { type: 'string' },
    recipient: { type: 'string' },
    type: { type: 'string' },
    content: { type: 'string' },
  },
};
function validate_VectorSignedFields(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/VectorSignedFields.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_VectorSignedFields.evaluated;
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
        (data.timestamp === undefined && (missing0 = 'timestamp')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.recipient === undefined && (missing0 = 'recipient')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.content === undefined && (missing0 = 'content'))
      ) {
        validate_VectorSignedFields.errors = [
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
              key0 === 'timestamp' ||
              key0 === 'swarm_id' ||
              key0 === 'recipient' ||
              key0 === 'type' ||
              key0 === 'content'
            )
          ) {
            validate_VectorSignedFields.errors = [
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
            if (typeof data.message_id !== 'string') {
              validate_VectorSignedFields.errors = [
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
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (typeof data.timestamp !== 'string') {
                validate_VectorSignedFields.errors = [
                  {
                    instancePath: instancePath + '/timestamp',
                    schemaPath: '#/properties/timestamp/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.swarm_id !== undefined) {
                const _errs6 = errors;
                if (typeof data.swarm_id !== 'string') {
                  validate_VectorSignedFields.errors = [
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
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recipient !== undefined) {
                  const _errs8 = errors;
                  if (typeof data.recipient !== 'string') {
                    validate_VectorSignedFields.errors = [
                      {
                        instancePath: instancePath + '/recipient',
                        schemaPath: '#/properties/recipient/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.type !== undefined) {
                    const _errs10 = errors;
                    if (typeof data.type !== 'string') {
                      validate_VectorSignedFields.errors = [
                        {
                          instancePath: instancePath + '/type',
                          schemaPath: '#/properties/type/type',
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
                    if (data.content !== undefined) {
                      const _errs12 = errors;
                      if (typeof data.content !== 'string') {
                        validate_VectorSignedFields.errors = [
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
                      var valid0 = _errs12 === errors;
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
      validate_VectorSignedFields.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_VectorSignedFields.errors = vErrors;
  return errors === 0;
}
validate_VectorSignedFields.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema_SealedContent = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SealedContent.json',
  type: 'object',
  required: ['alg', 'nonce', 'ciphertext', 'keys'],
  properties: {
    alg: { const: 'x25519-xchacha20poly1305' },
    nonce: { type: 'string', pattern: '^[A-Za-z0-9+/]{32}$' },
    ciphertext: {
      type: 'string',
      minLength: 24,
      maxLength: 1400000,
      pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
    },
    keys: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['agent_id', 'wrapped'],
        properties: {
          agent_id: { $ref: 'AgentId.json' },
          wrapped: { type: 'string', pattern: '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' },
        },
      },
    },
  },
};
const pattern_SealedContent = new RegExp('^[A-Za-z0-9+/]{32}$', 'u');
const pattern_SealedContent_2 = new RegExp('^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$', 'u');
const pattern_SealedContent_3 = new RegExp('^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$', 'u');
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const schema_AgentId = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/AgentId.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
};
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
function validate_SealedContent(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SealedContent.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SealedContent.evaluated;
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
        (data.alg === undefined && (missing0 = 'alg')) ||
        (data.nonce === undefined && (missing0 = 'nonce')) ||
        (data.ciphertext === undefined && (missing0 = 'ciphertext')) ||
        (data.keys === undefined && (missing0 = 'keys'))
      ) {
        validate_SealedContent.errors = [
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
          if ('x25519-xchacha20poly1305' !== data.alg) {
            validate_SealedContent.errors = [
              {
                instancePath: instancePath + '/alg',
                schemaPath: '#/properties/alg/const',
                keyword: 'const',
                params: { allowedValue: 'x25519-xchacha20poly1305' },
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
          if (data.nonce !== undefined) {
            let data1 = data.nonce;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data1 === 'string') {
                if (!pattern_SealedContent.test(data1)) {
                  validate_SealedContent.errors = [
                    {
                      instancePath: instancePath + '/nonce',
                      schemaPath: '#/properties/nonce/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[A-Za-z0-9+/]{32}$' },
                      message: 'must match pattern "' + '^[A-Za-z0-9+/]{32}$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate_SealedContent.errors = [
                  {
                    instancePath: instancePath + '/nonce',
                    schemaPath: '#/properties/nonce/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
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
            if (data.ciphertext !== undefined) {
              let data2 = data.ciphertext;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) > 1400000) {
                    validate_SealedContent.errors = [
                      {
                        instancePath: instancePath + '/ciphertext',
                        schemaPath: '#/properties/ciphertext/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 1400000 },
                        message: 'must NOT have more than 1400000 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (func_ucs2length(data2) < 24) {
                      validate_SealedContent.errors = [
                        {
                          instancePath: instancePath + '/ciphertext',
                          schemaPath: '#/properties/ciphertext/minLength',
                          keyword: 'minLength',
                          params: { limit: 24 },
                          message: 'must NOT have fewer than 24 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern_SealedContent_2.test(data2)) {
                        validate_SealedContent.errors = [
                          {
                            instancePath: instancePath + '/ciphertext',
                            schemaPath: '#/properties/ciphertext/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' },
                            message:
                              'must match pattern "' +
                              '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' +
                              '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate_SealedContent.errors = [
                    {
                      instancePath: instancePath + '/ciphertext',
                      schemaPath: '#/properties/ciphertext/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.keys !== undefined) {
                let data3 = data.keys;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    if (data3.length > 1000) {
                      validate_SealedContent.errors = [
                        {
                          instancePath: instancePath + '/keys',
                          schemaPath: '#/properties/keys/maxItems',
                          keyword: 'maxItems',
                          params: { limit: 1000 },
                          message: 'must NOT have more than 1000 items',
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length < 1) {
                        validate_SealedContent.errors = [
                          {
                            instancePath: instancePath + '/keys',
                            schemaPath: '#/properties/keys/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          },
                        ];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0];
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                              let missing1;
                              if (
                                (data4.agent_id === undefined && (missing1 = 'agent_id')) ||
                                (data4.wrapped === undefined && (missing1 = 'wrapped'))
                              ) {
                                validate_SealedContent.errors = [
                                  {
                                    instancePath: instancePath + '/keys/' + i0,
                                    schemaPath: '#/properties/keys/items/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing1 },
                                    message: "must have required property '" + missing1 + "'",
                                  },
                                ];
                                return false;
                              } else {
                                if (data4.agent_id !== undefined) {
                                  const _errs10 = errors;
                                  if (
                                    !validate_AgentId(data4.agent_id, {
                                      instancePath: instancePath + '/keys/' + i0 + '/agent_id',
                                      parentData: data4,
                                      parentDataProperty: 'agent_id',
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
                                  var valid2 = _errs10 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data4.wrapped !== undefined) {
                                    let data6 = data4.wrapped;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                      if (typeof data6 === 'string') {
                                        if (!pattern_SealedContent_3.test(data6)) {
                                          validate_SealedContent.errors = [
                                            {
                                              instancePath: instancePath + '/keys/' + i0 + '/wrapped',
                                              schemaPath: '#/properties/keys/items/properties/wrapped/pattern',
                                              keyword: 'pattern',
                                              params: { pattern: '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' },
                                              message:
                                                'must match pattern "' +
                                                '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' +
                                                '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate_SealedContent.errors = [
                                          {
                                            instancePath: instancePath + '/keys/' + i0 + '/wrapped',
                                            schemaPath: '#/properties/keys/items/properties/wrapped/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs11 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate_SealedContent.errors = [
                                {
                                  instancePath: instancePath + '/keys/' + i0,
                                  schemaPath: '#/properties/keys/items/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs8 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    }
                  } else {
                    validate_SealedContent.errors = [
                      {
                        instancePath: instancePath + '/keys',
                        schemaPath: '#/properties/keys/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate_SealedContent.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_SealedContent.errors = vErrors;
  return errors === 0;
}
validate_SealedContent.evaluated = {
  props: { alg: true, nonce: true, ciphertext: true, keys: true },
  dynamicProps: false,
  dynamicItems: false,
};
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
function validate_VectorAdapterAnswer(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/VectorAdapterAnswer.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_VectorAdapterAnswer.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.ok === undefined && (missing0 = 'ok')) ||
        (data.result === undefined && (missing0 = 'result'))
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/oneOf/0/required',
          keyword: 'required',
          params: { missingProperty: missing0 },
          message: "must have required property '" + missing0 + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        const _errs3 = errors;
        for (const key0 in data) {
          if (!(key0 === 'id' || key0 === 'ok' || key0 === 'result')) {
            const err1 = {
              instancePath,
              schemaPath: '#/oneOf/0/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            break;
          }
        }
        if (_errs3 === errors) {
          if (data.id !== undefined) {
            const _errs4 = errors;
            if (typeof data.id !== 'string') {
              const err2 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/0/properties/id/type',
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
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.ok !== undefined) {
              const _errs6 = errors;
              if (true !== data.ok) {
                const err3 = {
                  instancePath: instancePath + '/ok',
                  schemaPath: '#/oneOf/0/properties/ok/const',
                  keyword: 'const',
                  params: { allowedValue: true },
                  message: 'must be equal to constant',
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.result !== undefined) {
                let data2 = data.result;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                    const _errs9 = errors;
                    for (const key1 in data2) {
                      if (
                        !func_hasOwnProperty.call(
                          schema_VectorAdapterAnswer.oneOf[0].properties.result.properties,
                          key1,
                        )
                      ) {
                        const err4 = {
                          instancePath: instancePath + '/result',
                          schemaPath: '#/oneOf/0/properties/result/additionalProperties',
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
                    if (_errs9 === errors) {
                      if (data2.public_key !== undefined) {
                        const _errs10 = errors;
                        if (typeof data2.public_key !== 'string') {
                          const err5 = {
                            instancePath: instancePath + '/result/public_key',
                            schemaPath: '#/oneOf/0/properties/result/properties/public_key/type',
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
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data2.public_key_hex !== undefined) {
                          let data4 = data2.public_key_hex;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data4 === 'string') {
                              if (!pattern_VectorAdapterAnswer.test(data4)) {
                                const err6 = {
                                  instancePath: instancePath + '/result/public_key_hex',
                                  schemaPath: '#/oneOf/0/properties/result/properties/public_key_hex/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[0-9a-f]{64}$' },
                                  message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err6];
                                } else {
                                  vErrors.push(err6);
                                }
                                errors++;
                              }
                            } else {
                              const err7 = {
                                instancePath: instancePath + '/result/public_key_hex',
                                schemaPath: '#/oneOf/0/properties/result/properties/public_key_hex/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                            }
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.signed !== undefined) {
                            let data5 = data2.signed;
                            const _errs14 = errors;
                            const _errs15 = errors;
                            let valid3 = false;
                            let passing1 = null;
                            const _errs16 = errors;
                            if (typeof data5 !== 'string') {
                              const err8 = {
                                instancePath: instancePath + '/result/signed',
                                schemaPath: '#/oneOf/0/properties/result/properties/signed/oneOf/0/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                            }
                            var _valid1 = _errs16 === errors;
                            if (_valid1) {
                              valid3 = true;
                              passing1 = 0;
                            }
                            const _errs18 = errors;
                            if (data5 !== null) {
                              const err9 = {
                                instancePath: instancePath + '/result/signed',
                                schemaPath: '#/oneOf/0/properties/result/properties/signed/oneOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null',
                              };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                            }
                            var _valid1 = _errs18 === errors;
                            if (_valid1 && valid3) {
                              valid3 = false;
                              passing1 = [passing1, 1];
                            } else {
                              if (_valid1) {
                                valid3 = true;
                                passing1 = 1;
                              }
                            }
                            if (!valid3) {
                              const err10 = {
                                instancePath: instancePath + '/result/signed',
                                schemaPath: '#/oneOf/0/properties/result/properties/signed/oneOf',
                                keyword: 'oneOf',
                                params: { passingSchemas: passing1 },
                                message: 'must match exactly one schema in oneOf',
                              };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
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
                            var valid2 = _errs14 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.utc !== undefined) {
                              let data6 = data2.utc;
                              const _errs20 = errors;
                              const _errs21 = errors;
                              let valid4 = false;
                              let passing2 = null;
                              const _errs22 = errors;
                              if (typeof data6 !== 'string') {
                                const err11 = {
                                  instancePath: instancePath + '/result/utc',
                                  schemaPath: '#/oneOf/0/properties/result/properties/utc/oneOf/0/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                              }
                              var _valid2 = _errs22 === errors;
                              if (_valid2) {
                                valid4 = true;
                                passing2 = 0;
                              }
                              const _errs24 = errors;
                              if (data6 !== null) {
                                const err12 = {
                                  instancePath: instancePath + '/result/utc',
                                  schemaPath: '#/oneOf/0/properties/result/properties/utc/oneOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null',
                                };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                              }
                              var _valid2 = _errs24 === errors;
                              if (_valid2 && valid4) {
                                valid4 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid2) {
                                  valid4 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid4) {
                                const err13 = {
                                  instancePath: instancePath + '/result/utc',
                                  schemaPath: '#/oneOf/0/properties/result/properties/utc/oneOf',
                                  keyword: 'oneOf',
                                  params: { passingSchemas: passing2 },
                                  message: 'must match exactly one schema in oneOf',
                                };
                                if (vErrors === null) {
                                  vErrors = [err13];
                                } else {
                                  vErrors.push(err13);
                                }
                                errors++;
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
                              var valid2 = _errs20 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.fields !== undefined) {
                                const _errs26 = errors;
                                if (
                                  !validate_VectorSignedFields(data2.fields, {
                                    instancePath: instancePath + '/result/fields',
                                    parentData: data2,
                                    parentDataProperty: 'fields',
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate_VectorSignedFields.errors
                                      : vErrors.concat(validate_VectorSignedFields.errors);
                                  errors = vErrors.length;
                                }
                                var valid2 = _errs26 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.canonical_string !== undefined) {
                                  const _errs27 = errors;
                                  if (typeof data2.canonical_string !== 'string') {
                                    const err14 = {
                                      instancePath: instancePath + '/result/canonical_string',
                                      schemaPath: '#/oneOf/0/properties/result/properties/canonical_string/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err14];
                                    } else {
                                      vErrors.push(err14);
                                    }
                                    errors++;
                                  }
                                  var valid2 = _errs27 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.sha256_hex !== undefined) {
                                    let data9 = data2.sha256_hex;
                                    const _errs29 = errors;
                                    if (errors === _errs29) {
                                      if (typeof data9 === 'string') {
                                        if (!pattern_VectorAdapterAnswer.test(data9)) {
                                          const err15 = {
                                            instancePath: instancePath + '/result/sha256_hex',
                                            schemaPath: '#/oneOf/0/properties/result/properties/sha256_hex/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^[0-9a-f]{64}$' },
                                            message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err15];
                                          } else {
                                            vErrors.push(err15);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err16 = {
                                          instancePath: instancePath + '/result/sha256_hex',
                                          schemaPath: '#/oneOf/0/properties/result/properties/sha256_hex/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err16];
                                        } else {
                                          vErrors.push(err16);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid2 = _errs29 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.signature !== undefined) {
                                      const _errs31 = errors;
                                      if (typeof data2.signature !== 'string') {
                                        const err17 = {
                                          instancePath: instancePath + '/result/signature',
                                          schemaPath: '#/oneOf/0/properties/result/properties/signature/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err17];
                                        } else {
                                          vErrors.push(err17);
                                        }
                                        errors++;
                                      }
                                      var valid2 = _errs31 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data2.valid !== undefined) {
                                        const _errs33 = errors;
                                        if (typeof data2.valid !== 'boolean') {
                                          const err18 = {
                                            instancePath: instancePath + '/result/valid',
                                            schemaPath: '#/oneOf/0/properties/result/properties/valid/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err18];
                                          } else {
                                            vErrors.push(err18);
                                          }
                                          errors++;
                                        }
                                        var valid2 = _errs33 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data2.reason !== undefined) {
                                          const _errs35 = errors;
                                          if (typeof data2.reason !== 'string') {
                                            const err19 = {
                                              instancePath: instancePath + '/result/reason',
                                              schemaPath: '#/oneOf/0/properties/result/properties/reason/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err19];
                                            } else {
                                              vErrors.push(err19);
                                            }
                                            errors++;
                                          }
                                          var valid2 = _errs35 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data2.swarm_id !== undefined) {
                                            const _errs37 = errors;
                                            if (typeof data2.swarm_id !== 'string') {
                                              const err20 = {
                                                instancePath: instancePath + '/result/swarm_id',
                                                schemaPath: '#/oneOf/0/properties/result/properties/swarm_id/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err20];
                                              } else {
                                                vErrors.push(err20);
                                              }
                                              errors++;
                                            }
                                            var valid2 = _errs37 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data2.authority !== undefined) {
                                              const _errs39 = errors;
                                              if (typeof data2.authority !== 'string') {
                                                const err21 = {
                                                  instancePath: instancePath + '/result/authority',
                                                  schemaPath: '#/oneOf/0/properties/result/properties/authority/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err21];
                                                } else {
                                                  vErrors.push(err21);
                                                }
                                                errors++;
                                              }
                                              var valid2 = _errs39 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                            if (valid2) {
                                              if (data2.token !== undefined) {
                                                const _errs41 = errors;
                                                if (typeof data2.token !== 'string') {
                                                  const err22 = {
                                                    instancePath: instancePath + '/result/token',
                                                    schemaPath: '#/oneOf/0/properties/result/properties/token/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err22];
                                                  } else {
                                                    vErrors.push(err22);
                                                  }
                                                  errors++;
                                                }
                                                var valid2 = _errs41 === errors;
                                              } else {
                                                var valid2 = true;
                                              }
                                              if (valid2) {
                                                if (data2.url !== undefined) {
                                                  const _errs43 = errors;
                                                  if (typeof data2.url !== 'string') {
                                                    const err23 = {
                                                      instancePath: instancePath + '/result/url',
                                                      schemaPath: '#/oneOf/0/properties/result/properties/url/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err23];
                                                    } else {
                                                      vErrors.push(err23);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid2 = _errs43 === errors;
                                                } else {
                                                  var valid2 = true;
                                                }
                                                if (valid2) {
                                                  if (data2.claims !== undefined) {
                                                    let data17 = data2.claims;
                                                    const _errs45 = errors;
                                                    if (
                                                      !(data17 && typeof data17 == 'object' && !Array.isArray(data17))
                                                    ) {
                                                      const err24 = {
                                                        instancePath: instancePath + '/result/claims',
                                                        schemaPath:
                                                          '#/oneOf/0/properties/result/properties/claims/type',
                                                        keyword: 'type',
                                                        params: { type: 'object' },
                                                        message: 'must be object',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err24];
                                                      } else {
                                                        vErrors.push(err24);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid2 = _errs45 === errors;
                                                  } else {
                                                    var valid2 = true;
                                                  }
                                                  if (valid2) {
                                                    if (data2.content !== undefined) {
                                                      const _errs47 = errors;
                                                      if (typeof data2.content !== 'string') {
                                                        const err25 = {
                                                          instancePath: instancePath + '/result/content',
                                                          schemaPath:
                                                            '#/oneOf/0/properties/result/properties/content/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err25];
                                                        } else {
                                                          vErrors.push(err25);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid2 = _errs47 === errors;
                                                    } else {
                                                      var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                      if (data2.json !== undefined) {
                                                        const _errs49 = errors;
                                                        if (typeof data2.json !== 'boolean') {
                                                          const err26 = {
                                                            instancePath: instancePath + '/result/json',
                                                            schemaPath:
                                                              '#/oneOf/0/properties/result/properties/json/type',
                                                            keyword: 'type',
                                                            params: { type: 'boolean' },
                                                            message: 'must be boolean',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err26];
                                                          } else {
                                                            vErrors.push(err26);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid2 = _errs49 === errors;
                                                      } else {
                                                        var valid2 = true;
                                                      }
                                                      if (valid2) {
                                                        if (data2.value !== undefined) {
                                                          let data20 = data2.value;
                                                          const _errs51 = errors;
                                                          const _errs52 = errors;
                                                          let valid5 = false;
                                                          const _errs53 = errors;
                                                          if (
                                                            !(
                                                              data20 &&
                                                              typeof data20 == 'object' &&
                                                              !Array.isArray(data20)
                                                            )
                                                          ) {
                                                            const err27 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/0/type',
                                                              keyword: 'type',
                                                              params: { type: 'object' },
                                                              message: 'must be object',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err27];
                                                            } else {
                                                              vErrors.push(err27);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs53 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          const _errs55 = errors;
                                                          if (!Array.isArray(data20)) {
                                                            const err28 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/1/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err28];
                                                            } else {
                                                              vErrors.push(err28);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs55 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          const _errs57 = errors;
                                                          if (typeof data20 !== 'string') {
                                                            const err29 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/2/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err29];
                                                            } else {
                                                              vErrors.push(err29);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs57 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          const _errs59 = errors;
                                                          if (!(typeof data20 == 'number' && isFinite(data20))) {
                                                            const err30 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/3/type',
                                                              keyword: 'type',
                                                              params: { type: 'number' },
                                                              message: 'must be number',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err30];
                                                            } else {
                                                              vErrors.push(err30);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs59 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          const _errs61 = errors;
                                                          if (typeof data20 !== 'boolean') {
                                                            const err31 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/4/type',
                                                              keyword: 'type',
                                                              params: { type: 'boolean' },
                                                              message: 'must be boolean',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err31];
                                                            } else {
                                                              vErrors.push(err31);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs61 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          const _errs63 = errors;
                                                          if (data20 !== null) {
                                                            const err32 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf/5/type',
                                                              keyword: 'type',
                                                              params: { type: 'null' },
                                                              message: 'must be null',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err32];
                                                            } else {
                                                              vErrors.push(err32);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid3 = _errs63 === errors;
                                                          valid5 = valid5 || _valid3;
                                                          if (!valid5) {
                                                            const err33 = {
                                                              instancePath: instancePath + '/result/value',
                                                              schemaPath:
                                                                '#/oneOf/0/properties/result/properties/value/anyOf',
                                                              keyword: 'anyOf',
                                                              params: {},
                                                              message: 'must match a schema in anyOf',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err33];
                                                            } else {
                                                              vErrors.push(err33);
                                                            }
                                                            errors++;
                                                          } else {
                                                            errors = _errs52;
                                                            if (vErrors !== null) {
                                                              if (_errs52) {
                                                                vErrors.length = _errs52;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid2 = _errs51 === errors;
                                                        } else {
                                                          var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                          if (data2.method !== undefined) {
                                                            const _errs65 = errors;
                                                            if (typeof data2.method !== 'string') {
                                                              const err34 = {
                                                                instancePath: instancePath + '/result/method',
                                                                schemaPath:
                                                                  '#/oneOf/0/properties/result/properties/method/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err34];
                                                              } else {
                                                                vErrors.push(err34);
                                                              }
                                                              errors++;
                                                            }
                                                            var valid2 = _errs65 === errors;
                                                          } else {
                                                            var valid2 = true;
                                                          }
                                                          if (valid2) {
                                                            if (data2.headers !== undefined) {
                                                              let data22 = data2.headers;
                                                              const _errs67 = errors;
                                                              if (errors === _errs67) {
                                                                if (
                                                                  data22 &&
                                                                  typeof data22 == 'object' &&
                                                                  !Array.isArray(data22)
                                                                ) {
                                                                  for (const key2 in data22) {
                                                                    const _errs70 = errors;
                                                                    if (typeof data22[key2] !== 'string') {
                                                                      const err35 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/result/headers/' +
                                                                          key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                                        schemaPath:
                                                                          '#/oneOf/0/properties/result/properties/headers/additionalProperties/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err35];
                                                                      } else {
                                                                        vErrors.push(err35);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid6 = _errs70 === errors;
                                                                    if (!valid6) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  const err36 = {
                                                                    instancePath: instancePath + '/result/headers',
                                                                    schemaPath:
                                                                      '#/oneOf/0/properties/result/properties/headers/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'object' },
                                                                    message: 'must be object',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err36];
                                                                  } else {
                                                                    vErrors.push(err36);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid2 = _errs67 === errors;
                                                            } else {
                                                              var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                              if (data2.body !== undefined) {
                                                                let data24 = data2.body;
                                                                const _errs72 = errors;
                                                                if (
                                                                  !(
                                                                    data24 &&
                                                                    typeof data24 == 'object' &&
                                                                    !Array.isArray(data24)
                                                                  )
                                                                ) {
                                                                  const err37 = {
                                                                    instancePath: instancePath + '/result/body',
                                                                    schemaPath:
                                                                      '#/oneOf/0/properties/result/properties/body/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'object' },
                                                                    message: 'must be object',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err37];
                                                                  } else {
                                                                    vErrors.push(err37);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid2 = _errs72 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                              if (valid2) {
                                                                if (data2.jcs !== undefined) {
                                                                  const _errs74 = errors;
                                                                  if (typeof data2.jcs !== 'string') {
                                                                    const err38 = {
                                                                      instancePath: instancePath + '/result/jcs',
                                                                      schemaPath:
                                                                        '#/oneOf/0/properties/result/properties/jcs/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err38];
                                                                    } else {
                                                                      vErrors.push(err38);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid2 = _errs74 === errors;
                                                                } else {
                                                                  var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                  if (data2.envelope !== undefined) {
                                                                    let data26 = data2.envelope;
                                                                    const _errs76 = errors;
                                                                    if (
                                                                      !(
                                                                        data26 &&
                                                                        typeof data26 == 'object' &&
                                                                        !Array.isArray(data26)
                                                                      )
                                                                    ) {
                                                                      const err39 = {
                                                                        instancePath: instancePath + '/result/envelope',
                                                                        schemaPath:
                                                                          '#/oneOf/0/properties/result/properties/envelope/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err39];
                                                                      } else {
                                                                        vErrors.push(err39);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid2 = _errs76 === errors;
                                                                  } else {
                                                                    var valid2 = true;
                                                                  }
                                                                  if (valid2) {
                                                                    if (data2.sealed !== undefined) {
                                                                      const _errs78 = errors;
                                                                      if (
                                                                        !validate_SealedContent(data2.sealed, {
                                                                          instancePath: instancePath + '/result/sealed',
                                                                          parentData: data2,
                                                                          parentDataProperty: 'sealed',
                                                                          rootData,
                                                                          dynamicAnchors,
                                                                        })
                                                                      ) {
                                                                        vErrors =
                                                                          vErrors === null
                                                                            ? validate_SealedContent.errors
                                                                            : vErrors.concat(
                                                                                validate_SealedContent.errors,
                                                                              );
                                                                        errors = vErrors.length;
                                                                      }
                                                                      var valid2 = _errs78 === errors;
                                                                    } else {
                                                                      var valid2 = true;
                                                                    }
                                                                    if (valid2) {
                                                                      if (data2.status !== undefined) {
                                                                        let data28 = data2.status;
                                                                        const _errs79 = errors;
                                                                        if (
                                                                          !(
                                                                            data28 === 'opened' ||
                                                                            data28 === 'not-reader' ||
                                                                            data28 === 'invalid'
                                                                          )
                                                                        ) {
                                                                          const err40 = {
                                                                            instancePath:
                                                                              instancePath + '/result/status',
                                                                            schemaPath:
                                                                              '#/oneOf/0/properties/result/properties/status/enum',
                                                                            keyword: 'enum',
                                                                            params: {
                                                                              allowedValues:
                                                                                schema_VectorAdapterAnswer.oneOf[0]
                                                                                  .properties.result.properties.status
                                                                                  .enum,
                                                                            },
                                                                            message:
                                                                              'must be equal to one of the allowed values',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err40];
                                                                          } else {
                                                                            vErrors.push(err40);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid2 = _errs79 === errors;
                                                                      } else {
                                                                        var valid2 = true;
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
                    const err41 = {
                      instancePath: instancePath + '/result',
                      schemaPath: '#/oneOf/0/properties/result/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                var valid1 = _errs7 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      }
    } else {
      const err42 = {
        instancePath,
        schemaPath: '#/oneOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err42];
      } else {
        vErrors.push(err42);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs80 = errors;
  if (errors === _errs80) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (
        (data.id === undefined && (missing1 = 'id')) ||
        (data.ok === undefined && (missing1 = 'ok')) ||
        (data.error === undefined && (missing1 = 'error'))
      ) {
        const err43 = {
          instancePath,
          schemaPath: '#/oneOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing1 },
          message: "must have required property '" + missing1 + "'",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      } else {
        const _errs82 = errors;
        for (const key3 in data) {
          if (!(key3 === 'id' || key3 === 'ok' || key3 === 'error')) {
            const err44 = {
              instancePath,
              schemaPath: '#/oneOf/1/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
            break;
          }
        }
        if (_errs82 === errors) {
          if (data.id !== undefined) {
            let data29 = data.id;
            const _errs83 = errors;
            const _errs84 = errors;
            let valid8 = false;
            let passing3 = null;
            const _errs85 = errors;
            if (typeof data29 !== 'string') {
              const err45 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/1/properties/id/oneOf/0/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            var _valid4 = _errs85 === errors;
            if (_valid4) {
              valid8 = true;
              passing3 = 0;
            }
            const _errs87 = errors;
            if (data29 !== null) {
              const err46 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/1/properties/id/oneOf/1/type',
                keyword: 'type',
                params: { type: 'null' },
                message: 'must be null',
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            var _valid4 = _errs87 === errors;
            if (_valid4 && valid8) {
              valid8 = false;
              passing3 = [passing3, 1];
            } else {
              if (_valid4) {
                valid8 = true;
                passing3 = 1;
              }
            }
            if (!valid8) {
              const err47 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/1/properties/id/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing3 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            } else {
              errors = _errs84;
              if (vErrors !== null) {
                if (_errs84) {
                  vErrors.length = _errs84;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid7 = _errs83 === errors;
          } else {
            var valid7 = true;
          }
          if (valid7) {
            if (data.ok !== undefined) {
              const _errs89 = errors;
              if (false !== data.ok) {
                const err48 = {
                  instancePath: instancePath + '/ok',
                  schemaPath: '#/oneOf/1/properties/ok/const',
                  keyword: 'const',
                  params: { allowedValue: false },
                  message: 'must be equal to constant',
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var valid7 = _errs89 === errors;
            } else {
              var valid7 = true;
            }
            if (valid7) {
              if (data.error !== undefined) {
                let data31 = data.error;
                const _errs90 = errors;
                if (errors === _errs90) {
                  if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
                    let missing2;
                    if (data31.message === undefined && (missing2 = 'message')) {
                      const err49 = {
                        instancePath: instancePath + '/error',
                        schemaPath: '#/oneOf/1/properties/error/required',
                        keyword: 'required',
                        params: { missingProperty: missing2 },
                        message: "must have required property '" + missing2 + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    } else {
                      const _errs92 = errors;
                      for (const key4 in data31) {
                        if (!(key4 === 'code' || key4 === 'message' || key4 === 'unsupported')) {
                          const err50 = {
                            instancePath: instancePath + '/error',
                            schemaPath: '#/oneOf/1/properties/error/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key4 },
                            message: 'must NOT have additional properties',
                          };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                          break;
                        }
                      }
                      if (_errs92 === errors) {
                        if (data31.code !== undefined) {
                          const _errs93 = errors;
                          if (
                            !validate_ErrorCode(data31.code, {
                              instancePath: instancePath + '/error/code',
                              parentData: data31,
                              parentDataProperty: 'code',
                              rootData,
                              dynamicAnchors,
                            })
                          ) {
                            vErrors =
                              vErrors === null ? validate_ErrorCode.errors : vErrors.concat(validate_ErrorCode.errors);
                            errors = vErrors.length;
                          }
                          var valid9 = _errs93 === errors;
                        } else {
                          var valid9 = true;
                        }
                        if (valid9) {
                          if (data31.message !== undefined) {
                            const _errs94 = errors;
                            if (typeof data31.message !== 'string') {
                              const err51 = {
                                instancePath: instancePath + '/error/message',
                                schemaPath: '#/oneOf/1/properties/error/properties/message/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err51];
                              } else {
                                vErrors.push(err51);
                              }
                              errors++;
                            }
                            var valid9 = _errs94 === errors;
                          } else {
                            var valid9 = true;
                          }
                          if (valid9) {
                            if (data31.unsupported !== undefined) {
                              const _errs96 = errors;
                              if (typeof data31.unsupported !== 'boolean') {
                                const err52 = {
                                  instancePath: instancePath + '/error/unsupported',
                                  schemaPath: '#/oneOf/1/properties/error/properties/unsupported/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                };
                                if (vErrors === null) {
                                  vErrors = [err52];
                                } else {
                                  vErrors.push(err52);
                                }
                                errors++;
                              }
                              var valid9 = _errs96 === errors;
                            } else {
                              var valid9 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    const err53 = {
                      instancePath: instancePath + '/error',
                      schemaPath: '#/oneOf/1/properties/error/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                var valid7 = _errs90 === errors;
              } else {
                var valid7 = true;
              }
            }
          }
        }
      }
    } else {
      const err54 = {
        instancePath,
        schemaPath: '#/oneOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err54];
      } else {
        vErrors.push(err54);
      }
      errors++;
    }
  }
  var _valid0 = _errs80 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
  }
  if (!valid0) {
    const err55 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
    validate_VectorAdapterAnswer.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate_VectorAdapterAnswer.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate_VectorAdapterAnswer.evaluated = { dynamicProps: true, dynamicItems: false };
export const validateVectorAdapterAnswer =
  validate_VectorAdapterAnswer as unknown as ValidateFunction<VectorAdapterAnswer>;
