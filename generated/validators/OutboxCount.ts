/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { OutboxCount } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_OutboxCount = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/OutboxCount.json',
  type: 'object',
  required: ['queued', 'sending', 'delivered', 'failed', 'total'],
  properties: {
    queued: { type: 'integer', minimum: 0 },
    sending: { type: 'integer', minimum: 0 },
    delivered: { type: 'integer', minimum: 0 },
    failed: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
  },
};
function validate_OutboxCount(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/OutboxCount.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_OutboxCount.evaluated;
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
        (data.queued === undefined && (missing0 = 'queued')) ||
        (data.sending === undefined && (missing0 = 'sending')) ||
        (data.delivered === undefined && (missing0 = 'delivered')) ||
        (data.failed === undefined && (missing0 = 'failed')) ||
        (data.total === undefined && (missing0 = 'total'))
      ) {
        validate_OutboxCount.errors = [
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
        if (data.queued !== undefined) {
          let data0 = data.queued;
          const _errs1 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate_OutboxCount.errors = [
              {
                instancePath: instancePath + '/queued',
                schemaPath: '#/properties/queued/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == 'number' && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate_OutboxCount.errors = [
                  {
                    instancePath: instancePath + '/queued',
                    schemaPath: '#/properties/queued/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  },
                ];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.sending !== undefined) {
            let data1 = data.sending;
            const _errs3 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate_OutboxCount.errors = [
                {
                  instancePath: instancePath + '/sending',
                  schemaPath: '#/properties/sending/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate_OutboxCount.errors = [
                    {
                      instancePath: instancePath + '/sending',
                      schemaPath: '#/properties/sending/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                    },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.delivered !== undefined) {
              let data2 = data.delivered;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_OutboxCount.errors = [
                  {
                    instancePath: instancePath + '/delivered',
                    schemaPath: '#/properties/delivered/type',
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
                    validate_OutboxCount.errors = [
                      {
                        instancePath: instancePath + '/delivered',
                        schemaPath: '#/properties/delivered/minimum',
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
              if (data.failed !== undefined) {
                let data3 = data.failed;
                const _errs7 = errors;
                if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                  validate_OutboxCount.errors = [
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
                if (errors === _errs7) {
                  if (typeof data3 == 'number' && isFinite(data3)) {
                    if (data3 < 0 || isNaN(data3)) {
                      validate_OutboxCount.errors = [
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
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.total !== undefined) {
                  let data4 = data.total;
                  const _errs9 = errors;
                  if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                    validate_OutboxCount.errors = [
                      {
                        instancePath: instancePath + '/total',
                        schemaPath: '#/properties/total/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == 'number' && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        validate_OutboxCount.errors = [
                          {
                            instancePath: instancePath + '/total',
                            schemaPath: '#/properties/total/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          },
                        ];
                        return false;
                      }
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
      validate_OutboxCount.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_OutboxCount.errors = vErrors;
  return errors === 0;
}
validate_OutboxCount.evaluated = {
  props: { queued: true, sending: true, delivered: true, failed: true, total: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateOutboxCount = validate_OutboxCount as unknown as ValidateFunction<OutboxCount>;
