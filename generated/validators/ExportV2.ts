/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ExportV2 } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ExportV2 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ExportV2.json',
  type: 'object',
  required: [
    'schema_version',
    'agent_id',
    'exported_at',
    'swarms',
    'muted_swarms',
    'muted_agents',
    'public_keys',
    'inbox',
    'outbox',
  ],
  properties: {
    schema_version: { const: '2.0.0' },
    agent_id: { $ref: 'AgentId.json' },
    exported_at: { $ref: 'DateTime.json' },
    swarms: { type: 'object', additionalProperties: { $ref: 'SwarmMembership.json' } },
    muted_swarms: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    muted_agents: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    public_keys: { type: 'object', additionalProperties: { $ref: 'PublicKeyEntry.json' } },
    inbox: { type: 'array', items: { $ref: 'ExportInboxRow.json' } },
    outbox: { type: 'array', items: { $ref: 'ExportOutboxRow.json' } },
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
const schema_SwarmMembership = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SwarmMembership.json',
  type: 'object',
  required: ['swarm_id', 'name', 'master', 'members', 'joined_at', 'settings'],
  properties: {
    swarm_id: { $ref: 'Uuid.json' },
    name: { $ref: 'SwarmName.json' },
    master: { $ref: 'AgentId.json' },
    members: { type: 'array', minItems: 1, items: { $ref: 'StateMember.json' } },
    joined_at: { $ref: 'DateTime.json' },
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
const schema_StateMember = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/StateMember.json',
  type: 'object',
  required: ['agent_id', 'endpoint', 'public_key', 'joined_at'],
  properties: {
    agent_id: { $ref: 'AgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    public_key: { $ref: 'PublicKey.json' },
    joined_at: { $ref: 'DateTime.json' },
  },
};
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
function validate_StateMember(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/StateMember.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_StateMember.evaluated;
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
        (data.joined_at === undefined && (missing0 = 'joined_at'))
      ) {
        validate_StateMember.errors = [
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
              if (data.joined_at !== undefined) {
                const _errs4 = errors;
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
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate_StateMember.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_StateMember.errors = vErrors;
  return errors === 0;
}
validate_StateMember.evaluated = {
  props: { agent_id: true, endpoint: true, public_key: true, joined_at: true },
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
function validate_SwarmMembership(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SwarmMembership.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SwarmMembership.evaluated;
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
        (data.members === undefined && (missing0 = 'members')) ||
        (data.joined_at === undefined && (missing0 = 'joined_at')) ||
        (data.settings === undefined && (missing0 = 'settings'))
      ) {
        validate_SwarmMembership.errors = [
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
        if (data.swarm_id !== undefined) {
          const _errs1 = errors;
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
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== undefined) {
            const _errs2 = errors;
            if (
              !validate_SwarmName(data.name, {
                instancePath: instancePath + '/name',
                parentData: data,
                parentDataProperty: 'name',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_SwarmName.errors : vErrors.concat(validate_SwarmName.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.master !== undefined) {
              const _errs3 = errors;
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
                      validate_SwarmMembership.errors = [
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
                          !validate_StateMember(data3[i0], {
                            instancePath: instancePath + '/members/' + i0,
                            parentData: data3,
                            parentDataProperty: i0,
                            rootData,
                            dynamicAnchors,
                          })
                        ) {
                          vErrors =
                            vErrors === null
                              ? validate_StateMember.errors
                              : vErrors.concat(validate_StateMember.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs6 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate_SwarmMembership.errors = [
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
                if (data.joined_at !== undefined) {
                  const _errs7 = errors;
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
      validate_SwarmMembership.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_SwarmMembership.errors = vErrors;
  return errors === 0;
}
validate_SwarmMembership.evaluated = {
  props: { swarm_id: true, name: true, master: true, members: true, joined_at: true, settings: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema_PublicKeyEntry = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/PublicKeyEntry.json',
  type: 'object',
  required: ['public_key', 'fetched_at'],
  properties: {
    public_key: { $ref: 'PublicKey.json' },
    fetched_at: { $ref: 'DateTime.json' },
    endpoint: { $ref: 'Endpoint.json' },
  },
};
function validate_PublicKeyEntry(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/PublicKeyEntry.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_PublicKeyEntry.evaluated;
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
        (data.public_key === undefined && (missing0 = 'public_key')) ||
        (data.fetched_at === undefined && (missing0 = 'fetched_at'))
      ) {
        validate_PublicKeyEntry.errors = [
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
        if (data.public_key !== undefined) {
          const _errs1 = errors;
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
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.fetched_at !== undefined) {
            const _errs2 = errors;
            if (
              !validate_DateTime(data.fetched_at, {
                instancePath: instancePath + '/fetched_at',
                parentData: data,
                parentDataProperty: 'fetched_at',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.endpoint !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_PublicKeyEntry.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_PublicKeyEntry.errors = vErrors;
  return errors === 0;
}
validate_PublicKeyEntry.evaluated = {
  props: { public_key: true, fetched_at: true, endpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};
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
const schema_ExportOutboxRow = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ExportOutboxRow.json',
  type: 'object',
  required: ['message_id', 'swarm_id', 'recipient_id', 'message_type', 'content', 'status'],
  properties: {
    message_id: { type: 'string', minLength: 1 },
    swarm_id: { type: 'string', minLength: 1 },
    recipient_id: { type: 'string', minLength: 1 },
    message_type: { type: 'string', minLength: 1 },
    content: { type: 'string' },
    sent_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    created_at: { $ref: 'DateTime.json' },
    status: { type: 'string', enum: ['sent', 'queued', 'sending', 'delivered', 'failed'] },
    delivered_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    error: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    attempts: { type: 'integer', minimum: 0 },
    next_attempt_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    last_status: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
    broadcast: { type: 'boolean' },
    envelope: { oneOf: [{ type: 'string' }, { type: 'null' }] },
  },
};
function validate_ExportOutboxRow(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ExportOutboxRow.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ExportOutboxRow.evaluated;
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
        (data.recipient_id === undefined && (missing0 = 'recipient_id')) ||
        (data.message_type === undefined && (missing0 = 'message_type')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.status === undefined && (missing0 = 'status'))
      ) {
        validate_ExportOutboxRow.errors = [
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
                validate_ExportOutboxRow.errors = [
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
              validate_ExportOutboxRow.errors = [
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
                  validate_ExportOutboxRow.errors = [
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
                validate_ExportOutboxRow.errors = [
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
            if (data.recipient_id !== undefined) {
              let data2 = data.recipient_id;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) < 1) {
                    validate_ExportOutboxRow.errors = [
                      {
                        instancePath: instancePath + '/recipient_id',
                        schemaPath: '#/properties/recipient_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate_ExportOutboxRow.errors = [
                    {
                      instancePath: instancePath + '/recipient_id',
                      schemaPath: '#/properties/recipient_id/type',
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
              if (data.message_type !== undefined) {
                let data3 = data.message_type;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === 'string') {
                    if (func_ucs2length(data3) < 1) {
                      validate_ExportOutboxRow.errors = [
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
                    validate_ExportOutboxRow.errors = [
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
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.content !== undefined) {
                  const _errs9 = errors;
                  if (typeof data.content !== 'string') {
                    validate_ExportOutboxRow.errors = [
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
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.sent_at !== undefined) {
                    let data5 = data.sent_at;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid1 = false;
                    let passing0 = null;
                    const _errs13 = errors;
                    if (
                      !validate_DateTime(data5, {
                        instancePath: instancePath + '/sent_at',
                        parentData: data,
                        parentDataProperty: 'sent_at',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                      errors = vErrors.length;
                    }
                    var _valid0 = _errs13 === errors;
                    if (_valid0) {
                      valid1 = true;
                      passing0 = 0;
                    }
                    const _errs14 = errors;
                    if (data5 !== null) {
                      const err0 = {
                        instancePath: instancePath + '/sent_at',
                        schemaPath: '#/properties/sent_at/oneOf/1/type',
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
                    var _valid0 = _errs14 === errors;
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
                        instancePath: instancePath + '/sent_at',
                        schemaPath: '#/properties/sent_at/oneOf',
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
                      validate_ExportOutboxRow.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== undefined) {
                      const _errs16 = errors;
                      if (
                        !validate_DateTime(data.created_at, {
                          instancePath: instancePath + '/created_at',
                          parentData: data,
                          parentDataProperty: 'created_at',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.status !== undefined) {
                        let data7 = data.status;
                        const _errs17 = errors;
                        if (typeof data7 !== 'string') {
                          validate_ExportOutboxRow.errors = [
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
                        if (
                          !(
                            data7 === 'sent' ||
                            data7 === 'queued' ||
                            data7 === 'sending' ||
                            data7 === 'delivered' ||
                            data7 === 'failed'
                          )
                        ) {
                          validate_ExportOutboxRow.errors = [
                            {
                              instancePath: instancePath + '/status',
                              schemaPath: '#/properties/status/enum',
                              keyword: 'enum',
                              params: { allowedValues: schema_ExportOutboxRow.properties.status.enum },
                              message: 'must be equal to one of the allowed values',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.delivered_at !== undefined) {
                          let data8 = data.delivered_at;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          let valid2 = false;
                          let passing1 = null;
                          const _errs21 = errors;
                          if (
                            !validate_DateTime(data8, {
                              instancePath: instancePath + '/delivered_at',
                              parentData: data,
                              parentDataProperty: 'delivered_at',
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
                            const err2 = {
                              instancePath: instancePath + '/delivered_at',
                              schemaPath: '#/properties/delivered_at/oneOf/1/type',
                              keyword: 'type',
                              params: { type: 'null' },
                              message: 'must be null',
                            };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
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
                            const err3 = {
                              instancePath: instancePath + '/delivered_at',
                              schemaPath: '#/properties/delivered_at/oneOf',
                              keyword: 'oneOf',
                              params: { passingSchemas: passing1 },
                              message: 'must match exactly one schema in oneOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate_ExportOutboxRow.errors = vErrors;
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
                          if (data.error !== undefined) {
                            let data9 = data.error;
                            const _errs24 = errors;
                            const _errs25 = errors;
                            let valid3 = false;
                            let passing2 = null;
                            const _errs26 = errors;
                            if (typeof data9 !== 'string') {
                              const err4 = {
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf/0/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err4];
                              } else {
                                vErrors.push(err4);
                              }
                              errors++;
                            }
                            var _valid2 = _errs26 === errors;
                            if (_valid2) {
                              valid3 = true;
                              passing2 = 0;
                            }
                            const _errs28 = errors;
                            if (data9 !== null) {
                              const err5 = {
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf/1/type',
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
                            var _valid2 = _errs28 === errors;
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
                                instancePath: instancePath + '/error',
                                schemaPath: '#/properties/error/oneOf',
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
                              validate_ExportOutboxRow.errors = vErrors;
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
                            if (data.attempts !== undefined) {
                              let data10 = data.attempts;
                              const _errs30 = errors;
                              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                                validate_ExportOutboxRow.errors = [
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
                              if (errors === _errs30) {
                                if (typeof data10 == 'number' && isFinite(data10)) {
                                  if (data10 < 0 || isNaN(data10)) {
                                    validate_ExportOutboxRow.errors = [
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
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.next_attempt_at !== undefined) {
                                let data11 = data.next_attempt_at;
                                const _errs32 = errors;
                                const _errs33 = errors;
                                let valid4 = false;
                                let passing3 = null;
                                const _errs34 = errors;
                                if (
                                  !validate_DateTime(data11, {
                                    instancePath: instancePath + '/next_attempt_at',
                                    parentData: data,
                                    parentDataProperty: 'next_attempt_at',
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
                                var _valid3 = _errs34 === errors;
                                if (_valid3) {
                                  valid4 = true;
                                  passing3 = 0;
                                }
                                const _errs35 = errors;
                                if (data11 !== null) {
                                  const err7 = {
                                    instancePath: instancePath + '/next_attempt_at',
                                    schemaPath: '#/properties/next_attempt_at/oneOf/1/type',
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
                                var _valid3 = _errs35 === errors;
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
                                    instancePath: instancePath + '/next_attempt_at',
                                    schemaPath: '#/properties/next_attempt_at/oneOf',
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
                                  validate_ExportOutboxRow.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs33;
                                  if (vErrors !== null) {
                                    if (_errs33) {
                                      vErrors.length = _errs33;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs32 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.last_status !== undefined) {
                                  let data12 = data.last_status;
                                  const _errs37 = errors;
                                  const _errs38 = errors;
                                  let valid5 = false;
                                  let passing4 = null;
                                  const _errs39 = errors;
                                  if (
                                    !(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))
                                  ) {
                                    const err9 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                  }
                                  var _valid4 = _errs39 === errors;
                                  if (_valid4) {
                                    valid5 = true;
                                    passing4 = 0;
                                  }
                                  const _errs41 = errors;
                                  if (data12 !== null) {
                                    const err10 = {
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf/1/type',
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
                                  var _valid4 = _errs41 === errors;
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
                                      instancePath: instancePath + '/last_status',
                                      schemaPath: '#/properties/last_status/oneOf',
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
                                    validate_ExportOutboxRow.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs38;
                                    if (vErrors !== null) {
                                      if (_errs38) {
                                        vErrors.length = _errs38;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs37 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.broadcast !== undefined) {
                                    const _errs43 = errors;
                                    if (typeof data.broadcast !== 'boolean') {
                                      validate_ExportOutboxRow.errors = [
                                        {
                                          instancePath: instancePath + '/broadcast',
                                          schemaPath: '#/properties/broadcast/type',
                                          keyword: 'type',
                                          params: { type: 'boolean' },
                                          message: 'must be boolean',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs43 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.envelope !== undefined) {
                                      let data14 = data.envelope;
                                      const _errs45 = errors;
                                      const _errs46 = errors;
                                      let valid6 = false;
                                      let passing5 = null;
                                      const _errs47 = errors;
                                      if (typeof data14 !== 'string') {
                                        const err12 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs47 === errors;
                                      if (_valid5) {
                                        valid6 = true;
                                        passing5 = 0;
                                      }
                                      const _errs49 = errors;
                                      if (data14 !== null) {
                                        const err13 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf/1/type',
                                          keyword: 'type',
                                          params: { type: 'null' },
                                          message: 'must be null',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs49 === errors;
                                      if (_valid5 && valid6) {
                                        valid6 = false;
                                        passing5 = [passing5, 1];
                                      } else {
                                        if (_valid5) {
                                          valid6 = true;
                                          passing5 = 1;
                                        }
                                      }
                                      if (!valid6) {
                                        const err14 = {
                                          instancePath: instancePath + '/envelope',
                                          schemaPath: '#/properties/envelope/oneOf',
                                          keyword: 'oneOf',
                                          params: { passingSchemas: passing5 },
                                          message: 'must match exactly one schema in oneOf',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err14];
                                        } else {
                                          vErrors.push(err14);
                                        }
                                        errors++;
                                        validate_ExportOutboxRow.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs46;
                                        if (vErrors !== null) {
                                          if (_errs46) {
                                            vErrors.length = _errs46;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid0 = _errs45 === errors;
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
        }
      }
    } else {
      validate_ExportOutboxRow.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ExportOutboxRow.errors = vErrors;
  return errors === 0;
}
validate_ExportOutboxRow.evaluated = {
  props: {
    message_id: true,
    swarm_id: true,
    recipient_id: true,
    message_type: true,
    content: true,
    sent_at: true,
    created_at: true,
    status: true,
    delivered_at: true,
    error: true,
    attempts: true,
    next_attempt_at: true,
    last_status: true,
    broadcast: true,
    envelope: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate_ExportV2(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ExportV2.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ExportV2.evaluated;
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
        (data.schema_version === undefined && (missing0 = 'schema_version')) ||
        (data.agent_id === undefined && (missing0 = 'agent_id')) ||
        (data.exported_at === undefined && (missing0 = 'exported_at')) ||
        (data.swarms === undefined && (missing0 = 'swarms')) ||
        (data.muted_swarms === undefined && (missing0 = 'muted_swarms')) ||
        (data.muted_agents === undefined && (missing0 = 'muted_agents')) ||
        (data.public_keys === undefined && (missing0 = 'public_keys')) ||
        (data.inbox === undefined && (missing0 = 'inbox')) ||
        (data.outbox === undefined && (missing0 = 'outbox'))
      ) {
        validate_ExportV2.errors = [
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
        if (data.schema_version !== undefined) {
          const _errs1 = errors;
          if ('2.0.0' !== data.schema_version) {
            validate_ExportV2.errors = [
              {
                instancePath: instancePath + '/schema_version',
                schemaPath: '#/properties/schema_version/const',
                keyword: 'const',
                params: { allowedValue: '2.0.0' },
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
          if (data.agent_id !== undefined) {
            const _errs2 = errors;
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
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.exported_at !== undefined) {
              const _errs3 = errors;
              if (
                !validate_DateTime(data.exported_at, {
                  instancePath: instancePath + '/exported_at',
                  parentData: data,
                  parentDataProperty: 'exported_at',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.swarms !== undefined) {
                let data3 = data.swarms;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs7 = errors;
                      if (
                        !validate_SwarmMembership(data3[key0], {
                          instancePath: instancePath + '/swarms/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                          parentData: data3,
                          parentDataProperty: key0,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate_SwarmMembership.errors
                            : vErrors.concat(validate_SwarmMembership.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs7 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate_ExportV2.errors = [
                      {
                        instancePath: instancePath + '/swarms',
                        schemaPath: '#/properties/swarms/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
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
                if (data.muted_swarms !== undefined) {
                  let data5 = data.muted_swarms;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data5)) {
                      var valid2 = true;
                      const len0 = data5.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data6 = data5[i0];
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (typeof data6 === 'string') {
                            if (func_ucs2length(data6) < 1) {
                              validate_ExportV2.errors = [
                                {
                                  instancePath: instancePath + '/muted_swarms/' + i0,
                                  schemaPath: '#/properties/muted_swarms/items/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate_ExportV2.errors = [
                              {
                                instancePath: instancePath + '/muted_swarms/' + i0,
                                schemaPath: '#/properties/muted_swarms/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid2 = _errs10 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                      if (valid2) {
                        let i1 = data5.length;
                        let j0;
                        if (i1 > 1) {
                          const indices0 = {};
                          for (; i1--; ) {
                            let item0 = data5[i1];
                            if (typeof item0 !== 'string') {
                              continue;
                            }
                            if (typeof indices0[item0] == 'number') {
                              j0 = indices0[item0];
                              validate_ExportV2.errors = [
                                {
                                  instancePath: instancePath + '/muted_swarms',
                                  schemaPath: '#/properties/muted_swarms/uniqueItems',
                                  keyword: 'uniqueItems',
                                  params: { i: i1, j: j0 },
                                  message:
                                    'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                                },
                              ];
                              return false;
                              break;
                            }
                            indices0[item0] = i1;
                          }
                        }
                      }
                    } else {
                      validate_ExportV2.errors = [
                        {
                          instancePath: instancePath + '/muted_swarms',
                          schemaPath: '#/properties/muted_swarms/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.muted_agents !== undefined) {
                    let data7 = data.muted_agents;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data7)) {
                        var valid4 = true;
                        const len1 = data7.length;
                        for (let i2 = 0; i2 < len1; i2++) {
                          let data8 = data7[i2];
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data8 === 'string') {
                              if (func_ucs2length(data8) < 1) {
                                validate_ExportV2.errors = [
                                  {
                                    instancePath: instancePath + '/muted_agents/' + i2,
                                    schemaPath: '#/properties/muted_agents/items/minLength',
                                    keyword: 'minLength',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 characters',
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate_ExportV2.errors = [
                                {
                                  instancePath: instancePath + '/muted_agents/' + i2,
                                  schemaPath: '#/properties/muted_agents/items/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid4 = _errs14 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                        if (valid4) {
                          let i3 = data7.length;
                          let j1;
                          if (i3 > 1) {
                            const indices1 = {};
                            for (; i3--; ) {
                              let item1 = data7[i3];
                              if (typeof item1 !== 'string') {
                                continue;
                              }
                              if (typeof indices1[item1] == 'number') {
                                j1 = indices1[item1];
                                validate_ExportV2.errors = [
                                  {
                                    instancePath: instancePath + '/muted_agents',
                                    schemaPath: '#/properties/muted_agents/uniqueItems',
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
                              indices1[item1] = i3;
                            }
                          }
                        }
                      } else {
                        validate_ExportV2.errors = [
                          {
                            instancePath: instancePath + '/muted_agents',
                            schemaPath: '#/properties/muted_agents/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.public_keys !== undefined) {
                      let data9 = data.public_keys;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                          for (const key1 in data9) {
                            const _errs19 = errors;
                            if (
                              !validate_PublicKeyEntry(data9[key1], {
                                instancePath:
                                  instancePath + '/public_keys/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                                parentData: data9,
                                parentDataProperty: key1,
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate_PublicKeyEntry.errors
                                  : vErrors.concat(validate_PublicKeyEntry.errors);
                              errors = vErrors.length;
                            }
                            var valid6 = _errs19 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        } else {
                          validate_ExportV2.errors = [
                            {
                              instancePath: instancePath + '/public_keys',
                              schemaPath: '#/properties/public_keys/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
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
                      if (data.inbox !== undefined) {
                        let data11 = data.inbox;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (Array.isArray(data11)) {
                            var valid7 = true;
                            const len2 = data11.length;
                            for (let i4 = 0; i4 < len2; i4++) {
                              const _errs22 = errors;
                              if (
                                !validate_ExportInboxRow(data11[i4], {
                                  instancePath: instancePath + '/inbox/' + i4,
                                  parentData: data11,
                                  parentDataProperty: i4,
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate_ExportInboxRow.errors
                                    : vErrors.concat(validate_ExportInboxRow.errors);
                                errors = vErrors.length;
                              }
                              var valid7 = _errs22 === errors;
                              if (!valid7) {
                                break;
                              }
                            }
                          } else {
                            validate_ExportV2.errors = [
                              {
                                instancePath: instancePath + '/inbox',
                                schemaPath: '#/properties/inbox/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.outbox !== undefined) {
                          let data13 = data.outbox;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (Array.isArray(data13)) {
                              var valid8 = true;
                              const len3 = data13.length;
                              for (let i5 = 0; i5 < len3; i5++) {
                                const _errs25 = errors;
                                if (
                                  !validate_ExportOutboxRow(data13[i5], {
                                    instancePath: instancePath + '/outbox/' + i5,
                                    parentData: data13,
                                    parentDataProperty: i5,
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate_ExportOutboxRow.errors
                                      : vErrors.concat(validate_ExportOutboxRow.errors);
                                  errors = vErrors.length;
                                }
                                var valid8 = _errs25 === errors;
                                if (!valid8) {
                                  break;
                                }
                              }
                            } else {
                              validate_ExportV2.errors = [
                                {
                                  instancePath: instancePath + '/outbox',
                                  schemaPath: '#/properties/outbox/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs23 === errors;
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
      validate_ExportV2.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ExportV2.errors = vErrors;
  return errors === 0;
}
validate_ExportV2.evaluated = {
  props: {
    schema_version: true,
    agent_id: true,
    exported_at: true,
    swarms: true,
    muted_swarms: true,
    muted_agents: true,
    public_keys: true,
    inbox: true,
    outbox: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateExportV2 = validate_ExportV2 as unknown as ValidateFunction<ExportV2>;
