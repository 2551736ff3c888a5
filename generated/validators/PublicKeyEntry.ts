/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { PublicKeyEntry } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_PublicKeyEntry = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/PublicKeyEntry.json',
  type: 'object',
  required: ['public_key', 'fetched_at'],
  properties: {
    public_key: { $ref: 'PublicKey.json' },
    fetched_at: { $ref: 'DateTime.json' },
    endpoint: { $ref: 'Endpoint.json' },
  },
};
const schema_PublicKey = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/PublicKey.json',
  type: 'string',
  pattern: '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$',
};
const pattern_PublicKey = new RegExp('^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$', 'u');
function validate_PublicKey(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/PublicKey.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_PublicKey.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern_PublicKey.test(data)) {
        validate_PublicKey.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$' },
            message: 'must match pattern "' + '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$' + '"',
          },
        ];
        return false;
      }
    } else {
      validate_PublicKey.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_PublicKey.errors = vErrors;
  return errors === 0;
}
validate_PublicKey.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_DateTime = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/DateTime.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_DateTime = new RegExp(
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
  'u',
);
function validate_DateTime(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/DateTime.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_DateTime.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 40) {
        validate_DateTime.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_DateTime.test(data)) {
          validate_DateTime.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
              },
              message:
                'must match pattern "' +
                '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_DateTime.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_DateTime.errors = vErrors;
  return errors === 0;
}
validate_DateTime.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_Endpoint = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Endpoint.json',
  type: 'string',
  pattern: '^https://[^\\s]+$',
  maxLength: 2048,
};
const pattern_Endpoint = new RegExp('^https://[^\\s]+$', 'u');
function validate_Endpoint(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Endpoint.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Endpoint.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 2048) {
        validate_Endpoint.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 2048 },
            message: 'must NOT have more than 2048 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_Endpoint.test(data)) {
          validate_Endpoint.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: { pattern: '^https://[^\\s]+$' },
              message: 'must match pattern "' + '^https://[^\\s]+$' + '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_Endpoint.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Endpoint.errors = vErrors;
  return errors === 0;
}
validate_Endpoint.evaluated = { dynamicProps: false, dynamicItems: false };
function validate_PublicKeyEntry(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/PublicKeyEntry.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_PublicKeyEntry.evaluated;
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
        (data.public_key === undefined && (missing0 = 'public_key')) ||
        (data.fetched_at === undefined && (missing0 = 'fetched_at'))
      ) {
        validate_PublicKeyEntry.errors = [
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
        if (data.public_key !== undefined) {
          const _errs1 = errors;
          if (
            !validate_PublicKey(data.public_key, {
              instancePath: instancePath + '/public_key',
              parentData: data,
              parentDataProperty: 'public_key',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_PublicKey.errors : vErrors.concat(validate_PublicKey.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.fetched_at !== undefined) {
            const _errs2 = errors;
            if (
              !validate_DateTime(data.fetched_at, {
                instancePath: instancePath + '/fetched_at',
                parentData: data,
                parentDataProperty: 'fetched_at',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_DateTime.errors : vErrors.concat(validate_DateTime.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.endpoint !== undefined) {
              const _errs3 = errors;
              if (
                !validate_Endpoint(data.endpoint, {
                  instancePath: instancePath + '/endpoint',
                  parentData: data,
                  parentDataProperty: 'endpoint',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_Endpoint.errors : vErrors.concat(validate_Endpoint.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_PublicKeyEntry.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_PublicKeyEntry.errors = vErrors;
  return errors === 0;
}
validate_PublicKeyEntry.evaluated = {
  props: { public_key: true, fetched_at: true, endpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validatePublicKeyEntry = validate_PublicKeyEntry as unknown as ValidateFunction<PublicKeyEntry>;
