/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeDecision } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_WakeDecision = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeDecision.json',
  type: 'object',
  required: [
    'message_id',
    'swarm_id',
    'sender_id',
    'level',
    'rule',
    'at',
    'levels',
    'quiet_hours',
    'muted',
    'session_active',
    'method',
    'wakes',
    'reason',
    'explanation',
    'trace',
  ],
  additionalProperties: false,
  properties: {
    message_id: { type: 'string' },
    swarm_id: { type: 'string' },
    sender_id: { type: 'string' },
    level: { $ref: 'WakeLevel.json' },
    rule: {
      type: 'object',
      required: ['name', 'path', 'source', 'because'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        path: { type: 'string' },
        source: { type: 'string', enum: ['swarm', 'config', 'default'] },
        because: { type: 'string' },
      },
    },
    at: { $ref: 'DateTime.json' },
    levels: { type: 'array', items: { $ref: 'WakeLevel.json' } },
    quiet_hours: {
      oneOf: [
        {
          type: 'object',
          required: ['zone', 'start', 'end', 'source', 'local_time', 'active'],
          additionalProperties: false,
          properties: {
            zone: { type: 'string' },
            start: { type: 'string' },
            end: { type: 'string' },
            source: { type: 'string', enum: ['swarm', 'config'] },
            local_time: { type: 'string' },
            active: { type: 'boolean' },
          },
        },
        { type: 'null' },
      ],
    },
    muted: { oneOf: [{ type: 'string', enum: ['sender', 'swarm'] }, { type: 'null' }] },
    session_active: { type: 'boolean' },
    method: { type: 'string', enum: ['none', 'tmux', 'command', 'webhook'] },
    wakes: { type: 'boolean' },
    reason: {
      type: 'string',
      enum: ['wakes', 'muted', 'level_not_listed', 'quiet_hours', 'session_active', 'no_wake_method'],
    },
    explanation: { type: 'string' },
    trace: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'path', 'matched', 'detail'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          path: { type: 'string' },
          matched: { type: 'boolean' },
          detail: { type: 'string' },
        },
      },
    },
  },
};
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
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
const schema_DateTime = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/DateTime.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
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
function validate_WakeDecision(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeDecision.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeDecision.evaluated;
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
        (data.level === undefined && (missing0 = 'level')) ||
        (data.rule === undefined && (missing0 = 'rule')) ||
        (data.at === undefined && (missing0 = 'at')) ||
        (data.levels === undefined && (missing0 = 'levels')) ||
        (data.quiet_hours === undefined && (missing0 = 'quiet_hours')) ||
        (data.muted === undefined && (missing0 = 'muted')) ||
        (data.session_active === undefined && (missing0 = 'session_active')) ||
        (data.method === undefined && (missing0 = 'method')) ||
        (data.wakes === undefined && (missing0 = 'wakes')) ||
        (data.reason === undefined && (missing0 = 'reason')) ||
        (data.explanation === undefined && (missing0 = 'explanation')) ||
        (data.trace === undefined && (missing0 = 'trace'))
      ) {
        validate_WakeDecision.errors = [
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
          if (!func_hasOwnProperty.call(schema_WakeDecision.properties, key0)) {
            validate_WakeDecision.errors = [
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
              validate_WakeDecision.errors = [
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
            if (data.swarm_id !== undefined) {
              const _errs4 = errors;
              if (typeof data.swarm_id !== 'string') {
                validate_WakeDecision.errors = [
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
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sender_id !== undefined) {
                const _errs6 = errors;
                if (typeof data.sender_id !== 'string') {
                  validate_WakeDecision.errors = [
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
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.level !== undefined) {
                  const _errs8 = errors;
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
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rule !== undefined) {
                    let data4 = data.rule;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                        let missing1;
                        if (
                          (data4.name === undefined && (missing1 = 'name')) ||
                          (data4.path === undefined && (missing1 = 'path')) ||
                          (data4.source === undefined && (missing1 = 'source')) ||
                          (data4.because === undefined && (missing1 = 'because'))
                        ) {
                          validate_WakeDecision.errors = [
                            {
                              instancePath: instancePath + '/rule',
                              schemaPath: '#/properties/rule/required',
                              keyword: 'required',
                              params: { missingProperty: missing1 },
                              message: "must have required property '" + missing1 + "'",
                            },
                          ];
                          return false;
                        } else {
                          const _errs11 = errors;
                          for (const key1 in data4) {
                            if (!(key1 === 'name' || key1 === 'path' || key1 === 'source' || key1 === 'because')) {
                              validate_WakeDecision.errors = [
                                {
                                  instancePath: instancePath + '/rule',
                                  schemaPath: '#/properties/rule/additionalProperties',
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
                            if (data4.name !== undefined) {
                              const _errs12 = errors;
                              if (typeof data4.name !== 'string') {
                                validate_WakeDecision.errors = [
                                  {
                                    instancePath: instancePath + '/rule/name',
                                    schemaPath: '#/properties/rule/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid1 = _errs12 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data4.path !== undefined) {
                                const _errs14 = errors;
                                if (typeof data4.path !== 'string') {
                                  validate_WakeDecision.errors = [
                                    {
                                      instancePath: instancePath + '/rule/path',
                                      schemaPath: '#/properties/rule/properties/path/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid1 = _errs14 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data4.source !== undefined) {
                                  let data7 = data4.source;
                                  const _errs16 = errors;
                                  if (typeof data7 !== 'string') {
                                    validate_WakeDecision.errors = [
                                      {
                                        instancePath: instancePath + '/rule/source',
                                        schemaPath: '#/properties/rule/properties/source/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  if (!(data7 === 'swarm' || data7 === 'config' || data7 === 'default')) {
                                    validate_WakeDecision.errors = [
                                      {
                                        instancePath: instancePath + '/rule/source',
                                        schemaPath: '#/properties/rule/properties/source/enum',
                                        keyword: 'enum',
                                        params: {
                                          allowedValues: schema_WakeDecision.properties.rule.properties.source.enum,
                                        },
                                        message: 'must be equal to one of the allowed values',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs16 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data4.because !== undefined) {
                                    const _errs18 = errors;
                                    if (typeof data4.because !== 'string') {
                                      validate_WakeDecision.errors = [
                                        {
                                          instancePath: instancePath + '/rule/because',
                                          schemaPath: '#/properties/rule/properties/because/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid1 = _errs18 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate_WakeDecision.errors = [
                          {
                            instancePath: instancePath + '/rule',
                            schemaPath: '#/properties/rule/type',
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
                    if (data.at !== undefined) {
                      const _errs20 = errors;
                      if (
                        !validate_DateTime(data.at, {
                          instancePath: instancePath + '/at',
                          parentData: data,
                          parentDataProperty: 'at',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.levels !== undefined) {
                        let data10 = data.levels;
                        const _errs21 = errors;
                        if (errors === _errs21) {
                          if (Array.isArray(data10)) {
                            var valid2 = true;
                            const len0 = data10.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs23 = errors;
                              if (
                                !validate_WakeLevel(data10[i0], {
                                  instancePath: instancePath + '/levels/' + i0,
                                  parentData: data10,
                                  parentDataProperty: i0,
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate_WakeLevel.errors
                                    : vErrors.concat(validate_WakeLevel.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs23 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate_WakeDecision.errors = [
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
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.quiet_hours !== undefined) {
                          let data12 = data.quiet_hours;
                          const _errs24 = errors;
                          const _errs25 = errors;
                          let valid3 = false;
                          let passing0 = null;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                              let missing2;
                              if (
                                (data12.zone === undefined && (missing2 = 'zone')) ||
                                (data12.start === undefined && (missing2 = 'start')) ||
                                (data12.end === undefined && (missing2 = 'end')) ||
                                (data12.source === undefined && (missing2 = 'source')) ||
                                (data12.local_time === undefined && (missing2 = 'local_time')) ||
                                (data12.active === undefined && (missing2 = 'active'))
                              ) {
                                const err0 = {
                                  instancePath: instancePath + '/quiet_hours',
                                  schemaPath: '#/properties/quiet_hours/oneOf/0/required',
                                  keyword: 'required',
                                  params: { missingProperty: missing2 },
                                  message: "must have required property '" + missing2 + "'",
                                };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              } else {
                                const _errs28 = errors;
                                for (const key2 in data12) {
                                  if (
                                    !(
                                      key2 === 'zone' ||
                                      key2 === 'start' ||
                                      key2 === 'end' ||
                                      key2 === 'source' ||
                                      key2 === 'local_time' ||
                                      key2 === 'active'
                                    )
                                  ) {
                                    const err1 = {
                                      instancePath: instancePath + '/quiet_hours',
                                      schemaPath: '#/properties/quiet_hours/oneOf/0/additionalProperties',
                                      keyword: 'additionalProperties',
                                      params: { additionalProperty: key2 },
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
                                if (_errs28 === errors) {
                                  if (data12.zone !== undefined) {
                                    const _errs29 = errors;
                                    if (typeof data12.zone !== 'string') {
                                      const err2 = {
                                        instancePath: instancePath + '/quiet_hours/zone',
                                        schemaPath: '#/properties/quiet_hours/oneOf/0/properties/zone/type',
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
                                    var valid4 = _errs29 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data12.start !== undefined) {
                                      const _errs31 = errors;
                                      if (typeof data12.start !== 'string') {
                                        const err3 = {
                                          instancePath: instancePath + '/quiet_hours/start',
                                          schemaPath: '#/properties/quiet_hours/oneOf/0/properties/start/type',
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
                                      var valid4 = _errs31 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data12.end !== undefined) {
                                        const _errs33 = errors;
                                        if (typeof data12.end !== 'string') {
                                          const err4 = {
                                            instancePath: instancePath + '/quiet_hours/end',
                                            schemaPath: '#/properties/quiet_hours/oneOf/0/properties/end/type',
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
                                        var valid4 = _errs33 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data12.source !== undefined) {
                                          let data16 = data12.source;
                                          const _errs35 = errors;
                                          if (typeof data16 !== 'string') {
                                            const err5 = {
                                              instancePath: instancePath + '/quiet_hours/source',
                                              schemaPath: '#/properties/quiet_hours/oneOf/0/properties/source/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err5];
                                            } else {
                                              vErrors.push(err5);
                                            }
                                            errors++;
                                          }
                                          if (!(data16 === 'swarm' || data16 === 'config')) {
                                            const err6 = {
                                              instancePath: instancePath + '/quiet_hours/source',
                                              schemaPath: '#/properties/quiet_hours/oneOf/0/properties/source/enum',
                                              keyword: 'enum',
                                              params: {
                                                allowedValues:
                                                  schema_WakeDecision.properties.quiet_hours.oneOf[0].properties.source
                                                    .enum,
                                              },
                                              message: 'must be equal to one of the allowed values',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err6];
                                            } else {
                                              vErrors.push(err6);
                                            }
                                            errors++;
                                          }
                                          var valid4 = _errs35 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data12.local_time !== undefined) {
                                            const _errs37 = errors;
                                            if (typeof data12.local_time !== 'string') {
                                              const err7 = {
                                                instancePath: instancePath + '/quiet_hours/local_time',
                                                schemaPath:
                                                  '#/properties/quiet_hours/oneOf/0/properties/local_time/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err7];
                                              } else {
                                                vErrors.push(err7);
                                              }
                                              errors++;
                                            }
                                            var valid4 = _errs37 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data12.active !== undefined) {
                                              const _errs39 = errors;
                                              if (typeof data12.active !== 'boolean') {
                                                const err8 = {
                                                  instancePath: instancePath + '/quiet_hours/active',
                                                  schemaPath: '#/properties/quiet_hours/oneOf/0/properties/active/type',
                                                  keyword: 'type',
                                                  params: { type: 'boolean' },
                                                  message: 'must be boolean',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err8];
                                                } else {
                                                  vErrors.push(err8);
                                                }
                                                errors++;
                                              }
                                              var valid4 = _errs39 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              const err9 = {
                                instancePath: instancePath + '/quiet_hours',
                                schemaPath: '#/properties/quiet_hours/oneOf/0/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs26 === errors;
                          if (_valid0) {
                            valid3 = true;
                            passing0 = 0;
                          }
                          const _errs41 = errors;
                          if (data12 !== null) {
                            const err10 = {
                              instancePath: instancePath + '/quiet_hours',
                              schemaPath: '#/properties/quiet_hours/oneOf/1/type',
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
                          var _valid0 = _errs41 === errors;
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
                            const err11 = {
                              instancePath: instancePath + '/quiet_hours',
                              schemaPath: '#/properties/quiet_hours/oneOf',
                              keyword: 'oneOf',
                              params: { passingSchemas: passing0 },
                              message: 'must match exactly one schema in oneOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err11];
                            } else {
                              vErrors.push(err11);
                            }
                            errors++;
                            validate_WakeDecision.errors = vErrors;
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
                          if (data.muted !== undefined) {
                            let data19 = data.muted;
                            const _errs43 = errors;
                            const _errs44 = errors;
                            let valid5 = false;
                            let passing1 = null;
                            const _errs45 = errors;
                            if (typeof data19 !== 'string') {
                              const err12 = {
                                instancePath: instancePath + '/muted',
                                schemaPath: '#/properties/muted/oneOf/0/type',
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
                            if (!(data19 === 'sender' || data19 === 'swarm')) {
                              const err13 = {
                                instancePath: instancePath + '/muted',
                                schemaPath: '#/properties/muted/oneOf/0/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema_WakeDecision.properties.muted.oneOf[0].enum },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err13];
                              } else {
                                vErrors.push(err13);
                              }
                              errors++;
                            }
                            var _valid1 = _errs45 === errors;
                            if (_valid1) {
                              valid5 = true;
                              passing1 = 0;
                            }
                            const _errs47 = errors;
                            if (data19 !== null) {
                              const err14 = {
                                instancePath: instancePath + '/muted',
                                schemaPath: '#/properties/muted/oneOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null',
                              };
                              if (vErrors === null) {
                                vErrors = [err14];
                              } else {
                                vErrors.push(err14);
                              }
                              errors++;
                            }
                            var _valid1 = _errs47 === errors;
                            if (_valid1 && valid5) {
                              valid5 = false;
                              passing1 = [passing1, 1];
                            } else {
                              if (_valid1) {
                                valid5 = true;
                                passing1 = 1;
                              }
                            }
                            if (!valid5) {
                              const err15 = {
                                instancePath: instancePath + '/muted',
                                schemaPath: '#/properties/muted/oneOf',
                                keyword: 'oneOf',
                                params: { passingSchemas: passing1 },
                                message: 'must match exactly one schema in oneOf',
                              };
                              if (vErrors === null) {
                                vErrors = [err15];
                              } else {
                                vErrors.push(err15);
                              }
                              errors++;
                              validate_WakeDecision.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs44;
                              if (vErrors !== null) {
                                if (_errs44) {
                                  vErrors.length = _errs44;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs43 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.session_active !== undefined) {
                              const _errs49 = errors;
                              if (typeof data.session_active !== 'boolean') {
                                validate_WakeDecision.errors = [
                                  {
                                    instancePath: instancePath + '/session_active',
                                    schemaPath: '#/properties/session_active/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs49 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.method !== undefined) {
                                let data21 = data.method;
                                const _errs51 = errors;
                                if (typeof data21 !== 'string') {
                                  validate_WakeDecision.errors = [
                                    {
                                      instancePath: instancePath + '/method',
                                      schemaPath: '#/properties/method/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                if (
                                  !(
                                    data21 === 'none' ||
                                    data21 === 'tmux' ||
                                    data21 === 'command' ||
                                    data21 === 'webhook'
                                  )
                                ) {
                                  validate_WakeDecision.errors = [
                                    {
                                      instancePath: instancePath + '/method',
                                      schemaPath: '#/properties/method/enum',
                                      keyword: 'enum',
                                      params: { allowedValues: schema_WakeDecision.properties.method.enum },
                                      message: 'must be equal to one of the allowed values',
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs51 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.wakes !== undefined) {
                                  const _errs53 = errors;
                                  if (typeof data.wakes !== 'boolean') {
                                    validate_WakeDecision.errors = [
                                      {
                                        instancePath: instancePath + '/wakes',
                                        schemaPath: '#/properties/wakes/type',
                                        keyword: 'type',
                                        params: { type: 'boolean' },
                                        message: 'must be boolean',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs53 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.reason !== undefined) {
                                    let data23 = data.reason;
                                    const _errs55 = errors;
                                    if (typeof data23 !== 'string') {
                                      validate_WakeDecision.errors = [
                                        {
                                          instancePath: instancePath + '/reason',
                                          schemaPath: '#/properties/reason/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (
                                      !(
                                        data23 === 'wakes' ||
                                        data23 === 'muted' ||
                                        data23 === 'level_not_listed' ||
                                        data23 === 'quiet_hours' ||
                                        data23 === 'session_active' ||
                                        data23 === 'no_wake_method'
                                      )
                                    ) {
                                      validate_WakeDecision.errors = [
                                        {
                                          instancePath: instancePath + '/reason',
                                          schemaPath: '#/properties/reason/enum',
                                          keyword: 'enum',
                                          params: { allowedValues: schema_WakeDecision.properties.reason.enum },
                                          message: 'must be equal to one of the allowed values',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs55 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.explanation !== undefined) {
                                      const _errs57 = errors;
                                      if (typeof data.explanation !== 'string') {
                                        validate_WakeDecision.errors = [
                                          {
                                            instancePath: instancePath + '/explanation',
                                            schemaPath: '#/properties/explanation/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs57 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.trace !== undefined) {
                                        let data25 = data.trace;
                                        const _errs59 = errors;
                                        if (errors === _errs59) {
                                          if (Array.isArray(data25)) {
                                            var valid6 = true;
                                            const len1 = data25.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              let data26 = data25[i1];
                                              const _errs61 = errors;
                                              if (errors === _errs61) {
                                                if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
                                                  let missing3;
                                                  if (
                                                    (data26.name === undefined && (missing3 = 'name')) ||
                                                    (data26.path === undefined && (missing3 = 'path')) ||
                                                    (data26.matched === undefined && (missing3 = 'matched')) ||
                                                    (data26.detail === undefined && (missing3 = 'detail'))
                                                  ) {
                                                    validate_WakeDecision.errors = [
                                                      {
                                                        instancePath: instancePath + '/trace/' + i1,
                                                        schemaPath: '#/properties/trace/items/required',
                                                        keyword: 'required',
                                                        params: { missingProperty: missing3 },
                                                        message: "must have required property '" + missing3 + "'",
                                                      },
                                                    ];
                                                    return false;
                                                  } else {
                                                    const _errs63 = errors;
                                                    for (const key3 in data26) {
                                                      if (
                                                        !(
                                                          key3 === 'name' ||
                                                          key3 === 'path' ||
                                                          key3 === 'matched' ||
                                                          key3 === 'detail'
                                                        )
                                                      ) {
                                                        validate_WakeDecision.errors = [
                                                          {
                                                            instancePath: instancePath + '/trace/' + i1,
                                                            schemaPath: '#/properties/trace/items/additionalProperties',
                                                            keyword: 'additionalProperties',
                                                            params: { additionalProperty: key3 },
                                                            message: 'must NOT have additional properties',
                                                          },
                                                        ];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs63 === errors) {
                                                      if (data26.name !== undefined) {
                                                        const _errs64 = errors;
                                                        if (typeof data26.name !== 'string') {
                                                          validate_WakeDecision.errors = [
                                                            {
                                                              instancePath: instancePath + '/trace/' + i1 + '/name',
                                                              schemaPath:
                                                                '#/properties/trace/items/properties/name/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid7 = _errs64 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                      if (valid7) {
                                                        if (data26.path !== undefined) {
                                                          const _errs66 = errors;
                                                          if (typeof data26.path !== 'string') {
                                                            validate_WakeDecision.errors = [
                                                              {
                                                                instancePath: instancePath + '/trace/' + i1 + '/path',
                                                                schemaPath:
                                                                  '#/properties/trace/items/properties/path/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          var valid7 = _errs66 === errors;
                                                        } else {
                                                          var valid7 = true;
                                                        }
                                                        if (valid7) {
                                                          if (data26.matched !== undefined) {
                                                            const _errs68 = errors;
                                                            if (typeof data26.matched !== 'boolean') {
                                                              validate_WakeDecision.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath + '/trace/' + i1 + '/matched',
                                                                  schemaPath:
                                                                    '#/properties/trace/items/properties/matched/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'boolean' },
                                                                  message: 'must be boolean',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid7 = _errs68 === errors;
                                                          } else {
                                                            var valid7 = true;
                                                          }
                                                          if (valid7) {
                                                            if (data26.detail !== undefined) {
                                                              const _errs70 = errors;
                                                              if (typeof data26.detail !== 'string') {
                                                                validate_WakeDecision.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath + '/trace/' + i1 + '/detail',
                                                                    schemaPath:
                                                                      '#/properties/trace/items/properties/detail/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid7 = _errs70 === errors;
                                                            } else {
                                                              var valid7 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate_WakeDecision.errors = [
                                                    {
                                                      instancePath: instancePath + '/trace/' + i1,
                                                      schemaPath: '#/properties/trace/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid6 = _errs61 === errors;
                                              if (!valid6) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate_WakeDecision.errors = [
                                              {
                                                instancePath: instancePath + '/trace',
                                                schemaPath: '#/properties/trace/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs59 === errors;
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
      }
    } else {
      validate_WakeDecision.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeDecision.errors = vErrors;
  return errors === 0;
}
validate_WakeDecision.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateWakeDecision = validate_WakeDecision as unknown as ValidateFunction<WakeDecision>;
