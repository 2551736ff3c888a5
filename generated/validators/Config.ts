/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Config } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_Config = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Config.json',
  type: 'object',
  required: ['agent_id', 'endpoint'],
  properties: {
    agent_id: { $ref: 'NewAgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    default_swarm: { $ref: 'Uuid.json' },
    name: { type: 'string', maxLength: 256 },
    description: { type: 'string', maxLength: 2048 },
    server: {
      type: 'object',
      additionalProperties: false,
      properties: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'integer', minimum: 0, maximum: 65535, default: 8443 },
        base_path: { type: 'string', pattern: '^(/[A-Za-z0-9._~-]+)+$', default: '/swarm' },
        tls: {
          type: 'object',
          required: ['cert', 'key'],
          additionalProperties: false,
          properties: { cert: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } },
        },
        trust_proxy: { type: 'boolean', default: false },
        body_limit_bytes: { type: 'integer', minimum: 1024, maximum: 16777216, default: 1048576 },
        bodies_in_flight_bytes: { type: 'integer', minimum: 65536, maximum: 4294967296, default: 67108864 },
        replay_window_seconds: { type: 'integer', minimum: 1, maximum: 86400, default: 300 },
        rate_limits: {
          type: 'object',
          additionalProperties: false,
          properties: {
            enabled: { type: 'boolean', default: true },
            per_sender_per_minute: { type: 'integer', minimum: 1, maximum: 1000000, default: 60 },
            per_swarm_per_minute: { type: 'integer', minimum: 1, maximum: 1000000, default: 100 },
            joins_per_ip_per_hour: { type: 'integer', minimum: 1, maximum: 1000000, default: 10 },
          },
        },
        management: {
          type: 'object',
          additionalProperties: false,
          properties: { loopback_only: { type: 'boolean', default: true } },
        },
      },
    },
    client: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ca_file: { type: 'string', minLength: 1 },
        timeout_ms: { type: 'integer', minimum: 100, maximum: 600000, default: 10000 },
        concurrency: { type: 'integer', minimum: 1, maximum: 1024, default: 64 },
        max_attempts: { type: 'integer', minimum: 1, maximum: 100, default: 8 },
        allow_http_loopback: { type: 'boolean', default: false },
      },
    },
    wake: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { type: 'string', enum: ['none', 'tmux', 'command', 'webhook'], default: 'none' },
        tmux_target: { type: 'string', minLength: 1 },
        command: { type: 'array', minItems: 1, items: { type: 'string' } },
        webhook_url: { type: 'string', pattern: '^https?://' },
        session_timeout_minutes: { type: 'integer', minimum: 1, maximum: 10080, default: 30 },
        levels: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: ['silent', 'normal', 'urgent'] },
          default: ['normal', 'urgent'],
        },
        rules: { type: 'array', maxItems: 1000, items: { $ref: 'WakeRule.json' }, default: [] },
        quiet_hours: { $ref: 'WakeQuietHours.json' },
        swarms: {
          type: 'object',
          maxProperties: 1000,
          propertyNames: { $ref: 'Uuid.json' },
          additionalProperties: { $ref: 'WakeSwarmOverride.json' },
        },
      },
    },
    retention: {
      type: 'object',
      additionalProperties: false,
      properties: {
        read_max_age_days: { type: 'integer', minimum: 1, maximum: 36500 },
        read_max_per_swarm: { type: 'integer', minimum: 0, maximum: 100000000 },
        archived_max_age_days: { type: 'integer', minimum: 1, maximum: 36500 },
        archived_max_per_swarm: { type: 'integer', minimum: 0, maximum: 100000000 },
        deleted_max_age_hours: { type: 'integer', minimum: 0, maximum: 876000 },
        delivered_max_age_days: { type: 'integer', minimum: 0, maximum: 36500 },
        interval_minutes: { type: 'integer', minimum: 1, maximum: 10080, default: 60 },
      },
    },
    protocol: {
      type: 'object',
      additionalProperties: false,
      properties: {
        v02: { type: 'boolean' },
        refuse_downgrade: { type: 'boolean' },
        peer_info_ttl_seconds: { type: 'integer', minimum: 10, maximum: 604800 },
      },
    },
  },
};
const schema_NewAgentId = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/NewAgentId.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
  pattern: '^[A-Za-z0-9_.-]+$',
  not: { const: 'broadcast' },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_NewAgentId = new RegExp('^[A-Za-z0-9_.-]+$', 'u');
function validate_NewAgentId(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/NewAgentId.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_NewAgentId.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if ('broadcast' !== data) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    validate_NewAgentId.errors = [
      { instancePath, schemaPath: '#/not', keyword: 'not', params: {}, message: 'must NOT be valid' },
    ];
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 256) {
        validate_NewAgentId.errors = [
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
          validate_NewAgentId.errors = [
            {
              instancePath,
              schemaPath: '#/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 characters',
            },
          ];
          return false;
        } else {
          if (!pattern_NewAgentId.test(data)) {
            validate_NewAgentId.errors = [
              {
                instancePath,
                schemaPath: '#/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9_.-]+$' },
                message: 'must match pattern "' + '^[A-Za-z0-9_.-]+$' + '"',
              },
            ];
            return false;
          }
        }
      }
    } else {
      validate_NewAgentId.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_NewAgentId.errors = vErrors;
  return errors === 0;
}
validate_NewAgentId.evaluated = { dynamicProps: false, dynamicItems: false };
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
const schema_WakeRule = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeRule.json',
  type: 'object',
  required: ['level'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    level: { $ref: 'WakeLevel.json' },
    direct: { type: 'boolean' },
    from: { type: 'array', minItems: 1, maxItems: 1000, uniqueItems: true, items: { $ref: 'AgentId.json' } },
    keywords: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    },
    type: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: 'MessageType.json' } },
    priority: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: 'Priority.json' } },
  },
};
const pattern_WakeRule = new RegExp('^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', 'u');
const pattern_WakeRule_2 = new RegExp('\\S', 'u');
const schema_WakeLevel = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeLevel.json',
  type: 'string',
  enum: ['silent', 'normal', 'urgent'],
};
function validate_WakeLevel(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeLevel.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeLevel.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_WakeLevel.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'silent' || data === 'normal' || data === 'urgent')) {
    validate_WakeLevel.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_WakeLevel.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_WakeLevel.errors = vErrors;
  return errors === 0;
}
validate_WakeLevel.evaluated = { dynamicProps: false, dynamicItems: false };
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
const func_equal = require('ajv/dist/runtime/equal').default;
function validate_WakeRule(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeRule.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeRule.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.level === undefined && (missing0 = 'level')) {
        validate_WakeRule.errors = [
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
              key0 === 'name' ||
              key0 === 'level' ||
              key0 === 'direct' ||
              key0 === 'from' ||
              key0 === 'keywords' ||
              key0 === 'type' ||
              key0 === 'priority'
            )
          ) {
            validate_WakeRule.errors = [
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
          if (data.name !== undefined) {
            let data0 = data.name;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === 'string') {
                if (!pattern_WakeRule.test(data0)) {
                  validate_WakeRule.errors = [
                    {
                      instancePath: instancePath + '/name',
                      schemaPath: '#/properties/name/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
                      message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate_WakeRule.errors = [
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
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.level !== undefined) {
              const _errs4 = errors;
              if (
                !validate_WakeLevel(data.level, {
                  instancePath: instancePath + '/level',
                  parentData: data,
                  parentDataProperty: 'level',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_WakeLevel.errors : vErrors.concat(validate_WakeLevel.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.direct !== undefined) {
                const _errs5 = errors;
                if (typeof data.direct !== 'boolean') {
                  validate_WakeRule.errors = [
                    {
                      instancePath: instancePath + '/direct',
                      schemaPath: '#/properties/direct/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.from !== undefined) {
                  let data3 = data.from;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (Array.isArray(data3)) {
                      if (data3.length > 1000) {
                        validate_WakeRule.errors = [
                          {
                            instancePath: instancePath + '/from',
                            schemaPath: '#/properties/from/maxItems',
                            keyword: 'maxItems',
                            params: { limit: 1000 },
                            message: 'must NOT have more than 1000 items',
                          },
                        ];
                        return false;
                      } else {
                        if (data3.length < 1) {
                          validate_WakeRule.errors = [
                            {
                              instancePath: instancePath + '/from',
                              schemaPath: '#/properties/from/minItems',
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
                            const _errs9 = errors;
                            if (
                              !validate_AgentId(data3[i0], {
                                instancePath: instancePath + '/from/' + i0,
                                parentData: data3,
                                parentDataProperty: i0,
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
                              errors = vErrors.length;
                            }
                            var valid1 = _errs9 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                          if (valid1) {
                            let i1 = data3.length;
                            let j0;
                            if (i1 > 1) {
                              outer0: for (; i1--; ) {
                                for (j0 = i1; j0--; ) {
                                  if (func_equal(data3[i1], data3[j0])) {
                                    validate_WakeRule.errors = [
                                      {
                                        instancePath: instancePath + '/from',
                                        schemaPath: '#/properties/from/uniqueItems',
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
                        }
                      }
                    } else {
                      validate_WakeRule.errors = [
                        {
                          instancePath: instancePath + '/from',
                          schemaPath: '#/properties/from/type',
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
                  if (data.keywords !== undefined) {
                    let data5 = data.keywords;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data5)) {
                        if (data5.length > 1000) {
                          validate_WakeRule.errors = [
                            {
                              instancePath: instancePath + '/keywords',
                              schemaPath: '#/properties/keywords/maxItems',
                              keyword: 'maxItems',
                              params: { limit: 1000 },
                              message: 'must NOT have more than 1000 items',
                            },
                          ];
                          return false;
                        } else {
                          if (data5.length < 1) {
                            validate_WakeRule.errors = [
                              {
                                instancePath: instancePath + '/keywords',
                                schemaPath: '#/properties/keywords/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                              },
                            ];
                            return false;
                          } else {
                            var valid3 = true;
                            const len1 = data5.length;
                            for (let i2 = 0; i2 < len1; i2++) {
                              let data6 = data5[i2];
                              const _errs12 = errors;
                              if (errors === _errs12) {
                                if (typeof data6 === 'string') {
                                  if (func_ucs2length(data6) > 200) {
                                    validate_WakeRule.errors = [
                                      {
                                        instancePath: instancePath + '/keywords/' + i2,
                                        schemaPath: '#/properties/keywords/items/maxLength',
                                        keyword: 'maxLength',
                                        params: { limit: 200 },
                                        message: 'must NOT have more than 200 characters',
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (func_ucs2length(data6) < 1) {
                                      validate_WakeRule.errors = [
                                        {
                                          instancePath: instancePath + '/keywords/' + i2,
                                          schemaPath: '#/properties/keywords/items/minLength',
                                          keyword: 'minLength',
                                          params: { limit: 1 },
                                          message: 'must NOT have fewer than 1 characters',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (!pattern_WakeRule_2.test(data6)) {
                                        validate_WakeRule.errors = [
                                          {
                                            instancePath: instancePath + '/keywords/' + i2,
                                            schemaPath: '#/properties/keywords/items/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '\\S' },
                                            message: 'must match pattern "' + '\\S' + '"',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  }
                                } else {
                                  validate_WakeRule.errors = [
                                    {
                                      instancePath: instancePath + '/keywords/' + i2,
                                      schemaPath: '#/properties/keywords/items/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid3 = _errs12 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          }
                        }
                      } else {
                        validate_WakeRule.errors = [
                          {
                            instancePath: instancePath + '/keywords',
                            schemaPath: '#/properties/keywords/type',
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
                  if (valid0) {
                    if (data.type !== undefined) {
                      let data7 = data.type;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (Array.isArray(data7)) {
                          if (data7.length < 1) {
                            validate_WakeRule.errors = [
                              {
                                instancePath: instancePath + '/type',
                                schemaPath: '#/properties/type/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                              },
                            ];
                            return false;
                          } else {
                            var valid4 = true;
                            const len2 = data7.length;
                            for (let i3 = 0; i3 < len2; i3++) {
                              const _errs16 = errors;
                              if (
                                !validate_MessageType(data7[i3], {
                                  instancePath: instancePath + '/type/' + i3,
                                  parentData: data7,
                                  parentDataProperty: i3,
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
                              var valid4 = _errs16 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                            if (valid4) {
                              let i4 = data7.length;
                              let j1;
                              if (i4 > 1) {
                                outer1: for (; i4--; ) {
                                  for (j1 = i4; j1--; ) {
                                    if (func_equal(data7[i4], data7[j1])) {
                                      validate_WakeRule.errors = [
                                        {
                                          instancePath: instancePath + '/type',
                                          schemaPath: '#/properties/type/uniqueItems',
                                          keyword: 'uniqueItems',
                                          params: { i: i4, j: j1 },
                                          message:
                                            'must NOT have duplicate items (items ## ' +
                                            j1 +
                                            ' and ' +
                                            i4 +
                                            ' are identical)',
                                        },
                                      ];
                                      return false;
                                      break outer1;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate_WakeRule.errors = [
                            {
                              instancePath: instancePath + '/type',
                              schemaPath: '#/properties/type/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.priority !== undefined) {
                        let data9 = data.priority;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data9)) {
                            if (data9.length < 1) {
                              validate_WakeRule.errors = [
                                {
                                  instancePath: instancePath + '/priority',
                                  schemaPath: '#/properties/priority/minItems',
                                  keyword: 'minItems',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 items',
                                },
                              ];
                              return false;
                            } else {
                              var valid6 = true;
                              const len3 = data9.length;
                              for (let i5 = 0; i5 < len3; i5++) {
                                const _errs19 = errors;
                                if (
                                  !validate_Priority(data9[i5], {
                                    instancePath: instancePath + '/priority/' + i5,
                                    parentData: data9,
                                    parentDataProperty: i5,
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate_Priority.errors
                                      : vErrors.concat(validate_Priority.errors);
                                  errors = vErrors.length;
                                }
                                var valid6 = _errs19 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                              if (valid6) {
                                let i6 = data9.length;
                                let j2;
                                if (i6 > 1) {
                                  outer2: for (; i6--; ) {
                                    for (j2 = i6; j2--; ) {
                                      if (func_equal(data9[i6], data9[j2])) {
                                        validate_WakeRule.errors = [
                                          {
                                            instancePath: instancePath + '/priority',
                                            schemaPath: '#/properties/priority/uniqueItems',
                                            keyword: 'uniqueItems',
                                            params: { i: i6, j: j2 },
                                            message:
                                              'must NOT have duplicate items (items ## ' +
                                              j2 +
                                              ' and ' +
                                              i6 +
                                              ' are identical)',
                                          },
                                        ];
                                        return false;
                                        break outer2;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate_WakeRule.errors = [
                              {
                                instancePath: instancePath + '/priority',
                                schemaPath: '#/properties/priority/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
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
      validate_WakeRule.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeRule.errors = vErrors;
  return errors === 0;
}
validate_WakeRule.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema_WakeQuietHours = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeQuietHours.json',
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: {
    zone: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$',
      default: 'UTC',
    },
    start: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    end: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
  },
};
const pattern_WakeQuietHours = new RegExp('^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'u');
const pattern_WakeQuietHours_2 = new RegExp('^([01][0-9]|2[0-3]):[0-5][0-9]$', 'u');
function validate_WakeQuietHours(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeQuietHours.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeQuietHours.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if ((data.start === undefined && (missing0 = 'start')) || (data.end === undefined && (missing0 = 'end'))) {
        validate_WakeQuietHours.errors = [
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
          if (!(key0 === 'zone' || key0 === 'start' || key0 === 'end')) {
            validate_WakeQuietHours.errors = [
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
          if (data.zone !== undefined) {
            let data0 = data.zone;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === 'string') {
                if (func_ucs2length(data0) > 64) {
                  validate_WakeQuietHours.errors = [
                    {
                      instancePath: instancePath + '/zone',
                      schemaPath: '#/properties/zone/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 64 },
                      message: 'must NOT have more than 64 characters',
                    },
                  ];
                  return false;
                } else {
                  if (func_ucs2length(data0) < 1) {
                    validate_WakeQuietHours.errors = [
                      {
                        instancePath: instancePath + '/zone',
                        schemaPath: '#/properties/zone/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern_WakeQuietHours.test(data0)) {
                      validate_WakeQuietHours.errors = [
                        {
                          instancePath: instancePath + '/zone',
                          schemaPath: '#/properties/zone/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$' },
                          message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$' + '"',
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate_WakeQuietHours.errors = [
                  {
                    instancePath: instancePath + '/zone',
                    schemaPath: '#/properties/zone/type',
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
            if (data.start !== undefined) {
              let data1 = data.start;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === 'string') {
                  if (!pattern_WakeQuietHours_2.test(data1)) {
                    validate_WakeQuietHours.errors = [
                      {
                        instancePath: instancePath + '/start',
                        schemaPath: '#/properties/start/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
                        message: 'must match pattern "' + '^([01][0-9]|2[0-3]):[0-5][0-9]$' + '"',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate_WakeQuietHours.errors = [
                    {
                      instancePath: instancePath + '/start',
                      schemaPath: '#/properties/start/type',
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
              if (data.end !== undefined) {
                let data2 = data.end;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === 'string') {
                    if (!pattern_WakeQuietHours_2.test(data2)) {
                      validate_WakeQuietHours.errors = [
                        {
                          instancePath: instancePath + '/end',
                          schemaPath: '#/properties/end/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
                          message: 'must match pattern "' + '^([01][0-9]|2[0-3]):[0-5][0-9]$' + '"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate_WakeQuietHours.errors = [
                      {
                        instancePath: instancePath + '/end',
                        schemaPath: '#/properties/end/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
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
      validate_WakeQuietHours.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeQuietHours.errors = vErrors;
  return errors === 0;
}
validate_WakeQuietHours.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema_WakeSwarmOverride = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeSwarmOverride.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: { type: 'array', maxItems: 1000, items: { $ref: 'WakeRule.json' } },
    quiet_hours: { oneOf: [{ $ref: 'WakeQuietHours.json' }, { type: 'null' }] },
    levels: { type: 'array', uniqueItems: true, items: { $ref: 'WakeLevel.json' } },
  },
};
function validate_WakeSwarmOverride(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeSwarmOverride.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeSwarmOverride.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === 'rules' || key0 === 'quiet_hours' || key0 === 'levels')) {
          validate_WakeSwarmOverride.errors = [
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
        if (data.rules !== undefined) {
          let data0 = data.rules;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              if (data0.length > 1000) {
                validate_WakeSwarmOverride.errors = [
                  {
                    instancePath: instancePath + '/rules',
                    schemaPath: '#/properties/rules/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 1000 },
                    message: 'must NOT have more than 1000 items',
                  },
                ];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs4 = errors;
                  if (
                    !validate_WakeRule(data0[i0], {
                      instancePath: instancePath + '/rules/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_WakeRule.errors : vErrors.concat(validate_WakeRule.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate_WakeSwarmOverride.errors = [
                {
                  instancePath: instancePath + '/rules',
                  schemaPath: '#/properties/rules/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
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
          if (data.quiet_hours !== undefined) {
            let data2 = data.quiet_hours;
            const _errs5 = errors;
            const _errs6 = errors;
            let valid2 = false;
            let passing0 = null;
            const _errs7 = errors;
            if (
              !validate_WakeQuietHours(data2, {
                instancePath: instancePath + '/quiet_hours',
                parentData: data,
                parentDataProperty: 'quiet_hours',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors =
                vErrors === null ? validate_WakeQuietHours.errors : vErrors.concat(validate_WakeQuietHours.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs7 === errors;
            if (_valid0) {
              valid2 = true;
              passing0 = 0;
            }
            const _errs8 = errors;
            if (data2 !== null) {
              const err0 = {
                instancePath: instancePath + '/quiet_hours',
                schemaPath: '#/properties/quiet_hours/oneOf/1/type',
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
            var _valid0 = _errs8 === errors;
            if (_valid0 && valid2) {
              valid2 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid2 = true;
                passing0 = 1;
              }
            }
            if (!valid2) {
              const err1 = {
                instancePath: instancePath + '/quiet_hours',
                schemaPath: '#/properties/quiet_hours/oneOf',
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
              validate_WakeSwarmOverride.errors = vErrors;
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
            if (data.levels !== undefined) {
              let data3 = data.levels;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (Array.isArray(data3)) {
                  var valid3 = true;
                  const len1 = data3.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    const _errs12 = errors;
                    if (
                      !validate_WakeLevel(data3[i1], {
                        instancePath: instancePath + '/levels/' + i1,
                        parentData: data3,
                        parentDataProperty: i1,
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate_WakeLevel.errors : vErrors.concat(validate_WakeLevel.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs12 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                  if (valid3) {
                    let i2 = data3.length;
                    let j0;
                    if (i2 > 1) {
                      outer0: for (; i2--; ) {
                        for (j0 = i2; j0--; ) {
                          if (func_equal(data3[i2], data3[j0])) {
                            validate_WakeSwarmOverride.errors = [
                              {
                                instancePath: instancePath + '/levels',
                                schemaPath: '#/properties/levels/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i2, j: j0 },
                                message:
                                  'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
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
                  validate_WakeSwarmOverride.errors = [
                    {
                      instancePath: instancePath + '/levels',
                      schemaPath: '#/properties/levels/type',
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
    } else {
      validate_WakeSwarmOverride.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeSwarmOverride.errors = vErrors;
  return errors === 0;
}
validate_WakeSwarmOverride.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
const pattern_Config = new RegExp('^(/[A-Za-z0-9._~-]+)+$', 'u');
const pattern_Config_2 = new RegExp('^https?://', 'u');
function validate_Config(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Config.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Config.evaluated;
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
        (data.endpoint === undefined && (missing0 = 'endpoint'))
      ) {
        validate_Config.errors = [
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
            !validate_NewAgentId(data.agent_id, {
              instancePath: instancePath + '/agent_id',
              parentData: data,
              parentDataProperty: 'agent_id',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_NewAgentId.errors : vErrors.concat(validate_NewAgentId.errors);
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
            if (data.default_swarm !== undefined) {
              const _errs3 = errors;
              if (
                !validate_Uuid(data.default_swarm, {
                  instancePath: instancePath + '/default_swarm',
                  parentData: data,
                  parentDataProperty: 'default_swarm',
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
              if (data.name !== undefined) {
                let data3 = data.name;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (typeof data3 === 'string') {
                    if (func_ucs2length(data3) > 256) {
                      validate_Config.errors = [
                        {
                          instancePath: instancePath + '/name',
                          schemaPath: '#/properties/name/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 256 },
                          message: 'must NOT have more than 256 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate_Config.errors = [
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
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== undefined) {
                  let data4 = data.description;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) > 2048) {
                        validate_Config.errors = [
                          {
                            instancePath: instancePath + '/description',
                            schemaPath: '#/properties/description/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 2048 },
                            message: 'must NOT have more than 2048 characters',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate_Config.errors = [
                        {
                          instancePath: instancePath + '/description',
                          schemaPath: '#/properties/description/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
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
                  if (data.server !== undefined) {
                    let data5 = data.server;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                        const _errs10 = errors;
                        for (const key0 in data5) {
                          if (!func_hasOwnProperty.call(schema_Config.properties.server.properties, key0)) {
                            validate_Config.errors = [
                              {
                                instancePath: instancePath + '/server',
                                schemaPath: '#/properties/server/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key0 },
                                message: 'must NOT have additional properties',
                              },
                            ];
                            return false;
                            break;
                          }
                        }
                        if (_errs10 === errors) {
                          if (data5.host !== undefined) {
                            const _errs11 = errors;
                            if (typeof data5.host !== 'string') {
                              validate_Config.errors = [
                                {
                                  instancePath: instancePath + '/server/host',
                                  schemaPath: '#/properties/server/properties/host/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs11 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data5.port !== undefined) {
                              let data7 = data5.port;
                              const _errs13 = errors;
                              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                                validate_Config.errors = [
                                  {
                                    instancePath: instancePath + '/server/port',
                                    schemaPath: '#/properties/server/properties/port/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs13) {
                                if (typeof data7 == 'number' && isFinite(data7)) {
                                  if (data7 > 65535 || isNaN(data7)) {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/server/port',
                                        schemaPath: '#/properties/server/properties/port/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 65535 },
                                        message: 'must be <= 65535',
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data7 < 0 || isNaN(data7)) {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/server/port',
                                          schemaPath: '#/properties/server/properties/port/minimum',
                                          keyword: 'minimum',
                                          params: { comparison: '>=', limit: 0 },
                                          message: 'must be >= 0',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid1 = _errs13 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data5.base_path !== undefined) {
                                let data8 = data5.base_path;
                                const _errs15 = errors;
                                if (errors === _errs15) {
                                  if (typeof data8 === 'string') {
                                    if (!pattern_Config.test(data8)) {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/server/base_path',
                                          schemaPath: '#/properties/server/properties/base_path/pattern',
                                          keyword: 'pattern',
                                          params: { pattern: '^(/[A-Za-z0-9._~-]+)+$' },
                                          message: 'must match pattern "' + '^(/[A-Za-z0-9._~-]+)+$' + '"',
                                        },
                                      ];
                                      return false;
                                    }
                                  } else {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/server/base_path',
                                        schemaPath: '#/properties/server/properties/base_path/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid1 = _errs15 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data5.tls !== undefined) {
                                  let data9 = data5.tls;
                                  const _errs17 = errors;
                                  if (errors === _errs17) {
                                    if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                                      let missing1;
                                      if (
                                        (data9.cert === undefined && (missing1 = 'cert')) ||
                                        (data9.key === undefined && (missing1 = 'key'))
                                      ) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/server/tls',
                                            schemaPath: '#/properties/server/properties/tls/required',
                                            keyword: 'required',
                                            params: { missingProperty: missing1 },
                                            message: "must have required property '" + missing1 + "'",
                                          },
                                        ];
                                        return false;
                                      } else {
                                        const _errs19 = errors;
                                        for (const key1 in data9) {
                                          if (!(key1 === 'cert' || key1 === 'key')) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/server/tls',
                                                schemaPath: '#/properties/server/properties/tls/additionalProperties',
                                                keyword: 'additionalProperties',
                                                params: { additionalProperty: key1 },
                                                message: 'must NOT have additional properties',
                                              },
                                            ];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs19 === errors) {
                                          if (data9.cert !== undefined) {
                                            let data10 = data9.cert;
                                            const _errs20 = errors;
                                            if (errors === _errs20) {
                                              if (typeof data10 === 'string') {
                                                if (func_ucs2length(data10) < 1) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/server/tls/cert',
                                                      schemaPath:
                                                        '#/properties/server/properties/tls/properties/cert/minLength',
                                                      keyword: 'minLength',
                                                      params: { limit: 1 },
                                                      message: 'must NOT have fewer than 1 characters',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              } else {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/server/tls/cert',
                                                    schemaPath:
                                                      '#/properties/server/properties/tls/properties/cert/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid2 = _errs20 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data9.key !== undefined) {
                                              let data11 = data9.key;
                                              const _errs22 = errors;
                                              if (errors === _errs22) {
                                                if (typeof data11 === 'string') {
                                                  if (func_ucs2length(data11) < 1) {
                                                    validate_Config.errors = [
                                                      {
                                                        instancePath: instancePath + '/server/tls/key',
                                                        schemaPath:
                                                          '#/properties/server/properties/tls/properties/key/minLength',
                                                        keyword: 'minLength',
                                                        params: { limit: 1 },
                                                        message: 'must NOT have fewer than 1 characters',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                } else {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/server/tls/key',
                                                      schemaPath:
                                                        '#/properties/server/properties/tls/properties/key/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid2 = _errs22 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/server/tls',
                                          schemaPath: '#/properties/server/properties/tls/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs17 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data5.trust_proxy !== undefined) {
                                    const _errs24 = errors;
                                    if (typeof data5.trust_proxy !== 'boolean') {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/server/trust_proxy',
                                          schemaPath: '#/properties/server/properties/trust_proxy/type',
                                          keyword: 'type',
                                          params: { type: 'boolean' },
                                          message: 'must be boolean',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid1 = _errs24 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data5.body_limit_bytes !== undefined) {
                                      let data13 = data5.body_limit_bytes;
                                      const _errs26 = errors;
                                      if (
                                        !(
                                          typeof data13 == 'number' &&
                                          !(data13 % 1) &&
                                          !isNaN(data13) &&
                                          isFinite(data13)
                                        )
                                      ) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/server/body_limit_bytes',
                                            schemaPath: '#/properties/server/properties/body_limit_bytes/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (errors === _errs26) {
                                        if (typeof data13 == 'number' && isFinite(data13)) {
                                          if (data13 > 16777216 || isNaN(data13)) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/server/body_limit_bytes',
                                                schemaPath: '#/properties/server/properties/body_limit_bytes/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 16777216 },
                                                message: 'must be <= 16777216',
                                              },
                                            ];
                                            return false;
                                          } else {
                                            if (data13 < 1024 || isNaN(data13)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/server/body_limit_bytes',
                                                  schemaPath: '#/properties/server/properties/body_limit_bytes/minimum',
                                                  keyword: 'minimum',
                                                  params: { comparison: '>=', limit: 1024 },
                                                  message: 'must be >= 1024',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data5.bodies_in_flight_bytes !== undefined) {
                                        let data14 = data5.bodies_in_flight_bytes;
                                        const _errs28 = errors;
                                        if (
                                          !(
                                            typeof data14 == 'number' &&
                                            !(data14 % 1) &&
                                            !isNaN(data14) &&
                                            isFinite(data14)
                                          )
                                        ) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/server/bodies_in_flight_bytes',
                                              schemaPath: '#/properties/server/properties/bodies_in_flight_bytes/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs28) {
                                          if (typeof data14 == 'number' && isFinite(data14)) {
                                            if (data14 > 4294967296 || isNaN(data14)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/server/bodies_in_flight_bytes',
                                                  schemaPath:
                                                    '#/properties/server/properties/bodies_in_flight_bytes/maximum',
                                                  keyword: 'maximum',
                                                  params: { comparison: '<=', limit: 4294967296 },
                                                  message: 'must be <= 4294967296',
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data14 < 65536 || isNaN(data14)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/server/bodies_in_flight_bytes',
                                                    schemaPath:
                                                      '#/properties/server/properties/bodies_in_flight_bytes/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 65536 },
                                                    message: 'must be >= 65536',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid1 = _errs28 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data5.replay_window_seconds !== undefined) {
                                          let data15 = data5.replay_window_seconds;
                                          const _errs30 = errors;
                                          if (
                                            !(
                                              typeof data15 == 'number' &&
                                              !(data15 % 1) &&
                                              !isNaN(data15) &&
                                              isFinite(data15)
                                            )
                                          ) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/server/replay_window_seconds',
                                                schemaPath: '#/properties/server/properties/replay_window_seconds/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          if (errors === _errs30) {
                                            if (typeof data15 == 'number' && isFinite(data15)) {
                                              if (data15 > 86400 || isNaN(data15)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/server/replay_window_seconds',
                                                    schemaPath:
                                                      '#/properties/server/properties/replay_window_seconds/maximum',
                                                    keyword: 'maximum',
                                                    params: { comparison: '<=', limit: 86400 },
                                                    message: 'must be <= 86400',
                                                  },
                                                ];
                                                return false;
                                              } else {
                                                if (data15 < 1 || isNaN(data15)) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/server/replay_window_seconds',
                                                      schemaPath:
                                                        '#/properties/server/properties/replay_window_seconds/minimum',
                                                      keyword: 'minimum',
                                                      params: { comparison: '>=', limit: 1 },
                                                      message: 'must be >= 1',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                            }
                                          }
                                          var valid1 = _errs30 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data5.rate_limits !== undefined) {
                                            let data16 = data5.rate_limits;
                                            const _errs32 = errors;
                                            if (errors === _errs32) {
                                              if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                                                const _errs34 = errors;
                                                for (const key2 in data16) {
                                                  if (
                                                    !(
                                                      key2 === 'enabled' ||
                                                      key2 === 'per_sender_per_minute' ||
                                                      key2 === 'per_swarm_per_minute' ||
                                                      key2 === 'joins_per_ip_per_hour'
                                                    )
                                                  ) {
                                                    validate_Config.errors = [
                                                      {
                                                        instancePath: instancePath + '/server/rate_limits',
                                                        schemaPath:
                                                          '#/properties/server/properties/rate_limits/additionalProperties',
                                                        keyword: 'additionalProperties',
                                                        params: { additionalProperty: key2 },
                                                        message: 'must NOT have additional properties',
                                                      },
                                                    ];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs34 === errors) {
                                                  if (data16.enabled !== undefined) {
                                                    const _errs35 = errors;
                                                    if (typeof data16.enabled !== 'boolean') {
                                                      validate_Config.errors = [
                                                        {
                                                          instancePath: instancePath + '/server/rate_limits/enabled',
                                                          schemaPath:
                                                            '#/properties/server/properties/rate_limits/properties/enabled/type',
                                                          keyword: 'type',
                                                          params: { type: 'boolean' },
                                                          message: 'must be boolean',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid3 = _errs35 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data16.per_sender_per_minute !== undefined) {
                                                      let data18 = data16.per_sender_per_minute;
                                                      const _errs37 = errors;
                                                      if (
                                                        !(
                                                          typeof data18 == 'number' &&
                                                          !(data18 % 1) &&
                                                          !isNaN(data18) &&
                                                          isFinite(data18)
                                                        )
                                                      ) {
                                                        validate_Config.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/server/rate_limits/per_sender_per_minute',
                                                            schemaPath:
                                                              '#/properties/server/properties/rate_limits/properties/per_sender_per_minute/type',
                                                            keyword: 'type',
                                                            params: { type: 'integer' },
                                                            message: 'must be integer',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      if (errors === _errs37) {
                                                        if (typeof data18 == 'number' && isFinite(data18)) {
                                                          if (data18 > 1000000 || isNaN(data18)) {
                                                            validate_Config.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/server/rate_limits/per_sender_per_minute',
                                                                schemaPath:
                                                                  '#/properties/server/properties/rate_limits/properties/per_sender_per_minute/maximum',
                                                                keyword: 'maximum',
                                                                params: { comparison: '<=', limit: 1000000 },
                                                                message: 'must be <= 1000000',
                                                              },
                                                            ];
                                                            return false;
                                                          } else {
                                                            if (data18 < 1 || isNaN(data18)) {
                                                              validate_Config.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/server/rate_limits/per_sender_per_minute',
                                                                  schemaPath:
                                                                    '#/properties/server/properties/rate_limits/properties/per_sender_per_minute/minimum',
                                                                  keyword: 'minimum',
                                                                  params: { comparison: '>=', limit: 1 },
                                                                  message: 'must be >= 1',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid3 = _errs37 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data16.per_swarm_per_minute !== undefined) {
                                                        let data19 = data16.per_swarm_per_minute;
                                                        const _errs39 = errors;
                                                        if (
                                                          !(
                                                            typeof data19 == 'number' &&
                                                            !(data19 % 1) &&
                                                            !isNaN(data19) &&
                                                            isFinite(data19)
                                                          )
                                                        ) {
                                                          validate_Config.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/server/rate_limits/per_swarm_per_minute',
                                                              schemaPath:
                                                                '#/properties/server/properties/rate_limits/properties/per_swarm_per_minute/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        if (errors === _errs39) {
                                                          if (typeof data19 == 'number' && isFinite(data19)) {
                                                            if (data19 > 1000000 || isNaN(data19)) {
                                                              validate_Config.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/server/rate_limits/per_swarm_per_minute',
                                                                  schemaPath:
                                                                    '#/properties/server/properties/rate_limits/properties/per_swarm_per_minute/maximum',
                                                                  keyword: 'maximum',
                                                                  params: { comparison: '<=', limit: 1000000 },
                                                                  message: 'must be <= 1000000',
                                                                },
                                                              ];
                                                              return false;
                                                            } else {
                                                              if (data19 < 1 || isNaN(data19)) {
                                                                validate_Config.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/server/rate_limits/per_swarm_per_minute',
                                                                    schemaPath:
                                                                      '#/properties/server/properties/rate_limits/properties/per_swarm_per_minute/minimum',
                                                                    keyword: 'minimum',
                                                                    params: { comparison: '>=', limit: 1 },
                                                                    message: 'must be >= 1',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid3 = _errs39 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data16.joins_per_ip_per_hour !== undefined) {
                                                          let data20 = data16.joins_per_ip_per_hour;
                                                          const _errs41 = errors;
                                                          if (
                                                            !(
                                                              typeof data20 == 'number' &&
                                                              !(data20 % 1) &&
                                                              !isNaN(data20) &&
                                                              isFinite(data20)
                                                            )
                                                          ) {
                                                            validate_Config.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/server/rate_limits/joins_per_ip_per_hour',
                                                                schemaPath:
                                                                  '#/properties/server/properties/rate_limits/properties/joins_per_ip_per_hour/type',
                                                                keyword: 'type',
                                                                params: { type: 'integer' },
                                                                message: 'must be integer',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          if (errors === _errs41) {
                                                            if (typeof data20 == 'number' && isFinite(data20)) {
                                                              if (data20 > 1000000 || isNaN(data20)) {
                                                                validate_Config.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/server/rate_limits/joins_per_ip_per_hour',
                                                                    schemaPath:
                                                                      '#/properties/server/properties/rate_limits/properties/joins_per_ip_per_hour/maximum',
                                                                    keyword: 'maximum',
                                                                    params: { comparison: '<=', limit: 1000000 },
                                                                    message: 'must be <= 1000000',
                                                                  },
                                                                ];
                                                                return false;
                                                              } else {
                                                                if (data20 < 1 || isNaN(data20)) {
                                                                  validate_Config.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/server/rate_limits/joins_per_ip_per_hour',
                                                                      schemaPath:
                                                                        '#/properties/server/properties/rate_limits/properties/joins_per_ip_per_hour/minimum',
                                                                      keyword: 'minimum',
                                                                      params: { comparison: '>=', limit: 1 },
                                                                      message: 'must be >= 1',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid3 = _errs41 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/server/rate_limits',
                                                    schemaPath: '#/properties/server/properties/rate_limits/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid1 = _errs32 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data5.management !== undefined) {
                                              let data21 = data5.management;
                                              const _errs43 = errors;
                                              if (errors === _errs43) {
                                                if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                                                  const _errs45 = errors;
                                                  for (const key3 in data21) {
                                                    if (!(key3 === 'loopback_only')) {
                                                      validate_Config.errors = [
                                                        {
                                                          instancePath: instancePath + '/server/management',
                                                          schemaPath:
                                                            '#/properties/server/properties/management/additionalProperties',
                                                          keyword: 'additionalProperties',
                                                          params: { additionalProperty: key3 },
                                                          message: 'must NOT have additional properties',
                                                        },
                                                      ];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs45 === errors) {
                                                    if (data21.loopback_only !== undefined) {
                                                      if (typeof data21.loopback_only !== 'boolean') {
                                                        validate_Config.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/server/management/loopback_only',
                                                            schemaPath:
                                                              '#/properties/server/properties/management/properties/loopback_only/type',
                                                            keyword: 'type',
                                                            params: { type: 'boolean' },
                                                            message: 'must be boolean',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/server/management',
                                                      schemaPath: '#/properties/server/properties/management/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid1 = _errs43 === errors;
                                            } else {
                                              var valid1 = true;
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
                        validate_Config.errors = [
                          {
                            instancePath: instancePath + '/server',
                            schemaPath: '#/properties/server/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
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
                    if (data.client !== undefined) {
                      let data23 = data.client;
                      const _errs48 = errors;
                      if (errors === _errs48) {
                        if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                          const _errs50 = errors;
                          for (const key4 in data23) {
                            if (
                              !(
                                key4 === 'ca_file' ||
                                key4 === 'timeout_ms' ||
                                key4 === 'concurrency' ||
                                key4 === 'max_attempts' ||
                                key4 === 'allow_http_loopback'
                              )
                            ) {
                              validate_Config.errors = [
                                {
                                  instancePath: instancePath + '/client',
                                  schemaPath: '#/properties/client/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key4 },
                                  message: 'must NOT have additional properties',
                                },
                              ];
                              return false;
                              break;
                            }
                          }
                          if (_errs50 === errors) {
                            if (data23.ca_file !== undefined) {
                              let data24 = data23.ca_file;
                              const _errs51 = errors;
                              if (errors === _errs51) {
                                if (typeof data24 === 'string') {
                                  if (func_ucs2length(data24) < 1) {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/client/ca_file',
                                        schemaPath: '#/properties/client/properties/ca_file/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                      },
                                    ];
                                    return false;
                                  }
                                } else {
                                  validate_Config.errors = [
                                    {
                                      instancePath: instancePath + '/client/ca_file',
                                      schemaPath: '#/properties/client/properties/ca_file/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid5 = _errs51 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data23.timeout_ms !== undefined) {
                                let data25 = data23.timeout_ms;
                                const _errs53 = errors;
                                if (
                                  !(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))
                                ) {
                                  validate_Config.errors = [
                                    {
                                      instancePath: instancePath + '/client/timeout_ms',
                                      schemaPath: '#/properties/client/properties/timeout_ms/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs53) {
                                  if (typeof data25 == 'number' && isFinite(data25)) {
                                    if (data25 > 600000 || isNaN(data25)) {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/client/timeout_ms',
                                          schemaPath: '#/properties/client/properties/timeout_ms/maximum',
                                          keyword: 'maximum',
                                          params: { comparison: '<=', limit: 600000 },
                                          message: 'must be <= 600000',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data25 < 100 || isNaN(data25)) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/client/timeout_ms',
                                            schemaPath: '#/properties/client/properties/timeout_ms/minimum',
                                            keyword: 'minimum',
                                            params: { comparison: '>=', limit: 100 },
                                            message: 'must be >= 100',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid5 = _errs53 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data23.concurrency !== undefined) {
                                  let data26 = data23.concurrency;
                                  const _errs55 = errors;
                                  if (
                                    !(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))
                                  ) {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/client/concurrency',
                                        schemaPath: '#/properties/client/properties/concurrency/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  if (errors === _errs55) {
                                    if (typeof data26 == 'number' && isFinite(data26)) {
                                      if (data26 > 1024 || isNaN(data26)) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/client/concurrency',
                                            schemaPath: '#/properties/client/properties/concurrency/maximum',
                                            keyword: 'maximum',
                                            params: { comparison: '<=', limit: 1024 },
                                            message: 'must be <= 1024',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (data26 < 1 || isNaN(data26)) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/client/concurrency',
                                              schemaPath: '#/properties/client/properties/concurrency/minimum',
                                              keyword: 'minimum',
                                              params: { comparison: '>=', limit: 1 },
                                              message: 'must be >= 1',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid5 = _errs55 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data23.max_attempts !== undefined) {
                                    let data27 = data23.max_attempts;
                                    const _errs57 = errors;
                                    if (
                                      !(
                                        typeof data27 == 'number' &&
                                        !(data27 % 1) &&
                                        !isNaN(data27) &&
                                        isFinite(data27)
                                      )
                                    ) {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/client/max_attempts',
                                          schemaPath: '#/properties/client/properties/max_attempts/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs57) {
                                      if (typeof data27 == 'number' && isFinite(data27)) {
                                        if (data27 > 100 || isNaN(data27)) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/client/max_attempts',
                                              schemaPath: '#/properties/client/properties/max_attempts/maximum',
                                              keyword: 'maximum',
                                              params: { comparison: '<=', limit: 100 },
                                              message: 'must be <= 100',
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data27 < 1 || isNaN(data27)) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/client/max_attempts',
                                                schemaPath: '#/properties/client/properties/max_attempts/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid5 = _errs57 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data23.allow_http_loopback !== undefined) {
                                      const _errs59 = errors;
                                      if (typeof data23.allow_http_loopback !== 'boolean') {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/client/allow_http_loopback',
                                            schemaPath: '#/properties/client/properties/allow_http_loopback/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid5 = _errs59 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate_Config.errors = [
                            {
                              instancePath: instancePath + '/client',
                              schemaPath: '#/properties/client/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs48 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.wake !== undefined) {
                        let data29 = data.wake;
                        const _errs61 = errors;
                        if (errors === _errs61) {
                          if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                            const _errs63 = errors;
                            for (const key5 in data29) {
                              if (!func_hasOwnProperty.call(schema_Config.properties.wake.properties, key5)) {
                                validate_Config.errors = [
                                  {
                                    instancePath: instancePath + '/wake',
                                    schemaPath: '#/properties/wake/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key5 },
                                    message: 'must NOT have additional properties',
                                  },
                                ];
                                return false;
                                break;
                              }
                            }
                            if (_errs63 === errors) {
                              if (data29.method !== undefined) {
                                let data30 = data29.method;
                                const _errs64 = errors;
                                if (typeof data30 !== 'string') {
                                  validate_Config.errors = [
                                    {
                                      instancePath: instancePath + '/wake/method',
                                      schemaPath: '#/properties/wake/properties/method/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                if (
                                  !(
                                    data30 === 'none' ||
                                    data30 === 'tmux' ||
                                    data30 === 'command' ||
                                    data30 === 'webhook'
                                  )
                                ) {
                                  validate_Config.errors = [
                                    {
                                      instancePath: instancePath + '/wake/method',
                                      schemaPath: '#/properties/wake/properties/method/enum',
                                      keyword: 'enum',
                                      params: { allowedValues: schema_Config.properties.wake.properties.method.enum },
                                      message: 'must be equal to one of the allowed values',
                                    },
                                  ];
                                  return false;
                                }
                                var valid6 = _errs64 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data29.tmux_target !== undefined) {
                                  let data31 = data29.tmux_target;
                                  const _errs66 = errors;
                                  if (errors === _errs66) {
                                    if (typeof data31 === 'string') {
                                      if (func_ucs2length(data31) < 1) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/wake/tmux_target',
                                            schemaPath: '#/properties/wake/properties/tmux_target/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/wake/tmux_target',
                                          schemaPath: '#/properties/wake/properties/tmux_target/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs66 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data29.command !== undefined) {
                                    let data32 = data29.command;
                                    const _errs68 = errors;
                                    if (errors === _errs68) {
                                      if (Array.isArray(data32)) {
                                        if (data32.length < 1) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/wake/command',
                                              schemaPath: '#/properties/wake/properties/command/minItems',
                                              keyword: 'minItems',
                                              params: { limit: 1 },
                                              message: 'must NOT have fewer than 1 items',
                                            },
                                          ];
                                          return false;
                                        } else {
                                          var valid7 = true;
                                          const len0 = data32.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs70 = errors;
                                            if (typeof data32[i0] !== 'string') {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/wake/command/' + i0,
                                                  schemaPath: '#/properties/wake/properties/command/items/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid7 = _errs70 === errors;
                                            if (!valid7) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/wake/command',
                                            schemaPath: '#/properties/wake/properties/command/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs68 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data29.webhook_url !== undefined) {
                                      let data34 = data29.webhook_url;
                                      const _errs72 = errors;
                                      if (errors === _errs72) {
                                        if (typeof data34 === 'string') {
                                          if (!pattern_Config_2.test(data34)) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/wake/webhook_url',
                                                schemaPath: '#/properties/wake/properties/webhook_url/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^https?://' },
                                                message: 'must match pattern "' + '^https?://' + '"',
                                              },
                                            ];
                                            return false;
                                          }
                                        } else {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/wake/webhook_url',
                                              schemaPath: '#/properties/wake/properties/webhook_url/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs72 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data29.session_timeout_minutes !== undefined) {
                                        let data35 = data29.session_timeout_minutes;
                                        const _errs74 = errors;
                                        if (
                                          !(
                                            typeof data35 == 'number' &&
                                            !(data35 % 1) &&
                                            !isNaN(data35) &&
                                            isFinite(data35)
                                          )
                                        ) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/wake/session_timeout_minutes',
                                              schemaPath: '#/properties/wake/properties/session_timeout_minutes/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs74) {
                                          if (typeof data35 == 'number' && isFinite(data35)) {
                                            if (data35 > 10080 || isNaN(data35)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/wake/session_timeout_minutes',
                                                  schemaPath:
                                                    '#/properties/wake/properties/session_timeout_minutes/maximum',
                                                  keyword: 'maximum',
                                                  params: { comparison: '<=', limit: 10080 },
                                                  message: 'must be <= 10080',
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data35 < 1 || isNaN(data35)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/wake/session_timeout_minutes',
                                                    schemaPath:
                                                      '#/properties/wake/properties/session_timeout_minutes/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 1 },
                                                    message: 'must be >= 1',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid6 = _errs74 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data29.levels !== undefined) {
                                          let data36 = data29.levels;
                                          const _errs76 = errors;
                                          if (errors === _errs76) {
                                            if (Array.isArray(data36)) {
                                              var valid8 = true;
                                              const len1 = data36.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                let data37 = data36[i1];
                                                const _errs78 = errors;
                                                if (typeof data37 !== 'string') {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/wake/levels/' + i1,
                                                      schemaPath: '#/properties/wake/properties/levels/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                if (
                                                  !(data37 === 'silent' || data37 === 'normal' || data37 === 'urgent')
                                                ) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/wake/levels/' + i1,
                                                      schemaPath: '#/properties/wake/properties/levels/items/enum',
                                                      keyword: 'enum',
                                                      params: {
                                                        allowedValues:
                                                          schema_Config.properties.wake.properties.levels.items.enum,
                                                      },
                                                      message: 'must be equal to one of the allowed values',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid8 = _errs78 === errors;
                                                if (!valid8) {
                                                  break;
                                                }
                                              }
                                              if (valid8) {
                                                let i2 = data36.length;
                                                let j0;
                                                if (i2 > 1) {
                                                  const indices0 = {};
                                                  for (; i2--; ) {
                                                    let item0 = data36[i2];
                                                    if (typeof item0 !== 'string') {
                                                      continue;
                                                    }
                                                    if (typeof indices0[item0] == 'number') {
                                                      j0 = indices0[item0];
                                                      validate_Config.errors = [
                                                        {
                                                          instancePath: instancePath + '/wake/levels',
                                                          schemaPath: '#/properties/wake/properties/levels/uniqueItems',
                                                          keyword: 'uniqueItems',
                                                          params: { i: i2, j: j0 },
                                                          message:
                                                            'must NOT have duplicate items (items ## ' +
                                                            j0 +
                                                            ' and ' +
                                                            i2 +
                                                            ' are identical)',
                                                        },
                                                      ];
                                                      return false;
                                                      break;
                                                    }
                                                    indices0[item0] = i2;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/wake/levels',
                                                  schemaPath: '#/properties/wake/properties/levels/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs76 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data29.rules !== undefined) {
                                            let data38 = data29.rules;
                                            const _errs80 = errors;
                                            if (errors === _errs80) {
                                              if (Array.isArray(data38)) {
                                                if (data38.length > 1000) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/wake/rules',
                                                      schemaPath: '#/properties/wake/properties/rules/maxItems',
                                                      keyword: 'maxItems',
                                                      params: { limit: 1000 },
                                                      message: 'must NOT have more than 1000 items',
                                                    },
                                                  ];
                                                  return false;
                                                } else {
                                                  var valid10 = true;
                                                  const len2 = data38.length;
                                                  for (let i3 = 0; i3 < len2; i3++) {
                                                    const _errs82 = errors;
                                                    if (
                                                      !validate_WakeRule(data38[i3], {
                                                        instancePath: instancePath + '/wake/rules/' + i3,
                                                        parentData: data38,
                                                        parentDataProperty: i3,
                                                        rootData,
                                                        dynamicAnchors,
                                                      })
                                                    ) {
                                                      vErrors =
                                                        vErrors === null
                                                          ? validate_WakeRule.errors
                                                          : vErrors.concat(validate_WakeRule.errors);
                                                      errors = vErrors.length;
                                                    }
                                                    var valid10 = _errs82 === errors;
                                                    if (!valid10) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/wake/rules',
                                                    schemaPath: '#/properties/wake/properties/rules/type',
                                                    keyword: 'type',
                                                    params: { type: 'array' },
                                                    message: 'must be array',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid6 = _errs80 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data29.quiet_hours !== undefined) {
                                              const _errs83 = errors;
                                              if (
                                                !validate_WakeQuietHours(data29.quiet_hours, {
                                                  instancePath: instancePath + '/wake/quiet_hours',
                                                  parentData: data29,
                                                  parentDataProperty: 'quiet_hours',
                                                  rootData,
                                                  dynamicAnchors,
                                                })
                                              ) {
                                                vErrors =
                                                  vErrors === null
                                                    ? validate_WakeQuietHours.errors
                                                    : vErrors.concat(validate_WakeQuietHours.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid6 = _errs83 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data29.swarms !== undefined) {
                                                let data41 = data29.swarms;
                                                const _errs84 = errors;
                                                if (errors === _errs84) {
                                                  if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                                                    if (Object.keys(data41).length > 1000) {
                                                      validate_Config.errors = [
                                                        {
                                                          instancePath: instancePath + '/wake/swarms',
                                                          schemaPath:
                                                            '#/properties/wake/properties/swarms/maxProperties',
                                                          keyword: 'maxProperties',
                                                          params: { limit: 1000 },
                                                          message: 'must NOT have more than 1000 properties',
                                                        },
                                                      ];
                                                      return false;
                                                    } else {
                                                      for (const key6 in data41) {
                                                        const _errs86 = errors;
                                                        if (
                                                          !validate_Uuid(key6, {
                                                            instancePath: instancePath + '/wake/swarms',
                                                            parentData: data41,
                                                            parentDataProperty: 'swarms',
                                                            rootData,
                                                            dynamicAnchors,
                                                          })
                                                        ) {
                                                          vErrors =
                                                            vErrors === null
                                                              ? validate_Uuid.errors
                                                              : vErrors.concat(validate_Uuid.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid11 = _errs86 === errors;
                                                        if (!valid11) {
                                                          const err0 = {
                                                            instancePath: instancePath + '/wake/swarms',
                                                            schemaPath:
                                                              '#/properties/wake/properties/swarms/propertyNames',
                                                            keyword: 'propertyNames',
                                                            params: { propertyName: key6 },
                                                            message: 'property name must be valid',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err0];
                                                          } else {
                                                            vErrors.push(err0);
                                                          }
                                                          errors++;
                                                          validate_Config.errors = vErrors;
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                      if (valid11) {
                                                        for (const key7 in data41) {
                                                          const _errs88 = errors;
                                                          if (
                                                            !validate_WakeSwarmOverride(data41[key7], {
                                                              instancePath:
                                                                instancePath +
                                                                '/wake/swarms/' +
                                                                key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                              parentData: data41,
                                                              parentDataProperty: key7,
                                                              rootData,
                                                              dynamicAnchors,
                                                            })
                                                          ) {
                                                            vErrors =
                                                              vErrors === null
                                                                ? validate_WakeSwarmOverride.errors
                                                                : vErrors.concat(validate_WakeSwarmOverride.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid12 = _errs88 === errors;
                                                          if (!valid12) {
                                                            break;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate_Config.errors = [
                                                      {
                                                        instancePath: instancePath + '/wake/swarms',
                                                        schemaPath: '#/properties/wake/properties/swarms/type',
                                                        keyword: 'type',
                                                        params: { type: 'object' },
                                                        message: 'must be object',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                                var valid6 = _errs84 === errors;
                                              } else {
                                                var valid6 = true;
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
                            validate_Config.errors = [
                              {
                                instancePath: instancePath + '/wake',
                                schemaPath: '#/properties/wake/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs61 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.retention !== undefined) {
                          let data43 = data.retention;
                          const _errs89 = errors;
                          if (errors === _errs89) {
                            if (data43 && typeof data43 == 'object' && !Array.isArray(data43)) {
                              const _errs91 = errors;
                              for (const key8 in data43) {
                                if (
                                  !(
                                    key8 === 'read_max_age_days' ||
                                    key8 === 'read_max_per_swarm' ||
                                    key8 === 'archived_max_age_days' ||
                                    key8 === 'archived_max_per_swarm' ||
                                    key8 === 'deleted_max_age_hours' ||
                                    key8 === 'delivered_max_age_days' ||
                                    key8 === 'interval_minutes'
                                  )
                                ) {
                                  validate_Config.errors = [
                                    {
                                      instancePath: instancePath + '/retention',
                                      schemaPath: '#/properties/retention/additionalProperties',
                                      keyword: 'additionalProperties',
                                      params: { additionalProperty: key8 },
                                      message: 'must NOT have additional properties',
                                    },
                                  ];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs91 === errors) {
                                if (data43.read_max_age_days !== undefined) {
                                  let data44 = data43.read_max_age_days;
                                  const _errs92 = errors;
                                  if (
                                    !(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44) && isFinite(data44))
                                  ) {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/retention/read_max_age_days',
                                        schemaPath: '#/properties/retention/properties/read_max_age_days/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  if (errors === _errs92) {
                                    if (typeof data44 == 'number' && isFinite(data44)) {
                                      if (data44 > 36500 || isNaN(data44)) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/retention/read_max_age_days',
                                            schemaPath: '#/properties/retention/properties/read_max_age_days/maximum',
                                            keyword: 'maximum',
                                            params: { comparison: '<=', limit: 36500 },
                                            message: 'must be <= 36500',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (data44 < 1 || isNaN(data44)) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/retention/read_max_age_days',
                                              schemaPath: '#/properties/retention/properties/read_max_age_days/minimum',
                                              keyword: 'minimum',
                                              params: { comparison: '>=', limit: 1 },
                                              message: 'must be >= 1',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid13 = _errs92 === errors;
                                } else {
                                  var valid13 = true;
                                }
                                if (valid13) {
                                  if (data43.read_max_per_swarm !== undefined) {
                                    let data45 = data43.read_max_per_swarm;
                                    const _errs94 = errors;
                                    if (
                                      !(
                                        typeof data45 == 'number' &&
                                        !(data45 % 1) &&
                                        !isNaN(data45) &&
                                        isFinite(data45)
                                      )
                                    ) {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/retention/read_max_per_swarm',
                                          schemaPath: '#/properties/retention/properties/read_max_per_swarm/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs94) {
                                      if (typeof data45 == 'number' && isFinite(data45)) {
                                        if (data45 > 100000000 || isNaN(data45)) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/retention/read_max_per_swarm',
                                              schemaPath:
                                                '#/properties/retention/properties/read_max_per_swarm/maximum',
                                              keyword: 'maximum',
                                              params: { comparison: '<=', limit: 100000000 },
                                              message: 'must be <= 100000000',
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data45 < 0 || isNaN(data45)) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/retention/read_max_per_swarm',
                                                schemaPath:
                                                  '#/properties/retention/properties/read_max_per_swarm/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 0 },
                                                message: 'must be >= 0',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid13 = _errs94 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data43.archived_max_age_days !== undefined) {
                                      let data46 = data43.archived_max_age_days;
                                      const _errs96 = errors;
                                      if (
                                        !(
                                          typeof data46 == 'number' &&
                                          !(data46 % 1) &&
                                          !isNaN(data46) &&
                                          isFinite(data46)
                                        )
                                      ) {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/retention/archived_max_age_days',
                                            schemaPath: '#/properties/retention/properties/archived_max_age_days/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (errors === _errs96) {
                                        if (typeof data46 == 'number' && isFinite(data46)) {
                                          if (data46 > 36500 || isNaN(data46)) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/retention/archived_max_age_days',
                                                schemaPath:
                                                  '#/properties/retention/properties/archived_max_age_days/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 36500 },
                                                message: 'must be <= 36500',
                                              },
                                            ];
                                            return false;
                                          } else {
                                            if (data46 < 1 || isNaN(data46)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/retention/archived_max_age_days',
                                                  schemaPath:
                                                    '#/properties/retention/properties/archived_max_age_days/minimum',
                                                  keyword: 'minimum',
                                                  params: { comparison: '>=', limit: 1 },
                                                  message: 'must be >= 1',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid13 = _errs96 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data43.archived_max_per_swarm !== undefined) {
                                        let data47 = data43.archived_max_per_swarm;
                                        const _errs98 = errors;
                                        if (
                                          !(
                                            typeof data47 == 'number' &&
                                            !(data47 % 1) &&
                                            !isNaN(data47) &&
                                            isFinite(data47)
                                          )
                                        ) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/retention/archived_max_per_swarm',
                                              schemaPath:
                                                '#/properties/retention/properties/archived_max_per_swarm/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs98) {
                                          if (typeof data47 == 'number' && isFinite(data47)) {
                                            if (data47 > 100000000 || isNaN(data47)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/retention/archived_max_per_swarm',
                                                  schemaPath:
                                                    '#/properties/retention/properties/archived_max_per_swarm/maximum',
                                                  keyword: 'maximum',
                                                  params: { comparison: '<=', limit: 100000000 },
                                                  message: 'must be <= 100000000',
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data47 < 0 || isNaN(data47)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/retention/archived_max_per_swarm',
                                                    schemaPath:
                                                      '#/properties/retention/properties/archived_max_per_swarm/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 0 },
                                                    message: 'must be >= 0',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid13 = _errs98 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data43.deleted_max_age_hours !== undefined) {
                                          let data48 = data43.deleted_max_age_hours;
                                          const _errs100 = errors;
                                          if (
                                            !(
                                              typeof data48 == 'number' &&
                                              !(data48 % 1) &&
                                              !isNaN(data48) &&
                                              isFinite(data48)
                                            )
                                          ) {
                                            validate_Config.errors = [
                                              {
                                                instancePath: instancePath + '/retention/deleted_max_age_hours',
                                                schemaPath:
                                                  '#/properties/retention/properties/deleted_max_age_hours/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          if (errors === _errs100) {
                                            if (typeof data48 == 'number' && isFinite(data48)) {
                                              if (data48 > 876000 || isNaN(data48)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/retention/deleted_max_age_hours',
                                                    schemaPath:
                                                      '#/properties/retention/properties/deleted_max_age_hours/maximum',
                                                    keyword: 'maximum',
                                                    params: { comparison: '<=', limit: 876000 },
                                                    message: 'must be <= 876000',
                                                  },
                                                ];
                                                return false;
                                              } else {
                                                if (data48 < 0 || isNaN(data48)) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/retention/deleted_max_age_hours',
                                                      schemaPath:
                                                        '#/properties/retention/properties/deleted_max_age_hours/minimum',
                                                      keyword: 'minimum',
                                                      params: { comparison: '>=', limit: 0 },
                                                      message: 'must be >= 0',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                            }
                                          }
                                          var valid13 = _errs100 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data43.delivered_max_age_days !== undefined) {
                                            let data49 = data43.delivered_max_age_days;
                                            const _errs102 = errors;
                                            if (
                                              !(
                                                typeof data49 == 'number' &&
                                                !(data49 % 1) &&
                                                !isNaN(data49) &&
                                                isFinite(data49)
                                              )
                                            ) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/retention/delivered_max_age_days',
                                                  schemaPath:
                                                    '#/properties/retention/properties/delivered_max_age_days/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            if (errors === _errs102) {
                                              if (typeof data49 == 'number' && isFinite(data49)) {
                                                if (data49 > 36500 || isNaN(data49)) {
                                                  validate_Config.errors = [
                                                    {
                                                      instancePath: instancePath + '/retention/delivered_max_age_days',
                                                      schemaPath:
                                                        '#/properties/retention/properties/delivered_max_age_days/maximum',
                                                      keyword: 'maximum',
                                                      params: { comparison: '<=', limit: 36500 },
                                                      message: 'must be <= 36500',
                                                    },
                                                  ];
                                                  return false;
                                                } else {
                                                  if (data49 < 0 || isNaN(data49)) {
                                                    validate_Config.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/retention/delivered_max_age_days',
                                                        schemaPath:
                                                          '#/properties/retention/properties/delivered_max_age_days/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                              }
                                            }
                                            var valid13 = _errs102 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data43.interval_minutes !== undefined) {
                                              let data50 = data43.interval_minutes;
                                              const _errs104 = errors;
                                              if (
                                                !(
                                                  typeof data50 == 'number' &&
                                                  !(data50 % 1) &&
                                                  !isNaN(data50) &&
                                                  isFinite(data50)
                                                )
                                              ) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/retention/interval_minutes',
                                                    schemaPath:
                                                      '#/properties/retention/properties/interval_minutes/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              if (errors === _errs104) {
                                                if (typeof data50 == 'number' && isFinite(data50)) {
                                                  if (data50 > 10080 || isNaN(data50)) {
                                                    validate_Config.errors = [
                                                      {
                                                        instancePath: instancePath + '/retention/interval_minutes',
                                                        schemaPath:
                                                          '#/properties/retention/properties/interval_minutes/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 10080 },
                                                        message: 'must be <= 10080',
                                                      },
                                                    ];
                                                    return false;
                                                  } else {
                                                    if (data50 < 1 || isNaN(data50)) {
                                                      validate_Config.errors = [
                                                        {
                                                          instancePath: instancePath + '/retention/interval_minutes',
                                                          schemaPath:
                                                            '#/properties/retention/properties/interval_minutes/minimum',
                                                          keyword: 'minimum',
                                                          params: { comparison: '>=', limit: 1 },
                                                          message: 'must be >= 1',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                }
                                              }
                                              var valid13 = _errs104 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate_Config.errors = [
                                {
                                  instancePath: instancePath + '/retention',
                                  schemaPath: '#/properties/retention/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs89 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.protocol !== undefined) {
                            let data51 = data.protocol;
                            const _errs106 = errors;
                            if (errors === _errs106) {
                              if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                                const _errs108 = errors;
                                for (const key9 in data51) {
                                  if (
                                    !(key9 === 'v02' || key9 === 'refuse_downgrade' || key9 === 'peer_info_ttl_seconds')
                                  ) {
                                    validate_Config.errors = [
                                      {
                                        instancePath: instancePath + '/protocol',
                                        schemaPath: '#/properties/protocol/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key9 },
                                        message: 'must NOT have additional properties',
                                      },
                                    ];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs108 === errors) {
                                  if (data51.v02 !== undefined) {
                                    const _errs109 = errors;
                                    if (typeof data51.v02 !== 'boolean') {
                                      validate_Config.errors = [
                                        {
                                          instancePath: instancePath + '/protocol/v02',
                                          schemaPath: '#/properties/protocol/properties/v02/type',
                                          keyword: 'type',
                                          params: { type: 'boolean' },
                                          message: 'must be boolean',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid14 = _errs109 === errors;
                                  } else {
                                    var valid14 = true;
                                  }
                                  if (valid14) {
                                    if (data51.refuse_downgrade !== undefined) {
                                      const _errs111 = errors;
                                      if (typeof data51.refuse_downgrade !== 'boolean') {
                                        validate_Config.errors = [
                                          {
                                            instancePath: instancePath + '/protocol/refuse_downgrade',
                                            schemaPath: '#/properties/protocol/properties/refuse_downgrade/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid14 = _errs111 === errors;
                                    } else {
                                      var valid14 = true;
                                    }
                                    if (valid14) {
                                      if (data51.peer_info_ttl_seconds !== undefined) {
                                        let data54 = data51.peer_info_ttl_seconds;
                                        const _errs113 = errors;
                                        if (
                                          !(
                                            typeof data54 == 'number' &&
                                            !(data54 % 1) &&
                                            !isNaN(data54) &&
                                            isFinite(data54)
                                          )
                                        ) {
                                          validate_Config.errors = [
                                            {
                                              instancePath: instancePath + '/protocol/peer_info_ttl_seconds',
                                              schemaPath: '#/properties/protocol/properties/peer_info_ttl_seconds/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs113) {
                                          if (typeof data54 == 'number' && isFinite(data54)) {
                                            if (data54 > 604800 || isNaN(data54)) {
                                              validate_Config.errors = [
                                                {
                                                  instancePath: instancePath + '/protocol/peer_info_ttl_seconds',
                                                  schemaPath:
                                                    '#/properties/protocol/properties/peer_info_ttl_seconds/maximum',
                                                  keyword: 'maximum',
                                                  params: { comparison: '<=', limit: 604800 },
                                                  message: 'must be <= 604800',
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data54 < 10 || isNaN(data54)) {
                                                validate_Config.errors = [
                                                  {
                                                    instancePath: instancePath + '/protocol/peer_info_ttl_seconds',
                                                    schemaPath:
                                                      '#/properties/protocol/properties/peer_info_ttl_seconds/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 10 },
                                                    message: 'must be >= 10',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid14 = _errs113 === errors;
                                      } else {
                                        var valid14 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate_Config.errors = [
                                  {
                                    instancePath: instancePath + '/protocol',
                                    schemaPath: '#/properties/protocol/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid0 = _errs106 === errors;
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
    } else {
      validate_Config.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Config.errors = vErrors;
  return errors === 0;
}
validate_Config.evaluated = {
  props: {
    agent_id: true,
    endpoint: true,
    default_swarm: true,
    name: true,
    description: true,
    server: true,
    client: true,
    wake: true,
    retention: true,
    protocol: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateConfig = validate_Config as unknown as ValidateFunction<Config>;
