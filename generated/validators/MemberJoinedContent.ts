/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { MemberJoinedContent } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_MemberJoinedContent = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/MemberJoinedContent.json',
  type: 'object',
  required: ['action', 'agent_id'],
  properties: {
    action: { const: 'member_joined' },
    type: { const: 'system' },
    swarm_id: { $ref: 'Uuid.json' },
    agent_id: { $ref: 'AgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    public_key: { $ref: 'PublicKey.json' },
    joined_at: { $ref: 'Timestamp.json' },
    initiated_by: { oneOf: [{ $ref: 'AgentId.json' }, { type: 'null' }] },
    reason: { oneOf: [{ type: 'string' }, { type: 'null' }] },
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
const schema_Timestamp = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Timestamp.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
};
const pattern_Timestamp = new RegExp(
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
  'u',
);
function validate_Timestamp(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Timestamp.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Timestamp.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 40) {
        validate_Timestamp.errors = [
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
        if (!pattern_Timestamp.test(data)) {
          validate_Timestamp.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
              },
              message:
                'must match pattern "' +
                '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_Timestamp.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Timestamp.errors = vErrors;
  return errors === 0;
}
validate_Timestamp.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_MemberJoinedContent(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/MemberJoinedContent.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_MemberJoinedContent.evaluated;
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
        (data.action === undefined && (missing0 = 'action')) ||
        (data.agent_id === undefined && (missing0 = 'agent_id'))
      ) {
        validate_MemberJoinedContent.errors = [
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
        if (data.action !== undefined) {
          const _errs1 = errors;
          if ('member_joined' !== data.action) {
            validate_MemberJoinedContent.errors = [
              {
                instancePath: instancePath + '/action',
                schemaPath: '#/properties/action/const',
                keyword: 'const',
                params: { allowedValue: 'member_joined' },
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
          if (data.type !== undefined) {
            const _errs2 = errors;
            if ('system' !== data.type) {
              validate_MemberJoinedContent.errors = [
                {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/properties/type/const',
                  keyword: 'const',
                  params: { allowedValue: 'system' },
                  message: 'must be equal to constant',
                },
              ];
              return false;
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
              if (data.agent_id !== undefined) {
                const _errs4 = errors;
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
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.endpoint !== undefined) {
                  const _errs5 = errors;
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
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.public_key !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate_PublicKey(data.public_key, {
                        instancePath: instancePath + '/public_key',
                        parentData: data,
                        parentDataProperty: 'public_key',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate_PublicKey.errors : vErrors.concat(validate_PublicKey.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.joined_at !== undefined) {
                      const _errs7 = errors;
                      if (
                        !validate_Timestamp(data.joined_at, {
                          instancePath: instancePath + '/joined_at',
                          parentData: data,
                          parentDataProperty: 'joined_at',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_Timestamp.errors : vErrors.concat(validate_Timestamp.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.initiated_by !== undefined) {
                        let data7 = data.initiated_by;
                        const _errs8 = errors;
                        const _errs9 = errors;
                        let valid1 = false;
                        let passing0 = null;
                        const _errs10 = errors;
                        if (
                          !validate_AgentId(data7, {
                            instancePath: instancePath + '/initiated_by',
                            parentData: data,
                            parentDataProperty: 'initiated_by',
                            rootData,
                            dynamicAnchors,
                          })
                        ) {
                          vErrors =
                            vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs10 === errors;
                        if (_valid0) {
                          valid1 = true;
                          passing0 = 0;
                        }
                        const _errs11 = errors;
                        if (data7 !== null) {
                          const err0 = {
                            instancePath: instancePath + '/initiated_by',
                            schemaPath: '#/properties/initiated_by/oneOf/1/type',
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
                          const err1 = {
                            instancePath: instancePath + '/initiated_by',
                            schemaPath: '#/properties/initiated_by/oneOf',
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
                          validate_MemberJoinedContent.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs9;
                          if (vErrors !== null) {
                            if (_errs9) {
                              vErrors.length = _errs9;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs8 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.reason !== undefined) {
                          let data8 = data.reason;
                          const _errs13 = errors;
                          const _errs14 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs15 = errors;
                          if (typeof data8 !== 'string') {
                            const err2 = {
                              instancePath: instancePath + '/reason',
                              schemaPath: '#/properties/reason/oneOf/0/type',
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
                          var _valid1 = _errs15 === errors;
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 0;
                          }
                          const _errs17 = errors;
                          if (data8 !== null) {
                            const err3 = {
                              instancePath: instancePath + '/reason',
                              schemaPath: '#/properties/reason/oneOf/1/type',
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
                              instancePath: instancePath + '/reason',
                              schemaPath: '#/properties/reason/oneOf',
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
                            validate_MemberJoinedContent.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs14;
                            if (vErrors !== null) {
                              if (_errs14) {
                                vErrors.length = _errs14;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs13 === errors;
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
      validate_MemberJoinedContent.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_MemberJoinedContent.errors = vErrors;
  return errors === 0;
}
validate_MemberJoinedContent.evaluated = {
  props: {
    action: true,
    type: true,
    swarm_id: true,
    agent_id: true,
    endpoint: true,
    public_key: true,
    joined_at: true,
    initiated_by: true,
    reason: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateMemberJoinedContent =
  validate_MemberJoinedContent as unknown as ValidateFunction<MemberJoinedContent>;
