/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InboxBatchResult } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InboxBatchResult = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InboxBatchResult.json',
  type: 'object',
  required: ['action', 'updated', 'total'],
  properties: {
    action: { type: 'string', enum: ['read', 'archive', 'delete'] },
    updated: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
  },
};
function validate_InboxBatchResult(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InboxBatchResult.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InboxBatchResult.evaluated;
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
        (data.action === undefined && (missing0 = 'action')) ||
        (data.updated === undefined && (missing0 = 'updated')) ||
        (data.total === undefined && (missing0 = 'total'))
      ) {
        validate_InboxBatchResult.errors = [
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
        if (data.action !== undefined) {
          let data0 = data.action;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate_InboxBatchResult.errors = [
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
          if (!(data0 === 'read' || data0 === 'archive' || data0 === 'delete')) {
            validate_InboxBatchResult.errors = [
              {
                instancePath: instancePath + '/action',
                schemaPath: '#/properties/action/enum',
                keyword: 'enum',
                params: { allowedValues: schema_InboxBatchResult.properties.action.enum },
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
          if (data.updated !== undefined) {
            let data1 = data.updated;
            const _errs3 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate_InboxBatchResult.errors = [
                {
                  instancePath: instancePath + '/updated',
                  schemaPath: '#/properties/updated/type',
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
                  validate_InboxBatchResult.errors = [
                    {
                      instancePath: instancePath + '/updated',
                      schemaPath: '#/properties/updated/minimum',
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
            if (data.total !== undefined) {
              let data2 = data.total;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_InboxBatchResult.errors = [
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
              if (errors === _errs5) {
                if (typeof data2 == 'number' && isFinite(data2)) {
                  if (data2 < 0 || isNaN(data2)) {
                    validate_InboxBatchResult.errors = [
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
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_InboxBatchResult.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_InboxBatchResult.errors = vErrors;
  return errors === 0;
}
validate_InboxBatchResult.evaluated = {
  props: { action: true, updated: true, total: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateInboxBatchResult = validate_InboxBatchResult as unknown as ValidateFunction<InboxBatchResult>;
