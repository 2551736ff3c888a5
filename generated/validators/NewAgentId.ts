/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { NewAgentId } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_NewAgentId = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/NewAgentId.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
  pattern: '^[A-Za-z0-9_.-]+$',
  not: { const: 'broadcast' },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_NewAgentId = new RegExp('^[A-Za-z0-9_.-]+$', 'u');
function validate_NewAgentId(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/NewAgentId.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_NewAgentId.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if ('broadcast' !== data) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    validate_NewAgentId.errors = [
      { instancePath, schemaPath: '#/not', keyword: 'not', params: {}, message: 'must NOT be valid' },
    ];
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 256) {
        validate_NewAgentId.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          },
        ];
        return false;
      } else {
        if (func_ucs2length(data) < 1) {
          validate_NewAgentId.errors = [
            {
              instancePath,
              schemaPath: '#/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 characters',
            },
          ];
          return false;
        } else {
          if (!pattern_NewAgentId.test(data)) {
            validate_NewAgentId.errors = [
              {
                instancePath,
                schemaPath: '#/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9_.-]+$' },
                message: 'must match pattern "' + '^[A-Za-z0-9_.-]+$' + '"',
              },
            ];
            return false;
          }
        }
      }
    } else {
      validate_NewAgentId.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_NewAgentId.errors = vErrors;
  return errors === 0;
}
validate_NewAgentId.evaluated = { dynamicProps: false, dynamicItems: false };
export const validateNewAgentId = validate_NewAgentId as unknown as ValidateFunction<NewAgentId>;
