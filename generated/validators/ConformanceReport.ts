/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ConformanceReport } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ConformanceReport = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ConformanceReport.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'suite',
    'protocol_version',
    'mode',
    'target',
    'started_at',
    'duration_ms',
    'strict',
    'verdict',
    'summary',
    'checks',
    'identities',
    'left_behind',
  ],
  properties: {
    suite: { const: 'agent-swarm-protocol conformance' },
    protocol_version: { type: 'string' },
    mode: { type: 'string', enum: ['server', 'client', 'vectors'] },
    target: { type: 'string' },
    started_at: { $ref: 'MsZTimestamp.json' },
    duration_ms: { type: 'integer', minimum: 0 },
    strict: { type: 'boolean' },
    verdict: { type: 'string', enum: ['pass', 'fail'] },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['passed', 'failed', 'skipped', 'by_level', 'failures_by_category', 'waited_ms'],
      properties: {
        passed: { type: 'integer', minimum: 0 },
        failed: { type: 'integer', minimum: 0 },
        skipped: { type: 'integer', minimum: 0 },
        by_level: {
          type: 'object',
          additionalProperties: false,
          required: ['MUST', 'SHOULD', 'MAY'],
          properties: {
            MUST: { $ref: 'ConformanceTally.json' },
            SHOULD: { $ref: 'ConformanceTally.json' },
            MAY: { $ref: 'ConformanceTally.json' },
          },
        },
        failures_by_category: {
          type: 'object',
          additionalProperties: false,
          required: ['security', 'correctness', 'format'],
          properties: {
            security: { type: 'integer', minimum: 0 },
            correctness: { type: 'integer', minimum: 0 },
            format: { type: 'integer', minimum: 0 },
          },
        },
        waited_ms: { type: 'integer', minimum: 0 },
      },
    },
    coverage: {
      type: 'object',
      additionalProperties: false,
      required: ['exercised', 'observable'],
      properties: {
        exercised: { type: 'array', items: { type: 'string' } },
        observable: { type: 'array', items: { type: 'string' } },
      },
    },
    checks: { type: 'array', items: { $ref: 'ConformanceCheckResult.json' } },
    identities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['agent_id', 'left', 'confirmed_gone'],
        properties: {
          agent_id: { type: 'string' },
          left: { type: 'boolean' },
          confirmed_gone: { type: 'boolean' },
          detail: { type: 'string' },
        },
      },
    },
    left_behind: {
      type: 'object',
      additionalProperties: false,
      required: ['content_prefix', 'messages_accepted', 'identities_remaining'],
      properties: {
        content_prefix: { type: 'string' },
        messages_accepted: { type: 'integer', minimum: 0 },
        identities_remaining: { type: 'array', items: { type: 'string' } },
      },
    },
  },
};
const func_hasOwnProperty = Object.prototype.hasOwnProperty;
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
const schema_ConformanceTally = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ConformanceTally.json',
  type: 'object',
  additionalProperties: false,
  required: ['passed', 'failed', 'skipped'],
  properties: {
    passed: { type: 'integer', minimum: 0 },
    failed: { type: 'integer', minimum: 0 },
    skipped: { type: 'integer', minimum: 0 },
  },
};
function validate_ConformanceTally(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ConformanceTally.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ConformanceTally.evaluated;
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
        (data.passed === undefined && (missing0 = 'passed')) ||
        (data.failed === undefined && (missing0 = 'failed')) ||
        (data.skipped === undefined && (missing0 = 'skipped'))
      ) {
        validate_ConformanceTally.errors = [
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
          if (!(key0 === 'passed' || key0 === 'failed' || key0 === 'skipped')) {
            validate_ConformanceTally.errors = [
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
          if (data.passed !== undefined) {
            let data0 = data.passed;
            const _errs2 = errors;
            if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
              validate_ConformanceTally.errors = [
                {
                  instancePath: instancePath + '/passed',
                  schemaPath: '#/properties/passed/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            if (errors === _errs2) {
              if (typeof data0 == 'number' && isFinite(data0)) {
                if (data0 < 0 || isNaN(data0)) {
                  validate_ConformanceTally.errors = [
                    {
                      instancePath: instancePath + '/passed',
                      schemaPath: '#/properties/passed/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                    },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.failed !== undefined) {
              let data1 = data.failed;
              const _errs4 = errors;
              if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
                validate_ConformanceTally.errors = [
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
              if (errors === _errs4) {
                if (typeof data1 == 'number' && isFinite(data1)) {
                  if (data1 < 0 || isNaN(data1)) {
                    validate_ConformanceTally.errors = [
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
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.skipped !== undefined) {
                let data2 = data.skipped;
                const _errs6 = errors;
                if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                  validate_ConformanceTally.errors = [
                    {
                      instancePath: instancePath + '/skipped',
                      schemaPath: '#/properties/skipped/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                if (errors === _errs6) {
                  if (typeof data2 == 'number' && isFinite(data2)) {
                    if (data2 < 0 || isNaN(data2)) {
                      validate_ConformanceTally.errors = [
                        {
                          instancePath: instancePath + '/skipped',
                          schemaPath: '#/properties/skipped/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 0 },
                          message: 'must be >= 0',
                        },
                      ];
                      return false;
                    }
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
      validate_ConformanceTally.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ConformanceTally.errors = vErrors;
  return errors === 0;
}
validate_ConformanceTally.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
function validate_ConformanceReport(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ConformanceReport.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ConformanceReport.evaluated;
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
        (data.suite === undefined && (missing0 = 'suite')) ||
        (data.protocol_version === undefined && (missing0 = 'protocol_version')) ||
        (data.mode === undefined && (missing0 = 'mode')) ||
        (data.target === undefined && (missing0 = 'target')) ||
        (data.started_at === undefined && (missing0 = 'started_at')) ||
        (data.duration_ms === undefined && (missing0 = 'duration_ms')) ||
        (data.strict === undefined && (missing0 = 'strict')) ||
        (data.verdict === undefined && (missing0 = 'verdict')) ||
        (data.summary === undefined && (missing0 = 'summary')) ||
        (data.checks === undefined && (missing0 = 'checks')) ||
        (data.identities === undefined && (missing0 = 'identities')) ||
        (data.left_behind === undefined && (missing0 = 'left_behind'))
      ) {
        validate_ConformanceReport.errors = [
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
          if (!func_hasOwnProperty.call(schema_ConformanceReport.properties, key0)) {
            validate_ConformanceReport.errors = [
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
          if (data.suite !== undefined) {
            const _errs2 = errors;
            if ('agent-swarm-protocol conformance' !== data.suite) {
              validate_ConformanceReport.errors = [
                {
                  instancePath: instancePath + '/suite',
                  schemaPath: '#/properties/suite/const',
                  keyword: 'const',
                  params: { allowedValue: 'agent-swarm-protocol conformance' },
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
            if (data.protocol_version !== undefined) {
              const _errs3 = errors;
              if (typeof data.protocol_version !== 'string') {
                validate_ConformanceReport.errors = [
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.mode !== undefined) {
                let data2 = data.mode;
                const _errs5 = errors;
                if (typeof data2 !== 'string') {
                  validate_ConformanceReport.errors = [
                    {
                      instancePath: instancePath + '/mode',
                      schemaPath: '#/properties/mode/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                if (!(data2 === 'server' || data2 === 'client' || data2 === 'vectors')) {
                  validate_ConformanceReport.errors = [
                    {
                      instancePath: instancePath + '/mode',
                      schemaPath: '#/properties/mode/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema_ConformanceReport.properties.mode.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.target !== undefined) {
                  const _errs7 = errors;
                  if (typeof data.target !== 'string') {
                    validate_ConformanceReport.errors = [
                      {
                        instancePath: instancePath + '/target',
                        schemaPath: '#/properties/target/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.started_at !== undefined) {
                    const _errs9 = errors;
                    if (
                      !validate_MsZTimestamp(data.started_at, {
                        instancePath: instancePath + '/started_at',
                        parentData: data,
                        parentDataProperty: 'started_at',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate_MsZTimestamp.errors : vErrors.concat(validate_MsZTimestamp.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.duration_ms !== undefined) {
                      let data5 = data.duration_ms;
                      const _errs10 = errors;
                      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                        validate_ConformanceReport.errors = [
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
                      if (errors === _errs10) {
                        if (typeof data5 == 'number' && isFinite(data5)) {
                          if (data5 < 0 || isNaN(data5)) {
                            validate_ConformanceReport.errors = [
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
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.strict !== undefined) {
                        const _errs12 = errors;
                        if (typeof data.strict !== 'boolean') {
                          validate_ConformanceReport.errors = [
                            {
                              instancePath: instancePath + '/strict',
                              schemaPath: '#/properties/strict/type',
                              keyword: 'type',
                              params: { type: 'boolean' },
                              message: 'must be boolean',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.verdict !== undefined) {
                          let data7 = data.verdict;
                          const _errs14 = errors;
                          if (typeof data7 !== 'string') {
                            validate_ConformanceReport.errors = [
                              {
                                instancePath: instancePath + '/verdict',
                                schemaPath: '#/properties/verdict/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          if (!(data7 === 'pass' || data7 === 'fail')) {
                            validate_ConformanceReport.errors = [
                              {
                                instancePath: instancePath + '/verdict',
                                schemaPath: '#/properties/verdict/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema_ConformanceReport.properties.verdict.enum },
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
                          if (data.summary !== undefined) {
                            let data8 = data.summary;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                                let missing1;
                                if (
                                  (data8.passed === undefined && (missing1 = 'passed')) ||
                                  (data8.failed === undefined && (missing1 = 'failed')) ||
                                  (data8.skipped === undefined && (missing1 = 'skipped')) ||
                                  (data8.by_level === undefined && (missing1 = 'by_level')) ||
                                  (data8.failures_by_category === undefined && (missing1 = 'failures_by_category')) ||
                                  (data8.waited_ms === undefined && (missing1 = 'waited_ms'))
                                ) {
                                  validate_ConformanceReport.errors = [
                                    {
                                      instancePath: instancePath + '/summary',
                                      schemaPath: '#/properties/summary/required',
                                      keyword: 'required',
                                      params: { missingProperty: missing1 },
                                      message: "must have required property '" + missing1 + "'",
                                    },
                                  ];
                                  return false;
                                } else {
                                  const _errs18 = errors;
                                  for (const key1 in data8) {
                                    if (
                                      !(
                                        key1 === 'passed' ||
                                        key1 === 'failed' ||
                                        key1 === 'skipped' ||
                                        key1 === 'by_level' ||
                                        key1 === 'failures_by_category' ||
                                        key1 === 'waited_ms'
                                      )
                                    ) {
                                      validate_ConformanceReport.errors = [
                                        {
                                          instancePath: instancePath + '/summary',
                                          schemaPath: '#/properties/summary/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key1 },
                                          message: 'must NOT have additional properties',
                                        },
                                      ];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs18 === errors) {
                                    if (data8.passed !== undefined) {
                                      let data9 = data8.passed;
                                      const _errs19 = errors;
                                      if (
                                        !(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))
                                      ) {
                                        validate_ConformanceReport.errors = [
                                          {
                                            instancePath: instancePath + '/summary/passed',
                                            schemaPath: '#/properties/summary/properties/passed/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (errors === _errs19) {
                                        if (typeof data9 == 'number' && isFinite(data9)) {
                                          if (data9 < 0 || isNaN(data9)) {
                                            validate_ConformanceReport.errors = [
                                              {
                                                instancePath: instancePath + '/summary/passed',
                                                schemaPath: '#/properties/summary/properties/passed/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 0 },
                                                message: 'must be >= 0',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid1 = _errs19 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data8.failed !== undefined) {
                                        let data10 = data8.failed;
                                        const _errs21 = errors;
                                        if (
                                          !(
                                            typeof data10 == 'number' &&
                                            !(data10 % 1) &&
                                            !isNaN(data10) &&
                                            isFinite(data10)
                                          )
                                        ) {
                                          validate_ConformanceReport.errors = [
                                            {
                                              instancePath: instancePath + '/summary/failed',
                                              schemaPath: '#/properties/summary/properties/failed/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs21) {
                                          if (typeof data10 == 'number' && isFinite(data10)) {
                                            if (data10 < 0 || isNaN(data10)) {
                                              validate_ConformanceReport.errors = [
                                                {
                                                  instancePath: instancePath + '/summary/failed',
                                                  schemaPath: '#/properties/summary/properties/failed/minimum',
                                                  keyword: 'minimum',
                                                  params: { comparison: '>=', limit: 0 },
                                                  message: 'must be >= 0',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid1 = _errs21 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data8.skipped !== undefined) {
                                          let data11 = data8.skipped;
                                          const _errs23 = errors;
                                          if (
                                            !(
                                              typeof data11 == 'number' &&
                                              !(data11 % 1) &&
                                              !isNaN(data11) &&
                                              isFinite(data11)
                                            )
                                          ) {
                                            validate_ConformanceReport.errors = [
                                              {
                                                instancePath: instancePath + '/summary/skipped',
                                                schemaPath: '#/properties/summary/properties/skipped/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          if (errors === _errs23) {
                                            if (typeof data11 == 'number' && isFinite(data11)) {
                                              if (data11 < 0 || isNaN(data11)) {
                                                validate_ConformanceReport.errors = [
                                                  {
                                                    instancePath: instancePath + '/summary/skipped',
                                                    schemaPath: '#/properties/summary/properties/skipped/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 0 },
                                                    message: 'must be >= 0',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid1 = _errs23 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data8.by_level !== undefined) {
                                            let data12 = data8.by_level;
                                            const _errs25 = errors;
                                            if (errors === _errs25) {
                                              if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                                                let missing2;
                                                if (
                                                  (data12.MUST === undefined && (missing2 = 'MUST')) ||
                                                  (data12.SHOULD === undefined && (missing2 = 'SHOULD')) ||
                                                  (data12.MAY === undefined && (missing2 = 'MAY'))
                                                ) {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/summary/by_level',
                                                      schemaPath: '#/properties/summary/properties/by_level/required',
                                                      keyword: 'required',
                                                      params: { missingProperty: missing2 },
                                                      message: "must have required property '" + missing2 + "'",
                                                    },
                                                  ];
                                                  return false;
                                                } else {
                                                  const _errs27 = errors;
                                                  for (const key2 in data12) {
                                                    if (!(key2 === 'MUST' || key2 === 'SHOULD' || key2 === 'MAY')) {
                                                      validate_ConformanceReport.errors = [
                                                        {
                                                          instancePath: instancePath + '/summary/by_level',
                                                          schemaPath:
                                                            '#/properties/summary/properties/by_level/additionalProperties',
                                                          keyword: 'additionalProperties',
                                                          params: { additionalProperty: key2 },
                                                          message: 'must NOT have additional properties',
                                                        },
                                                      ];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs27 === errors) {
                                                    if (data12.MUST !== undefined) {
                                                      const _errs28 = errors;
                                                      if (
                                                        !validate_ConformanceTally(data12.MUST, {
                                                          instancePath: instancePath + '/summary/by_level/MUST',
                                                          parentData: data12,
                                                          parentDataProperty: 'MUST',
                                                          rootData,
                                                          dynamicAnchors,
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate_ConformanceTally.errors
                                                            : vErrors.concat(validate_ConformanceTally.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid2 = _errs28 === errors;
                                                    } else {
                                                      var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                      if (data12.SHOULD !== undefined) {
                                                        const _errs29 = errors;
                                                        if (
                                                          !validate_ConformanceTally(data12.SHOULD, {
                                                            instancePath: instancePath + '/summary/by_level/SHOULD',
                                                            parentData: data12,
                                                            parentDataProperty: 'SHOULD',
                                                            rootData,
                                                            dynamicAnchors,
                                                          })
                                                        ) {
                                                          vErrors =
                                                            vErrors === null
                                                              ? validate_ConformanceTally.errors
                                                              : vErrors.concat(validate_ConformanceTally.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid2 = _errs29 === errors;
                                                      } else {
                                                        var valid2 = true;
                                                      }
                                                      if (valid2) {
                                                        if (data12.MAY !== undefined) {
                                                          const _errs30 = errors;
                                                          if (
                                                            !validate_ConformanceTally(data12.MAY, {
                                                              instancePath: instancePath + '/summary/by_level/MAY',
                                                              parentData: data12,
                                                              parentDataProperty: 'MAY',
                                                              rootData,
                                                              dynamicAnchors,
                                                            })
                                                          ) {
                                                            vErrors =
                                                              vErrors === null
                                                                ? validate_ConformanceTally.errors
                                                                : vErrors.concat(validate_ConformanceTally.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid2 = _errs30 === errors;
                                                        } else {
                                                          var valid2 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate_ConformanceReport.errors = [
                                                  {
                                                    instancePath: instancePath + '/summary/by_level',
                                                    schemaPath: '#/properties/summary/properties/by_level/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid1 = _errs25 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data8.failures_by_category !== undefined) {
                                              let data16 = data8.failures_by_category;
                                              const _errs31 = errors;
                                              if (errors === _errs31) {
                                                if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                                                  let missing3;
                                                  if (
                                                    (data16.security === undefined && (missing3 = 'security')) ||
                                                    (data16.correctness === undefined && (missing3 = 'correctness')) ||
                                                    (data16.format === undefined && (missing3 = 'format'))
                                                  ) {
                                                    validate_ConformanceReport.errors = [
                                                      {
                                                        instancePath: instancePath + '/summary/failures_by_category',
                                                        schemaPath:
                                                          '#/properties/summary/properties/failures_by_category/required',
                                                        keyword: 'required',
                                                        params: { missingProperty: missing3 },
                                                        message: "must have required property '" + missing3 + "'",
                                                      },
                                                    ];
                                                    return false;
                                                  } else {
                                                    const _errs33 = errors;
                                                    for (const key3 in data16) {
                                                      if (
                                                        !(
                                                          key3 === 'security' ||
                                                          key3 === 'correctness' ||
                                                          key3 === 'format'
                                                        )
                                                      ) {
                                                        validate_ConformanceReport.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/summary/failures_by_category',
                                                            schemaPath:
                                                              '#/properties/summary/properties/failures_by_category/additionalProperties',
                                                            keyword: 'additionalProperties',
                                                            params: { additionalProperty: key3 },
                                                            message: 'must NOT have additional properties',
                                                          },
                                                        ];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs33 === errors) {
                                                      if (data16.security !== undefined) {
                                                        let data17 = data16.security;
                                                        const _errs34 = errors;
                                                        if (
                                                          !(
                                                            typeof data17 == 'number' &&
                                                            !(data17 % 1) &&
                                                            !isNaN(data17) &&
                                                            isFinite(data17)
                                                          )
                                                        ) {
                                                          validate_ConformanceReport.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/summary/failures_by_category/security',
                                                              schemaPath:
                                                                '#/properties/summary/properties/failures_by_category/properties/security/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        if (errors === _errs34) {
                                                          if (typeof data17 == 'number' && isFinite(data17)) {
                                                            if (data17 < 0 || isNaN(data17)) {
                                                              validate_ConformanceReport.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/summary/failures_by_category/security',
                                                                  schemaPath:
                                                                    '#/properties/summary/properties/failures_by_category/properties/security/minimum',
                                                                  keyword: 'minimum',
                                                                  params: { comparison: '>=', limit: 0 },
                                                                  message: 'must be >= 0',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid3 = _errs34 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data16.correctness !== undefined) {
                                                          let data18 = data16.correctness;
                                                          const _errs36 = errors;
                                                          if (
                                                            !(
                                                              typeof data18 == 'number' &&
                                                              !(data18 % 1) &&
                                                              !isNaN(data18) &&
                                                              isFinite(data18)
                                                            )
                                                          ) {
                                                            validate_ConformanceReport.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/summary/failures_by_category/correctness',
                                                                schemaPath:
                                                                  '#/properties/summary/properties/failures_by_category/properties/correctness/type',
                                                                keyword: 'type',
                                                                params: { type: 'integer' },
                                                                message: 'must be integer',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          if (errors === _errs36) {
                                                            if (typeof data18 == 'number' && isFinite(data18)) {
                                                              if (data18 < 0 || isNaN(data18)) {
                                                                validate_ConformanceReport.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/summary/failures_by_category/correctness',
                                                                    schemaPath:
                                                                      '#/properties/summary/properties/failures_by_category/properties/correctness/minimum',
                                                                    keyword: 'minimum',
                                                                    params: { comparison: '>=', limit: 0 },
                                                                    message: 'must be >= 0',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid3 = _errs36 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data16.format !== undefined) {
                                                            let data19 = data16.format;
                                                            const _errs38 = errors;
                                                            if (
                                                              !(
                                                                typeof data19 == 'number' &&
                                                                !(data19 % 1) &&
                                                                !isNaN(data19) &&
                                                                isFinite(data19)
                                                              )
                                                            ) {
                                                              validate_ConformanceReport.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/summary/failures_by_category/format',
                                                                  schemaPath:
                                                                    '#/properties/summary/properties/failures_by_category/properties/format/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'integer' },
                                                                  message: 'must be integer',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            if (errors === _errs38) {
                                                              if (typeof data19 == 'number' && isFinite(data19)) {
                                                                if (data19 < 0 || isNaN(data19)) {
                                                                  validate_ConformanceReport.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/summary/failures_by_category/format',
                                                                      schemaPath:
                                                                        '#/properties/summary/properties/failures_by_category/properties/format/minimum',
                                                                      keyword: 'minimum',
                                                                      params: { comparison: '>=', limit: 0 },
                                                                      message: 'must be >= 0',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid3 = _errs38 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/summary/failures_by_category',
                                                      schemaPath:
                                                        '#/properties/summary/properties/failures_by_category/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid1 = _errs31 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data8.waited_ms !== undefined) {
                                                let data20 = data8.waited_ms;
                                                const _errs40 = errors;
                                                if (
                                                  !(
                                                    typeof data20 == 'number' &&
                                                    !(data20 % 1) &&
                                                    !isNaN(data20) &&
                                                    isFinite(data20)
                                                  )
                                                ) {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/summary/waited_ms',
                                                      schemaPath: '#/properties/summary/properties/waited_ms/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                if (errors === _errs40) {
                                                  if (typeof data20 == 'number' && isFinite(data20)) {
                                                    if (data20 < 0 || isNaN(data20)) {
                                                      validate_ConformanceReport.errors = [
                                                        {
                                                          instancePath: instancePath + '/summary/waited_ms',
                                                          schemaPath:
                                                            '#/properties/summary/properties/waited_ms/minimum',
                                                          keyword: 'minimum',
                                                          params: { comparison: '>=', limit: 0 },
                                                          message: 'must be >= 0',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid1 = _errs40 === errors;
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
                              } else {
                                validate_ConformanceReport.errors = [
                                  {
                                    instancePath: instancePath + '/summary',
                                    schemaPath: '#/properties/summary/type',
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
                            if (data.coverage !== undefined) {
                              let data21 = data.coverage;
                              const _errs42 = errors;
                              if (errors === _errs42) {
                                if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                                  let missing4;
                                  if (
                                    (data21.exercised === undefined && (missing4 = 'exercised')) ||
                                    (data21.observable === undefined && (missing4 = 'observable'))
                                  ) {
                                    validate_ConformanceReport.errors = [
                                      {
                                        instancePath: instancePath + '/coverage',
                                        schemaPath: '#/properties/coverage/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing4 },
                                        message: "must have required property '" + missing4 + "'",
                                      },
                                    ];
                                    return false;
                                  } else {
                                    const _errs44 = errors;
                                    for (const key4 in data21) {
                                      if (!(key4 === 'exercised' || key4 === 'observable')) {
                                        validate_ConformanceReport.errors = [
                                          {
                                            instancePath: instancePath + '/coverage',
                                            schemaPath: '#/properties/coverage/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key4 },
                                            message: 'must NOT have additional properties',
                                          },
                                        ];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs44 === errors) {
                                      if (data21.exercised !== undefined) {
                                        let data22 = data21.exercised;
                                        const _errs45 = errors;
                                        if (errors === _errs45) {
                                          if (Array.isArray(data22)) {
                                            var valid5 = true;
                                            const len0 = data22.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              const _errs47 = errors;
                                              if (typeof data22[i0] !== 'string') {
                                                validate_ConformanceReport.errors = [
                                                  {
                                                    instancePath: instancePath + '/coverage/exercised/' + i0,
                                                    schemaPath: '#/properties/coverage/properties/exercised/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid5 = _errs47 === errors;
                                              if (!valid5) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate_ConformanceReport.errors = [
                                              {
                                                instancePath: instancePath + '/coverage/exercised',
                                                schemaPath: '#/properties/coverage/properties/exercised/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs45 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data21.observable !== undefined) {
                                          let data24 = data21.observable;
                                          const _errs49 = errors;
                                          if (errors === _errs49) {
                                            if (Array.isArray(data24)) {
                                              var valid6 = true;
                                              const len1 = data24.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs51 = errors;
                                                if (typeof data24[i1] !== 'string') {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/coverage/observable/' + i1,
                                                      schemaPath:
                                                        '#/properties/coverage/properties/observable/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid6 = _errs51 === errors;
                                                if (!valid6) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate_ConformanceReport.errors = [
                                                {
                                                  instancePath: instancePath + '/coverage/observable',
                                                  schemaPath: '#/properties/coverage/properties/observable/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs49 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate_ConformanceReport.errors = [
                                    {
                                      instancePath: instancePath + '/coverage',
                                      schemaPath: '#/properties/coverage/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs42 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.checks !== undefined) {
                                let data26 = data.checks;
                                const _errs53 = errors;
                                if (errors === _errs53) {
                                  if (Array.isArray(data26)) {
                                    var valid7 = true;
                                    const len2 = data26.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      const _errs55 = errors;
                                      if (
                                        !validate_ConformanceCheckResult(data26[i2], {
                                          instancePath: instancePath + '/checks/' + i2,
                                          parentData: data26,
                                          parentDataProperty: i2,
                                          rootData,
                                          dynamicAnchors,
                                        })
                                      ) {
                                        vErrors =
                                          vErrors === null
                                            ? validate_ConformanceCheckResult.errors
                                            : vErrors.concat(validate_ConformanceCheckResult.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid7 = _errs55 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate_ConformanceReport.errors = [
                                      {
                                        instancePath: instancePath + '/checks',
                                        schemaPath: '#/properties/checks/type',
                                        keyword: 'type',
                                        params: { type: 'array' },
                                        message: 'must be array',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid0 = _errs53 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.identities !== undefined) {
                                  let data28 = data.identities;
                                  const _errs56 = errors;
                                  if (errors === _errs56) {
                                    if (Array.isArray(data28)) {
                                      var valid8 = true;
                                      const len3 = data28.length;
                                      for (let i3 = 0; i3 < len3; i3++) {
                                        let data29 = data28[i3];
                                        const _errs58 = errors;
                                        if (errors === _errs58) {
                                          if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                                            let missing5;
                                            if (
                                              (data29.agent_id === undefined && (missing5 = 'agent_id')) ||
                                              (data29.left === undefined && (missing5 = 'left')) ||
                                              (data29.confirmed_gone === undefined && (missing5 = 'confirmed_gone'))
                                            ) {
                                              validate_ConformanceReport.errors = [
                                                {
                                                  instancePath: instancePath + '/identities/' + i3,
                                                  schemaPath: '#/properties/identities/items/required',
                                                  keyword: 'required',
                                                  params: { missingProperty: missing5 },
                                                  message: "must have required property '" + missing5 + "'",
                                                },
                                              ];
                                              return false;
                                            } else {
                                              const _errs60 = errors;
                                              for (const key5 in data29) {
                                                if (
                                                  !(
                                                    key5 === 'agent_id' ||
                                                    key5 === 'left' ||
                                                    key5 === 'confirmed_gone' ||
                                                    key5 === 'detail'
                                                  )
                                                ) {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/identities/' + i3,
                                                      schemaPath: '#/properties/identities/items/additionalProperties',
                                                      keyword: 'additionalProperties',
                                                      params: { additionalProperty: key5 },
                                                      message: 'must NOT have additional properties',
                                                    },
                                                  ];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs60 === errors) {
                                                if (data29.agent_id !== undefined) {
                                                  const _errs61 = errors;
                                                  if (typeof data29.agent_id !== 'string') {
                                                    validate_ConformanceReport.errors = [
                                                      {
                                                        instancePath: instancePath + '/identities/' + i3 + '/agent_id',
                                                        schemaPath:
                                                          '#/properties/identities/items/properties/agent_id/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid9 = _errs61 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                                if (valid9) {
                                                  if (data29.left !== undefined) {
                                                    const _errs63 = errors;
                                                    if (typeof data29.left !== 'boolean') {
                                                      validate_ConformanceReport.errors = [
                                                        {
                                                          instancePath: instancePath + '/identities/' + i3 + '/left',
                                                          schemaPath:
                                                            '#/properties/identities/items/properties/left/type',
                                                          keyword: 'type',
                                                          params: { type: 'boolean' },
                                                          message: 'must be boolean',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid9 = _errs63 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (data29.confirmed_gone !== undefined) {
                                                      const _errs65 = errors;
                                                      if (typeof data29.confirmed_gone !== 'boolean') {
                                                        validate_ConformanceReport.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/identities/' + i3 + '/confirmed_gone',
                                                            schemaPath:
                                                              '#/properties/identities/items/properties/confirmed_gone/type',
                                                            keyword: 'type',
                                                            params: { type: 'boolean' },
                                                            message: 'must be boolean',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid9 = _errs65 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data29.detail !== undefined) {
                                                        const _errs67 = errors;
                                                        if (typeof data29.detail !== 'string') {
                                                          validate_ConformanceReport.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/identities/' + i3 + '/detail',
                                                              schemaPath:
                                                                '#/properties/identities/items/properties/detail/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid9 = _errs67 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate_ConformanceReport.errors = [
                                              {
                                                instancePath: instancePath + '/identities/' + i3,
                                                schemaPath: '#/properties/identities/items/type',
                                                keyword: 'type',
                                                params: { type: 'object' },
                                                message: 'must be object',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs58 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate_ConformanceReport.errors = [
                                        {
                                          instancePath: instancePath + '/identities',
                                          schemaPath: '#/properties/identities/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs56 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.left_behind !== undefined) {
                                    let data34 = data.left_behind;
                                    const _errs69 = errors;
                                    if (errors === _errs69) {
                                      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
                                        let missing6;
                                        if (
                                          (data34.content_prefix === undefined && (missing6 = 'content_prefix')) ||
                                          (data34.messages_accepted === undefined &&
                                            (missing6 = 'messages_accepted')) ||
                                          (data34.identities_remaining === undefined &&
                                            (missing6 = 'identities_remaining'))
                                        ) {
                                          validate_ConformanceReport.errors = [
                                            {
                                              instancePath: instancePath + '/left_behind',
                                              schemaPath: '#/properties/left_behind/required',
                                              keyword: 'required',
                                              params: { missingProperty: missing6 },
                                              message: "must have required property '" + missing6 + "'",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          const _errs71 = errors;
                                          for (const key6 in data34) {
                                            if (
                                              !(
                                                key6 === 'content_prefix' ||
                                                key6 === 'messages_accepted' ||
                                                key6 === 'identities_remaining'
                                              )
                                            ) {
                                              validate_ConformanceReport.errors = [
                                                {
                                                  instancePath: instancePath + '/left_behind',
                                                  schemaPath: '#/properties/left_behind/additionalProperties',
                                                  keyword: 'additionalProperties',
                                                  params: { additionalProperty: key6 },
                                                  message: 'must NOT have additional properties',
                                                },
                                              ];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs71 === errors) {
                                            if (data34.content_prefix !== undefined) {
                                              const _errs72 = errors;
                                              if (typeof data34.content_prefix !== 'string') {
                                                validate_ConformanceReport.errors = [
                                                  {
                                                    instancePath: instancePath + '/left_behind/content_prefix',
                                                    schemaPath:
                                                      '#/properties/left_behind/properties/content_prefix/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid10 = _errs72 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data34.messages_accepted !== undefined) {
                                                let data36 = data34.messages_accepted;
                                                const _errs74 = errors;
                                                if (
                                                  !(
                                                    typeof data36 == 'number' &&
                                                    !(data36 % 1) &&
                                                    !isNaN(data36) &&
                                                    isFinite(data36)
                                                  )
                                                ) {
                                                  validate_ConformanceReport.errors = [
                                                    {
                                                      instancePath: instancePath + '/left_behind/messages_accepted',
                                                      schemaPath:
                                                        '#/properties/left_behind/properties/messages_accepted/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                if (errors === _errs74) {
                                                  if (typeof data36 == 'number' && isFinite(data36)) {
                                                    if (data36 < 0 || isNaN(data36)) {
                                                      validate_ConformanceReport.errors = [
                                                        {
                                                          instancePath: instancePath + '/left_behind/messages_accepted',
                                                          schemaPath:
                                                            '#/properties/left_behind/properties/messages_accepted/minimum',
                                                          keyword: 'minimum',
                                                          params: { comparison: '>=', limit: 0 },
                                                          message: 'must be >= 0',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid10 = _errs74 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                              if (valid10) {
                                                if (data34.identities_remaining !== undefined) {
                                                  let data37 = data34.identities_remaining;
                                                  const _errs76 = errors;
                                                  if (errors === _errs76) {
                                                    if (Array.isArray(data37)) {
                                                      var valid11 = true;
                                                      const len4 = data37.length;
                                                      for (let i4 = 0; i4 < len4; i4++) {
                                                        const _errs78 = errors;
                                                        if (typeof data37[i4] !== 'string') {
                                                          validate_ConformanceReport.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/left_behind/identities_remaining/' +
                                                                i4,
                                                              schemaPath:
                                                                '#/properties/left_behind/properties/identities_remaining/items/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid11 = _errs78 === errors;
                                                        if (!valid11) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate_ConformanceReport.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath + '/left_behind/identities_remaining',
                                                          schemaPath:
                                                            '#/properties/left_behind/properties/identities_remaining/type',
                                                          keyword: 'type',
                                                          params: { type: 'array' },
                                                          message: 'must be array',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid10 = _errs76 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate_ConformanceReport.errors = [
                                          {
                                            instancePath: instancePath + '/left_behind',
                                            schemaPath: '#/properties/left_behind/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs69 === errors;
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
    } else {
      validate_ConformanceReport.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ConformanceReport.errors = vErrors;
  return errors === 0;
}
validate_ConformanceReport.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateConformanceReport = validate_ConformanceReport as unknown as ValidateFunction<ConformanceReport>;
