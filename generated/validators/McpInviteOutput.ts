/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpInviteOutput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpInviteOutput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpInviteOutput.json',
  type: 'object',
  additionalProperties: false,
  required: ['invite_url', 'swarm_id', 'token_hash', 'expires_at', 'max_uses'],
  properties: {
    invite_url: { $ref: 'InviteUrl.json' },
    swarm_id: { $ref: 'Uuid.json' },
    token_hash: { type: 'string' },
    expires_at: { oneOf: [{ $ref: 'DateTime.json' }, { type: 'null' }] },
    max_uses: { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] },
  },
};
const schema_InviteUrl = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json',
  type: 'string',
  maxLength: 8192,
  pattern: '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_InviteUrl = new RegExp(
  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
  'u',
);
function validate_InviteUrl(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InviteUrl.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 8192) {
        validate_InviteUrl.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
            message: 'must NOT have more than 8192 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_InviteUrl.test(data)) {
          validate_InviteUrl.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
              },
              message:
                'must match pattern "' +
                '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_InviteUrl.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_InviteUrl.errors = vErrors;
  return errors === 0;
}
validate_InviteUrl.evaluated = { dynamicProps: false, dynamicItems: false };
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
function validate_McpInviteOutput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpInviteOutput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpInviteOutput.evaluated;
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
        (data.invite_url === undefined && (missing0 = 'invite_url')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.token_hash === undefined && (missing0 = 'token_hash')) ||
        (data.expires_at === undefined && (missing0 = 'expires_at')) ||
        (data.max_uses === undefined && (missing0 = 'max_uses'))
      ) {
        validate_McpInviteOutput.errors = [
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
              key0 === 'invite_url' ||
              key0 === 'swarm_id' ||
              key0 === 'token_hash' ||
              key0 === 'expires_at' ||
              key0 === 'max_uses'
            )
          ) {
            validate_McpInviteOutput.errors = [
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
          if (data.invite_url !== undefined) {
            const _errs2 = errors;
            if (
              !validate_InviteUrl(data.invite_url, {
                instancePath: instancePath + '/invite_url',
                parentData: data,
                parentDataProperty: 'invite_url',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_InviteUrl.errors : vErrors.concat(validate_InviteUrl.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.swarm_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.token_hash !== undefined) {
                const _errs4 = errors;
                if (typeof data.token_hash !== 'string') {
                  validate_McpInviteOutput.errors = [
                    {
                      instancePath: instancePath + '/token_hash',
                      schemaPath: '#/properties/token_hash/type',
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
                if (data.expires_at !== undefined) {
                  let data3 = data.expires_at;
                  const _errs6 = errors;
                  const _errs7 = errors;
                  let valid1 = false;
                  let passing0 = null;
                  const _errs8 = errors;
                  if (
                    !validate_DateTime(data3, {
                      instancePath: instancePath + '/expires_at',
                      parentData: data,
                      parentDataProperty: 'expires_at',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs8 === errors;
                  if (_valid0) {
                    valid1 = true;
                    passing0 = 0;
                  }
                  const _errs9 = errors;
                  if (data3 !== null) {
                    const err0 = {
                      instancePath: instancePath + '/expires_at',
                      schemaPath: '#/properties/expires_at/oneOf/1/type',
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
                  var _valid0 = _errs9 === errors;
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
                      instancePath: instancePath + '/expires_at',
                      schemaPath: '#/properties/expires_at/oneOf',
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
                    validate_McpInviteOutput.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs7;
                    if (vErrors !== null) {
                      if (_errs7) {
                        vErrors.length = _errs7;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.max_uses !== undefined) {
                    let data4 = data.max_uses;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid2 = false;
                    let passing1 = null;
                    const _errs13 = errors;
                    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                      const err2 = {
                        instancePath: instancePath + '/max_uses',
                        schemaPath: '#/properties/max_uses/oneOf/0/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    if (errors === _errs13) {
                      if (typeof data4 == 'number' && isFinite(data4)) {
                        if (data4 < 1 || isNaN(data4)) {
                          const err3 = {
                            instancePath: instancePath + '/max_uses',
                            schemaPath: '#/properties/max_uses/oneOf/0/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                          };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                        }
                      }
                    }
                    var _valid1 = _errs13 === errors;
                    if (_valid1) {
                      valid2 = true;
                      passing1 = 0;
                    }
                    const _errs15 = errors;
                    if (data4 !== null) {
                      const err4 = {
                        instancePath: instancePath + '/max_uses',
                        schemaPath: '#/properties/max_uses/oneOf/1/type',
                        keyword: 'type',
                        params: { type: 'null' },
                        message: 'must be null',
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                    var _valid1 = _errs15 === errors;
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
                      const err5 = {
                        instancePath: instancePath + '/max_uses',
                        schemaPath: '#/properties/max_uses/oneOf',
                        keyword: 'oneOf',
                        params: { passingSchemas: passing1 },
                        message: 'must match exactly one schema in oneOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                      validate_McpInviteOutput.errors = vErrors;
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
                }
              }
            }
          }
        }
      }
    } else {
      validate_McpInviteOutput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpInviteOutput.errors = vErrors;
  return errors === 0;
}
validate_McpInviteOutput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpInviteOutput = validate_McpInviteOutput as unknown as ValidateFunction<McpInviteOutput>;
