/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpListSwarmsOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpListSwarmsOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpListSwarmsOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['swarms'],
  properties: { swarms: { type: 'array', items: { $ref: 'McpSwarm.json' } } },
};
const schema_McpSwarm = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpSwarm.json',
  type: 'object',
  additionalProperties: false,
  required: ['swarm_id', 'name', 'master', 'role', 'joined_at', 'settings', 'members', 'pending'],
  properties: {
    swarm_id: { $ref: 'Uuid.json' },
    name: { type: 'string' },
    master: { $ref: 'AgentId.json' },
    role: { type: 'string', enum: ['master', 'member'] },
    joined_at: { $ref: 'DateTime.json' },
    settings: {
      type: 'object',
      additionalProperties: false,
      required: ['allow_member_invite', 'require_approval'],
      properties: { allow_member_invite: { type: 'boolean' }, require_approval: { type: 'boolean' } },
    },
    members: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['agent_id', 'endpoint', 'joined_at'],
        properties: {
          agent_id: { $ref: 'AgentId.json' },
          endpoint: { type: 'string' },
          joined_at: { $ref: 'DateTime.json' },
        },
      },
    },
    pending: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['agent_id', 'endpoint', 'expires_at'],
        properties: {
          agent_id: { $ref: 'AgentId.json' },
          endpoint: { type: 'string' },
          expires_at: { $ref: 'DateTime.json' },
        },
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
function validate_McpSwarm(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpSwarm.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpSwarm.evaluated;
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
        (data.name === undefined && (missing0 = 'name')) ||
        (data.master === undefined && (missing0 = 'master')) ||
        (data.role === undefined && (missing0 = 'role')) ||
        (data.joined_at === undefined && (missing0 = 'joined_at')) ||
        (data.settings === undefined && (missing0 = 'settings')) ||
        (data.members === undefined && (missing0 = 'members')) ||
        (data.pending === undefined && (missing0 = 'pending'))
      ) {
        validate_McpSwarm.errors = [
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
              key0 === 'name' ||
              key0 === 'master' ||
              key0 === 'role' ||
              key0 === 'joined_at' ||
              key0 === 'settings' ||
              key0 === 'members' ||
              key0 === 'pending'
            )
          ) {
            validate_McpSwarm.errors = [
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
            if (data.name !== undefined) {
              const _errs3 = errors;
              if (typeof data.name !== 'string') {
                validate_McpSwarm.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
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
              if (data.master !== undefined) {
                const _errs5 = errors;
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
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.role !== undefined) {
                  let data3 = data.role;
                  const _errs6 = errors;
                  if (typeof data3 !== 'string') {
                    validate_McpSwarm.errors = [
                      {
                        instancePath: instancePath + '/role',
                        schemaPath: '#/properties/role/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  if (!(data3 === 'master' || data3 === 'member')) {
                    validate_McpSwarm.errors = [
                      {
                        instancePath: instancePath + '/role',
                        schemaPath: '#/properties/role/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema_McpSwarm.properties.role.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.joined_at !== undefined) {
                    const _errs8 = errors;
                    if (
                      !validate_DateTime(data.joined_at, {
                        instancePath: instancePath + '/joined_at',
                        parentData: data,
                        parentDataProperty: 'joined_at',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.settings !== undefined) {
                      let data5 = data.settings;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                          let missing1;
                          if (
                            (data5.allow_member_invite === undefined && (missing1 = 'allow_member_invite')) ||
                            (data5.require_approval === undefined && (missing1 = 'require_approval'))
                          ) {
                            validate_McpSwarm.errors = [
                              {
                                instancePath: instancePath + '/settings',
                                schemaPath: '#/properties/settings/required',
                                keyword: 'required',
                                params: { missingProperty: missing1 },
                                message: "must have required property '" + missing1 + "'",
                              },
                            ];
                            return false;
                          } else {
                            const _errs11 = errors;
                            for (const key1 in data5) {
                              if (!(key1 === 'allow_member_invite' || key1 === 'require_approval')) {
                                validate_McpSwarm.errors = [
                                  {
                                    instancePath: instancePath + '/settings',
                                    schemaPath: '#/properties/settings/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key1 },
                                    message: 'must NOT have additional properties',
                                  },
                                ];
                                return false;
                                break;
                              }
                            }
                            if (_errs11 === errors) {
                              if (data5.allow_member_invite !== undefined) {
                                const _errs12 = errors;
                                if (typeof data5.allow_member_invite !== 'boolean') {
                                  validate_McpSwarm.errors = [
                                    {
                                      instancePath: instancePath + '/settings/allow_member_invite',
                                      schemaPath: '#/properties/settings/properties/allow_member_invite/type',
                                      keyword: 'type',
                                      params: { type: 'boolean' },
                                      message: 'must be boolean',
                                    },
                                  ];
                                  return false;
                                }
                                var valid1 = _errs12 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data5.require_approval !== undefined) {
                                  const _errs14 = errors;
                                  if (typeof data5.require_approval !== 'boolean') {
                                    validate_McpSwarm.errors = [
                                      {
                                        instancePath: instancePath + '/settings/require_approval',
                                        schemaPath: '#/properties/settings/properties/require_approval/type',
                                        keyword: 'type',
                                        params: { type: 'boolean' },
                                        message: 'must be boolean',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs14 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate_McpSwarm.errors = [
                            {
                              instancePath: instancePath + '/settings',
                              schemaPath: '#/properties/settings/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.members !== undefined) {
                        let data8 = data.members;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data8)) {
                            var valid2 = true;
                            const len0 = data8.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data9 = data8[i0];
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                                  let missing2;
                                  if (
                                    (data9.agent_id === undefined && (missing2 = 'agent_id')) ||
                                    (data9.endpoint === undefined && (missing2 = 'endpoint')) ||
                                    (data9.joined_at === undefined && (missing2 = 'joined_at'))
                                  ) {
                                    validate_McpSwarm.errors = [
                                      {
                                        instancePath: instancePath + '/members/' + i0,
                                        schemaPath: '#/properties/members/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing2 },
                                        message: "must have required property '" + missing2 + "'",
                                      },
                                    ];
                                    return false;
                                  } else {
                                    const _errs20 = errors;
                                    for (const key2 in data9) {
                                      if (!(key2 === 'agent_id' || key2 === 'endpoint' || key2 === 'joined_at')) {
                                        validate_McpSwarm.errors = [
                                          {
                                            instancePath: instancePath + '/members/' + i0,
                                            schemaPath: '#/properties/members/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key2 },
                                            message: 'must NOT have additional properties',
                                          },
                                        ];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs20 === errors) {
                                      if (data9.agent_id !== undefined) {
                                        const _errs21 = errors;
                                        if (
                                          !validate_AgentId(data9.agent_id, {
                                            instancePath: instancePath + '/members/' + i0 + '/agent_id',
                                            parentData: data9,
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
                                        var valid3 = _errs21 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data9.endpoint !== undefined) {
                                          const _errs22 = errors;
                                          if (typeof data9.endpoint !== 'string') {
                                            validate_McpSwarm.errors = [
                                              {
                                                instancePath: instancePath + '/members/' + i0 + '/endpoint',
                                                schemaPath: '#/properties/members/items/properties/endpoint/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid3 = _errs22 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data9.joined_at !== undefined) {
                                            const _errs24 = errors;
                                            if (
                                              !validate_DateTime(data9.joined_at, {
                                                instancePath: instancePath + '/members/' + i0 + '/joined_at',
                                                parentData: data9,
                                                parentDataProperty: 'joined_at',
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
                                            var valid3 = _errs24 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate_McpSwarm.errors = [
                                    {
                                      instancePath: instancePath + '/members/' + i0,
                                      schemaPath: '#/properties/members/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid2 = _errs18 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate_McpSwarm.errors = [
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.pending !== undefined) {
                          let data13 = data.pending;
                          const _errs25 = errors;
                          if (errors === _errs25) {
                            if (Array.isArray(data13)) {
                              var valid4 = true;
                              const len1 = data13.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data14 = data13[i1];
                                const _errs27 = errors;
                                if (errors === _errs27) {
                                  if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                                    let missing3;
                                    if (
                                      (data14.agent_id === undefined && (missing3 = 'agent_id')) ||
                                      (data14.endpoint === undefined && (missing3 = 'endpoint')) ||
                                      (data14.expires_at === undefined && (missing3 = 'expires_at'))
                                    ) {
                                      validate_McpSwarm.errors = [
                                        {
                                          instancePath: instancePath + '/pending/' + i1,
                                          schemaPath: '#/properties/pending/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing3 },
                                          message: "must have required property '" + missing3 + "'",
                                        },
                                      ];
                                      return false;
                                    } else {
                                      const _errs29 = errors;
                                      for (const key3 in data14) {
                                        if (!(key3 === 'agent_id' || key3 === 'endpoint' || key3 === 'expires_at')) {
                                          validate_McpSwarm.errors = [
                                            {
                                              instancePath: instancePath + '/pending/' + i1,
                                              schemaPath: '#/properties/pending/items/additionalProperties',
                                              keyword: 'additionalProperties',
                                              params: { additionalProperty: key3 },
                                              message: 'must NOT have additional properties',
                                            },
                                          ];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs29 === errors) {
                                        if (data14.agent_id !== undefined) {
                                          const _errs30 = errors;
                                          if (
                                            !validate_AgentId(data14.agent_id, {
                                              instancePath: instancePath + '/pending/' + i1 + '/agent_id',
                                              parentData: data14,
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
                                          var valid5 = _errs30 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data14.endpoint !== undefined) {
                                            const _errs31 = errors;
                                            if (typeof data14.endpoint !== 'string') {
                                              validate_McpSwarm.errors = [
                                                {
                                                  instancePath: instancePath + '/pending/' + i1 + '/endpoint',
                                                  schemaPath: '#/properties/pending/items/properties/endpoint/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid5 = _errs31 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data14.expires_at !== undefined) {
                                              const _errs33 = errors;
                                              if (
                                                !validate_DateTime(data14.expires_at, {
                                                  instancePath: instancePath + '/pending/' + i1 + '/expires_at',
                                                  parentData: data14,
                                                  parentDataProperty: 'expires_at',
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
                                              var valid5 = _errs33 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate_McpSwarm.errors = [
                                      {
                                        instancePath: instancePath + '/pending/' + i1,
                                        schemaPath: '#/properties/pending/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid4 = _errs27 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate_McpSwarm.errors = [
                                {
                                  instancePath: instancePath + '/pending',
                                  schemaPath: '#/properties/pending/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs25 === errors;
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
      validate_McpSwarm.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpSwarm.errors = vErrors;
  return errors === 0;
}
validate_McpSwarm.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate_McpListSwarmsOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpListSwarmsOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpListSwarmsOutput.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.swarms === undefined && (missing0 = 'swarms')) {
        validate_McpListSwarmsOutput.errors = [
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
          if (!(key0 === 'swarms')) {
            validate_McpListSwarmsOutput.errors = [
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
          if (data.swarms !== undefined) {
            let data0 = data.swarms;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs4 = errors;
                  if (
                    !validate_McpSwarm(data0[i0], {
                      instancePath: instancePath + '/swarms/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_McpSwarm.errors : vErrors.concat(validate_McpSwarm.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate_McpListSwarmsOutput.errors = [
                  {
                    instancePath: instancePath + '/swarms',
                    schemaPath: '#/properties/swarms/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate_McpListSwarmsOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpListSwarmsOutput.errors = vErrors;
  return errors === 0;
}
validate_McpListSwarmsOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpListSwarmsOutput =
  validate_McpListSwarmsOutput as unknown as ValidateFunction<McpListSwarmsOutput>;
