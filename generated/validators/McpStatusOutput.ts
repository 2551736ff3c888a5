/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpStatusOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpStatusOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpStatusOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['agent_id', 'endpoint', 'public_key', 'unread', 'swarms', 'outbox'],
  properties: {
    agent_id: { $ref: 'AgentId.json' },
    endpoint: { $ref: 'Endpoint.json' },
    public_key: { $ref: 'PublicKey.json' },
    unread: { type: 'integer', minimum: 0 },
    swarms: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['swarm_id', 'name', 'master', 'is_master', 'member_count', 'unread'],
        properties: {
          swarm_id: { $ref: 'Uuid.json' },
          name: { type: 'string' },
          master: { $ref: 'AgentId.json' },
          is_master: { type: 'boolean' },
          member_count: { type: 'integer', minimum: 0 },
          unread: { type: 'integer', minimum: 0 },
        },
      },
    },
    outbox: { $ref: 'OutboxCount.json' },
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
const schema_OutboxCount = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/OutboxCount.json',
  type: 'object',
  required: ['queued', 'sending', 'delivered', 'failed', 'total'],
  properties: {
    queued: { type: 'integer', minimum: 0 },
    sending: { type: 'integer', minimum: 0 },
    delivered: { type: 'integer', minimum: 0 },
    failed: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
  },
};
function validate_OutboxCount(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/OutboxCount.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_OutboxCount.evaluated;
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
        (data.queued === undefined && (missing0 = 'queued')) ||
        (data.sending === undefined && (missing0 = 'sending')) ||
        (data.delivered === undefined && (missing0 = 'delivered')) ||
        (data.failed === undefined && (missing0 = 'failed')) ||
        (data.total === undefined && (missing0 = 'total'))
      ) {
        validate_OutboxCount.errors = [
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
        if (data.queued !== undefined) {
          let data0 = data.queued;
          const _errs1 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate_OutboxCount.errors = [
              {
                instancePath: instancePath + '/queued',
                schemaPath: '#/properties/queued/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == 'number' && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate_OutboxCount.errors = [
                  {
                    instancePath: instancePath + '/queued',
                    schemaPath: '#/properties/queued/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  },
                ];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.sending !== undefined) {
            let data1 = data.sending;
            const _errs3 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate_OutboxCount.errors = [
                {
                  instancePath: instancePath + '/sending',
                  schemaPath: '#/properties/sending/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate_OutboxCount.errors = [
                    {
                      instancePath: instancePath + '/sending',
                      schemaPath: '#/properties/sending/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                    },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.delivered !== undefined) {
              let data2 = data.delivered;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_OutboxCount.errors = [
                  {
                    instancePath: instancePath + '/delivered',
                    schemaPath: '#/properties/delivered/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == 'number' && isFinite(data2)) {
                  if (data2 < 0 || isNaN(data2)) {
                    validate_OutboxCount.errors = [
                      {
                        instancePath: instancePath + '/delivered',
                        schemaPath: '#/properties/delivered/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.failed !== undefined) {
                let data3 = data.failed;
                const _errs7 = errors;
                if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                  validate_OutboxCount.errors = [
                    {
                      instancePath: instancePath + '/failed',
                      schemaPath: '#/properties/failed/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data3 == 'number' && isFinite(data3)) {
                    if (data3 < 0 || isNaN(data3)) {
                      validate_OutboxCount.errors = [
                        {
                          instancePath: instancePath + '/failed',
                          schemaPath: '#/properties/failed/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 0 },
                          message: 'must be >= 0',
                        },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.total !== undefined) {
                  let data4 = data.total;
                  const _errs9 = errors;
                  if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                    validate_OutboxCount.errors = [
                      {
                        instancePath: instancePath + '/total',
                        schemaPath: '#/properties/total/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == 'number' && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        validate_OutboxCount.errors = [
                          {
                            instancePath: instancePath + '/total',
                            schemaPath: '#/properties/total/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate_OutboxCount.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_OutboxCount.errors = vErrors;
  return errors === 0;
}
validate_OutboxCount.evaluated = {
  props: { queued: true, sending: true, delivered: true, failed: true, total: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate_McpStatusOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpStatusOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpStatusOutput.evaluated;
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
        (data.unread === undefined && (missing0 = 'unread')) ||
        (data.swarms === undefined && (missing0 = 'swarms')) ||
        (data.outbox === undefined && (missing0 = 'outbox'))
      ) {
        validate_McpStatusOutput.errors = [
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
              key0 === 'agent_id' ||
              key0 === 'endpoint' ||
              key0 === 'public_key' ||
              key0 === 'unread' ||
              key0 === 'swarms' ||
              key0 === 'outbox'
            )
          ) {
            validate_McpStatusOutput.errors = [
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
            if (valid0) {
              if (data.public_key !== undefined) {
                const _errs4 = errors;
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
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.unread !== undefined) {
                  let data3 = data.unread;
                  const _errs5 = errors;
                  if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                    validate_McpStatusOutput.errors = [
                      {
                        instancePath: instancePath + '/unread',
                        schemaPath: '#/properties/unread/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs5) {
                    if (typeof data3 == 'number' && isFinite(data3)) {
                      if (data3 < 0 || isNaN(data3)) {
                        validate_McpStatusOutput.errors = [
                          {
                            instancePath: instancePath + '/unread',
                            schemaPath: '#/properties/unread/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.swarms !== undefined) {
                    let data4 = data.swarms;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (Array.isArray(data4)) {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data4[i0];
                          const _errs9 = errors;
                          if (errors === _errs9) {
                            if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                              let missing1;
                              if (
                                (data5.swarm_id === undefined && (missing1 = 'swarm_id')) ||
                                (data5.name === undefined && (missing1 = 'name')) ||
                                (data5.master === undefined && (missing1 = 'master')) ||
                                (data5.is_master === undefined && (missing1 = 'is_master')) ||
                                (data5.member_count === undefined && (missing1 = 'member_count')) ||
                                (data5.unread === undefined && (missing1 = 'unread'))
                              ) {
                                validate_McpStatusOutput.errors = [
                                  {
                                    instancePath: instancePath + '/swarms/' + i0,
                                    schemaPath: '#/properties/swarms/items/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing1 },
                                    message: "must have required property '" + missing1 + "'",
                                  },
                                ];
                                return false;
                              } else {
                                const _errs11 = errors;
                                for (const key1 in data5) {
                                  if (
                                    !(
                                      key1 === 'swarm_id' ||
                                      key1 === 'name' ||
                                      key1 === 'master' ||
                                      key1 === 'is_master' ||
                                      key1 === 'member_count' ||
                                      key1 === 'unread'
                                    )
                                  ) {
                                    validate_McpStatusOutput.errors = [
                                      {
                                        instancePath: instancePath + '/swarms/' + i0,
                                        schemaPath: '#/properties/swarms/items/additionalProperties',
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
                                  if (data5.swarm_id !== undefined) {
                                    const _errs12 = errors;
                                    if (
                                      !validate_Uuid(data5.swarm_id, {
                                        instancePath: instancePath + '/swarms/' + i0 + '/swarm_id',
                                        parentData: data5,
                                        parentDataProperty: 'swarm_id',
                                        rootData,
                                        dynamicAnchors,
                                      })
                                    ) {
                                      vErrors =
                                        vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid2 = _errs12 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data5.name !== undefined) {
                                      const _errs13 = errors;
                                      if (typeof data5.name !== 'string') {
                                        validate_McpStatusOutput.errors = [
                                          {
                                            instancePath: instancePath + '/swarms/' + i0 + '/name',
                                            schemaPath: '#/properties/swarms/items/properties/name/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid2 = _errs13 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data5.master !== undefined) {
                                        const _errs15 = errors;
                                        if (
                                          !validate_AgentId(data5.master, {
                                            instancePath: instancePath + '/swarms/' + i0 + '/master',
                                            parentData: data5,
                                            parentDataProperty: 'master',
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
                                        var valid2 = _errs15 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data5.is_master !== undefined) {
                                          const _errs16 = errors;
                                          if (typeof data5.is_master !== 'boolean') {
                                            validate_McpStatusOutput.errors = [
                                              {
                                                instancePath: instancePath + '/swarms/' + i0 + '/is_master',
                                                schemaPath: '#/properties/swarms/items/properties/is_master/type',
                                                keyword: 'type',
                                                params: { type: 'boolean' },
                                                message: 'must be boolean',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid2 = _errs16 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data5.member_count !== undefined) {
                                            let data10 = data5.member_count;
                                            const _errs18 = errors;
                                            if (
                                              !(
                                                typeof data10 == 'number' &&
                                                !(data10 % 1) &&
                                                !isNaN(data10) &&
                                                isFinite(data10)
                                              )
                                            ) {
                                              validate_McpStatusOutput.errors = [
                                                {
                                                  instancePath: instancePath + '/swarms/' + i0 + '/member_count',
                                                  schemaPath: '#/properties/swarms/items/properties/member_count/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            if (errors === _errs18) {
                                              if (typeof data10 == 'number' && isFinite(data10)) {
                                                if (data10 < 0 || isNaN(data10)) {
                                                  validate_McpStatusOutput.errors = [
                                                    {
                                                      instancePath: instancePath + '/swarms/' + i0 + '/member_count',
                                                      schemaPath:
                                                        '#/properties/swarms/items/properties/member_count/minimum',
                                                      keyword: 'minimum',
                                                      params: { comparison: '>=', limit: 0 },
                                                      message: 'must be >= 0',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid2 = _errs18 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data5.unread !== undefined) {
                                              let data11 = data5.unread;
                                              const _errs20 = errors;
                                              if (
                                                !(
                                                  typeof data11 == 'number' &&
                                                  !(data11 % 1) &&
                                                  !isNaN(data11) &&
                                                  isFinite(data11)
                                                )
                                              ) {
                                                validate_McpStatusOutput.errors = [
                                                  {
                                                    instancePath: instancePath + '/swarms/' + i0 + '/unread',
                                                    schemaPath: '#/properties/swarms/items/properties/unread/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              if (errors === _errs20) {
                                                if (typeof data11 == 'number' && isFinite(data11)) {
                                                  if (data11 < 0 || isNaN(data11)) {
                                                    validate_McpStatusOutput.errors = [
                                                      {
                                                        instancePath: instancePath + '/swarms/' + i0 + '/unread',
                                                        schemaPath:
                                                          '#/properties/swarms/items/properties/unread/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid2 = _errs20 === errors;
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
                            } else {
                              validate_McpStatusOutput.errors = [
                                {
                                  instancePath: instancePath + '/swarms/' + i0,
                                  schemaPath: '#/properties/swarms/items/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs9 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate_McpStatusOutput.errors = [
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
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.outbox !== undefined) {
                      const _errs22 = errors;
                      if (
                        !validate_OutboxCount(data.outbox, {
                          instancePath: instancePath + '/outbox',
                          parentData: data,
                          parentDataProperty: 'outbox',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_OutboxCount.errors : vErrors.concat(validate_OutboxCount.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs22 === errors;
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
      validate_McpStatusOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpStatusOutput.errors = vErrors;
  return errors === 0;
}
validate_McpStatusOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpStatusOutput = validate_McpStatusOutput as unknown as ValidateFunction<McpStatusOutput>;
