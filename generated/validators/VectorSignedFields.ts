/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { VectorSignedFields } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_VectorSignedFields = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/VectorSignedFields.json',
  type: 'object',
  additionalProperties: false,
  required: ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'],
  properties: {
    message_id: { type: 'string' },
    timestamp: { type: 'string' },
    swarm_id: { type: 'string' },
    recipient: { type: 'string' },
    type: { type: 'string' },
    content: { type: 'string' },
  },
};
function validate_VectorSignedFields(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/VectorSignedFields.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_VectorSignedFields.evaluated;
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
        (data.timestamp === undefined && (missing0 = 'timestamp')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.recipient === undefined && (missing0 = 'recipient')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.content === undefined && (missing0 = 'content'))
      ) {
        validate_VectorSignedFields.errors = [
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
              key0 === 'message_id' ||
              key0 === 'timestamp' ||
              key0 === 'swarm_id' ||
              key0 === 'recipient' ||
              key0 === 'type' ||
              key0 === 'content'
            )
          ) {
            validate_VectorSignedFields.errors = [
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
          if (data.message_id !== undefined) {
            const _errs2 = errors;
            if (typeof data.message_id !== 'string') {
              validate_VectorSignedFields.errors = [
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
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (typeof data.timestamp !== 'string') {
                validate_VectorSignedFields.errors = [
                  {
                    instancePath: instancePath + '/timestamp',
                    schemaPath: '#/properties/timestamp/type',
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
              if (data.swarm_id !== undefined) {
                const _errs6 = errors;
                if (typeof data.swarm_id !== 'string') {
                  validate_VectorSignedFields.errors = [
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
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recipient !== undefined) {
                  const _errs8 = errors;
                  if (typeof data.recipient !== 'string') {
                    validate_VectorSignedFields.errors = [
                      {
                        instancePath: instancePath + '/recipient',
                        schemaPath: '#/properties/recipient/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.type !== undefined) {
                    const _errs10 = errors;
                    if (typeof data.type !== 'string') {
                      validate_VectorSignedFields.errors = [
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
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.content !== undefined) {
                      const _errs12 = errors;
                      if (typeof data.content !== 'string') {
                        validate_VectorSignedFields.errors = [
                          {
                            instancePath: instancePath + '/content',
                            schemaPath: '#/properties/content/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
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
      validate_VectorSignedFields.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_VectorSignedFields.errors = vErrors;
  return errors === 0;
}
validate_VectorSignedFields.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateVectorSignedFields =
  validate_VectorSignedFields as unknown as ValidateFunction<VectorSignedFields>;
