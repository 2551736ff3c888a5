/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InboxCount } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InboxCount = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InboxCount.json',
  type: 'object',
  required: ['unread', 'read', 'archived', 'deleted', 'total'],
  properties: {
    unread: { type: 'integer', minimum: 0 },
    read: { type: 'integer', minimum: 0 },
    archived: { type: 'integer', minimum: 0 },
    deleted: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
  },
};
function validate_InboxCount(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InboxCount.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InboxCount.evaluated;
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
        (data.unread === undefined && (missing0 = 'unread')) ||
        (data.read === undefined && (missing0 = 'read')) ||
        (data.archived === undefined && (missing0 = 'archived')) ||
        (data.deleted === undefined && (missing0 = 'deleted')) ||
        (data.total === undefined && (missing0 = 'total'))
      ) {
        validate_InboxCount.errors = [
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
        if (data.unread !== undefined) {
          let data0 = data.unread;
          const _errs1 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate_InboxCount.errors = [
              {
                instancePath: instancePath + '/unread',
                schemaPath: '#/properties/unread/type',
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
                validate_InboxCount.errors = [
                  {
                    instancePath: instancePath + '/unread',
                    schemaPath: '#/properties/unread/minimum',
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
          if (data.read !== undefined) {
            let data1 = data.read;
            const _errs3 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate_InboxCount.errors = [
                {
                  instancePath: instancePath + '/read',
                  schemaPath: '#/properties/read/type',
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
                  validate_InboxCount.errors = [
                    {
                      instancePath: instancePath + '/read',
                      schemaPath: '#/properties/read/minimum',
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
            if (data.archived !== undefined) {
              let data2 = data.archived;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_InboxCount.errors = [
                  {
                    instancePath: instancePath + '/archived',
                    schemaPath: '#/properties/archived/type',
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
                    validate_InboxCount.errors = [
                      {
                        instancePath: instancePath + '/archived',
                        schemaPath: '#/properties/archived/minimum',
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
              if (data.deleted !== undefined) {
                let data3 = data.deleted;
                const _errs7 = errors;
                if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                  validate_InboxCount.errors = [
                    {
                      instancePath: instancePath + '/deleted',
                      schemaPath: '#/properties/deleted/type',
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
                      validate_InboxCount.errors = [
                        {
                          instancePath: instancePath + '/deleted',
                          schemaPath: '#/properties/deleted/minimum',
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
                    validate_InboxCount.errors = [
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
                        validate_InboxCount.errors = [
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
      validate_InboxCount.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_InboxCount.errors = vErrors;
  return errors === 0;
}
validate_InboxCount.evaluated = {
  props: { unread: true, read: true, archived: true, deleted: true, total: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateInboxCount = validate_InboxCount as unknown as ValidateFunction<InboxCount>;
