/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeRequest } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_WakeRequest = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeRequest.json',
  type: 'object',
  required: ['message_id', 'swarm_id', 'sender_id', 'notification_level'],
  properties: {
    message_id: { type: 'string', minLength: 1, maxLength: 256 },
    swarm_id: { type: 'string', minLength: 1, maxLength: 256 },
    sender_id: { type: 'string', minLength: 1, maxLength: 256 },
    notification_level: { type: 'string', enum: ['silent', 'normal', 'urgent'] },
    rule: { type: 'string', minLength: 1, maxLength: 256 },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_WakeRequest(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeRequest.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeRequest.evaluated;
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
        (data.notification_level === undefined && (missing0 = 'notification_level'))
      ) {
        validate_WakeRequest.errors = [
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
        if (data.message_id !== undefined) {
          let data0 = data.message_id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func_ucs2length(data0) > 256) {
                validate_WakeRequest.errors = [
                  {
                    instancePath: instancePath + '/message_id',
                    schemaPath: '#/properties/message_id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 characters',
                  },
                ];
                return false;
              } else {
                if (func_ucs2length(data0) < 1) {
                  validate_WakeRequest.errors = [
                    {
                      instancePath: instancePath + '/message_id',
                      schemaPath: '#/properties/message_id/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    },
                  ];
                  return false;
                }
              }
            } else {
              validate_WakeRequest.errors = [
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
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.swarm_id !== undefined) {
            let data1 = data.swarm_id;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (func_ucs2length(data1) > 256) {
                  validate_WakeRequest.errors = [
                    {
                      instancePath: instancePath + '/swarm_id',
                      schemaPath: '#/properties/swarm_id/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 256 },
                      message: 'must NOT have more than 256 characters',
                    },
                  ];
                  return false;
                } else {
                  if (func_ucs2length(data1) < 1) {
                    validate_WakeRequest.errors = [
                      {
                        instancePath: instancePath + '/swarm_id',
                        schemaPath: '#/properties/swarm_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                }
              } else {
                validate_WakeRequest.errors = [
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
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sender_id !== undefined) {
              let data2 = data.sender_id;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) > 256) {
                    validate_WakeRequest.errors = [
                      {
                        instancePath: instancePath + '/sender_id',
                        schemaPath: '#/properties/sender_id/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (func_ucs2length(data2) < 1) {
                      validate_WakeRequest.errors = [
                        {
                          instancePath: instancePath + '/sender_id',
                          schemaPath: '#/properties/sender_id/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate_WakeRequest.errors = [
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
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.notification_level !== undefined) {
                let data3 = data.notification_level;
                const _errs7 = errors;
                if (typeof data3 !== 'string') {
                  validate_WakeRequest.errors = [
                    {
                      instancePath: instancePath + '/notification_level',
                      schemaPath: '#/properties/notification_level/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                if (!(data3 === 'silent' || data3 === 'normal' || data3 === 'urgent')) {
                  validate_WakeRequest.errors = [
                    {
                      instancePath: instancePath + '/notification_level',
                      schemaPath: '#/properties/notification_level/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema_WakeRequest.properties.notification_level.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.rule !== undefined) {
                  let data4 = data.rule;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) > 256) {
                        validate_WakeRequest.errors = [
                          {
                            instancePath: instancePath + '/rule',
                            schemaPath: '#/properties/rule/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 256 },
                            message: 'must NOT have more than 256 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (func_ucs2length(data4) < 1) {
                          validate_WakeRequest.errors = [
                            {
                              instancePath: instancePath + '/rule',
                              schemaPath: '#/properties/rule/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate_WakeRequest.errors = [
                        {
                          instancePath: instancePath + '/rule',
                          schemaPath: '#/properties/rule/type',
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
              }
            }
          }
        }
      }
    } else {
      validate_WakeRequest.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeRequest.errors = vErrors;
  return errors === 0;
}
validate_WakeRequest.evaluated = {
  props: { message_id: true, swarm_id: true, sender_id: true, notification_level: true, rule: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateWakeRequest = validate_WakeRequest as unknown as ValidateFunction<WakeRequest>;
