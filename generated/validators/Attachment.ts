/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Attachment } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_Attachment = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Attachment.json',
  type: 'object',
  required: ['type', 'mime_type', 'content'],
  properties: {
    type: { type: 'string', enum: ['url', 'inline'] },
    mime_type: { type: 'string', minLength: 1, maxLength: 255 },
    content: { type: 'string' },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
function validate_Attachment(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Attachment.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Attachment.evaluated;
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
        (data.type === undefined && (missing0 = 'type')) ||
        (data.mime_type === undefined && (missing0 = 'mime_type')) ||
        (data.content === undefined && (missing0 = 'content'))
      ) {
        validate_Attachment.errors = [
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
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate_Attachment.errors = [
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
          if (!(data0 === 'url' || data0 === 'inline')) {
            validate_Attachment.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema_Attachment.properties.type.enum },
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
          if (data.mime_type !== undefined) {
            let data1 = data.mime_type;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (func_ucs2length(data1) > 255) {
                  validate_Attachment.errors = [
                    {
                      instancePath: instancePath + '/mime_type',
                      schemaPath: '#/properties/mime_type/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 255 },
                      message: 'must NOT have more than 255 characters',
                    },
                  ];
                  return false;
                } else {
                  if (func_ucs2length(data1) < 1) {
                    validate_Attachment.errors = [
                      {
                        instancePath: instancePath + '/mime_type',
                        schemaPath: '#/properties/mime_type/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                }
              } else {
                validate_Attachment.errors = [
                  {
                    instancePath: instancePath + '/mime_type',
                    schemaPath: '#/properties/mime_type/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.content !== undefined) {
              const _errs5 = errors;
              if (typeof data.content !== 'string') {
                validate_Attachment.errors = [
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
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate_Attachment.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Attachment.errors = vErrors;
  return errors === 0;
}
validate_Attachment.evaluated = {
  props: { type: true, mime_type: true, content: true },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateAttachment = validate_Attachment as unknown as ValidateFunction<Attachment>;
