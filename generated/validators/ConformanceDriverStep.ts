/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ConformanceDriverStep } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ConformanceDriverStep = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ConformanceDriverStep.json',
  type: 'object',
  additionalProperties: false,
  required: ['SWARM_CONFORMANCE_STEP', 'SWARM_CONFORMANCE_CA_FILE', 'SWARM_CONFORMANCE_SWARM_ID'],
  properties: {
    SWARM_CONFORMANCE_STEP: { type: 'string', enum: ['join', 'send-broadcast', 'send-direct', 'send-sealed', 'leave'] },
    SWARM_CONFORMANCE_INVITE: { type: 'string', minLength: 1 },
    SWARM_CONFORMANCE_CA_FILE: { type: 'string', minLength: 1 },
    SWARM_CONFORMANCE_SWARM_ID: { type: 'string', minLength: 1 },
    SWARM_CONFORMANCE_TEXT: { type: 'string', minLength: 1 },
    SWARM_CONFORMANCE_RECIPIENT: { type: 'string', minLength: 1 },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_ConformanceDriverStep(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ConformanceDriverStep.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ConformanceDriverStep.evaluated;
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
        (data.SWARM_CONFORMANCE_STEP === undefined && (missing0 = 'SWARM_CONFORMANCE_STEP')) ||
        (data.SWARM_CONFORMANCE_CA_FILE === undefined && (missing0 = 'SWARM_CONFORMANCE_CA_FILE')) ||
        (data.SWARM_CONFORMANCE_SWARM_ID === undefined && (missing0 = 'SWARM_CONFORMANCE_SWARM_ID'))
      ) {
        validate_ConformanceDriverStep.errors = [
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
              key0 === 'SWARM_CONFORMANCE_STEP' ||
              key0 === 'SWARM_CONFORMANCE_INVITE' ||
              key0 === 'SWARM_CONFORMANCE_CA_FILE' ||
              key0 === 'SWARM_CONFORMANCE_SWARM_ID' ||
              key0 === 'SWARM_CONFORMANCE_TEXT' ||
              key0 === 'SWARM_CONFORMANCE_RECIPIENT'
            )
          ) {
            validate_ConformanceDriverStep.errors = [
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
          if (data.SWARM_CONFORMANCE_STEP !== undefined) {
            let data0 = data.SWARM_CONFORMANCE_STEP;
            const _errs2 = errors;
            if (typeof data0 !== 'string') {
              validate_ConformanceDriverStep.errors = [
                {
                  instancePath: instancePath + '/SWARM_CONFORMANCE_STEP',
                  schemaPath: '#/properties/SWARM_CONFORMANCE_STEP/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            if (
              !(
                data0 === 'join' ||
                data0 === 'send-broadcast' ||
                data0 === 'send-direct' ||
                data0 === 'send-sealed' ||
                data0 === 'leave'
              )
            ) {
              validate_ConformanceDriverStep.errors = [
                {
                  instancePath: instancePath + '/SWARM_CONFORMANCE_STEP',
                  schemaPath: '#/properties/SWARM_CONFORMANCE_STEP/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema_ConformanceDriverStep.properties.SWARM_CONFORMANCE_STEP.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SWARM_CONFORMANCE_INVITE !== undefined) {
              let data1 = data.SWARM_CONFORMANCE_INVITE;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === 'string') {
                  if (func_ucs2length(data1) < 1) {
                    validate_ConformanceDriverStep.errors = [
                      {
                        instancePath: instancePath + '/SWARM_CONFORMANCE_INVITE',
                        schemaPath: '#/properties/SWARM_CONFORMANCE_INVITE/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate_ConformanceDriverStep.errors = [
                    {
                      instancePath: instancePath + '/SWARM_CONFORMANCE_INVITE',
                      schemaPath: '#/properties/SWARM_CONFORMANCE_INVITE/type',
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
              if (data.SWARM_CONFORMANCE_CA_FILE !== undefined) {
                let data2 = data.SWARM_CONFORMANCE_CA_FILE;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === 'string') {
                    if (func_ucs2length(data2) < 1) {
                      validate_ConformanceDriverStep.errors = [
                        {
                          instancePath: instancePath + '/SWARM_CONFORMANCE_CA_FILE',
                          schemaPath: '#/properties/SWARM_CONFORMANCE_CA_FILE/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate_ConformanceDriverStep.errors = [
                      {
                        instancePath: instancePath + '/SWARM_CONFORMANCE_CA_FILE',
                        schemaPath: '#/properties/SWARM_CONFORMANCE_CA_FILE/type',
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
                if (data.SWARM_CONFORMANCE_SWARM_ID !== undefined) {
                  let data3 = data.SWARM_CONFORMANCE_SWARM_ID;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data3 === 'string') {
                      if (func_ucs2length(data3) < 1) {
                        validate_ConformanceDriverStep.errors = [
                          {
                            instancePath: instancePath + '/SWARM_CONFORMANCE_SWARM_ID',
                            schemaPath: '#/properties/SWARM_CONFORMANCE_SWARM_ID/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate_ConformanceDriverStep.errors = [
                        {
                          instancePath: instancePath + '/SWARM_CONFORMANCE_SWARM_ID',
                          schemaPath: '#/properties/SWARM_CONFORMANCE_SWARM_ID/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
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
                  if (data.SWARM_CONFORMANCE_TEXT !== undefined) {
                    let data4 = data.SWARM_CONFORMANCE_TEXT;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (typeof data4 === 'string') {
                        if (func_ucs2length(data4) < 1) {
                          validate_ConformanceDriverStep.errors = [
                            {
                              instancePath: instancePath + '/SWARM_CONFORMANCE_TEXT',
                              schemaPath: '#/properties/SWARM_CONFORMANCE_TEXT/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate_ConformanceDriverStep.errors = [
                          {
                            instancePath: instancePath + '/SWARM_CONFORMANCE_TEXT',
                            schemaPath: '#/properties/SWARM_CONFORMANCE_TEXT/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
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
                    if (data.SWARM_CONFORMANCE_RECIPIENT !== undefined) {
                      let data5 = data.SWARM_CONFORMANCE_RECIPIENT;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (typeof data5 === 'string') {
                          if (func_ucs2length(data5) < 1) {
                            validate_ConformanceDriverStep.errors = [
                              {
                                instancePath: instancePath + '/SWARM_CONFORMANCE_RECIPIENT',
                                schemaPath: '#/properties/SWARM_CONFORMANCE_RECIPIENT/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate_ConformanceDriverStep.errors = [
                            {
                              instancePath: instancePath + '/SWARM_CONFORMANCE_RECIPIENT',
                              schemaPath: '#/properties/SWARM_CONFORMANCE_RECIPIENT/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
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
      validate_ConformanceDriverStep.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ConformanceDriverStep.errors = vErrors;
  return errors === 0;
}
validate_ConformanceDriverStep.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateConformanceDriverStep =
  validate_ConformanceDriverStep as unknown as ValidateFunction<ConformanceDriverStep>;
