/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { McpInviteInput } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_McpInviteInput = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/McpInviteInput.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    swarm_id: { $ref: 'Uuid.json' },
    expires_hours: { type: 'number', minimum: 0.0001, maximum: 876000 },
    max_uses: { type: 'integer', minimum: 1, maximum: 1000000 },
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
function validate_McpInviteInput(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/McpInviteInput.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_McpInviteInput.evaluated;
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
        if (!(key0 === 'swarm_id' || key0 === 'expires_hours' || key0 === 'max_uses')) {
          validate_McpInviteInput.errors = [
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
        if (data.swarm_id !== undefined) {
          const _errs2 = errors;
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
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.expires_hours !== undefined) {
            let data1 = data.expires_hours;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 > 876000 || isNaN(data1)) {
                  validate_McpInviteInput.errors = [
                    {
                      instancePath: instancePath + '/expires_hours',
                      schemaPath: '#/properties/expires_hours/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 876000 },
                      message: 'must be <= 876000',
                    },
                  ];
                  return false;
                } else {
                  if (data1 < 0.0001 || isNaN(data1)) {
                    validate_McpInviteInput.errors = [
                      {
                        instancePath: instancePath + '/expires_hours',
                        schemaPath: '#/properties/expires_hours/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0.0001 },
                        message: 'must be >= 0.0001',
                      },
                    ];
                    return false;
                  }
                }
              } else {
                validate_McpInviteInput.errors = [
                  {
                    instancePath: instancePath + '/expires_hours',
                    schemaPath: '#/properties/expires_hours/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number',
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
            if (data.max_uses !== undefined) {
              let data2 = data.max_uses;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_McpInviteInput.errors = [
                  {
                    instancePath: instancePath + '/max_uses',
                    schemaPath: '#/properties/max_uses/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == 'number' && isFinite(data2)) {
                  if (data2 > 1000000 || isNaN(data2)) {
                    validate_McpInviteInput.errors = [
                      {
                        instancePath: instancePath + '/max_uses',
                        schemaPath: '#/properties/max_uses/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 1000000 },
                        message: 'must be <= 1000000',
                      },
                    ];
                    return false;
                  } else {
                    if (data2 < 1 || isNaN(data2)) {
                      validate_McpInviteInput.errors = [
                        {
                          instancePath: instancePath + '/max_uses',
                          schemaPath: '#/properties/max_uses/minimum',
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
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_McpInviteInput.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_McpInviteInput.errors = vErrors;
  return errors === 0;
}
validate_McpInviteInput.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateMcpInviteInput = validate_McpInviteInput as unknown as ValidateFunction<McpInviteInput>;
