/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ConformanceCheckResult } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ConformanceCheckResult = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ConformanceCheckResult.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'section',
    'requirement',
    'also',
    'level',
    'category',
    'expected',
    'status',
    'exchanges',
    'notes',
    'duration_ms',
  ],
  properties: {
    id: { type: 'string' },
    section: { type: 'string' },
    requirement: { type: 'string', pattern: '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' },
    also: { type: 'array', items: { type: 'string', pattern: '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' } },
    level: { type: 'string', enum: ['MUST', 'SHOULD', 'MAY'] },
    category: { type: 'string', enum: ['security', 'correctness', 'format'] },
    expected: { type: 'string' },
    status: { type: 'string', enum: ['passed', 'failed', 'skipped'] },
    failure: {
      type: 'object',
      additionalProperties: false,
      required: ['category', 'message'],
      properties: {
        category: { type: 'string', enum: ['security', 'correctness', 'format'] },
        message: { type: 'string' },
      },
    },
    reason: { type: 'string' },
    exchanges: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['request', 'answer'],
        properties: { request: { type: 'string' }, answer: { type: 'string' } },
      },
    },
    notes: { type: 'array', items: { type: 'string' } },
    duration_ms: { type: 'integer', minimum: 0 },
    waited_ms: { type: 'integer', minimum: 0 },
  },
};
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
const pattern_ConformanceCheckResult = new RegExp('^[A-Z]+(-[A-Z]+)*-[0-9]{3}$', 'u');
function validate_ConformanceCheckResult(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ConformanceCheckResult.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ConformanceCheckResult.evaluated;
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
        (data.id === undefined && (missing0 = 'id')) ||
        (data.section === undefined && (missing0 = 'section')) ||
        (data.requirement === undefined && (missing0 = 'requirement')) ||
        (data.also === undefined && (missing0 = 'also')) ||
        (data.level === undefined && (missing0 = 'level')) ||
        (data.category === undefined && (missing0 = 'category')) ||
        (data.expected === undefined && (missing0 = 'expected')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.exchanges === undefined && (missing0 = 'exchanges')) ||
        (data.notes === undefined && (missing0 = 'notes')) ||
        (data.duration_ms === undefined && (missing0 = 'duration_ms'))
      ) {
        validate_ConformanceCheckResult.errors = [
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
          if (!func_hasOwnProperty.call(schema_ConformanceCheckResult.properties, key0)) {
            validate_ConformanceCheckResult.errors = [
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
          if (data.id !== undefined) {
            const _errs2 = errors;
            if (typeof data.id !== 'string') {
              validate_ConformanceCheckResult.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/type',
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
            if (data.section !== undefined) {
              const _errs4 = errors;
              if (typeof data.section !== 'string') {
                validate_ConformanceCheckResult.errors = [
                  {
                    instancePath: instancePath + '/section',
                    schemaPath: '#/properties/section/type',
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
              if (data.requirement !== undefined) {
                let data2 = data.requirement;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === 'string') {
                    if (!pattern_ConformanceCheckResult.test(data2)) {
                      validate_ConformanceCheckResult.errors = [
                        {
                          instancePath: instancePath + '/requirement',
                          schemaPath: '#/properties/requirement/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' },
                          message: 'must match pattern "' + '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' + '"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate_ConformanceCheckResult.errors = [
                      {
                        instancePath: instancePath + '/requirement',
                        schemaPath: '#/properties/requirement/type',
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
                if (data.also !== undefined) {
                  let data3 = data.also;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (typeof data4 === 'string') {
                            if (!pattern_ConformanceCheckResult.test(data4)) {
                              validate_ConformanceCheckResult.errors = [
                                {
                                  instancePath: instancePath + '/also/' + i0,
                                  schemaPath: '#/properties/also/items/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' },
                                  message: 'must match pattern "' + '^[A-Z]+(-[A-Z]+)*-[0-9]{3}$' + '"',
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate_ConformanceCheckResult.errors = [
                              {
                                instancePath: instancePath + '/also/' + i0,
                                schemaPath: '#/properties/also/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate_ConformanceCheckResult.errors = [
                        {
                          instancePath: instancePath + '/also',
                          schemaPath: '#/properties/also/type',
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
                  if (data.level !== undefined) {
                    let data5 = data.level;
                    const _errs12 = errors;
                    if (typeof data5 !== 'string') {
                      validate_ConformanceCheckResult.errors = [
                        {
                          instancePath: instancePath + '/level',
                          schemaPath: '#/properties/level/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data5 === 'MUST' || data5 === 'SHOULD' || data5 === 'MAY')) {
                      validate_ConformanceCheckResult.errors = [
                        {
                          instancePath: instancePath + '/level',
                          schemaPath: '#/properties/level/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema_ConformanceCheckResult.properties.level.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.category !== undefined) {
                      let data6 = data.category;
                      const _errs14 = errors;
                      if (typeof data6 !== 'string') {
                        validate_ConformanceCheckResult.errors = [
                          {
                            instancePath: instancePath + '/category',
                            schemaPath: '#/properties/category/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      if (!(data6 === 'security' || data6 === 'correctness' || data6 === 'format')) {
                        validate_ConformanceCheckResult.errors = [
                          {
                            instancePath: instancePath + '/category',
                            schemaPath: '#/properties/category/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema_ConformanceCheckResult.properties.category.enum },
                            message: 'must be equal to one of the allowed values',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.expected !== undefined) {
                        const _errs16 = errors;
                        if (typeof data.expected !== 'string') {
                          validate_ConformanceCheckResult.errors = [
                            {
                              instancePath: instancePath + '/expected',
                              schemaPath: '#/properties/expected/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.status !== undefined) {
                          let data8 = data.status;
                          const _errs18 = errors;
                          if (typeof data8 !== 'string') {
                            validate_ConformanceCheckResult.errors = [
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
                          if (!(data8 === 'passed' || data8 === 'failed' || data8 === 'skipped')) {
                            validate_ConformanceCheckResult.errors = [
                              {
                                instancePath: instancePath + '/status',
                                schemaPath: '#/properties/status/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema_ConformanceCheckResult.properties.status.enum },
                                message: 'must be equal to one of the allowed values',
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.failure !== undefined) {
                            let data9 = data.failure;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                                let missing1;
                                if (
                                  (data9.category === undefined && (missing1 = 'category')) ||
                                  (data9.message === undefined && (missing1 = 'message'))
                                ) {
                                  validate_ConformanceCheckResult.errors = [
                                    {
                                      instancePath: instancePath + '/failure',
                                      schemaPath: '#/properties/failure/required',
                                      keyword: 'required',
                                      params: { missingProperty: missing1 },
                                      message: "must have required property '" + missing1 + "'",
                                    },
                                  ];
                                  return false;
                                } else {
                                  const _errs22 = errors;
                                  for (const key1 in data9) {
                                    if (!(key1 === 'category' || key1 === 'message')) {
                                      validate_ConformanceCheckResult.errors = [
                                        {
                                          instancePath: instancePath + '/failure',
                                          schemaPath: '#/properties/failure/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key1 },
                                          message: 'must NOT have additional properties',
                                        },
                                      ];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs22 === errors) {
                                    if (data9.category !== undefined) {
                                      let data10 = data9.category;
                                      const _errs23 = errors;
                                      if (typeof data10 !== 'string') {
                                        validate_ConformanceCheckResult.errors = [
                                          {
                                            instancePath: instancePath + '/failure/category',
                                            schemaPath: '#/properties/failure/properties/category/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (!(data10 === 'security' || data10 === 'correctness' || data10 === 'format')) {
                                        validate_ConformanceCheckResult.errors = [
                                          {
                                            instancePath: instancePath + '/failure/category',
                                            schemaPath: '#/properties/failure/properties/category/enum',
                                            keyword: 'enum',
                                            params: {
                                              allowedValues:
                                                schema_ConformanceCheckResult.properties.failure.properties.category
                                                  .enum,
                                            },
                                            message: 'must be equal to one of the allowed values',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid2 = _errs23 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data9.message !== undefined) {
                                        const _errs25 = errors;
                                        if (typeof data9.message !== 'string') {
                                          validate_ConformanceCheckResult.errors = [
                                            {
                                              instancePath: instancePath + '/failure/message',
                                              schemaPath: '#/properties/failure/properties/message/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid2 = _errs25 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate_ConformanceCheckResult.errors = [
                                  {
                                    instancePath: instancePath + '/failure',
                                    schemaPath: '#/properties/failure/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
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
                            if (data.reason !== undefined) {
                              const _errs27 = errors;
                              if (typeof data.reason !== 'string') {
                                validate_ConformanceCheckResult.errors = [
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
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.exchanges !== undefined) {
                                let data13 = data.exchanges;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (Array.isArray(data13)) {
                                    var valid3 = true;
                                    const len1 = data13.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      let data14 = data13[i1];
                                      const _errs31 = errors;
                                      if (errors === _errs31) {
                                        if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                                          let missing2;
                                          if (
                                            (data14.request === undefined && (missing2 = 'request')) ||
                                            (data14.answer === undefined && (missing2 = 'answer'))
                                          ) {
                                            validate_ConformanceCheckResult.errors = [
                                              {
                                                instancePath: instancePath + '/exchanges/' + i1,
                                                schemaPath: '#/properties/exchanges/items/required',
                                                keyword: 'required',
                                                params: { missingProperty: missing2 },
                                                message: "must have required property '" + missing2 + "'",
                                              },
                                            ];
                                            return false;
                                          } else {
                                            const _errs33 = errors;
                                            for (const key2 in data14) {
                                              if (!(key2 === 'request' || key2 === 'answer')) {
                                                validate_ConformanceCheckResult.errors = [
                                                  {
                                                    instancePath: instancePath + '/exchanges/' + i1,
                                                    schemaPath: '#/properties/exchanges/items/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key2 },
                                                    message: 'must NOT have additional properties',
                                                  },
                                                ];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs33 === errors) {
                                              if (data14.request !== undefined) {
                                                const _errs34 = errors;
                                                if (typeof data14.request !== 'string') {
                                                  validate_ConformanceCheckResult.errors = [
                                                    {
                                                      instancePath: instancePath + '/exchanges/' + i1 + '/request',
                                                      schemaPath:
                                                        '#/properties/exchanges/items/properties/request/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid4 = _errs34 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data14.answer !== undefined) {
                                                  const _errs36 = errors;
                                                  if (typeof data14.answer !== 'string') {
                                                    validate_ConformanceCheckResult.errors = [
                                                      {
                                                        instancePath: instancePath + '/exchanges/' + i1 + '/answer',
                                                        schemaPath:
                                                          '#/properties/exchanges/items/properties/answer/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid4 = _errs36 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate_ConformanceCheckResult.errors = [
                                            {
                                              instancePath: instancePath + '/exchanges/' + i1,
                                              schemaPath: '#/properties/exchanges/items/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs31 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate_ConformanceCheckResult.errors = [
                                      {
                                        instancePath: instancePath + '/exchanges',
                                        schemaPath: '#/properties/exchanges/type',
                                        keyword: 'type',
                                        params: { type: 'array' },
                                        message: 'must be array',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.notes !== undefined) {
                                  let data17 = data.notes;
                                  const _errs38 = errors;
                                  if (errors === _errs38) {
                                    if (Array.isArray(data17)) {
                                      var valid5 = true;
                                      const len2 = data17.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        const _errs40 = errors;
                                        if (typeof data17[i2] !== 'string') {
                                          validate_ConformanceCheckResult.errors = [
                                            {
                                              instancePath: instancePath + '/notes/' + i2,
                                              schemaPath: '#/properties/notes/items/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid5 = _errs40 === errors;
                                        if (!valid5) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate_ConformanceCheckResult.errors = [
                                        {
                                          instancePath: instancePath + '/notes',
                                          schemaPath: '#/properties/notes/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs38 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.duration_ms !== undefined) {
                                    let data19 = data.duration_ms;
                                    const _errs42 = errors;
                                    if (
                                      !(
                                        typeof data19 == 'number' &&
                                        !(data19 % 1) &&
                                        !isNaN(data19) &&
                                        isFinite(data19)
                                      )
                                    ) {
                                      validate_ConformanceCheckResult.errors = [
                                        {
                                          instancePath: instancePath + '/duration_ms',
                                          schemaPath: '#/properties/duration_ms/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs42) {
                                      if (typeof data19 == 'number' && isFinite(data19)) {
                                        if (data19 < 0 || isNaN(data19)) {
                                          validate_ConformanceCheckResult.errors = [
                                            {
                                              instancePath: instancePath + '/duration_ms',
                                              schemaPath: '#/properties/duration_ms/minimum',
                                              keyword: 'minimum',
                                              params: { comparison: '>=', limit: 0 },
                                              message: 'must be >= 0',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs42 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.waited_ms !== undefined) {
                                      let data20 = data.waited_ms;
                                      const _errs44 = errors;
                                      if (
                                        !(
                                          typeof data20 == 'number' &&
                                          !(data20 % 1) &&
                                          !isNaN(data20) &&
                                          isFinite(data20)
                                        )
                                      ) {
                                        validate_ConformanceCheckResult.errors = [
                                          {
                                            instancePath: instancePath + '/waited_ms',
                                            schemaPath: '#/properties/waited_ms/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (errors === _errs44) {
                                        if (typeof data20 == 'number' && isFinite(data20)) {
                                          if (data20 < 0 || isNaN(data20)) {
                                            validate_ConformanceCheckResult.errors = [
                                              {
                                                instancePath: instancePath + '/waited_ms',
                                                schemaPath: '#/properties/waited_ms/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 0 },
                                                message: 'must be >= 0',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid0 = _errs44 === errors;
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
      validate_ConformanceCheckResult.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ConformanceCheckResult.errors = vErrors;
  return errors === 0;
}
validate_ConformanceCheckResult.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateConformanceCheckResult =
  validate_ConformanceCheckResult as unknown as ValidateFunction<ConformanceCheckResult>;
