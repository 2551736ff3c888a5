/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeRule } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
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
export const validateWakeRule = validate_WakeRule as unknown as ValidateFunction<WakeRule>;
