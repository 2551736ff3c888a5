/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { JoinAccepted } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_JoinAccepted = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/JoinAccepted.json',
  type: 'object',
  required: ['status', 'swarm_id', 'swarm_name', 'members'],
  properties: {
    status: { const: 'accepted' },
    swarm_id: { $ref: 'Uuid.json' },
    swarm_name: { $ref: 'SwarmName.json' },
    members: { type: 'array', minItems: 1, items: { $ref: 'Member.json' } },
    master: { $ref: 'AgentId.json' },
    settings: { $ref: 'SwarmSettings.json' },
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
const schema_SwarmName = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SwarmName.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_SwarmName(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SwarmName.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SwarmName.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 256) {
        validate_SwarmName.errors = [
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
          validate_SwarmName.errors = [
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
      validate_SwarmName.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_SwarmName.errors = vErrors;
  return errors === 0;
}
validate_SwarmName.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_Member = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Member.json',
  type: 'object',
  required: ['agent_id', 'endpoint', 'public_key'],
  properties: {
    agent_id: { $ref: 'AgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    public_key: { $ref: 'PublicKey.json' },
  },
};
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
function validate_Member(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Member.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Member.evaluated;
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
        (data.public_key === undefined && (missing0 = 'public_key'))
      ) {
        validate_Member.errors = [
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
          }
        }
      }
    } else {
      validate_Member.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Member.errors = vErrors;
  return errors === 0;
}
validate_Member.evaluated = {
  props: { agent_id: true, endpoint: true, public_key: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema_SwarmSettings = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SwarmSettings.json',
  type: 'object',
  required: ['allow_member_invite', 'require_approval'],
  properties: {
    allow_member_invite: { type: 'boolean', default: false },
    require_approval: { type: 'boolean', default: false },
  },
};
function validate_SwarmSettings(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SwarmSettings.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SwarmSettings.evaluated;
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
        (data.allow_member_invite === undefined && (missing0 = 'allow_member_invite')) ||
        (data.require_approval === undefined && (missing0 = 'require_approval'))
      ) {
        validate_SwarmSettings.errors = [
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
        if (data.allow_member_invite !== undefined) {
          const _errs1 = errors;
          if (typeof data.allow_member_invite !== 'boolean') {
            validate_SwarmSettings.errors = [
              {
                instancePath: instancePath + '/allow_member_invite',
                schemaPath: '#/properties/allow_member_invite/type',
                keyword: 'type',
                params: { type: 'boolean' },
                message: 'must be boolean',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.require_approval !== undefined) {
            const _errs3 = errors;
            if (typeof data.require_approval !== 'boolean') {
              validate_SwarmSettings.errors = [
                {
                  instancePath: instancePath + '/require_approval',
                  schemaPath: '#/properties/require_approval/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate_SwarmSettings.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_SwarmSettings.errors = vErrors;
  return errors === 0;
}
validate_SwarmSettings.evaluated = {
  props: { allow_member_invite: true, require_approval: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate_JoinAccepted(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/JoinAccepted.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_JoinAccepted.evaluated;
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
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.swarm_name === undefined && (missing0 = 'swarm_name')) ||
        (data.members === undefined && (missing0 = 'members'))
      ) {
        validate_JoinAccepted.errors = [
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
        if (data.status !== undefined) {
          const _errs1 = errors;
          if ('accepted' !== data.status) {
            validate_JoinAccepted.errors = [
              {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/const',
                keyword: 'const',
                params: { allowedValue: 'accepted' },
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
            if (data.swarm_name !== undefined) {
              const _errs3 = errors;
              if (
                !validate_SwarmName(data.swarm_name, {
                  instancePath: instancePath + '/swarm_name',
                  parentData: data,
                  parentDataProperty: 'swarm_name',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_SwarmName.errors : vErrors.concat(validate_SwarmName.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.members !== undefined) {
                let data3 = data.members;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                      validate_JoinAccepted.errors = [
                        {
                          instancePath: instancePath + '/members',
                          schemaPath: '#/properties/members/minItems',
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
                        const _errs6 = errors;
                        if (
                          !validate_Member(data3[i0], {
                            instancePath: instancePath + '/members/' + i0,
                            parentData: data3,
                            parentDataProperty: i0,
                            rootData,
                            dynamicAnchors,
                          })
                        ) {
                          vErrors = vErrors === null ? validate_Member.errors : vErrors.concat(validate_Member.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs6 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate_JoinAccepted.errors = [
                      {
                        instancePath: instancePath + '/members',
                        schemaPath: '#/properties/members/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
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
                if (data.master !== undefined) {
                  const _errs7 = errors;
                  if (
                    !validate_AgentId(data.master, {
                      instancePath: instancePath + '/master',
                      parentData: data,
                      parentDataProperty: 'master',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.settings !== undefined) {
                    const _errs8 = errors;
                    if (
                      !validate_SwarmSettings(data.settings, {
                        instancePath: instancePath + '/settings',
                        parentData: data,
                        parentDataProperty: 'settings',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors =
                        vErrors === null
                          ? validate_SwarmSettings.errors
                          : vErrors.concat(validate_SwarmSettings.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
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
      validate_JoinAccepted.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_JoinAccepted.errors = vErrors;
  return errors === 0;
}
validate_JoinAccepted.evaluated = {
  props: { status: true, swarm_id: true, swarm_name: true, members: true, master: true, settings: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateJoinAccepted = validate_JoinAccepted as unknown as ValidateFunction<JoinAccepted>;
