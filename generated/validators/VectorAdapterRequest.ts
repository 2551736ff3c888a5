/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { VectorAdapterRequest } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_VectorAdapterRequest = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/VectorAdapterRequest.json',
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'seed_hex'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'derive_public_key' },
        seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'public_key'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'decode_public_key' },
        public_key: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'timestamp'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'normalize_timestamp' },
        timestamp: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'fields'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'canonical_string' },
        fields: { $ref: 'VectorSignedFields.json' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'seed_hex', 'fields'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'sign' },
        seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        fields: { $ref: 'VectorSignedFields.json' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'message', 'public_key'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'verify_message' },
        message: {
          anyOf: [
            { type: 'object' },
            { type: 'array' },
            { type: 'string' },
            { type: 'number' },
            { type: 'boolean' },
            { type: 'null' },
          ],
        },
        public_key: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'url'],
      properties: { id: { type: 'string', minLength: 1 }, op: { const: 'parse_invite_url' }, url: { type: 'string' } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'seed_hex', 'claims'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'create_invite_token' },
        seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        claims: {
          type: 'object',
          additionalProperties: false,
          required: ['swarm_id', 'master', 'endpoint', 'iat'],
          properties: {
            swarm_id: { type: 'string' },
            master: { type: 'string' },
            endpoint: { type: 'string' },
            iat: { type: 'integer' },
            expires_at: { type: 'string' },
            max_uses: { type: 'integer' },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'url', 'now'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'verify_invite_url' },
        url: { type: 'string' },
        public_key: { type: 'string' },
        now: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'token', 'now'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'verify_invite_token' },
        token: { type: 'string' },
        public_key: { type: 'string' },
        now: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'content'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'encode_system_content' },
        content: { type: 'object' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'content'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'parse_system_content' },
        content: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'endpoint', 'route', 'agent_id'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'peer_request' },
        endpoint: { type: 'string' },
        route: { type: 'string', enum: ['message', 'join', 'info', 'health'] },
        agent_id: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'invite_url', 'agent_id', 'endpoint', 'public_key', 'now'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'build_join_request' },
        invite_url: { type: 'string' },
        agent_id: { type: 'string' },
        endpoint: { type: 'string' },
        public_key: { type: 'string' },
        now: { type: 'string' },
        master_public_key: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'json'],
      properties: { id: { type: 'string', minLength: 1 }, op: { const: 'jcs' }, json: { type: 'string' } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'seed_hex', 'envelope'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'sign_envelope' },
        seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        envelope: { type: 'object' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'envelope', 'public_key'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'verify_envelope' },
        envelope: {
          anyOf: [
            { type: 'object' },
            { type: 'array' },
            { type: 'string' },
            { type: 'number' },
            { type: 'boolean' },
            { type: 'null' },
          ],
        },
        public_key: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'op',
        'content',
        'message_id',
        'swarm_id',
        'sender_id',
        'readers',
        'content_key_hex',
        'nonce_hex',
      ],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'seal_content' },
        content: { type: 'string' },
        message_id: { type: 'string' },
        swarm_id: { type: 'string' },
        sender_id: { type: 'string' },
        readers: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['agent_id', 'public_key', 'ephemeral_seed_hex'],
            properties: {
              agent_id: { type: 'string' },
              public_key: { type: 'string' },
              ephemeral_seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            },
          },
        },
        content_key_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        nonce_hex: { type: 'string', pattern: '^[0-9a-f]{48}$' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'op', 'sealed', 'message_id', 'swarm_id', 'sender_id', 'agent_id', 'seed_hex'],
      properties: {
        id: { type: 'string', minLength: 1 },
        op: { const: 'open_sealed' },
        sealed: {
          anyOf: [
            { type: 'object' },
            { type: 'array' },
            { type: 'string' },
            { type: 'number' },
            { type: 'boolean' },
            { type: 'null' },
          ],
        },
        message_id: { type: 'string' },
        swarm_id: { type: 'string' },
        sender_id: { type: 'string' },
        agent_id: { type: 'string' },
        seed_hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
  ],
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
const pattern_VectorAdapterRequest = new RegExp('^[0-9a-f]{64}$', 'u');
const pattern_VectorAdapterRequest_2 = new RegExp('^[0-9a-f]{48}$', 'u');
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
function validate_VectorAdapterRequest(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/VectorAdapterRequest.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_VectorAdapterRequest.evaluated;
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
        (data.op === undefined && (missing0 = 'op')) ||
        (data.seed_hex === undefined && (missing0 = 'seed_hex'))
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
          if (!(key0 === 'id' || key0 === 'op' || key0 === 'seed_hex')) {
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
            let data0 = data.id;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data0 === 'string') {
                if (func_ucs2length(data0) < 1) {
                  const err2 = {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/oneOf/0/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/0/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.op !== undefined) {
              const _errs6 = errors;
              if ('derive_public_key' !== data.op) {
                const err4 = {
                  instancePath: instancePath + '/op',
                  schemaPath: '#/oneOf/0/properties/op/const',
                  keyword: 'const',
                  params: { allowedValue: 'derive_public_key' },
                  message: 'must be equal to constant',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.seed_hex !== undefined) {
                let data2 = data.seed_hex;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data2 === 'string') {
                    if (!pattern_VectorAdapterRequest.test(data2)) {
                      const err5 = {
                        instancePath: instancePath + '/seed_hex',
                        schemaPath: '#/oneOf/0/properties/seed_hex/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9a-f]{64}$' },
                        message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                  } else {
                    const err6 = {
                      instancePath: instancePath + '/seed_hex',
                      schemaPath: '#/oneOf/0/properties/seed_hex/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
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
      const err7 = {
        instancePath,
        schemaPath: '#/oneOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
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
  const _errs9 = errors;
  if (errors === _errs9) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (
        (data.id === undefined && (missing1 = 'id')) ||
        (data.op === undefined && (missing1 = 'op')) ||
        (data.public_key === undefined && (missing1 = 'public_key'))
      ) {
        const err8 = {
          instancePath,
          schemaPath: '#/oneOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing1 },
          message: "must have required property '" + missing1 + "'",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        const _errs11 = errors;
        for (const key1 in data) {
          if (!(key1 === 'id' || key1 === 'op' || key1 === 'public_key')) {
            const err9 = {
              instancePath,
              schemaPath: '#/oneOf/1/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
            break;
          }
        }
        if (_errs11 === errors) {
          if (data.id !== undefined) {
            let data3 = data.id;
            const _errs12 = errors;
            if (errors === _errs12) {
              if (typeof data3 === 'string') {
                if (func_ucs2length(data3) < 1) {
                  const err10 = {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/oneOf/1/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/1/properties/id/type',
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
            }
            var valid2 = _errs12 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.op !== undefined) {
              const _errs14 = errors;
              if ('decode_public_key' !== data.op) {
                const err12 = {
                  instancePath: instancePath + '/op',
                  schemaPath: '#/oneOf/1/properties/op/const',
                  keyword: 'const',
                  params: { allowedValue: 'decode_public_key' },
                  message: 'must be equal to constant',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              var valid2 = _errs14 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.public_key !== undefined) {
                const _errs15 = errors;
                if (typeof data.public_key !== 'string') {
                  const err13 = {
                    instancePath: instancePath + '/public_key',
                    schemaPath: '#/oneOf/1/properties/public_key/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                var valid2 = _errs15 === errors;
              } else {
                var valid2 = true;
              }
            }
          }
        }
      }
    } else {
      const err14 = {
        instancePath,
        schemaPath: '#/oneOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
  }
  var _valid0 = _errs9 === errors;
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
    const _errs17 = errors;
    if (errors === _errs17) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        let missing2;
        if (
          (data.id === undefined && (missing2 = 'id')) ||
          (data.op === undefined && (missing2 = 'op')) ||
          (data.timestamp === undefined && (missing2 = 'timestamp'))
        ) {
          const err15 = {
            instancePath,
            schemaPath: '#/oneOf/2/required',
            keyword: 'required',
            params: { missingProperty: missing2 },
            message: "must have required property '" + missing2 + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        } else {
          const _errs19 = errors;
          for (const key2 in data) {
            if (!(key2 === 'id' || key2 === 'op' || key2 === 'timestamp')) {
              const err16 = {
                instancePath,
                schemaPath: '#/oneOf/2/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key2 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
              break;
            }
          }
          if (_errs19 === errors) {
            if (data.id !== undefined) {
              let data6 = data.id;
              const _errs20 = errors;
              if (errors === _errs20) {
                if (typeof data6 === 'string') {
                  if (func_ucs2length(data6) < 1) {
                    const err17 = {
                      instancePath: instancePath + '/id',
                      schemaPath: '#/oneOf/2/properties/id/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/oneOf/2/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              var valid3 = _errs20 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.op !== undefined) {
                const _errs22 = errors;
                if ('normalize_timestamp' !== data.op) {
                  const err19 = {
                    instancePath: instancePath + '/op',
                    schemaPath: '#/oneOf/2/properties/op/const',
                    keyword: 'const',
                    params: { allowedValue: 'normalize_timestamp' },
                    message: 'must be equal to constant',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                var valid3 = _errs22 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.timestamp !== undefined) {
                  const _errs23 = errors;
                  if (typeof data.timestamp !== 'string') {
                    const err20 = {
                      instancePath: instancePath + '/timestamp',
                      schemaPath: '#/oneOf/2/properties/timestamp/type',
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
                  var valid3 = _errs23 === errors;
                } else {
                  var valid3 = true;
                }
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath,
          schemaPath: '#/oneOf/2/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    var _valid0 = _errs17 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs25 = errors;
      if (errors === _errs25) {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          let missing3;
          if (
            (data.id === undefined && (missing3 = 'id')) ||
            (data.op === undefined && (missing3 = 'op')) ||
            (data.fields === undefined && (missing3 = 'fields'))
          ) {
            const err22 = {
              instancePath,
              schemaPath: '#/oneOf/3/required',
              keyword: 'required',
              params: { missingProperty: missing3 },
              message: "must have required property '" + missing3 + "'",
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          } else {
            const _errs27 = errors;
            for (const key3 in data) {
              if (!(key3 === 'id' || key3 === 'op' || key3 === 'fields')) {
                const err23 = {
                  instancePath,
                  schemaPath: '#/oneOf/3/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
                break;
              }
            }
            if (_errs27 === errors) {
              if (data.id !== undefined) {
                let data9 = data.id;
                const _errs28 = errors;
                if (errors === _errs28) {
                  if (typeof data9 === 'string') {
                    if (func_ucs2length(data9) < 1) {
                      const err24 = {
                        instancePath: instancePath + '/id',
                        schemaPath: '#/oneOf/3/properties/id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = {
                      instancePath: instancePath + '/id',
                      schemaPath: '#/oneOf/3/properties/id/type',
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
                }
                var valid4 = _errs28 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data.op !== undefined) {
                  const _errs30 = errors;
                  if ('canonical_string' !== data.op) {
                    const err26 = {
                      instancePath: instancePath + '/op',
                      schemaPath: '#/oneOf/3/properties/op/const',
                      keyword: 'const',
                      params: { allowedValue: 'canonical_string' },
                      message: 'must be equal to constant',
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  var valid4 = _errs30 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data.fields !== undefined) {
                    const _errs31 = errors;
                    if (
                      !validate_VectorSignedFields(data.fields, {
                        instancePath: instancePath + '/fields',
                        parentData: data,
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
                    var valid4 = _errs31 === errors;
                  } else {
                    var valid4 = true;
                  }
                }
              }
            }
          }
        } else {
          const err27 = {
            instancePath,
            schemaPath: '#/oneOf/3/type',
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
      }
      var _valid0 = _errs25 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
        const _errs32 = errors;
        if (errors === _errs32) {
          if (data && typeof data == 'object' && !Array.isArray(data)) {
            let missing4;
            if (
              (data.id === undefined && (missing4 = 'id')) ||
              (data.op === undefined && (missing4 = 'op')) ||
              (data.seed_hex === undefined && (missing4 = 'seed_hex')) ||
              (data.fields === undefined && (missing4 = 'fields'))
            ) {
              const err28 = {
                instancePath,
                schemaPath: '#/oneOf/4/required',
                keyword: 'required',
                params: { missingProperty: missing4 },
                message: "must have required property '" + missing4 + "'",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            } else {
              const _errs34 = errors;
              for (const key4 in data) {
                if (!(key4 === 'id' || key4 === 'op' || key4 === 'seed_hex' || key4 === 'fields')) {
                  const err29 = {
                    instancePath,
                    schemaPath: '#/oneOf/4/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key4 },
                    message: 'must NOT have additional properties',
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
              }
              if (_errs34 === errors) {
                if (data.id !== undefined) {
                  let data12 = data.id;
                  const _errs35 = errors;
                  if (errors === _errs35) {
                    if (typeof data12 === 'string') {
                      if (func_ucs2length(data12) < 1) {
                        const err30 = {
                          instancePath: instancePath + '/id',
                          schemaPath: '#/oneOf/4/properties/id/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    } else {
                      const err31 = {
                        instancePath: instancePath + '/id',
                        schemaPath: '#/oneOf/4/properties/id/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  var valid5 = _errs35 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.op !== undefined) {
                    const _errs37 = errors;
                    if ('sign' !== data.op) {
                      const err32 = {
                        instancePath: instancePath + '/op',
                        schemaPath: '#/oneOf/4/properties/op/const',
                        keyword: 'const',
                        params: { allowedValue: 'sign' },
                        message: 'must be equal to constant',
                      };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    var valid5 = _errs37 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.seed_hex !== undefined) {
                      let data14 = data.seed_hex;
                      const _errs38 = errors;
                      if (errors === _errs38) {
                        if (typeof data14 === 'string') {
                          if (!pattern_VectorAdapterRequest.test(data14)) {
                            const err33 = {
                              instancePath: instancePath + '/seed_hex',
                              schemaPath: '#/oneOf/4/properties/seed_hex/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^[0-9a-f]{64}$' },
                              message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                            };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        } else {
                          const err34 = {
                            instancePath: instancePath + '/seed_hex',
                            schemaPath: '#/oneOf/4/properties/seed_hex/type',
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
                      }
                      var valid5 = _errs38 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.fields !== undefined) {
                        const _errs40 = errors;
                        if (
                          !validate_VectorSignedFields(data.fields, {
                            instancePath: instancePath + '/fields',
                            parentData: data,
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
                        var valid5 = _errs40 === errors;
                      } else {
                        var valid5 = true;
                      }
                    }
                  }
                }
              }
            }
          } else {
            const err35 = {
              instancePath,
              schemaPath: '#/oneOf/4/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        var _valid0 = _errs32 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs41 = errors;
          if (errors === _errs41) {
            if (data && typeof data == 'object' && !Array.isArray(data)) {
              let missing5;
              if (
                (data.id === undefined && (missing5 = 'id')) ||
                (data.op === undefined && (missing5 = 'op')) ||
                (data.message === undefined && (missing5 = 'message')) ||
                (data.public_key === undefined && (missing5 = 'public_key'))
              ) {
                const err36 = {
                  instancePath,
                  schemaPath: '#/oneOf/5/required',
                  keyword: 'required',
                  params: { missingProperty: missing5 },
                  message: "must have required property '" + missing5 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              } else {
                const _errs43 = errors;
                for (const key5 in data) {
                  if (!(key5 === 'id' || key5 === 'op' || key5 === 'message' || key5 === 'public_key')) {
                    const err37 = {
                      instancePath,
                      schemaPath: '#/oneOf/5/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key5 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                    break;
                  }
                }
                if (_errs43 === errors) {
                  if (data.id !== undefined) {
                    let data16 = data.id;
                    const _errs44 = errors;
                    if (errors === _errs44) {
                      if (typeof data16 === 'string') {
                        if (func_ucs2length(data16) < 1) {
                          const err38 = {
                            instancePath: instancePath + '/id',
                            schemaPath: '#/oneOf/5/properties/id/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                      } else {
                        const err39 = {
                          instancePath: instancePath + '/id',
                          schemaPath: '#/oneOf/5/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                    var valid6 = _errs44 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.op !== undefined) {
                      const _errs46 = errors;
                      if ('verify_message' !== data.op) {
                        const err40 = {
                          instancePath: instancePath + '/op',
                          schemaPath: '#/oneOf/5/properties/op/const',
                          keyword: 'const',
                          params: { allowedValue: 'verify_message' },
                          message: 'must be equal to constant',
                        };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                      var valid6 = _errs46 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data.message !== undefined) {
                        let data18 = data.message;
                        const _errs47 = errors;
                        const _errs48 = errors;
                        let valid7 = false;
                        const _errs49 = errors;
                        if (!(data18 && typeof data18 == 'object' && !Array.isArray(data18))) {
                          const err41 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/0/type',
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
                        var _valid1 = _errs49 === errors;
                        valid7 = valid7 || _valid1;
                        const _errs51 = errors;
                        if (!Array.isArray(data18)) {
                          const err42 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/1/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                        var _valid1 = _errs51 === errors;
                        valid7 = valid7 || _valid1;
                        const _errs53 = errors;
                        if (typeof data18 !== 'string') {
                          const err43 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/2/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                        var _valid1 = _errs53 === errors;
                        valid7 = valid7 || _valid1;
                        const _errs55 = errors;
                        if (!(typeof data18 == 'number' && isFinite(data18))) {
                          const err44 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/3/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                          };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        var _valid1 = _errs55 === errors;
                        valid7 = valid7 || _valid1;
                        const _errs57 = errors;
                        if (typeof data18 !== 'boolean') {
                          const err45 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/4/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                          };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        var _valid1 = _errs57 === errors;
                        valid7 = valid7 || _valid1;
                        const _errs59 = errors;
                        if (data18 !== null) {
                          const err46 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf/5/type',
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
                        var _valid1 = _errs59 === errors;
                        valid7 = valid7 || _valid1;
                        if (!valid7) {
                          const err47 = {
                            instancePath: instancePath + '/message',
                            schemaPath: '#/oneOf/5/properties/message/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf',
                          };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        } else {
                          errors = _errs48;
                          if (vErrors !== null) {
                            if (_errs48) {
                              vErrors.length = _errs48;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid6 = _errs47 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data.public_key !== undefined) {
                          const _errs61 = errors;
                          if (typeof data.public_key !== 'string') {
                            const err48 = {
                              instancePath: instancePath + '/public_key',
                              schemaPath: '#/oneOf/5/properties/public_key/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                          var valid6 = _errs61 === errors;
                        } else {
                          var valid6 = true;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              const err49 = {
                instancePath,
                schemaPath: '#/oneOf/5/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          var _valid0 = _errs41 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs63 = errors;
            if (errors === _errs63) {
              if (data && typeof data == 'object' && !Array.isArray(data)) {
                let missing6;
                if (
                  (data.id === undefined && (missing6 = 'id')) ||
                  (data.op === undefined && (missing6 = 'op')) ||
                  (data.url === undefined && (missing6 = 'url'))
                ) {
                  const err50 = {
                    instancePath,
                    schemaPath: '#/oneOf/6/required',
                    keyword: 'required',
                    params: { missingProperty: missing6 },
                    message: "must have required property '" + missing6 + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                } else {
                  const _errs65 = errors;
                  for (const key6 in data) {
                    if (!(key6 === 'id' || key6 === 'op' || key6 === 'url')) {
                      const err51 = {
                        instancePath,
                        schemaPath: '#/oneOf/6/additionalProperties',
                        keyword: 'additionalProperties',
                        params: { additionalProperty: key6 },
                        message: 'must NOT have additional properties',
                      };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                      break;
                    }
                  }
                  if (_errs65 === errors) {
                    if (data.id !== undefined) {
                      let data20 = data.id;
                      const _errs66 = errors;
                      if (errors === _errs66) {
                        if (typeof data20 === 'string') {
                          if (func_ucs2length(data20) < 1) {
                            const err52 = {
                              instancePath: instancePath + '/id',
                              schemaPath: '#/oneOf/6/properties/id/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            };
                            if (vErrors === null) {
                              vErrors = [err52];
                            } else {
                              vErrors.push(err52);
                            }
                            errors++;
                          }
                        } else {
                          const err53 = {
                            instancePath: instancePath + '/id',
                            schemaPath: '#/oneOf/6/properties/id/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err53];
                          } else {
                            vErrors.push(err53);
                          }
                          errors++;
                        }
                      }
                      var valid8 = _errs66 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data.op !== undefined) {
                        const _errs68 = errors;
                        if ('parse_invite_url' !== data.op) {
                          const err54 = {
                            instancePath: instancePath + '/op',
                            schemaPath: '#/oneOf/6/properties/op/const',
                            keyword: 'const',
                            params: { allowedValue: 'parse_invite_url' },
                            message: 'must be equal to constant',
                          };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                        var valid8 = _errs68 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data.url !== undefined) {
                          const _errs69 = errors;
                          if (typeof data.url !== 'string') {
                            const err55 = {
                              instancePath: instancePath + '/url',
                              schemaPath: '#/oneOf/6/properties/url/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                          var valid8 = _errs69 === errors;
                        } else {
                          var valid8 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                const err56 = {
                  instancePath,
                  schemaPath: '#/oneOf/6/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            var _valid0 = _errs63 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs71 = errors;
              if (errors === _errs71) {
                if (data && typeof data == 'object' && !Array.isArray(data)) {
                  let missing7;
                  if (
                    (data.id === undefined && (missing7 = 'id')) ||
                    (data.op === undefined && (missing7 = 'op')) ||
                    (data.seed_hex === undefined && (missing7 = 'seed_hex')) ||
                    (data.claims === undefined && (missing7 = 'claims'))
                  ) {
                    const err57 = {
                      instancePath,
                      schemaPath: '#/oneOf/7/required',
                      keyword: 'required',
                      params: { missingProperty: missing7 },
                      message: "must have required property '" + missing7 + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  } else {
                    const _errs73 = errors;
                    for (const key7 in data) {
                      if (!(key7 === 'id' || key7 === 'op' || key7 === 'seed_hex' || key7 === 'claims')) {
                        const err58 = {
                          instancePath,
                          schemaPath: '#/oneOf/7/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key7 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                        break;
                      }
                    }
                    if (_errs73 === errors) {
                      if (data.id !== undefined) {
                        let data23 = data.id;
                        const _errs74 = errors;
                        if (errors === _errs74) {
                          if (typeof data23 === 'string') {
                            if (func_ucs2length(data23) < 1) {
                              const err59 = {
                                instancePath: instancePath + '/id',
                                schemaPath: '#/oneOf/7/properties/id/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err59];
                              } else {
                                vErrors.push(err59);
                              }
                              errors++;
                            }
                          } else {
                            const err60 = {
                              instancePath: instancePath + '/id',
                              schemaPath: '#/oneOf/7/properties/id/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        var valid9 = _errs74 === errors;
                      } else {
                        var valid9 = true;
                      }
                      if (valid9) {
                        if (data.op !== undefined) {
                          const _errs76 = errors;
                          if ('create_invite_token' !== data.op) {
                            const err61 = {
                              instancePath: instancePath + '/op',
                              schemaPath: '#/oneOf/7/properties/op/const',
                              keyword: 'const',
                              params: { allowedValue: 'create_invite_token' },
                              message: 'must be equal to constant',
                            };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                          var valid9 = _errs76 === errors;
                        } else {
                          var valid9 = true;
                        }
                        if (valid9) {
                          if (data.seed_hex !== undefined) {
                            let data25 = data.seed_hex;
                            const _errs77 = errors;
                            if (errors === _errs77) {
                              if (typeof data25 === 'string') {
                                if (!pattern_VectorAdapterRequest.test(data25)) {
                                  const err62 = {
                                    instancePath: instancePath + '/seed_hex',
                                    schemaPath: '#/oneOf/7/properties/seed_hex/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[0-9a-f]{64}$' },
                                    message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err62];
                                  } else {
                                    vErrors.push(err62);
                                  }
                                  errors++;
                                }
                              } else {
                                const err63 = {
                                  instancePath: instancePath + '/seed_hex',
                                  schemaPath: '#/oneOf/7/properties/seed_hex/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err63];
                                } else {
                                  vErrors.push(err63);
                                }
                                errors++;
                              }
                            }
                            var valid9 = _errs77 === errors;
                          } else {
                            var valid9 = true;
                          }
                          if (valid9) {
                            if (data.claims !== undefined) {
                              let data26 = data.claims;
                              const _errs79 = errors;
                              if (errors === _errs79) {
                                if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
                                  let missing8;
                                  if (
                                    (data26.swarm_id === undefined && (missing8 = 'swarm_id')) ||
                                    (data26.master === undefined && (missing8 = 'master')) ||
                                    (data26.endpoint === undefined && (missing8 = 'endpoint')) ||
                                    (data26.iat === undefined && (missing8 = 'iat'))
                                  ) {
                                    const err64 = {
                                      instancePath: instancePath + '/claims',
                                      schemaPath: '#/oneOf/7/properties/claims/required',
                                      keyword: 'required',
                                      params: { missingProperty: missing8 },
                                      message: "must have required property '" + missing8 + "'",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err64];
                                    } else {
                                      vErrors.push(err64);
                                    }
                                    errors++;
                                  } else {
                                    const _errs81 = errors;
                                    for (const key8 in data26) {
                                      if (
                                        !(
                                          key8 === 'swarm_id' ||
                                          key8 === 'master' ||
                                          key8 === 'endpoint' ||
                                          key8 === 'iat' ||
                                          key8 === 'expires_at' ||
                                          key8 === 'max_uses'
                                        )
                                      ) {
                                        const err65 = {
                                          instancePath: instancePath + '/claims',
                                          schemaPath: '#/oneOf/7/properties/claims/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key8 },
                                          message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err65];
                                        } else {
                                          vErrors.push(err65);
                                        }
                                        errors++;
                                        break;
                                      }
                                    }
                                    if (_errs81 === errors) {
                                      if (data26.swarm_id !== undefined) {
                                        const _errs82 = errors;
                                        if (typeof data26.swarm_id !== 'string') {
                                          const err66 = {
                                            instancePath: instancePath + '/claims/swarm_id',
                                            schemaPath: '#/oneOf/7/properties/claims/properties/swarm_id/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err66];
                                          } else {
                                            vErrors.push(err66);
                                          }
                                          errors++;
                                        }
                                        var valid10 = _errs82 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                      if (valid10) {
                                        if (data26.master !== undefined) {
                                          const _errs84 = errors;
                                          if (typeof data26.master !== 'string') {
                                            const err67 = {
                                              instancePath: instancePath + '/claims/master',
                                              schemaPath: '#/oneOf/7/properties/claims/properties/master/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err67];
                                            } else {
                                              vErrors.push(err67);
                                            }
                                            errors++;
                                          }
                                          var valid10 = _errs84 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                        if (valid10) {
                                          if (data26.endpoint !== undefined) {
                                            const _errs86 = errors;
                                            if (typeof data26.endpoint !== 'string') {
                                              const err68 = {
                                                instancePath: instancePath + '/claims/endpoint',
                                                schemaPath: '#/oneOf/7/properties/claims/properties/endpoint/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err68];
                                              } else {
                                                vErrors.push(err68);
                                              }
                                              errors++;
                                            }
                                            var valid10 = _errs86 === errors;
                                          } else {
                                            var valid10 = true;
                                          }
                                          if (valid10) {
                                            if (data26.iat !== undefined) {
                                              let data30 = data26.iat;
                                              const _errs88 = errors;
                                              if (
                                                !(
                                                  typeof data30 == 'number' &&
                                                  !(data30 % 1) &&
                                                  !isNaN(data30) &&
                                                  isFinite(data30)
                                                )
                                              ) {
                                                const err69 = {
                                                  instancePath: instancePath + '/claims/iat',
                                                  schemaPath: '#/oneOf/7/properties/claims/properties/iat/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err69];
                                                } else {
                                                  vErrors.push(err69);
                                                }
                                                errors++;
                                              }
                                              var valid10 = _errs88 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data26.expires_at !== undefined) {
                                                const _errs90 = errors;
                                                if (typeof data26.expires_at !== 'string') {
                                                  const err70 = {
                                                    instancePath: instancePath + '/claims/expires_at',
                                                    schemaPath:
                                                      '#/oneOf/7/properties/claims/properties/expires_at/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err70];
                                                  } else {
                                                    vErrors.push(err70);
                                                  }
                                                  errors++;
                                                }
                                                var valid10 = _errs90 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                              if (valid10) {
                                                if (data26.max_uses !== undefined) {
                                                  let data32 = data26.max_uses;
                                                  const _errs92 = errors;
                                                  if (
                                                    !(
                                                      typeof data32 == 'number' &&
                                                      !(data32 % 1) &&
                                                      !isNaN(data32) &&
                                                      isFinite(data32)
                                                    )
                                                  ) {
                                                    const err71 = {
                                                      instancePath: instancePath + '/claims/max_uses',
                                                      schemaPath:
                                                        '#/oneOf/7/properties/claims/properties/max_uses/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err71];
                                                    } else {
                                                      vErrors.push(err71);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid10 = _errs92 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err72 = {
                                    instancePath: instancePath + '/claims',
                                    schemaPath: '#/oneOf/7/properties/claims/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err72];
                                  } else {
                                    vErrors.push(err72);
                                  }
                                  errors++;
                                }
                              }
                              var valid9 = _errs79 === errors;
                            } else {
                              var valid9 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  const err73 = {
                    instancePath,
                    schemaPath: '#/oneOf/7/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs71 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
                const _errs94 = errors;
                if (errors === _errs94) {
                  if (data && typeof data == 'object' && !Array.isArray(data)) {
                    let missing9;
                    if (
                      (data.id === undefined && (missing9 = 'id')) ||
                      (data.op === undefined && (missing9 = 'op')) ||
                      (data.url === undefined && (missing9 = 'url')) ||
                      (data.now === undefined && (missing9 = 'now'))
                    ) {
                      const err74 = {
                        instancePath,
                        schemaPath: '#/oneOf/8/required',
                        keyword: 'required',
                        params: { missingProperty: missing9 },
                        message: "must have required property '" + missing9 + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    } else {
                      const _errs96 = errors;
                      for (const key9 in data) {
                        if (
                          !(key9 === 'id' || key9 === 'op' || key9 === 'url' || key9 === 'public_key' || key9 === 'now')
                        ) {
                          const err75 = {
                            instancePath,
                            schemaPath: '#/oneOf/8/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key9 },
                            message: 'must NOT have additional properties',
                          };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                          break;
                        }
                      }
                      if (_errs96 === errors) {
                        if (data.id !== undefined) {
                          let data33 = data.id;
                          const _errs97 = errors;
                          if (errors === _errs97) {
                            if (typeof data33 === 'string') {
                              if (func_ucs2length(data33) < 1) {
                                const err76 = {
                                  instancePath: instancePath + '/id',
                                  schemaPath: '#/oneOf/8/properties/id/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                            } else {
                              const err77 = {
                                instancePath: instancePath + '/id',
                                schemaPath: '#/oneOf/8/properties/id/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err77];
                              } else {
                                vErrors.push(err77);
                              }
                              errors++;
                            }
                          }
                          var valid11 = _errs97 === errors;
                        } else {
                          var valid11 = true;
                        }
                        if (valid11) {
                          if (data.op !== undefined) {
                            const _errs99 = errors;
                            if ('verify_invite_url' !== data.op) {
                              const err78 = {
                                instancePath: instancePath + '/op',
                                schemaPath: '#/oneOf/8/properties/op/const',
                                keyword: 'const',
                                params: { allowedValue: 'verify_invite_url' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                            var valid11 = _errs99 === errors;
                          } else {
                            var valid11 = true;
                          }
                          if (valid11) {
                            if (data.url !== undefined) {
                              const _errs100 = errors;
                              if (typeof data.url !== 'string') {
                                const err79 = {
                                  instancePath: instancePath + '/url',
                                  schemaPath: '#/oneOf/8/properties/url/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err79];
                                } else {
                                  vErrors.push(err79);
                                }
                                errors++;
                              }
                              var valid11 = _errs100 === errors;
                            } else {
                              var valid11 = true;
                            }
                            if (valid11) {
                              if (data.public_key !== undefined) {
                                const _errs102 = errors;
                                if (typeof data.public_key !== 'string') {
                                  const err80 = {
                                    instancePath: instancePath + '/public_key',
                                    schemaPath: '#/oneOf/8/properties/public_key/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err80];
                                  } else {
                                    vErrors.push(err80);
                                  }
                                  errors++;
                                }
                                var valid11 = _errs102 === errors;
                              } else {
                                var valid11 = true;
                              }
                              if (valid11) {
                                if (data.now !== undefined) {
                                  const _errs104 = errors;
                                  if (typeof data.now !== 'string') {
                                    const err81 = {
                                      instancePath: instancePath + '/now',
                                      schemaPath: '#/oneOf/8/properties/now/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err81];
                                    } else {
                                      vErrors.push(err81);
                                    }
                                    errors++;
                                  }
                                  var valid11 = _errs104 === errors;
                                } else {
                                  var valid11 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    const err82 = {
                      instancePath,
                      schemaPath: '#/oneOf/8/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs94 === errors;
                if (_valid0 && valid0) {
                  valid0 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid0) {
                    valid0 = true;
                    passing0 = 8;
                    if (props0 !== true) {
                      props0 = true;
                    }
                  }
                  const _errs106 = errors;
                  if (errors === _errs106) {
                    if (data && typeof data == 'object' && !Array.isArray(data)) {
                      let missing10;
                      if (
                        (data.id === undefined && (missing10 = 'id')) ||
                        (data.op === undefined && (missing10 = 'op')) ||
                        (data.token === undefined && (missing10 = 'token')) ||
                        (data.now === undefined && (missing10 = 'now'))
                      ) {
                        const err83 = {
                          instancePath,
                          schemaPath: '#/oneOf/9/required',
                          keyword: 'required',
                          params: { missingProperty: missing10 },
                          message: "must have required property '" + missing10 + "'",
                        };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      } else {
                        const _errs108 = errors;
                        for (const key10 in data) {
                          if (
                            !(
                              key10 === 'id' ||
                              key10 === 'op' ||
                              key10 === 'token' ||
                              key10 === 'public_key' ||
                              key10 === 'now'
                            )
                          ) {
                            const err84 = {
                              instancePath,
                              schemaPath: '#/oneOf/9/additionalProperties',
                              keyword: 'additionalProperties',
                              params: { additionalProperty: key10 },
                              message: 'must NOT have additional properties',
                            };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                            break;
                          }
                        }
                        if (_errs108 === errors) {
                          if (data.id !== undefined) {
                            let data38 = data.id;
                            const _errs109 = errors;
                            if (errors === _errs109) {
                              if (typeof data38 === 'string') {
                                if (func_ucs2length(data38) < 1) {
                                  const err85 = {
                                    instancePath: instancePath + '/id',
                                    schemaPath: '#/oneOf/9/properties/id/minLength',
                                    keyword: 'minLength',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 characters',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err85];
                                  } else {
                                    vErrors.push(err85);
                                  }
                                  errors++;
                                }
                              } else {
                                const err86 = {
                                  instancePath: instancePath + '/id',
                                  schemaPath: '#/oneOf/9/properties/id/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                            }
                            var valid12 = _errs109 === errors;
                          } else {
                            var valid12 = true;
                          }
                          if (valid12) {
                            if (data.op !== undefined) {
                              const _errs111 = errors;
                              if ('verify_invite_token' !== data.op) {
                                const err87 = {
                                  instancePath: instancePath + '/op',
                                  schemaPath: '#/oneOf/9/properties/op/const',
                                  keyword: 'const',
                                  params: { allowedValue: 'verify_invite_token' },
                                  message: 'must be equal to constant',
                                };
                                if (vErrors === null) {
                                  vErrors = [err87];
                                } else {
                                  vErrors.push(err87);
                                }
                                errors++;
                              }
                              var valid12 = _errs111 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data.token !== undefined) {
                                const _errs112 = errors;
                                if (typeof data.token !== 'string') {
                                  const err88 = {
                                    instancePath: instancePath + '/token',
                                    schemaPath: '#/oneOf/9/properties/token/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err88];
                                  } else {
                                    vErrors.push(err88);
                                  }
                                  errors++;
                                }
                                var valid12 = _errs112 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data.public_key !== undefined) {
                                  const _errs114 = errors;
                                  if (typeof data.public_key !== 'string') {
                                    const err89 = {
                                      instancePath: instancePath + '/public_key',
                                      schemaPath: '#/oneOf/9/properties/public_key/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err89];
                                    } else {
                                      vErrors.push(err89);
                                    }
                                    errors++;
                                  }
                                  var valid12 = _errs114 === errors;
                                } else {
                                  var valid12 = true;
                                }
                                if (valid12) {
                                  if (data.now !== undefined) {
                                    const _errs116 = errors;
                                    if (typeof data.now !== 'string') {
                                      const err90 = {
                                        instancePath: instancePath + '/now',
                                        schemaPath: '#/oneOf/9/properties/now/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err90];
                                      } else {
                                        vErrors.push(err90);
                                      }
                                      errors++;
                                    }
                                    var valid12 = _errs116 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      const err91 = {
                        instancePath,
                        schemaPath: '#/oneOf/9/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs106 === errors;
                  if (_valid0 && valid0) {
                    valid0 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid0) {
                      valid0 = true;
                      passing0 = 9;
                      if (props0 !== true) {
                        props0 = true;
                      }
                    }
                    const _errs118 = errors;
                    if (errors === _errs118) {
                      if (data && typeof data == 'object' && !Array.isArray(data)) {
                        let missing11;
                        if (
                          (data.id === undefined && (missing11 = 'id')) ||
                          (data.op === undefined && (missing11 = 'op')) ||
                          (data.content === undefined && (missing11 = 'content'))
                        ) {
                          const err92 = {
                            instancePath,
                            schemaPath: '#/oneOf/10/required',
                            keyword: 'required',
                            params: { missingProperty: missing11 },
                            message: "must have required property '" + missing11 + "'",
                          };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        } else {
                          const _errs120 = errors;
                          for (const key11 in data) {
                            if (!(key11 === 'id' || key11 === 'op' || key11 === 'content')) {
                              const err93 = {
                                instancePath,
                                schemaPath: '#/oneOf/10/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key11 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                              break;
                            }
                          }
                          if (_errs120 === errors) {
                            if (data.id !== undefined) {
                              let data43 = data.id;
                              const _errs121 = errors;
                              if (errors === _errs121) {
                                if (typeof data43 === 'string') {
                                  if (func_ucs2length(data43) < 1) {
                                    const err94 = {
                                      instancePath: instancePath + '/id',
                                      schemaPath: '#/oneOf/10/properties/id/minLength',
                                      keyword: 'minLength',
                                      params: { limit: 1 },
                                      message: 'must NOT have fewer than 1 characters',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err94];
                                    } else {
                                      vErrors.push(err94);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err95 = {
                                    instancePath: instancePath + '/id',
                                    schemaPath: '#/oneOf/10/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err95];
                                  } else {
                                    vErrors.push(err95);
                                  }
                                  errors++;
                                }
                              }
                              var valid13 = _errs121 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data.op !== undefined) {
                                const _errs123 = errors;
                                if ('encode_system_content' !== data.op) {
                                  const err96 = {
                                    instancePath: instancePath + '/op',
                                    schemaPath: '#/oneOf/10/properties/op/const',
                                    keyword: 'const',
                                    params: { allowedValue: 'encode_system_content' },
                                    message: 'must be equal to constant',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err96];
                                  } else {
                                    vErrors.push(err96);
                                  }
                                  errors++;
                                }
                                var valid13 = _errs123 === errors;
                              } else {
                                var valid13 = true;
                              }
                              if (valid13) {
                                if (data.content !== undefined) {
                                  let data45 = data.content;
                                  const _errs124 = errors;
                                  if (!(data45 && typeof data45 == 'object' && !Array.isArray(data45))) {
                                    const err97 = {
                                      instancePath: instancePath + '/content',
                                      schemaPath: '#/oneOf/10/properties/content/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err97];
                                    } else {
                                      vErrors.push(err97);
                                    }
                                    errors++;
                                  }
                                  var valid13 = _errs124 === errors;
                                } else {
                                  var valid13 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        const err98 = {
                          instancePath,
                          schemaPath: '#/oneOf/10/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs118 === errors;
                    if (_valid0 && valid0) {
                      valid0 = false;
                      passing0 = [passing0, 10];
                    } else {
                      if (_valid0) {
                        valid0 = true;
                        passing0 = 10;
                        if (props0 !== true) {
                          props0 = true;
                        }
                      }
                      const _errs126 = errors;
                      if (errors === _errs126) {
                        if (data && typeof data == 'object' && !Array.isArray(data)) {
                          let missing12;
                          if (
                            (data.id === undefined && (missing12 = 'id')) ||
                            (data.op === undefined && (missing12 = 'op')) ||
                            (data.content === undefined && (missing12 = 'content'))
                          ) {
                            const err99 = {
                              instancePath,
                              schemaPath: '#/oneOf/11/required',
                              keyword: 'required',
                              params: { missingProperty: missing12 },
                              message: "must have required property '" + missing12 + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err99];
                            } else {
                              vErrors.push(err99);
                            }
                            errors++;
                          } else {
                            const _errs128 = errors;
                            for (const key12 in data) {
                              if (!(key12 === 'id' || key12 === 'op' || key12 === 'content')) {
                                const err100 = {
                                  instancePath,
                                  schemaPath: '#/oneOf/11/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key12 },
                                  message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                  vErrors = [err100];
                                } else {
                                  vErrors.push(err100);
                                }
                                errors++;
                                break;
                              }
                            }
                            if (_errs128 === errors) {
                              if (data.id !== undefined) {
                                let data46 = data.id;
                                const _errs129 = errors;
                                if (errors === _errs129) {
                                  if (typeof data46 === 'string') {
                                    if (func_ucs2length(data46) < 1) {
                                      const err101 = {
                                        instancePath: instancePath + '/id',
                                        schemaPath: '#/oneOf/11/properties/id/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err101];
                                      } else {
                                        vErrors.push(err101);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err102 = {
                                      instancePath: instancePath + '/id',
                                      schemaPath: '#/oneOf/11/properties/id/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err102];
                                    } else {
                                      vErrors.push(err102);
                                    }
                                    errors++;
                                  }
                                }
                                var valid14 = _errs129 === errors;
                              } else {
                                var valid14 = true;
                              }
                              if (valid14) {
                                if (data.op !== undefined) {
                                  const _errs131 = errors;
                                  if ('parse_system_content' !== data.op) {
                                    const err103 = {
                                      instancePath: instancePath + '/op',
                                      schemaPath: '#/oneOf/11/properties/op/const',
                                      keyword: 'const',
                                      params: { allowedValue: 'parse_system_content' },
                                      message: 'must be equal to constant',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err103];
                                    } else {
                                      vErrors.push(err103);
                                    }
                                    errors++;
                                  }
                                  var valid14 = _errs131 === errors;
                                } else {
                                  var valid14 = true;
                                }
                                if (valid14) {
                                  if (data.content !== undefined) {
                                    const _errs132 = errors;
                                    if (typeof data.content !== 'string') {
                                      const err104 = {
                                        instancePath: instancePath + '/content',
                                        schemaPath: '#/oneOf/11/properties/content/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err104];
                                      } else {
                                        vErrors.push(err104);
                                      }
                                      errors++;
                                    }
                                    var valid14 = _errs132 === errors;
                                  } else {
                                    var valid14 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          const err105 = {
                            instancePath,
                            schemaPath: '#/oneOf/11/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs126 === errors;
                      if (_valid0 && valid0) {
                        valid0 = false;
                        passing0 = [passing0, 11];
                      } else {
                        if (_valid0) {
                          valid0 = true;
                          passing0 = 11;
                          if (props0 !== true) {
                            props0 = true;
                          }
                        }
                        const _errs134 = errors;
                        if (errors === _errs134) {
                          if (data && typeof data == 'object' && !Array.isArray(data)) {
                            let missing13;
                            if (
                              (data.id === undefined && (missing13 = 'id')) ||
                              (data.op === undefined && (missing13 = 'op')) ||
                              (data.endpoint === undefined && (missing13 = 'endpoint')) ||
                              (data.route === undefined && (missing13 = 'route')) ||
                              (data.agent_id === undefined && (missing13 = 'agent_id'))
                            ) {
                              const err106 = {
                                instancePath,
                                schemaPath: '#/oneOf/12/required',
                                keyword: 'required',
                                params: { missingProperty: missing13 },
                                message: "must have required property '" + missing13 + "'",
                              };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            } else {
                              const _errs136 = errors;
                              for (const key13 in data) {
                                if (
                                  !(
                                    key13 === 'id' ||
                                    key13 === 'op' ||
                                    key13 === 'endpoint' ||
                                    key13 === 'route' ||
                                    key13 === 'agent_id'
                                  )
                                ) {
                                  const err107 = {
                                    instancePath,
                                    schemaPath: '#/oneOf/12/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key13 },
                                    message: 'must NOT have additional properties',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err107];
                                  } else {
                                    vErrors.push(err107);
                                  }
                                  errors++;
                                  break;
                                }
                              }
                              if (_errs136 === errors) {
                                if (data.id !== undefined) {
                                  let data49 = data.id;
                                  const _errs137 = errors;
                                  if (errors === _errs137) {
                                    if (typeof data49 === 'string') {
                                      if (func_ucs2length(data49) < 1) {
                                        const err108 = {
                                          instancePath: instancePath + '/id',
                                          schemaPath: '#/oneOf/12/properties/id/minLength',
                                          keyword: 'minLength',
                                          params: { limit: 1 },
                                          message: 'must NOT have fewer than 1 characters',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err108];
                                        } else {
                                          vErrors.push(err108);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err109 = {
                                        instancePath: instancePath + '/id',
                                        schemaPath: '#/oneOf/12/properties/id/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err109];
                                      } else {
                                        vErrors.push(err109);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid15 = _errs137 === errors;
                                } else {
                                  var valid15 = true;
                                }
                                if (valid15) {
                                  if (data.op !== undefined) {
                                    const _errs139 = errors;
                                    if ('peer_request' !== data.op) {
                                      const err110 = {
                                        instancePath: instancePath + '/op',
                                        schemaPath: '#/oneOf/12/properties/op/const',
                                        keyword: 'const',
                                        params: { allowedValue: 'peer_request' },
                                        message: 'must be equal to constant',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err110];
                                      } else {
                                        vErrors.push(err110);
                                      }
                                      errors++;
                                    }
                                    var valid15 = _errs139 === errors;
                                  } else {
                                    var valid15 = true;
                                  }
                                  if (valid15) {
                                    if (data.endpoint !== undefined) {
                                      const _errs140 = errors;
                                      if (typeof data.endpoint !== 'string') {
                                        const err111 = {
                                          instancePath: instancePath + '/endpoint',
                                          schemaPath: '#/oneOf/12/properties/endpoint/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err111];
                                        } else {
                                          vErrors.push(err111);
                                        }
                                        errors++;
                                      }
                                      var valid15 = _errs140 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data.route !== undefined) {
                                        let data52 = data.route;
                                        const _errs142 = errors;
                                        if (typeof data52 !== 'string') {
                                          const err112 = {
                                            instancePath: instancePath + '/route',
                                            schemaPath: '#/oneOf/12/properties/route/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err112];
                                          } else {
                                            vErrors.push(err112);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(
                                            data52 === 'message' ||
                                            data52 === 'join' ||
                                            data52 === 'info' ||
                                            data52 === 'health'
                                          )
                                        ) {
                                          const err113 = {
                                            instancePath: instancePath + '/route',
                                            schemaPath: '#/oneOf/12/properties/route/enum',
                                            keyword: 'enum',
                                            params: {
                                              allowedValues:
                                                schema_VectorAdapterRequest.oneOf[12].properties.route.enum,
                                            },
                                            message: 'must be equal to one of the allowed values',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err113];
                                          } else {
                                            vErrors.push(err113);
                                          }
                                          errors++;
                                        }
                                        var valid15 = _errs142 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data.agent_id !== undefined) {
                                          const _errs144 = errors;
                                          if (typeof data.agent_id !== 'string') {
                                            const err114 = {
                                              instancePath: instancePath + '/agent_id',
                                              schemaPath: '#/oneOf/12/properties/agent_id/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err114];
                                            } else {
                                              vErrors.push(err114);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs144 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            const err115 = {
                              instancePath,
                              schemaPath: '#/oneOf/12/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs134 === errors;
                        if (_valid0 && valid0) {
                          valid0 = false;
                          passing0 = [passing0, 12];
                        } else {
                          if (_valid0) {
                            valid0 = true;
                            passing0 = 12;
                            if (props0 !== true) {
                              props0 = true;
                            }
                          }
                          const _errs146 = errors;
                          if (errors === _errs146) {
                            if (data && typeof data == 'object' && !Array.isArray(data)) {
                              let missing14;
                              if (
                                (data.id === undefined && (missing14 = 'id')) ||
                                (data.op === undefined && (missing14 = 'op')) ||
                                (data.invite_url === undefined && (missing14 = 'invite_url')) ||
                                (data.agent_id === undefined && (missing14 = 'agent_id')) ||
                                (data.endpoint === undefined && (missing14 = 'endpoint')) ||
                                (data.public_key === undefined && (missing14 = 'public_key')) ||
                                (data.now === undefined && (missing14 = 'now'))
                              ) {
                                const err116 = {
                                  instancePath,
                                  schemaPath: '#/oneOf/13/required',
                                  keyword: 'required',
                                  params: { missingProperty: missing14 },
                                  message: "must have required property '" + missing14 + "'",
                                };
                                if (vErrors === null) {
                                  vErrors = [err116];
                                } else {
                                  vErrors.push(err116);
                                }
                                errors++;
                              } else {
                                const _errs148 = errors;
                                for (const key14 in data) {
                                  if (
                                    !(
                                      key14 === 'id' ||
                                      key14 === 'op' ||
                                      key14 === 'invite_url' ||
                                      key14 === 'agent_id' ||
                                      key14 === 'endpoint' ||
                                      key14 === 'public_key' ||
                                      key14 === 'now' ||
                                      key14 === 'master_public_key'
                                    )
                                  ) {
                                    const err117 = {
                                      instancePath,
                                      schemaPath: '#/oneOf/13/additionalProperties',
                                      keyword: 'additionalProperties',
                                      params: { additionalProperty: key14 },
                                      message: 'must NOT have additional properties',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err117];
                                    } else {
                                      vErrors.push(err117);
                                    }
                                    errors++;
                                    break;
                                  }
                                }
                                if (_errs148 === errors) {
                                  if (data.id !== undefined) {
                                    let data54 = data.id;
                                    const _errs149 = errors;
                                    if (errors === _errs149) {
                                      if (typeof data54 === 'string') {
                                        if (func_ucs2length(data54) < 1) {
                                          const err118 = {
                                            instancePath: instancePath + '/id',
                                            schemaPath: '#/oneOf/13/properties/id/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err118];
                                          } else {
                                            vErrors.push(err118);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err119 = {
                                          instancePath: instancePath + '/id',
                                          schemaPath: '#/oneOf/13/properties/id/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err119];
                                        } else {
                                          vErrors.push(err119);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid16 = _errs149 === errors;
                                  } else {
                                    var valid16 = true;
                                  }
                                  if (valid16) {
                                    if (data.op !== undefined) {
                                      const _errs151 = errors;
                                      if ('build_join_request' !== data.op) {
                                        const err120 = {
                                          instancePath: instancePath + '/op',
                                          schemaPath: '#/oneOf/13/properties/op/const',
                                          keyword: 'const',
                                          params: { allowedValue: 'build_join_request' },
                                          message: 'must be equal to constant',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err120];
                                        } else {
                                          vErrors.push(err120);
                                        }
                                        errors++;
                                      }
                                      var valid16 = _errs151 === errors;
                                    } else {
                                      var valid16 = true;
                                    }
                                    if (valid16) {
                                      if (data.invite_url !== undefined) {
                                        const _errs152 = errors;
                                        if (typeof data.invite_url !== 'string') {
                                          const err121 = {
                                            instancePath: instancePath + '/invite_url',
                                            schemaPath: '#/oneOf/13/properties/invite_url/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err121];
                                          } else {
                                            vErrors.push(err121);
                                          }
                                          errors++;
                                        }
                                        var valid16 = _errs152 === errors;
                                      } else {
                                        var valid16 = true;
                                      }
                                      if (valid16) {
                                        if (data.agent_id !== undefined) {
                                          const _errs154 = errors;
                                          if (typeof data.agent_id !== 'string') {
                                            const err122 = {
                                              instancePath: instancePath + '/agent_id',
                                              schemaPath: '#/oneOf/13/properties/agent_id/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err122];
                                            } else {
                                              vErrors.push(err122);
                                            }
                                            errors++;
                                          }
                                          var valid16 = _errs154 === errors;
                                        } else {
                                          var valid16 = true;
                                        }
                                        if (valid16) {
                                          if (data.endpoint !== undefined) {
                                            const _errs156 = errors;
                                            if (typeof data.endpoint !== 'string') {
                                              const err123 = {
                                                instancePath: instancePath + '/endpoint',
                                                schemaPath: '#/oneOf/13/properties/endpoint/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err123];
                                              } else {
                                                vErrors.push(err123);
                                              }
                                              errors++;
                                            }
                                            var valid16 = _errs156 === errors;
                                          } else {
                                            var valid16 = true;
                                          }
                                          if (valid16) {
                                            if (data.public_key !== undefined) {
                                              const _errs158 = errors;
                                              if (typeof data.public_key !== 'string') {
                                                const err124 = {
                                                  instancePath: instancePath + '/public_key',
                                                  schemaPath: '#/oneOf/13/properties/public_key/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err124];
                                                } else {
                                                  vErrors.push(err124);
                                                }
                                                errors++;
                                              }
                                              var valid16 = _errs158 === errors;
                                            } else {
                                              var valid16 = true;
                                            }
                                            if (valid16) {
                                              if (data.now !== undefined) {
                                                const _errs160 = errors;
                                                if (typeof data.now !== 'string') {
                                                  const err125 = {
                                                    instancePath: instancePath + '/now',
                                                    schemaPath: '#/oneOf/13/properties/now/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err125];
                                                  } else {
                                                    vErrors.push(err125);
                                                  }
                                                  errors++;
                                                }
                                                var valid16 = _errs160 === errors;
                                              } else {
                                                var valid16 = true;
                                              }
                                              if (valid16) {
                                                if (data.master_public_key !== undefined) {
                                                  const _errs162 = errors;
                                                  if (typeof data.master_public_key !== 'string') {
                                                    const err126 = {
                                                      instancePath: instancePath + '/master_public_key',
                                                      schemaPath: '#/oneOf/13/properties/master_public_key/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err126];
                                                    } else {
                                                      vErrors.push(err126);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid16 = _errs162 === errors;
                                                } else {
                                                  var valid16 = true;
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
                              const err127 = {
                                instancePath,
                                schemaPath: '#/oneOf/13/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              };
                              if (vErrors === null) {
                                vErrors = [err127];
                              } else {
                                vErrors.push(err127);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs146 === errors;
                          if (_valid0 && valid0) {
                            valid0 = false;
                            passing0 = [passing0, 13];
                          } else {
                            if (_valid0) {
                              valid0 = true;
                              passing0 = 13;
                              if (props0 !== true) {
                                props0 = true;
                              }
                            }
                            const _errs164 = errors;
                            if (errors === _errs164) {
                              if (data && typeof data == 'object' && !Array.isArray(data)) {
                                let missing15;
                                if (
                                  (data.id === undefined && (missing15 = 'id')) ||
                                  (data.op === undefined && (missing15 = 'op')) ||
                                  (data.json === undefined && (missing15 = 'json'))
                                ) {
                                  const err128 = {
                                    instancePath,
                                    schemaPath: '#/oneOf/14/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing15 },
                                    message: "must have required property '" + missing15 + "'",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err128];
                                  } else {
                                    vErrors.push(err128);
                                  }
                                  errors++;
                                } else {
                                  const _errs166 = errors;
                                  for (const key15 in data) {
                                    if (!(key15 === 'id' || key15 === 'op' || key15 === 'json')) {
                                      const err129 = {
                                        instancePath,
                                        schemaPath: '#/oneOf/14/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key15 },
                                        message: 'must NOT have additional properties',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err129];
                                      } else {
                                        vErrors.push(err129);
                                      }
                                      errors++;
                                      break;
                                    }
                                  }
                                  if (_errs166 === errors) {
                                    if (data.id !== undefined) {
                                      let data62 = data.id;
                                      const _errs167 = errors;
                                      if (errors === _errs167) {
                                        if (typeof data62 === 'string') {
                                          if (func_ucs2length(data62) < 1) {
                                            const err130 = {
                                              instancePath: instancePath + '/id',
                                              schemaPath: '#/oneOf/14/properties/id/minLength',
                                              keyword: 'minLength',
                                              params: { limit: 1 },
                                              message: 'must NOT have fewer than 1 characters',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err130];
                                            } else {
                                              vErrors.push(err130);
                                            }
                                            errors++;
                                          }
                                        } else {
                                          const err131 = {
                                            instancePath: instancePath + '/id',
                                            schemaPath: '#/oneOf/14/properties/id/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err131];
                                          } else {
                                            vErrors.push(err131);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid17 = _errs167 === errors;
                                    } else {
                                      var valid17 = true;
                                    }
                                    if (valid17) {
                                      if (data.op !== undefined) {
                                        const _errs169 = errors;
                                        if ('jcs' !== data.op) {
                                          const err132 = {
                                            instancePath: instancePath + '/op',
                                            schemaPath: '#/oneOf/14/properties/op/const',
                                            keyword: 'const',
                                            params: { allowedValue: 'jcs' },
                                            message: 'must be equal to constant',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err132];
                                          } else {
                                            vErrors.push(err132);
                                          }
                                          errors++;
                                        }
                                        var valid17 = _errs169 === errors;
                                      } else {
                                        var valid17 = true;
                                      }
                                      if (valid17) {
                                        if (data.json !== undefined) {
                                          const _errs170 = errors;
                                          if (typeof data.json !== 'string') {
                                            const err133 = {
                                              instancePath: instancePath + '/json',
                                              schemaPath: '#/oneOf/14/properties/json/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err133];
                                            } else {
                                              vErrors.push(err133);
                                            }
                                            errors++;
                                          }
                                          var valid17 = _errs170 === errors;
                                        } else {
                                          var valid17 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                const err134 = {
                                  instancePath,
                                  schemaPath: '#/oneOf/14/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                };
                                if (vErrors === null) {
                                  vErrors = [err134];
                                } else {
                                  vErrors.push(err134);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs164 === errors;
                            if (_valid0 && valid0) {
                              valid0 = false;
                              passing0 = [passing0, 14];
                            } else {
                              if (_valid0) {
                                valid0 = true;
                                passing0 = 14;
                                if (props0 !== true) {
                                  props0 = true;
                                }
                              }
                              const _errs172 = errors;
                              if (errors === _errs172) {
                                if (data && typeof data == 'object' && !Array.isArray(data)) {
                                  let missing16;
                                  if (
                                    (data.id === undefined && (missing16 = 'id')) ||
                                    (data.op === undefined && (missing16 = 'op')) ||
                                    (data.seed_hex === undefined && (missing16 = 'seed_hex')) ||
                                    (data.envelope === undefined && (missing16 = 'envelope'))
                                  ) {
                                    const err135 = {
                                      instancePath,
                                      schemaPath: '#/oneOf/15/required',
                                      keyword: 'required',
                                      params: { missingProperty: missing16 },
                                      message: "must have required property '" + missing16 + "'",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err135];
                                    } else {
                                      vErrors.push(err135);
                                    }
                                    errors++;
                                  } else {
                                    const _errs174 = errors;
                                    for (const key16 in data) {
                                      if (
                                        !(
                                          key16 === 'id' ||
                                          key16 === 'op' ||
                                          key16 === 'seed_hex' ||
                                          key16 === 'envelope'
                                        )
                                      ) {
                                        const err136 = {
                                          instancePath,
                                          schemaPath: '#/oneOf/15/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key16 },
                                          message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err136];
                                        } else {
                                          vErrors.push(err136);
                                        }
                                        errors++;
                                        break;
                                      }
                                    }
                                    if (_errs174 === errors) {
                                      if (data.id !== undefined) {
                                        let data65 = data.id;
                                        const _errs175 = errors;
                                        if (errors === _errs175) {
                                          if (typeof data65 === 'string') {
                                            if (func_ucs2length(data65) < 1) {
                                              const err137 = {
                                                instancePath: instancePath + '/id',
                                                schemaPath: '#/oneOf/15/properties/id/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err137];
                                              } else {
                                                vErrors.push(err137);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err138 = {
                                              instancePath: instancePath + '/id',
                                              schemaPath: '#/oneOf/15/properties/id/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err138];
                                            } else {
                                              vErrors.push(err138);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid18 = _errs175 === errors;
                                      } else {
                                        var valid18 = true;
                                      }
                                      if (valid18) {
                                        if (data.op !== undefined) {
                                          const _errs177 = errors;
                                          if ('sign_envelope' !== data.op) {
                                            const err139 = {
                                              instancePath: instancePath + '/op',
                                              schemaPath: '#/oneOf/15/properties/op/const',
                                              keyword: 'const',
                                              params: { allowedValue: 'sign_envelope' },
                                              message: 'must be equal to constant',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err139];
                                            } else {
                                              vErrors.push(err139);
                                            }
                                            errors++;
                                          }
                                          var valid18 = _errs177 === errors;
                                        } else {
                                          var valid18 = true;
                                        }
                                        if (valid18) {
                                          if (data.seed_hex !== undefined) {
                                            let data67 = data.seed_hex;
                                            const _errs178 = errors;
                                            if (errors === _errs178) {
                                              if (typeof data67 === 'string') {
                                                if (!pattern_VectorAdapterRequest.test(data67)) {
                                                  const err140 = {
                                                    instancePath: instancePath + '/seed_hex',
                                                    schemaPath: '#/oneOf/15/properties/seed_hex/pattern',
                                                    keyword: 'pattern',
                                                    params: { pattern: '^[0-9a-f]{64}$' },
                                                    message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err140];
                                                  } else {
                                                    vErrors.push(err140);
                                                  }
                                                  errors++;
                                                }
                                              } else {
                                                const err141 = {
                                                  instancePath: instancePath + '/seed_hex',
                                                  schemaPath: '#/oneOf/15/properties/seed_hex/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err141];
                                                } else {
                                                  vErrors.push(err141);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid18 = _errs178 === errors;
                                          } else {
                                            var valid18 = true;
                                          }
                                          if (valid18) {
                                            if (data.envelope !== undefined) {
                                              let data68 = data.envelope;
                                              const _errs180 = errors;
                                              if (!(data68 && typeof data68 == 'object' && !Array.isArray(data68))) {
                                                const err142 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/15/properties/envelope/type',
                                                  keyword: 'type',
                                                  params: { type: 'object' },
                                                  message: 'must be object',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err142];
                                                } else {
                                                  vErrors.push(err142);
                                                }
                                                errors++;
                                              }
                                              var valid18 = _errs180 === errors;
                                            } else {
                                              var valid18 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err143 = {
                                    instancePath,
                                    schemaPath: '#/oneOf/15/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err143];
                                  } else {
                                    vErrors.push(err143);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs172 === errors;
                              if (_valid0 && valid0) {
                                valid0 = false;
                                passing0 = [passing0, 15];
                              } else {
                                if (_valid0) {
                                  valid0 = true;
                                  passing0 = 15;
                                  if (props0 !== true) {
                                    props0 = true;
                                  }
                                }
                                const _errs182 = errors;
                                if (errors === _errs182) {
                                  if (data && typeof data == 'object' && !Array.isArray(data)) {
                                    let missing17;
                                    if (
                                      (data.id === undefined && (missing17 = 'id')) ||
                                      (data.op === undefined && (missing17 = 'op')) ||
                                      (data.envelope === undefined && (missing17 = 'envelope')) ||
                                      (data.public_key === undefined && (missing17 = 'public_key'))
                                    ) {
                                      const err144 = {
                                        instancePath,
                                        schemaPath: '#/oneOf/16/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing17 },
                                        message: "must have required property '" + missing17 + "'",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err144];
                                      } else {
                                        vErrors.push(err144);
                                      }
                                      errors++;
                                    } else {
                                      const _errs184 = errors;
                                      for (const key17 in data) {
                                        if (
                                          !(
                                            key17 === 'id' ||
                                            key17 === 'op' ||
                                            key17 === 'envelope' ||
                                            key17 === 'public_key'
                                          )
                                        ) {
                                          const err145 = {
                                            instancePath,
                                            schemaPath: '#/oneOf/16/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key17 },
                                            message: 'must NOT have additional properties',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err145];
                                          } else {
                                            vErrors.push(err145);
                                          }
                                          errors++;
                                          break;
                                        }
                                      }
                                      if (_errs184 === errors) {
                                        if (data.id !== undefined) {
                                          let data69 = data.id;
                                          const _errs185 = errors;
                                          if (errors === _errs185) {
                                            if (typeof data69 === 'string') {
                                              if (func_ucs2length(data69) < 1) {
                                                const err146 = {
                                                  instancePath: instancePath + '/id',
                                                  schemaPath: '#/oneOf/16/properties/id/minLength',
                                                  keyword: 'minLength',
                                                  params: { limit: 1 },
                                                  message: 'must NOT have fewer than 1 characters',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err146];
                                                } else {
                                                  vErrors.push(err146);
                                                }
                                                errors++;
                                              }
                                            } else {
                                              const err147 = {
                                                instancePath: instancePath + '/id',
                                                schemaPath: '#/oneOf/16/properties/id/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err147];
                                              } else {
                                                vErrors.push(err147);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid19 = _errs185 === errors;
                                        } else {
                                          var valid19 = true;
                                        }
                                        if (valid19) {
                                          if (data.op !== undefined) {
                                            const _errs187 = errors;
                                            if ('verify_envelope' !== data.op) {
                                              const err148 = {
                                                instancePath: instancePath + '/op',
                                                schemaPath: '#/oneOf/16/properties/op/const',
                                                keyword: 'const',
                                                params: { allowedValue: 'verify_envelope' },
                                                message: 'must be equal to constant',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err148];
                                              } else {
                                                vErrors.push(err148);
                                              }
                                              errors++;
                                            }
                                            var valid19 = _errs187 === errors;
                                          } else {
                                            var valid19 = true;
                                          }
                                          if (valid19) {
                                            if (data.envelope !== undefined) {
                                              let data71 = data.envelope;
                                              const _errs188 = errors;
                                              const _errs189 = errors;
                                              let valid20 = false;
                                              const _errs190 = errors;
                                              if (!(data71 && typeof data71 == 'object' && !Array.isArray(data71))) {
                                                const err149 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/0/type',
                                                  keyword: 'type',
                                                  params: { type: 'object' },
                                                  message: 'must be object',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err149];
                                                } else {
                                                  vErrors.push(err149);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs190 === errors;
                                              valid20 = valid20 || _valid2;
                                              const _errs192 = errors;
                                              if (!Array.isArray(data71)) {
                                                const err150 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/1/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err150];
                                                } else {
                                                  vErrors.push(err150);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs192 === errors;
                                              valid20 = valid20 || _valid2;
                                              const _errs194 = errors;
                                              if (typeof data71 !== 'string') {
                                                const err151 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/2/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err151];
                                                } else {
                                                  vErrors.push(err151);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs194 === errors;
                                              valid20 = valid20 || _valid2;
                                              const _errs196 = errors;
                                              if (!(typeof data71 == 'number' && isFinite(data71))) {
                                                const err152 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/3/type',
                                                  keyword: 'type',
                                                  params: { type: 'number' },
                                                  message: 'must be number',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err152];
                                                } else {
                                                  vErrors.push(err152);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs196 === errors;
                                              valid20 = valid20 || _valid2;
                                              const _errs198 = errors;
                                              if (typeof data71 !== 'boolean') {
                                                const err153 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/4/type',
                                                  keyword: 'type',
                                                  params: { type: 'boolean' },
                                                  message: 'must be boolean',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err153];
                                                } else {
                                                  vErrors.push(err153);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs198 === errors;
                                              valid20 = valid20 || _valid2;
                                              const _errs200 = errors;
                                              if (data71 !== null) {
                                                const err154 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf/5/type',
                                                  keyword: 'type',
                                                  params: { type: 'null' },
                                                  message: 'must be null',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err154];
                                                } else {
                                                  vErrors.push(err154);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs200 === errors;
                                              valid20 = valid20 || _valid2;
                                              if (!valid20) {
                                                const err155 = {
                                                  instancePath: instancePath + '/envelope',
                                                  schemaPath: '#/oneOf/16/properties/envelope/anyOf',
                                                  keyword: 'anyOf',
                                                  params: {},
                                                  message: 'must match a schema in anyOf',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err155];
                                                } else {
                                                  vErrors.push(err155);
                                                }
                                                errors++;
                                              } else {
                                                errors = _errs189;
                                                if (vErrors !== null) {
                                                  if (_errs189) {
                                                    vErrors.length = _errs189;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                              var valid19 = _errs188 === errors;
                                            } else {
                                              var valid19 = true;
                                            }
                                            if (valid19) {
                                              if (data.public_key !== undefined) {
                                                const _errs202 = errors;
                                                if (typeof data.public_key !== 'string') {
                                                  const err156 = {
                                                    instancePath: instancePath + '/public_key',
                                                    schemaPath: '#/oneOf/16/properties/public_key/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err156];
                                                  } else {
                                                    vErrors.push(err156);
                                                  }
                                                  errors++;
                                                }
                                                var valid19 = _errs202 === errors;
                                              } else {
                                                var valid19 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err157 = {
                                      instancePath,
                                      schemaPath: '#/oneOf/16/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err157];
                                    } else {
                                      vErrors.push(err157);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs182 === errors;
                                if (_valid0 && valid0) {
                                  valid0 = false;
                                  passing0 = [passing0, 16];
                                } else {
                                  if (_valid0) {
                                    valid0 = true;
                                    passing0 = 16;
                                    if (props0 !== true) {
                                      props0 = true;
                                    }
                                  }
                                  const _errs204 = errors;
                                  if (errors === _errs204) {
                                    if (data && typeof data == 'object' && !Array.isArray(data)) {
                                      let missing18;
                                      if (
                                        (data.id === undefined && (missing18 = 'id')) ||
                                        (data.op === undefined && (missing18 = 'op')) ||
                                        (data.content === undefined && (missing18 = 'content')) ||
                                        (data.message_id === undefined && (missing18 = 'message_id')) ||
                                        (data.swarm_id === undefined && (missing18 = 'swarm_id')) ||
                                        (data.sender_id === undefined && (missing18 = 'sender_id')) ||
                                        (data.readers === undefined && (missing18 = 'readers')) ||
                                        (data.content_key_hex === undefined && (missing18 = 'content_key_hex')) ||
                                        (data.nonce_hex === undefined && (missing18 = 'nonce_hex'))
                                      ) {
                                        const err158 = {
                                          instancePath,
                                          schemaPath: '#/oneOf/17/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing18 },
                                          message: "must have required property '" + missing18 + "'",
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err158];
                                        } else {
                                          vErrors.push(err158);
                                        }
                                        errors++;
                                      } else {
                                        const _errs206 = errors;
                                        for (const key18 in data) {
                                          if (
                                            !func_hasOwnProperty.call(
                                              schema_VectorAdapterRequest.oneOf[17].properties,
                                              key18,
                                            )
                                          ) {
                                            const err159 = {
                                              instancePath,
                                              schemaPath: '#/oneOf/17/additionalProperties',
                                              keyword: 'additionalProperties',
                                              params: { additionalProperty: key18 },
                                              message: 'must NOT have additional properties',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err159];
                                            } else {
                                              vErrors.push(err159);
                                            }
                                            errors++;
                                            break;
                                          }
                                        }
                                        if (_errs206 === errors) {
                                          if (data.id !== undefined) {
                                            let data73 = data.id;
                                            const _errs207 = errors;
                                            if (errors === _errs207) {
                                              if (typeof data73 === 'string') {
                                                if (func_ucs2length(data73) < 1) {
                                                  const err160 = {
                                                    instancePath: instancePath + '/id',
                                                    schemaPath: '#/oneOf/17/properties/id/minLength',
                                                    keyword: 'minLength',
                                                    params: { limit: 1 },
                                                    message: 'must NOT have fewer than 1 characters',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err160];
                                                  } else {
                                                    vErrors.push(err160);
                                                  }
                                                  errors++;
                                                }
                                              } else {
                                                const err161 = {
                                                  instancePath: instancePath + '/id',
                                                  schemaPath: '#/oneOf/17/properties/id/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err161];
                                                } else {
                                                  vErrors.push(err161);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid21 = _errs207 === errors;
                                          } else {
                                            var valid21 = true;
                                          }
                                          if (valid21) {
                                            if (data.op !== undefined) {
                                              const _errs209 = errors;
                                              if ('seal_content' !== data.op) {
                                                const err162 = {
                                                  instancePath: instancePath + '/op',
                                                  schemaPath: '#/oneOf/17/properties/op/const',
                                                  keyword: 'const',
                                                  params: { allowedValue: 'seal_content' },
                                                  message: 'must be equal to constant',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err162];
                                                } else {
                                                  vErrors.push(err162);
                                                }
                                                errors++;
                                              }
                                              var valid21 = _errs209 === errors;
                                            } else {
                                              var valid21 = true;
                                            }
                                            if (valid21) {
                                              if (data.content !== undefined) {
                                                const _errs210 = errors;
                                                if (typeof data.content !== 'string') {
                                                  const err163 = {
                                                    instancePath: instancePath + '/content',
                                                    schemaPath: '#/oneOf/17/properties/content/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err163];
                                                  } else {
                                                    vErrors.push(err163);
                                                  }
                                                  errors++;
                                                }
                                                var valid21 = _errs210 === errors;
                                              } else {
                                                var valid21 = true;
                                              }
                                              if (valid21) {
                                                if (data.message_id !== undefined) {
                                                  const _errs212 = errors;
                                                  if (typeof data.message_id !== 'string') {
                                                    const err164 = {
                                                      instancePath: instancePath + '/message_id',
                                                      schemaPath: '#/oneOf/17/properties/message_id/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err164];
                                                    } else {
                                                      vErrors.push(err164);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid21 = _errs212 === errors;
                                                } else {
                                                  var valid21 = true;
                                                }
                                                if (valid21) {
                                                  if (data.swarm_id !== undefined) {
                                                    const _errs214 = errors;
                                                    if (typeof data.swarm_id !== 'string') {
                                                      const err165 = {
                                                        instancePath: instancePath + '/swarm_id',
                                                        schemaPath: '#/oneOf/17/properties/swarm_id/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err165];
                                                      } else {
                                                        vErrors.push(err165);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid21 = _errs214 === errors;
                                                  } else {
                                                    var valid21 = true;
                                                  }
                                                  if (valid21) {
                                                    if (data.sender_id !== undefined) {
                                                      const _errs216 = errors;
                                                      if (typeof data.sender_id !== 'string') {
                                                        const err166 = {
                                                          instancePath: instancePath + '/sender_id',
                                                          schemaPath: '#/oneOf/17/properties/sender_id/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err166];
                                                        } else {
                                                          vErrors.push(err166);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid21 = _errs216 === errors;
                                                    } else {
                                                      var valid21 = true;
                                                    }
                                                    if (valid21) {
                                                      if (data.readers !== undefined) {
                                                        let data79 = data.readers;
                                                        const _errs218 = errors;
                                                        if (errors === _errs218) {
                                                          if (Array.isArray(data79)) {
                                                            if (data79.length < 1) {
                                                              const err167 = {
                                                                instancePath: instancePath + '/readers',
                                                                schemaPath: '#/oneOf/17/properties/readers/minItems',
                                                                keyword: 'minItems',
                                                                params: { limit: 1 },
                                                                message: 'must NOT have fewer than 1 items',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err167];
                                                              } else {
                                                                vErrors.push(err167);
                                                              }
                                                              errors++;
                                                            } else {
                                                              var valid22 = true;
                                                              const len0 = data79.length;
                                                              for (let i0 = 0; i0 < len0; i0++) {
                                                                let data80 = data79[i0];
                                                                const _errs220 = errors;
                                                                if (errors === _errs220) {
                                                                  if (
                                                                    data80 &&
                                                                    typeof data80 == 'object' &&
                                                                    !Array.isArray(data80)
                                                                  ) {
                                                                    let missing19;
                                                                    if (
                                                                      (data80.agent_id === undefined &&
                                                                        (missing19 = 'agent_id')) ||
                                                                      (data80.public_key === undefined &&
                                                                        (missing19 = 'public_key')) ||
                                                                      (data80.ephemeral_seed_hex === undefined &&
                                                                        (missing19 = 'ephemeral_seed_hex'))
                                                                    ) {
                                                                      const err168 = {
                                                                        instancePath: instancePath + '/readers/' + i0,
                                                                        schemaPath:
                                                                          '#/oneOf/17/properties/readers/items/required',
                                                                        keyword: 'required',
                                                                        params: { missingProperty: missing19 },
                                                                        message:
                                                                          "must have required property '" +
                                                                          missing19 +
                                                                          "'",
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err168];
                                                                      } else {
                                                                        vErrors.push(err168);
                                                                      }
                                                                      errors++;
                                                                    } else {
                                                                      const _errs222 = errors;
                                                                      for (const key19 in data80) {
                                                                        if (
                                                                          !(
                                                                            key19 === 'agent_id' ||
                                                                            key19 === 'public_key' ||
                                                                            key19 === 'ephemeral_seed_hex'
                                                                          )
                                                                        ) {
                                                                          const err169 = {
                                                                            instancePath:
                                                                              instancePath + '/readers/' + i0,
                                                                            schemaPath:
                                                                              '#/oneOf/17/properties/readers/items/additionalProperties',
                                                                            keyword: 'additionalProperties',
                                                                            params: { additionalProperty: key19 },
                                                                            message:
                                                                              'must NOT have additional properties',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err169];
                                                                          } else {
                                                                            vErrors.push(err169);
                                                                          }
                                                                          errors++;
                                                                          break;
                                                                        }
                                                                      }
                                                                      if (_errs222 === errors) {
                                                                        if (data80.agent_id !== undefined) {
                                                                          const _errs223 = errors;
                                                                          if (typeof data80.agent_id !== 'string') {
                                                                            const err170 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/readers/' +
                                                                                i0 +
                                                                                '/agent_id',
                                                                              schemaPath:
                                                                                '#/oneOf/17/properties/readers/items/properties/agent_id/type',
                                                                              keyword: 'type',
                                                                              params: { type: 'string' },
                                                                              message: 'must be string',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err170];
                                                                            } else {
                                                                              vErrors.push(err170);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid23 = _errs223 === errors;
                                                                        } else {
                                                                          var valid23 = true;
                                                                        }
                                                                        if (valid23) {
                                                                          if (data80.public_key !== undefined) {
                                                                            const _errs225 = errors;
                                                                            if (typeof data80.public_key !== 'string') {
                                                                              const err171 = {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/readers/' +
                                                                                  i0 +
                                                                                  '/public_key',
                                                                                schemaPath:
                                                                                  '#/oneOf/17/properties/readers/items/properties/public_key/type',
                                                                                keyword: 'type',
                                                                                params: { type: 'string' },
                                                                                message: 'must be string',
                                                                              };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err171];
                                                                              } else {
                                                                                vErrors.push(err171);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid23 = _errs225 === errors;
                                                                          } else {
                                                                            var valid23 = true;
                                                                          }
                                                                          if (valid23) {
                                                                            if (
                                                                              data80.ephemeral_seed_hex !== undefined
                                                                            ) {
                                                                              let data83 = data80.ephemeral_seed_hex;
                                                                              const _errs227 = errors;
                                                                              if (errors === _errs227) {
                                                                                if (typeof data83 === 'string') {
                                                                                  if (
                                                                                    !pattern_VectorAdapterRequest.test(
                                                                                      data83,
                                                                                    )
                                                                                  ) {
                                                                                    const err172 = {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/readers/' +
                                                                                        i0 +
                                                                                        '/ephemeral_seed_hex',
                                                                                      schemaPath:
                                                                                        '#/oneOf/17/properties/readers/items/properties/ephemeral_seed_hex/pattern',
                                                                                      keyword: 'pattern',
                                                                                      params: {
                                                                                        pattern: '^[0-9a-f]{64}$',
                                                                                      },
                                                                                      message:
                                                                                        'must match pattern "' +
                                                                                        '^[0-9a-f]{64}$' +
                                                                                        '"',
                                                                                    };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err172];
                                                                                    } else {
                                                                                      vErrors.push(err172);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                } else {
                                                                                  const err173 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/readers/' +
                                                                                      i0 +
                                                                                      '/ephemeral_seed_hex',
                                                                                    schemaPath:
                                                                                      '#/oneOf/17/properties/readers/items/properties/ephemeral_seed_hex/type',
                                                                                    keyword: 'type',
                                                                                    params: { type: 'string' },
                                                                                    message: 'must be string',
                                                                                  };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err173];
                                                                                  } else {
                                                                                    vErrors.push(err173);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              }
                                                                              var valid23 = _errs227 === errors;
                                                                            } else {
                                                                              var valid23 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    const err174 = {
                                                                      instancePath: instancePath + '/readers/' + i0,
                                                                      schemaPath:
                                                                        '#/oneOf/17/properties/readers/items/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'object' },
                                                                      message: 'must be object',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err174];
                                                                    } else {
                                                                      vErrors.push(err174);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                                var valid22 = _errs220 === errors;
                                                                if (!valid22) {
                                                                  break;
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            const err175 = {
                                                              instancePath: instancePath + '/readers',
                                                              schemaPath: '#/oneOf/17/properties/readers/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err175];
                                                            } else {
                                                              vErrors.push(err175);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid21 = _errs218 === errors;
                                                      } else {
                                                        var valid21 = true;
                                                      }
                                                      if (valid21) {
                                                        if (data.content_key_hex !== undefined) {
                                                          let data84 = data.content_key_hex;
                                                          const _errs229 = errors;
                                                          if (errors === _errs229) {
                                                            if (typeof data84 === 'string') {
                                                              if (!pattern_VectorAdapterRequest.test(data84)) {
                                                                const err176 = {
                                                                  instancePath: instancePath + '/content_key_hex',
                                                                  schemaPath:
                                                                    '#/oneOf/17/properties/content_key_hex/pattern',
                                                                  keyword: 'pattern',
                                                                  params: { pattern: '^[0-9a-f]{64}$' },
                                                                  message:
                                                                    'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err176];
                                                                } else {
                                                                  vErrors.push(err176);
                                                                }
                                                                errors++;
                                                              }
                                                            } else {
                                                              const err177 = {
                                                                instancePath: instancePath + '/content_key_hex',
                                                                schemaPath:
                                                                  '#/oneOf/17/properties/content_key_hex/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err177];
                                                              } else {
                                                                vErrors.push(err177);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid21 = _errs229 === errors;
                                                        } else {
                                                          var valid21 = true;
                                                        }
                                                        if (valid21) {
                                                          if (data.nonce_hex !== undefined) {
                                                            let data85 = data.nonce_hex;
                                                            const _errs231 = errors;
                                                            if (errors === _errs231) {
                                                              if (typeof data85 === 'string') {
                                                                if (!pattern_VectorAdapterRequest_2.test(data85)) {
                                                                  const err178 = {
                                                                    instancePath: instancePath + '/nonce_hex',
                                                                    schemaPath:
                                                                      '#/oneOf/17/properties/nonce_hex/pattern',
                                                                    keyword: 'pattern',
                                                                    params: { pattern: '^[0-9a-f]{48}$' },
                                                                    message:
                                                                      'must match pattern "' + '^[0-9a-f]{48}$' + '"',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err178];
                                                                  } else {
                                                                    vErrors.push(err178);
                                                                  }
                                                                  errors++;
                                                                }
                                                              } else {
                                                                const err179 = {
                                                                  instancePath: instancePath + '/nonce_hex',
                                                                  schemaPath: '#/oneOf/17/properties/nonce_hex/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err179];
                                                                } else {
                                                                  vErrors.push(err179);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid21 = _errs231 === errors;
                                                          } else {
                                                            var valid21 = true;
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
                                      const err180 = {
                                        instancePath,
                                        schemaPath: '#/oneOf/17/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err180];
                                      } else {
                                        vErrors.push(err180);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid0 = _errs204 === errors;
                                  if (_valid0 && valid0) {
                                    valid0 = false;
                                    passing0 = [passing0, 17];
                                  } else {
                                    if (_valid0) {
                                      valid0 = true;
                                      passing0 = 17;
                                      if (props0 !== true) {
                                        props0 = true;
                                      }
                                    }
                                    const _errs233 = errors;
                                    if (errors === _errs233) {
                                      if (data && typeof data == 'object' && !Array.isArray(data)) {
                                        let missing20;
                                        if (
                                          (data.id === undefined && (missing20 = 'id')) ||
                                          (data.op === undefined && (missing20 = 'op')) ||
                                          (data.sealed === undefined && (missing20 = 'sealed')) ||
                                          (data.message_id === undefined && (missing20 = 'message_id')) ||
                                          (data.swarm_id === undefined && (missing20 = 'swarm_id')) ||
                                          (data.sender_id === undefined && (missing20 = 'sender_id')) ||
                                          (data.agent_id === undefined && (missing20 = 'agent_id')) ||
                                          (data.seed_hex === undefined && (missing20 = 'seed_hex'))
                                        ) {
                                          const err181 = {
                                            instancePath,
                                            schemaPath: '#/oneOf/18/required',
                                            keyword: 'required',
                                            params: { missingProperty: missing20 },
                                            message: "must have required property '" + missing20 + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err181];
                                          } else {
                                            vErrors.push(err181);
                                          }
                                          errors++;
                                        } else {
                                          const _errs235 = errors;
                                          for (const key20 in data) {
                                            if (
                                              !(
                                                key20 === 'id' ||
                                                key20 === 'op' ||
                                                key20 === 'sealed' ||
                                                key20 === 'message_id' ||
                                                key20 === 'swarm_id' ||
                                                key20 === 'sender_id' ||
                                                key20 === 'agent_id' ||
                                                key20 === 'seed_hex'
                                              )
                                            ) {
                                              const err182 = {
                                                instancePath,
                                                schemaPath: '#/oneOf/18/additionalProperties',
                                                keyword: 'additionalProperties',
                                                params: { additionalProperty: key20 },
                                                message: 'must NOT have additional properties',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err182];
                                              } else {
                                                vErrors.push(err182);
                                              }
                                              errors++;
                                              break;
                                            }
                                          }
                                          if (_errs235 === errors) {
                                            if (data.id !== undefined) {
                                              let data86 = data.id;
                                              const _errs236 = errors;
                                              if (errors === _errs236) {
                                                if (typeof data86 === 'string') {
                                                  if (func_ucs2length(data86) < 1) {
                                                    const err183 = {
                                                      instancePath: instancePath + '/id',
                                                      schemaPath: '#/oneOf/18/properties/id/minLength',
                                                      keyword: 'minLength',
                                                      params: { limit: 1 },
                                                      message: 'must NOT have fewer than 1 characters',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err183];
                                                    } else {
                                                      vErrors.push(err183);
                                                    }
                                                    errors++;
                                                  }
                                                } else {
                                                  const err184 = {
                                                    instancePath: instancePath + '/id',
                                                    schemaPath: '#/oneOf/18/properties/id/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err184];
                                                  } else {
                                                    vErrors.push(err184);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid24 = _errs236 === errors;
                                            } else {
                                              var valid24 = true;
                                            }
                                            if (valid24) {
                                              if (data.op !== undefined) {
                                                const _errs238 = errors;
                                                if ('open_sealed' !== data.op) {
                                                  const err185 = {
                                                    instancePath: instancePath + '/op',
                                                    schemaPath: '#/oneOf/18/properties/op/const',
                                                    keyword: 'const',
                                                    params: { allowedValue: 'open_sealed' },
                                                    message: 'must be equal to constant',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err185];
                                                  } else {
                                                    vErrors.push(err185);
                                                  }
                                                  errors++;
                                                }
                                                var valid24 = _errs238 === errors;
                                              } else {
                                                var valid24 = true;
                                              }
                                              if (valid24) {
                                                if (data.sealed !== undefined) {
                                                  let data88 = data.sealed;
                                                  const _errs239 = errors;
                                                  const _errs240 = errors;
                                                  let valid25 = false;
                                                  const _errs241 = errors;
                                                  if (
                                                    !(data88 && typeof data88 == 'object' && !Array.isArray(data88))
                                                  ) {
                                                    const err186 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/0/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err186];
                                                    } else {
                                                      vErrors.push(err186);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs241 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  const _errs243 = errors;
                                                  if (!Array.isArray(data88)) {
                                                    const err187 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/1/type',
                                                      keyword: 'type',
                                                      params: { type: 'array' },
                                                      message: 'must be array',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err187];
                                                    } else {
                                                      vErrors.push(err187);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs243 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  const _errs245 = errors;
                                                  if (typeof data88 !== 'string') {
                                                    const err188 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/2/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err188];
                                                    } else {
                                                      vErrors.push(err188);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs245 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  const _errs247 = errors;
                                                  if (!(typeof data88 == 'number' && isFinite(data88))) {
                                                    const err189 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/3/type',
                                                      keyword: 'type',
                                                      params: { type: 'number' },
                                                      message: 'must be number',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err189];
                                                    } else {
                                                      vErrors.push(err189);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs247 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  const _errs249 = errors;
                                                  if (typeof data88 !== 'boolean') {
                                                    const err190 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/4/type',
                                                      keyword: 'type',
                                                      params: { type: 'boolean' },
                                                      message: 'must be boolean',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err190];
                                                    } else {
                                                      vErrors.push(err190);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs249 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  const _errs251 = errors;
                                                  if (data88 !== null) {
                                                    const err191 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf/5/type',
                                                      keyword: 'type',
                                                      params: { type: 'null' },
                                                      message: 'must be null',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err191];
                                                    } else {
                                                      vErrors.push(err191);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid3 = _errs251 === errors;
                                                  valid25 = valid25 || _valid3;
                                                  if (!valid25) {
                                                    const err192 = {
                                                      instancePath: instancePath + '/sealed',
                                                      schemaPath: '#/oneOf/18/properties/sealed/anyOf',
                                                      keyword: 'anyOf',
                                                      params: {},
                                                      message: 'must match a schema in anyOf',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err192];
                                                    } else {
                                                      vErrors.push(err192);
                                                    }
                                                    errors++;
                                                  } else {
                                                    errors = _errs240;
                                                    if (vErrors !== null) {
                                                      if (_errs240) {
                                                        vErrors.length = _errs240;
                                                      } else {
                                                        vErrors = null;
                                                      }
                                                    }
                                                  }
                                                  var valid24 = _errs239 === errors;
                                                } else {
                                                  var valid24 = true;
                                                }
                                                if (valid24) {
                                                  if (data.message_id !== undefined) {
                                                    const _errs253 = errors;
                                                    if (typeof data.message_id !== 'string') {
                                                      const err193 = {
                                                        instancePath: instancePath + '/message_id',
                                                        schemaPath: '#/oneOf/18/properties/message_id/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err193];
                                                      } else {
                                                        vErrors.push(err193);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid24 = _errs253 === errors;
                                                  } else {
                                                    var valid24 = true;
                                                  }
                                                  if (valid24) {
                                                    if (data.swarm_id !== undefined) {
                                                      const _errs255 = errors;
                                                      if (typeof data.swarm_id !== 'string') {
                                                        const err194 = {
                                                          instancePath: instancePath + '/swarm_id',
                                                          schemaPath: '#/oneOf/18/properties/swarm_id/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err194];
                                                        } else {
                                                          vErrors.push(err194);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid24 = _errs255 === errors;
                                                    } else {
                                                      var valid24 = true;
                                                    }
                                                    if (valid24) {
                                                      if (data.sender_id !== undefined) {
                                                        const _errs257 = errors;
                                                        if (typeof data.sender_id !== 'string') {
                                                          const err195 = {
                                                            instancePath: instancePath + '/sender_id',
                                                            schemaPath: '#/oneOf/18/properties/sender_id/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err195];
                                                          } else {
                                                            vErrors.push(err195);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid24 = _errs257 === errors;
                                                      } else {
                                                        var valid24 = true;
                                                      }
                                                      if (valid24) {
                                                        if (data.agent_id !== undefined) {
                                                          const _errs259 = errors;
                                                          if (typeof data.agent_id !== 'string') {
                                                            const err196 = {
                                                              instancePath: instancePath + '/agent_id',
                                                              schemaPath: '#/oneOf/18/properties/agent_id/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err196];
                                                            } else {
                                                              vErrors.push(err196);
                                                            }
                                                            errors++;
                                                          }
                                                          var valid24 = _errs259 === errors;
                                                        } else {
                                                          var valid24 = true;
                                                        }
                                                        if (valid24) {
                                                          if (data.seed_hex !== undefined) {
                                                            let data93 = data.seed_hex;
                                                            const _errs261 = errors;
                                                            if (errors === _errs261) {
                                                              if (typeof data93 === 'string') {
                                                                if (!pattern_VectorAdapterRequest.test(data93)) {
                                                                  const err197 = {
                                                                    instancePath: instancePath + '/seed_hex',
                                                                    schemaPath:
                                                                      '#/oneOf/18/properties/seed_hex/pattern',
                                                                    keyword: 'pattern',
                                                                    params: { pattern: '^[0-9a-f]{64}$' },
                                                                    message:
                                                                      'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err197];
                                                                  } else {
                                                                    vErrors.push(err197);
                                                                  }
                                                                  errors++;
                                                                }
                                                              } else {
                                                                const err198 = {
                                                                  instancePath: instancePath + '/seed_hex',
                                                                  schemaPath: '#/oneOf/18/properties/seed_hex/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err198];
                                                                } else {
                                                                  vErrors.push(err198);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid24 = _errs261 === errors;
                                                          } else {
                                                            var valid24 = true;
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
                                        const err199 = {
                                          instancePath,
                                          schemaPath: '#/oneOf/18/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err199];
                                        } else {
                                          vErrors.push(err199);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid0 = _errs233 === errors;
                                    if (_valid0 && valid0) {
                                      valid0 = false;
                                      passing0 = [passing0, 18];
                                    } else {
                                      if (_valid0) {
                                        valid0 = true;
                                        passing0 = 18;
                                        if (props0 !== true) {
                                          props0 = true;
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
  if (!valid0) {
    const err200 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err200];
    } else {
      vErrors.push(err200);
    }
    errors++;
    validate_VectorAdapterRequest.errors = vErrors;
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
  validate_VectorAdapterRequest.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate_VectorAdapterRequest.evaluated = { dynamicProps: true, dynamicItems: false };
export const validateVectorAdapterRequest =
  validate_VectorAdapterRequest as unknown as ValidateFunction<VectorAdapterRequest>;
