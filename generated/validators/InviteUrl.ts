/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { InviteUrl } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_InviteUrl = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json',
  type: 'string',
  maxLength: 8192,
  pattern: '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_InviteUrl = new RegExp(
  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
  'u',
);
function validate_InviteUrl(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/InviteUrl.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_InviteUrl.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 8192) {
        validate_InviteUrl.errors = [
          {
            instancePath,
            schemaPath: '#/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
            message: 'must NOT have more than 8192 characters',
          },
        ];
        return false;
      } else {
        if (!pattern_InviteUrl.test(data)) {
          validate_InviteUrl.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$',
              },
              message:
                'must match pattern "' +
                '^swarm://[^@/?#]+@[^?#]+\\?(.*&)?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(&.*)?$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_InviteUrl.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_InviteUrl.errors = vErrors;
  return errors === 0;
}
validate_InviteUrl.evaluated = { dynamicProps: false, dynamicItems: false };
export const validateInviteUrl = validate_InviteUrl as unknown as ValidateFunction<InviteUrl>;
