/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeQuietHours } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
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
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
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
export const validateWakeQuietHours = validate_WakeQuietHours as unknown as ValidateFunction<WakeQuietHours>;
