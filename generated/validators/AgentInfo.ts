/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { AgentInfo } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_AgentInfo = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/AgentInfo.json',
  type: 'object',
  required: ['agent_id', 'endpoint', 'public_key', 'protocol_version', 'capabilities', 'metadata'],
  properties: {
    agent_id: { $ref: 'AgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    public_key: { $ref: 'PublicKey.json' },
    protocol_version: { type: 'string' },
    capabilities: { type: 'array', items: { $ref: 'MessageType.json' }, uniqueItems: true },
    metadata: {
      oneOf: [
        { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' } } },
        { type: 'null' },
      ],
    },
    protocol_versions: {
      type: 'array',
      items: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', maxLength: 32 },
      minItems: 1,
      maxItems: 16,
      uniqueItems: true,
    },
  },
};
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
const schema_Endpoint = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Endpoint.json',
  type: 'string',
  pattern: '^https://[^\\s]+$',
  maxLength: 2048,
};
const pattern_Endpoint = new RegExp('^https://[^\\s]+$', 'u');
function validate_Endpoint(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Endpoint.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Endpoint.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 2048) {
        validate_Endpoint.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 2048 },
            message: 'must NOT have more than 2048 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_Endpoint.test(data)) {
          validate_Endpoint.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: { pattern: '^https://[^\\s]+$' },
              message: 'must match pattern "' + '^https://[^\\s]+$' + '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_Endpoint.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Endpoint.errors = vErrors;
  return errors === 0;
}
validate_Endpoint.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_PublicKey = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/PublicKey.json',
  type: 'string',
  pattern: '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$',
};
const pattern_PublicKey = new RegExp('^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$', 'u');
function validate_PublicKey(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/PublicKey.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_PublicKey.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern_PublicKey.test(data)) {
        validate_PublicKey.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$' },
            message: 'must match pattern "' + '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate_PublicKey.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_PublicKey.errors = vErrors;
  return errors === 0;
}
validate_PublicKey.evaluated = { dynamicProps: false, dynamicItems: false };
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
const func_equal = require('ajv/dist/runtime/equal').default;
const pattern_AgentInfo = new RegExp('^[0-9]+\\.[0-9]+\\.[0-9]+$', 'u');
function validate_AgentInfo(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/AgentInfo.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_AgentInfo.evaluated;
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
        (data.agent_id === undefined && (missing0 = 'agent_id')) ||
        (data.endpoint === undefined && (missing0 = 'endpoint')) ||
        (data.public_key === undefined && (missing0 = 'public_key')) ||
        (data.protocol_version === undefined && (missing0 = 'protocol_version')) ||
        (data.capabilities === undefined && (missing0 = 'capabilities')) ||
        (data.metadata === undefined && (missing0 = 'metadata'))
      ) {
        validate_AgentInfo.errors = [
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
        if (data.agent_id !== undefined) {
          const _errs1 = errors;
          if (
            !validate_AgentId(data.agent_id, {
              instancePath: instancePath + '/agent_id',
              parentData: data,
              parentDataProperty: 'agent_id',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.endpoint !== undefined) {
            const _errs2 = errors;
            if (
              !validate_Endpoint(data.endpoint, {
                instancePath: instancePath + '/endpoint',
                parentData: data,
                parentDataProperty: 'endpoint',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_Endpoint.errors : vErrors.concat(validate_Endpoint.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.public_key !== undefined) {
              const _errs3 = errors;
              if (
                !validate_PublicKey(data.public_key, {
                  instancePath: instancePath + '/public_key',
                  parentData: data,
                  parentDataProperty: 'public_key',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_PublicKey.errors : vErrors.concat(validate_PublicKey.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.protocol_version !== undefined) {
                const _errs4 = errors;
                if (typeof data.protocol_version !== 'string') {
                  validate_AgentInfo.errors = [
                    {
                      instancePath: instancePath + '/protocol_version',
                      schemaPath: '#/properties/protocol_version/type',
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
                if (data.capabilities !== undefined) {
                  let data4 = data.capabilities;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs8 = errors;
                        if (
                          !validate_MessageType(data4[i0], {
                            instancePath: instancePath + '/capabilities/' + i0,
                            parentData: data4,
                            parentDataProperty: i0,
                            rootData,
                            dynamicAnchors,
                          })
                        ) {
                          vErrors =
                            vErrors === null
                              ? validate_MessageType.errors
                              : vErrors.concat(validate_MessageType.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs8 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                      if (valid1) {
                        let i1 = data4.length;
                        let j0;
                        if (i1 > 1) {
                          outer0: for (; i1--; ) {
                            for (j0 = i1; j0--; ) {
                              if (func_equal(data4[i1], data4[j0])) {
                                validate_AgentInfo.errors = [
                                  {
                                    instancePath: instancePath + '/capabilities',
                                    schemaPath: '#/properties/capabilities/uniqueItems',
                                    keyword: 'uniqueItems',
                                    params: { i: i1, j: j0 },
                                    message:
                                      'must NOT have duplicate items (items ## ' +
                                      j0 +
                                      ' and ' +
                                      i1 +
                                      ' are identical)',
                                  },
                                ];
                                return false;
                                break outer0;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate_AgentInfo.errors = [
                        {
                          instancePath: instancePath + '/capabilities',
                          schemaPath: '#/properties/capabilities/type',
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
                if (valid0) {
                  if (data.metadata !== undefined) {
                    let data6 = data.metadata;
                    const _errs9 = errors;
                    const _errs10 = errors;
                    let valid3 = false;
                    let passing0 = null;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                        if (data6.name !== undefined) {
                          const _errs13 = errors;
                          if (typeof data6.name !== 'string') {
                            const err0 = {
                              instancePath: instancePath + '/metadata/name',
                              schemaPath: '#/properties/metadata/oneOf/0/properties/name/type',
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
                          var valid4 = _errs13 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data6.description !== undefined) {
                            const _errs15 = errors;
                            if (typeof data6.description !== 'string') {
                              const err1 = {
                                instancePath: instancePath + '/metadata/description',
                                schemaPath: '#/properties/metadata/oneOf/0/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                            var valid4 = _errs15 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      } else {
                        const err2 = {
                          instancePath: instancePath + '/metadata',
                          schemaPath: '#/properties/metadata/oneOf/0/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs11 === errors;
                    if (_valid0) {
                      valid3 = true;
                      passing0 = 0;
                      var props0 = {};
                      props0.name = true;
                      props0.description = true;
                    }
                    const _errs17 = errors;
                    if (data6 !== null) {
                      const err3 = {
                        instancePath: instancePath + '/metadata',
                        schemaPath: '#/properties/metadata/oneOf/1/type',
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
                    var _valid0 = _errs17 === errors;
                    if (_valid0 && valid3) {
                      valid3 = false;
                      passing0 = [passing0, 1];
                    } else {
                      if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                      }
                    }
                    if (!valid3) {
                      const err4 = {
                        instancePath: instancePath + '/metadata',
                        schemaPath: '#/properties/metadata/oneOf',
                        keyword: 'oneOf',
                        params: { passingSchemas: passing0 },
                        message: 'must match exactly one schema in oneOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                      validate_AgentInfo.errors = vErrors;
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
                    if (data.protocol_versions !== undefined) {
                      let data9 = data.protocol_versions;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (Array.isArray(data9)) {
                          if (data9.length > 16) {
                            validate_AgentInfo.errors = [
                              {
                                instancePath: instancePath + '/protocol_versions',
                                schemaPath: '#/properties/protocol_versions/maxItems',
                                keyword: 'maxItems',
                                params: { limit: 16 },
                                message: 'must NOT have more than 16 items',
                              },
                            ];
                            return false;
                          } else {
                            if (data9.length < 1) {
                              validate_AgentInfo.errors = [
                                {
                                  instancePath: instancePath + '/protocol_versions',
                                  schemaPath: '#/properties/protocol_versions/minItems',
                                  keyword: 'minItems',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 items',
                                },
                              ];
                              return false;
                            } else {
                              var valid5 = true;
                              const len1 = data9.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                let data10 = data9[i2];
                                const _errs21 = errors;
                                if (errors === _errs21) {
                                  if (typeof data10 === 'string') {
                                    if (func_ucs2length(data10) > 32) {
                                      validate_AgentInfo.errors = [
                                        {
                                          instancePath: instancePath + '/protocol_versions/' + i2,
                                          schemaPath: '#/properties/protocol_versions/items/maxLength',
                                          keyword: 'maxLength',
                                          params: { limit: 32 },
                                          message: 'must NOT have more than 32 characters',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (!pattern_AgentInfo.test(data10)) {
                                        validate_AgentInfo.errors = [
                                          {
                                            instancePath: instancePath + '/protocol_versions/' + i2,
                                            schemaPath: '#/properties/protocol_versions/items/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
                                            message: 'must match pattern "' + '^[0-9]+\\.[0-9]+\\.[0-9]+$' + '"',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate_AgentInfo.errors = [
                                      {
                                        instancePath: instancePath + '/protocol_versions/' + i2,
                                        schemaPath: '#/properties/protocol_versions/items/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid5 = _errs21 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                              if (valid5) {
                                let i3 = data9.length;
                                let j1;
                                if (i3 > 1) {
                                  const indices0 = {};
                                  for (; i3--; ) {
                                    let item0 = data9[i3];
                                    if (typeof item0 !== 'string') {
                                      continue;
                                    }
                                    if (typeof indices0[item0] == 'number') {
                                      j1 = indices0[item0];
                                      validate_AgentInfo.errors = [
                                        {
                                          instancePath: instancePath + '/protocol_versions',
                                          schemaPath: '#/properties/protocol_versions/uniqueItems',
                                          keyword: 'uniqueItems',
                                          params: { i: i3, j: j1 },
                                          message:
                                            'must NOT have duplicate items (items ## ' +
                                            j1 +
                                            ' and ' +
                                            i3 +
                                            ' are identical)',
                                        },
                                      ];
                                      return false;
                                      break;
                                    }
                                    indices0[item0] = i3;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate_AgentInfo.errors = [
                            {
                              instancePath: instancePath + '/protocol_versions',
                              schemaPath: '#/properties/protocol_versions/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                            },
                          ];
                          return false;
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
    } else {
      validate_AgentInfo.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_AgentInfo.errors = vErrors;
  return errors === 0;
}
validate_AgentInfo.evaluated = {
  props: {
    agent_id: true,
    endpoint: true,
    public_key: true,
    protocol_version: true,
    capabilities: true,
    metadata: true,
    protocol_versions: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateAgentInfo = validate_AgentInfo as unknown as ValidateFunction<AgentInfo>;
