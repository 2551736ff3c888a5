/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { SwarmSettings } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_SwarmSettings = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SwarmSettings.json',
  type: 'object',
  required: ['allow_member_invite', 'require_approval'],
  properties: {
    allow_member_invite: { type: 'boolean', default: false },
    require_approval: { type: 'boolean', default: false },
  },
};
function validate_SwarmSettings(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SwarmSettings.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SwarmSettings.evaluated;
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
        (data.allow_member_invite === undefined && (missing0 = 'allow_member_invite')) ||
        (data.require_approval === undefined && (missing0 = 'require_approval'))
      ) {
        validate_SwarmSettings.errors = [
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
        if (data.allow_member_invite !== undefined) {
          const _errs1 = errors;
          if (typeof data.allow_member_invite !== 'boolean') {
            validate_SwarmSettings.errors = [
              {
                instancePath: instancePath + '/allow_member_invite',
                schemaPath: '#/properties/allow_member_invite/type',
                keyword: 'type',
                params: { type: 'boolean' },
                message: 'must be boolean',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.require_approval !== undefined) {
            const _errs3 = errors;
            if (typeof data.require_approval !== 'boolean') {
              validate_SwarmSettings.errors = [
                {
                  instancePath: instancePath + '/require_approval',
                  schemaPath: '#/properties/require_approval/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate_SwarmSettings.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_SwarmSettings.errors = vErrors;
  return errors === 0;
}
validate_SwarmSettings.evaluated = {
  props: { allow_member_invite: true, require_approval: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateSwarmSettings = validate_SwarmSettings as unknown as ValidateFunction<SwarmSettings>;
