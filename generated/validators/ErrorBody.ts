/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ErrorBody } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ErrorBody = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ErrorBody.json',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { $ref: 'ErrorCode.json' },
        message: { type: 'string' },
        details: { oneOf: [{ type: 'object', additionalProperties: true }, { type: 'null' }] },
      },
    },
  },
};
const schema_ErrorCode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ErrorCode.json',
  enum: [
    'INVALID_JSON',
    'INVALID_FORMAT',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'UNSUPPORTED_PROTOCOL_VERSION',
    'PROTOCOL_DOWNGRADE',
    'SEALED_CONTENT_INVALID',
    'AGENT_ID_MISMATCH',
    'WRONG_RECIPIENT',
    'SWARM_NOT_FOUND',
    'NOT_MEMBER',
    'ENDPOINT_MISMATCH',
    'INVALID_SIGNATURE',
    'TIMESTAMP_OUT_OF_WINDOW',
    'MESSAGE_EXPIRED',
    'MESSAGE_ID_CONFLICT',
    'NOT_AUTHORIZED',
    'INVALID_TOKEN',
    'UNSUPPORTED_ALGORITHM',
    'TOKEN_EXPIRED',
    'TOKEN_SWARM_MISMATCH',
    'TOKEN_ENDPOINT_MISMATCH',
    'TOKEN_EXHAUSTED',
    'TOKEN_REVOKED',
    'INVALID_PUBLIC_KEY',
    'AGENT_ID_TAKEN',
    'NOT_MASTER',
    'INVITES_DISABLED',
    'JOIN_DENIED',
    'RATE_LIMITED',
    'UNAUTHENTICATED',
    'ROUTE_NOT_FOUND',
    'METHOD_NOT_ALLOWED',
    'MALFORMED_REQUEST',
    'HEADERS_TOO_LARGE',
    'REQUEST_TIMEOUT',
    'MESSAGE_NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'WAKE_UNAVAILABLE',
    'SERVICE_UNAVAILABLE',
    'INTERNAL_ERROR',
    'PEER_UNREACHABLE',
    'PEER_TIMEOUT',
    'TLS_ERROR',
    'INVALID_RESPONSE',
    'MEMBER_NOT_FOUND',
    'MASTER_CANNOT_LEAVE',
    'NOT_INITIALIZED',
    'ALREADY_INITIALIZED',
    'CONFIG_INVALID',
    'KEY_FILE_INVALID',
    'STORE_TOO_NEW',
    'IMPORT_INVALID',
    'FILE_NOT_FOUND',
    'SEALING_UNSUPPORTED',
    'USAGE_ERROR',
    'CANCELLED',
  ],
};
function validate_ErrorCode(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ErrorCode.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ErrorCode.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !(
      data === 'INVALID_JSON' ||
      data === 'INVALID_FORMAT' ||
      data === 'PAYLOAD_TOO_LARGE' ||
      data === 'UNSUPPORTED_MEDIA_TYPE' ||
      data === 'UNSUPPORTED_PROTOCOL_VERSION' ||
      data === 'PROTOCOL_DOWNGRADE' ||
      data === 'SEALED_CONTENT_INVALID' ||
      data === 'AGENT_ID_MISMATCH' ||
      data === 'WRONG_RECIPIENT' ||
      data === 'SWARM_NOT_FOUND' ||
      data === 'NOT_MEMBER' ||
      data === 'ENDPOINT_MISMATCH' ||
      data === 'INVALID_SIGNATURE' ||
      data === 'TIMESTAMP_OUT_OF_WINDOW' ||
      data === 'MESSAGE_EXPIRED' ||
      data === 'MESSAGE_ID_CONFLICT' ||
      data === 'NOT_AUTHORIZED' ||
      data === 'INVALID_TOKEN' ||
      data === 'UNSUPPORTED_ALGORITHM' ||
      data === 'TOKEN_EXPIRED' ||
      data === 'TOKEN_SWARM_MISMATCH' ||
      data === 'TOKEN_ENDPOINT_MISMATCH' ||
      data === 'TOKEN_EXHAUSTED' ||
      data === 'TOKEN_REVOKED' ||
      data === 'INVALID_PUBLIC_KEY' ||
      data === 'AGENT_ID_TAKEN' ||
      data === 'NOT_MASTER' ||
      data === 'INVITES_DISABLED' ||
      data === 'JOIN_DENIED' ||
      data === 'RATE_LIMITED' ||
      data === 'UNAUTHENTICATED' ||
      data === 'ROUTE_NOT_FOUND' ||
      data === 'METHOD_NOT_ALLOWED' ||
      data === 'MALFORMED_REQUEST' ||
      data === 'HEADERS_TOO_LARGE' ||
      data === 'REQUEST_TIMEOUT' ||
      data === 'MESSAGE_NOT_FOUND' ||
      data === 'INVALID_STATE_TRANSITION' ||
      data === 'WAKE_UNAVAILABLE' ||
      data === 'SERVICE_UNAVAILABLE' ||
      data === 'INTERNAL_ERROR' ||
      data === 'PEER_UNREACHABLE' ||
      data === 'PEER_TIMEOUT' ||
      data === 'TLS_ERROR' ||
      data === 'INVALID_RESPONSE' ||
      data === 'MEMBER_NOT_FOUND' ||
      data === 'MASTER_CANNOT_LEAVE' ||
      data === 'NOT_INITIALIZED' ||
      data === 'ALREADY_INITIALIZED' ||
      data === 'CONFIG_INVALID' ||
      data === 'KEY_FILE_INVALID' ||
      data === 'STORE_TOO_NEW' ||
      data === 'IMPORT_INVALID' ||
      data === 'FILE_NOT_FOUND' ||
      data === 'SEALING_UNSUPPORTED' ||
      data === 'USAGE_ERROR' ||
      data === 'CANCELLED'
    )
  ) {
    validate_ErrorCode.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_ErrorCode.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_ErrorCode.errors = vErrors;
  return errors === 0;
}
validate_ErrorCode.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_ErrorBody(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ErrorBody.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ErrorBody.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate_ErrorBody.errors = [
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
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.code === undefined && (missing1 = 'code')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.details === undefined && (missing1 = 'details'))
              ) {
                validate_ErrorBody.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/properties/error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  const _errs3 = errors;
                  if (
                    !validate_ErrorCode(data0.code, {
                      instancePath: instancePath + '/error/code',
                      parentData: data0,
                      parentDataProperty: 'code',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate_ErrorCode.errors : vErrors.concat(validate_ErrorCode.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.message !== undefined) {
                    const _errs4 = errors;
                    if (typeof data0.message !== 'string') {
                      validate_ErrorBody.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/properties/error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs4 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.details !== undefined) {
                      let data3 = data0.details;
                      const _errs6 = errors;
                      const _errs7 = errors;
                      let valid2 = false;
                      let passing0 = null;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                        } else {
                          const err0 = {
                            instancePath: instancePath + '/error/details',
                            schemaPath: '#/properties/error/properties/details/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs8 === errors;
                      if (_valid0) {
                        valid2 = true;
                        passing0 = 0;
                      }
                      const _errs11 = errors;
                      if (data3 !== null) {
                        const err1 = {
                          instancePath: instancePath + '/error/details',
                          schemaPath: '#/properties/error/properties/details/oneOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var _valid0 = _errs11 === errors;
                      if (_valid0 && valid2) {
                        valid2 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid2 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid2) {
                        const err2 = {
                          instancePath: instancePath + '/error/details',
                          schemaPath: '#/properties/error/properties/details/oneOf',
                          keyword: 'oneOf',
                          params: { passingSchemas: passing0 },
                          message: 'must match exactly one schema in oneOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                        validate_ErrorBody.errors = vErrors;
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
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate_ErrorBody.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/properties/error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate_ErrorBody.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ErrorBody.errors = vErrors;
  return errors === 0;
}
validate_ErrorBody.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };
export const validateErrorBody = validate_ErrorBody as unknown as ValidateFunction<ErrorBody>;
