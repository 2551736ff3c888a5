/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Reference } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_Reference = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Reference.json',
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['github_repo', 'github_issue', 'github_pr', 'github_commit', 'url'] },
    repo: { type: 'string', pattern: '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' },
    number: { type: 'integer', minimum: 0 },
    sha: { type: 'string', minLength: 1, maxLength: 64 },
    url: { type: 'string', minLength: 1, maxLength: 2048 },
    action: {
      type: 'string',
      enum: ['claimed', 'completed', 'blocked', 'unblocked', 'assigned', 'mention', 'review_requested'],
    },
  },
};
const pattern_Reference = new RegExp('^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$', 'u');
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_Reference(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Reference.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Reference.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.type === undefined && (missing0 = 'type')) {
        validate_Reference.errors = [
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
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate_Reference.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (
            !(
              data0 === 'github_repo' ||
              data0 === 'github_issue' ||
              data0 === 'github_pr' ||
              data0 === 'github_commit' ||
              data0 === 'url'
            )
          ) {
            validate_Reference.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema_Reference.properties.type.enum },
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
          if (data.repo !== undefined) {
            let data1 = data.repo;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (!pattern_Reference.test(data1)) {
                  validate_Reference.errors = [
                    {
                      instancePath: instancePath + '/repo',
                      schemaPath: '#/properties/repo/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' },
                      message: 'must match pattern "' + '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate_Reference.errors = [
                  {
                    instancePath: instancePath + '/repo',
                    schemaPath: '#/properties/repo/type',
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
            if (data.number !== undefined) {
              let data2 = data.number;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_Reference.errors = [
                  {
                    instancePath: instancePath + '/number',
                    schemaPath: '#/properties/number/type',
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
                    validate_Reference.errors = [
                      {
                        instancePath: instancePath + '/number',
                        schemaPath: '#/properties/number/minimum',
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
              if (data.sha !== undefined) {
                let data3 = data.sha;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === 'string') {
                    if (func_ucs2length(data3) > 64) {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/sha',
                          schemaPath: '#/properties/sha/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 64 },
                          message: 'must NOT have more than 64 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (func_ucs2length(data3) < 1) {
                        validate_Reference.errors = [
                          {
                            instancePath: instancePath + '/sha',
                            schemaPath: '#/properties/sha/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate_Reference.errors = [
                      {
                        instancePath: instancePath + '/sha',
                        schemaPath: '#/properties/sha/type',
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
                if (data.url !== undefined) {
                  let data4 = data.url;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) > 2048) {
                        validate_Reference.errors = [
                          {
                            instancePath: instancePath + '/url',
                            schemaPath: '#/properties/url/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 2048 },
                            message: 'must NOT have more than 2048 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (func_ucs2length(data4) < 1) {
                          validate_Reference.errors = [
                            {
                              instancePath: instancePath + '/url',
                              schemaPath: '#/properties/url/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/url',
                          schemaPath: '#/properties/url/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
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
                  if (data.action !== undefined) {
                    let data5 = data.action;
                    const _errs11 = errors;
                    if (typeof data5 !== 'string') {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/action',
                          schemaPath: '#/properties/action/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (
                      !(
                        data5 === 'claimed' ||
                        data5 === 'completed' ||
                        data5 === 'blocked' ||
                        data5 === 'unblocked' ||
                        data5 === 'assigned' ||
                        data5 === 'mention' ||
                        data5 === 'review_requested'
                      )
                    ) {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/action',
                          schemaPath: '#/properties/action/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema_Reference.properties.action.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
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
      validate_Reference.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Reference.errors = vErrors;
  return errors === 0;
}
validate_Reference.evaluated = {
  props: { type: true, repo: true, number: true, sha: true, url: true, action: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateReference = validate_Reference as unknown as ValidateFunction<Reference>;
