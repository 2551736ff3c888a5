/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { WakeResult } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_WakeResult = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/WakeResult.json',
  type: 'object',
  required: ['status', 'detail'],
  properties: {
    status: { type: 'string', enum: ['invoked', 'already_active', 'skipped'] },
    detail: { oneOf: [{ type: 'string' }, { type: 'null' }] },
  },
};
function validate_WakeResult(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/WakeResult.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_WakeResult.evaluated;
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
        (data.status === undefined && (missing0 = 'status')) ||
        (data.detail === undefined && (missing0 = 'detail'))
      ) {
        validate_WakeResult.errors = [
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
        if (data.status !== undefined) {
          let data0 = data.status;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate_WakeResult.errors = [
              {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === 'invoked' || data0 === 'already_active' || data0 === 'skipped')) {
            validate_WakeResult.errors = [
              {
                instancePath: instancePath + '/status',
                schemaPath: '#/properties/status/enum',
                keyword: 'enum',
                params: { allowedValues: schema_WakeResult.properties.status.enum },
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
          if (data.detail !== undefined) {
            let data1 = data.detail;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs5 = errors;
            if (typeof data1 !== 'string') {
              const err0 = {
                instancePath: instancePath + '/detail',
                schemaPath: '#/properties/detail/oneOf/0/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs5 === errors;
            if (_valid0) {
              valid1 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (data1 !== null) {
              const err1 = {
                instancePath: instancePath + '/detail',
                schemaPath: '#/properties/detail/oneOf/1/type',
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
            var _valid0 = _errs7 === errors;
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
              const err2 = {
                instancePath: instancePath + '/detail',
                schemaPath: '#/properties/detail/oneOf',
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
              validate_WakeResult.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate_WakeResult.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_WakeResult.errors = vErrors;
  return errors === 0;
}
validate_WakeResult.evaluated = { props: { status: true, detail: true }, dynamicProps: false, dynamicItems: false };
export const validateWakeResult = validate_WakeResult as unknown as ValidateFunction<WakeResult>;
