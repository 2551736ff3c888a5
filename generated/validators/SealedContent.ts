/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { SealedContent } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
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
export const validateSealedContent = validate_SealedContent as unknown as ValidateFunction<SealedContent>;
