/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Health } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_Health = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Health.json',
  type: 'object',
  required: ['status', 'agent_id', 'protocol_version', 'timestamp', 'message'],
  properties: {
    status: { type: 'string', enum: ['healthy', 'degraded'] },
    agent_id: { $ref: 'AgentId.json' },
    protocol_version: { type: 'string' },
    timestamp: { $ref: 'MsZTimestamp.json' },
    message: { oneOf: [{ type: 'string' }, { type: 'null' }] },
    checks: { type: 'object', properties: { database: { type: 'string', enum: ['ok', 'unreachable', 'failed'] } } },
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
const schema_MsZTimestamp = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/MsZTimestamp.json',
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$',
};
const pattern_MsZTimestamp = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$', 'u');
function validate_MsZTimestamp(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/MsZTimestamp.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_MsZTimestamp.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern_MsZTimestamp.test(data)) {
        validate_MsZTimestamp.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$' },
            message:
              'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate_MsZTimestamp.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_MsZTimestamp.errors = vErrors;
  return errors === 0;
}
validate_MsZTimestamp.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_Health(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Health.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Health.evaluated;
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
        (data.agent_id === undefined && (missing0 = 'agent_id')) ||
        (data.protocol_version === undefined && (missing0 = 'protocol_version')) ||
        (data.timestamp === undefined && (missing0 = 'timestamp')) ||
        (data.message === undefined && (missing0 = 'message'))
      ) {
        validate_Health.errors = [
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
          let data0 = data.status;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate_Health.errors = [
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
          if (!(data0 === 'healthy' || data0 === 'degraded')) {
            validate_Health.errors = [
              {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/enum',
                keyword: 'enum',
                params: { allowedValues: schema_Health.properties.status.enum },
                message: 'must be equal to one of the allowed values',
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
            const _errs3 = errors;
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
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.protocol_version !== undefined) {
              const _errs4 = errors;
              if (typeof data.protocol_version !== 'string') {
                validate_Health.errors = [
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
              if (data.timestamp !== undefined) {
                const _errs6 = errors;
                if (
                  !validate_MsZTimestamp(data.timestamp, {
                    instancePath: instancePath + '/timestamp',
                    parentData: data,
                    parentDataProperty: 'timestamp',
                    rootData,
                    dynamicAnchors,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate_MsZTimestamp.errors : vErrors.concat(validate_MsZTimestamp.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.message !== undefined) {
                  let data4 = data.message;
                  const _errs7 = errors;
                  const _errs8 = errors;
                  let valid1 = false;
                  let passing0 = null;
                  const _errs9 = errors;
                  if (typeof data4 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/message',
                      schemaPath: '#/properties/message/oneOf/0/type',
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
                  if (data4 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/message',
                      schemaPath: '#/properties/message/oneOf/1/type',
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
                      instancePath: instancePath + '/message',
                      schemaPath: '#/properties/message/oneOf',
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
                    validate_Health.errors = vErrors;
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
                  if (data.checks !== undefined) {
                    let data5 = data.checks;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                        if (data5.database !== undefined) {
                          let data6 = data5.database;
                          if (typeof data6 !== 'string') {
                            validate_Health.errors = [
                              {
                                instancePath: instancePath + '/checks/database',
                                schemaPath: '#/properties/checks/properties/database/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          if (!(data6 === 'ok' || data6 === 'unreachable' || data6 === 'failed')) {
                            validate_Health.errors = [
                              {
                                instancePath: instancePath + '/checks/database',
                                schemaPath: '#/properties/checks/properties/database/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema_Health.properties.checks.properties.database.enum },
                                message: 'must be equal to one of the allowed values',
                              },
                            ];
                            return false;
                          }
                        }
                      } else {
                        validate_Health.errors = [
                          {
                            instancePath: instancePath + '/checks',
                            schemaPath: '#/properties/checks/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
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
    } else {
      validate_Health.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Health.errors = vErrors;
  return errors === 0;
}
validate_Health.evaluated = {
  props: { status: true, agent_id: true, protocol_version: true, timestamp: true, message: true, checks: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateHealth = validate_Health as unknown as ValidateFunction<Health>;
