/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { ConformanceTally } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_ConformanceTally = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/ConformanceTally.json',
  type: 'object',
  additionalProperties: false,
  required: ['passed', 'failed', 'skipped'],
  properties: {
    passed: { type: 'integer', minimum: 0 },
    failed: { type: 'integer', minimum: 0 },
    skipped: { type: 'integer', minimum: 0 },
  },
};
function validate_ConformanceTally(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/ConformanceTally.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_ConformanceTally.evaluated;
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
        (data.passed === undefined && (missing0 = 'passed')) ||
        (data.failed === undefined && (missing0 = 'failed')) ||
        (data.skipped === undefined && (missing0 = 'skipped'))
      ) {
        validate_ConformanceTally.errors = [
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
          if (!(key0 === 'passed' || key0 === 'failed' || key0 === 'skipped')) {
            validate_ConformanceTally.errors = [
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
          if (data.passed !== undefined) {
            let data0 = data.passed;
            const _errs2 = errors;
            if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
              validate_ConformanceTally.errors = [
                {
                  instancePath: instancePath + '/passed',
                  schemaPath: '#/properties/passed/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            if (errors === _errs2) {
              if (typeof data0 == 'number' && isFinite(data0)) {
                if (data0 < 0 || isNaN(data0)) {
                  validate_ConformanceTally.errors = [
                    {
                      instancePath: instancePath + '/passed',
                      schemaPath: '#/properties/passed/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                    },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.failed !== undefined) {
              let data1 = data.failed;
              const _errs4 = errors;
              if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
                validate_ConformanceTally.errors = [
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
              if (errors === _errs4) {
                if (typeof data1 == 'number' && isFinite(data1)) {
                  if (data1 < 0 || isNaN(data1)) {
                    validate_ConformanceTally.errors = [
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
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.skipped !== undefined) {
                let data2 = data.skipped;
                const _errs6 = errors;
                if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                  validate_ConformanceTally.errors = [
                    {
                      instancePath: instancePath + '/skipped',
                      schemaPath: '#/properties/skipped/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                if (errors === _errs6) {
                  if (typeof data2 == 'number' && isFinite(data2)) {
                    if (data2 < 0 || isNaN(data2)) {
                      validate_ConformanceTally.errors = [
                        {
                          instancePath: instancePath + '/skipped',
                          schemaPath: '#/properties/skipped/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 0 },
                          message: 'must be >= 0',
                        },
                      ];
                      return false;
                    }
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
      validate_ConformanceTally.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_ConformanceTally.errors = vErrors;
  return errors === 0;
}
validate_ConformanceTally.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateConformanceTally = validate_ConformanceTally as unknown as ValidateFunction<ConformanceTally>;
