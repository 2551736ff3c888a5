/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Message } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
const schema_Message = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Message.json',
  type: 'object',
  required: [
    'protocol_version',
    'message_id',
    'timestamp',
    'sender',
    'recipient',
    'swarm_id',
    'type',
    'content',
    'signature',
  ],
  properties: {
    protocol_version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', maxLength: 32 },
    message_id: { $ref: 'Uuid.json' },
    timestamp: { $ref: 'Timestamp.json' },
    sender: { $ref: 'Sender.json' },
    recipient: { type: 'string', minLength: 1, maxLength: 256 },
    swarm_id: { $ref: 'Uuid.json' },
    type: { $ref: 'MessageType.json' },
    content: { type: 'string' },
    signature: { type: 'string', pattern: '^[A-Za-z0-9+/]{86}==$' },
    in_reply_to: { oneOf: [{ $ref: 'Uuid.json' }, { type: 'null' }] },
    thread_id: { oneOf: [{ $ref: 'Uuid.json' }, { type: 'null' }] },
    priority: { $ref: 'Priority.json' },
    expires_at: { oneOf: [{ $ref: 'Timestamp.json' }, { type: 'null' }] },
    attachments: { oneOf: [{ type: 'array', maxItems: 64, items: { $ref: 'Attachment.json' } }, { type: 'null' }] },
    references: { oneOf: [{ type: 'array', maxItems: 64, items: { $ref: 'Reference.json' } }, { type: 'null' }] },
    metadata: { oneOf: [{ type: 'object', maxProperties: 64, additionalProperties: true }, { type: 'null' }] },
    sealed: { oneOf: [{ $ref: 'SealedContent.json' }, { type: 'null' }] },
  },
};
const func_ucs2length = require('ajv/dist/runtime/ucs2length').default;
const pattern_Message = new RegExp('^[0-9]+\\.[0-9]+\\.[0-9]+$', 'u');
const pattern_Message_2 = new RegExp('^[A-Za-z0-9+/]{86}==$', 'u');
const schema_Uuid = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Uuid.json',
  type: 'string',
  pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$',
};
const pattern_Uuid = new RegExp('^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$', 'u');
function validate_Uuid(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Uuid.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Uuid.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (!pattern_Uuid.test(data)) {
        validate_Uuid.errors = [
          {
            instancePath,
            schemaPath: '#/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' },
            message:
              'must match pattern "' +
              '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' +
              '"',
          },
        ];
        return false;
      }
    } else {
      validate_Uuid.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Uuid.errors = vErrors;
  return errors === 0;
}
validate_Uuid.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_Timestamp = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Timestamp.json',
  type: 'string',
  maxLength: 40,
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
};
const pattern_Timestamp = new RegExp(
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
  'u',
);
function validate_Timestamp(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Timestamp.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Timestamp.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 40) {
        validate_Timestamp.errors = [
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
        if (!pattern_Timestamp.test(data)) {
          validate_Timestamp.errors = [
            {
              instancePath,
              schemaPath: '#/pattern',
              keyword: 'pattern',
              params: {
                pattern:
                  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
              },
              message:
                'must match pattern "' +
                '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                '"',
            },
          ];
          return false;
        }
      }
    } else {
      validate_Timestamp.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_Timestamp.errors = vErrors;
  return errors === 0;
}
validate_Timestamp.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_Sender = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Sender.json',
  type: 'object',
  required: ['agent_id', 'endpoint'],
  properties: { agent_id: { $ref: 'AgentId.json' }, endpoint: { $ref: 'Endpoint.json' } },
};
const schema_AgentId = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/AgentId.json',
  type: 'string',
  minLength: 1,
  maxLength: 256,
};
function validate_AgentId(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/AgentId.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_AgentId.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (typeof data === 'string') {
      if (func_ucs2length(data) > 256) {
        validate_AgentId.errors = [
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
          validate_AgentId.errors = [
            {
              instancePath,
              schemaPath: '#/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 characters',
            },
          ];
          return false;
        }
      }
    } else {
      validate_AgentId.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      return false;
    }
  }
  validate_AgentId.errors = vErrors;
  return errors === 0;
}
validate_AgentId.evaluated = { dynamicProps: false, dynamicItems: false };
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
function validate_Sender(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Sender.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Sender.evaluated;
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
        (data.agent_id === undefined && (missing0 = 'agent_id')) ||
        (data.endpoint === undefined && (missing0 = 'endpoint'))
      ) {
        validate_Sender.errors = [
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
        if (data.agent_id !== undefined) {
          const _errs1 = errors;
          if (
            !validate_AgentId(data.agent_id, {
              instancePath: instancePath + '/agent_id',
              parentData: data,
              parentDataProperty: 'agent_id',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate_AgentId.errors : vErrors.concat(validate_AgentId.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.endpoint !== undefined) {
            const _errs2 = errors;
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
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate_Sender.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Sender.errors = vErrors;
  return errors === 0;
}
validate_Sender.evaluated = { props: { agent_id: true, endpoint: true }, dynamicProps: false, dynamicItems: false };
const schema_MessageType = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/MessageType.json',
  type: 'string',
  enum: ['message', 'system', 'notification'],
};
function validate_MessageType(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/MessageType.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_MessageType.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_MessageType.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'message' || data === 'system' || data === 'notification')) {
    validate_MessageType.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_MessageType.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_MessageType.errors = vErrors;
  return errors === 0;
}
validate_MessageType.evaluated = { dynamicProps: false, dynamicItems: false };
const schema_Priority = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Priority.json',
  type: 'string',
  enum: ['low', 'normal', 'high'],
};
function validate_Priority(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Priority.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Priority.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'string') {
    validate_Priority.errors = [
      { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];
    return false;
  }
  if (!(data === 'low' || data === 'normal' || data === 'high')) {
    validate_Priority.errors = [
      {
        instancePath,
        schemaPath: '#/enum',
        keyword: 'enum',
        params: { allowedValues: schema_Priority.enum },
        message: 'must be equal to one of the allowed values',
      },
    ];
    return false;
  }
  validate_Priority.errors = vErrors;
  return errors === 0;
}
validate_Priority.evaluated = { dynamicProps: false, dynamicItems: false };
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
const schema_Reference = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/Reference.json',
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['github_repo', 'github_issue', 'github_pr', 'github_commit', 'url'] },
    repo: { type: 'string', pattern: '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' },
    number: { type: 'integer', minimum: 0 },
    sha: { type: 'string', minLength: 1, maxLength: 64 },
    url: { type: 'string', minLength: 1, maxLength: 2048 },
    action: {
      type: 'string',
      enum: ['claimed', 'completed', 'blocked', 'unblocked', 'assigned', 'mention', 'review_requested'],
    },
  },
};
const pattern_Reference = new RegExp('^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$', 'u');
function validate_Reference(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Reference.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Reference.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.type === undefined && (missing0 = 'type')) {
        validate_Reference.errors = [
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
            validate_Reference.errors = [
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
          if (
            !(
              data0 === 'github_repo' ||
              data0 === 'github_issue' ||
              data0 === 'github_pr' ||
              data0 === 'github_commit' ||
              data0 === 'url'
            )
          ) {
            validate_Reference.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema_Reference.properties.type.enum },
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
          if (data.repo !== undefined) {
            let data1 = data.repo;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (!pattern_Reference.test(data1)) {
                  validate_Reference.errors = [
                    {
                      instancePath: instancePath + '/repo',
                      schemaPath: '#/properties/repo/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' },
                      message: 'must match pattern "' + '^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate_Reference.errors = [
                  {
                    instancePath: instancePath + '/repo',
                    schemaPath: '#/properties/repo/type',
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
            if (data.number !== undefined) {
              let data2 = data.number;
              const _errs5 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate_Reference.errors = [
                  {
                    instancePath: instancePath + '/number',
                    schemaPath: '#/properties/number/type',
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
                    validate_Reference.errors = [
                      {
                        instancePath: instancePath + '/number',
                        schemaPath: '#/properties/number/minimum',
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
              if (data.sha !== undefined) {
                let data3 = data.sha;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === 'string') {
                    if (func_ucs2length(data3) > 64) {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/sha',
                          schemaPath: '#/properties/sha/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 64 },
                          message: 'must NOT have more than 64 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (func_ucs2length(data3) < 1) {
                        validate_Reference.errors = [
                          {
                            instancePath: instancePath + '/sha',
                            schemaPath: '#/properties/sha/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate_Reference.errors = [
                      {
                        instancePath: instancePath + '/sha',
                        schemaPath: '#/properties/sha/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.url !== undefined) {
                  let data4 = data.url;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) > 2048) {
                        validate_Reference.errors = [
                          {
                            instancePath: instancePath + '/url',
                            schemaPath: '#/properties/url/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 2048 },
                            message: 'must NOT have more than 2048 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (func_ucs2length(data4) < 1) {
                          validate_Reference.errors = [
                            {
                              instancePath: instancePath + '/url',
                              schemaPath: '#/properties/url/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/url',
                          schemaPath: '#/properties/url/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.action !== undefined) {
                    let data5 = data.action;
                    const _errs11 = errors;
                    if (typeof data5 !== 'string') {
                      validate_Reference.errors = [
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
                    if (
                      !(
                        data5 === 'claimed' ||
                        data5 === 'completed' ||
                        data5 === 'blocked' ||
                        data5 === 'unblocked' ||
                        data5 === 'assigned' ||
                        data5 === 'mention' ||
                        data5 === 'review_requested'
                      )
                    ) {
                      validate_Reference.errors = [
                        {
                          instancePath: instancePath + '/action',
                          schemaPath: '#/properties/action/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema_Reference.properties.action.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate_Reference.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Reference.errors = vErrors;
  return errors === 0;
}
validate_Reference.evaluated = {
  props: { type: true, repo: true, number: true, sha: true, url: true, action: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema_SealedContent = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-swarm-protocol.dev/spec/schemas/SealedContent.json',
  type: 'object',
  required: ['alg', 'nonce', 'ciphertext', 'keys'],
  properties: {
    alg: { const: 'x25519-xchacha20poly1305' },
    nonce: { type: 'string', pattern: '^[A-Za-z0-9+/]{32}$' },
    ciphertext: {
      type: 'string',
      minLength: 24,
      maxLength: 1400000,
      pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
    },
    keys: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['agent_id', 'wrapped'],
        properties: {
          agent_id: { $ref: 'AgentId.json' },
          wrapped: { type: 'string', pattern: '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' },
        },
      },
    },
  },
};
const pattern_SealedContent = new RegExp('^[A-Za-z0-9+/]{32}$', 'u');
const pattern_SealedContent_2 = new RegExp('^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$', 'u');
const pattern_SealedContent_3 = new RegExp('^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$', 'u');
function validate_SealedContent(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SealedContent.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_SealedContent.evaluated;
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
        (data.alg === undefined && (missing0 = 'alg')) ||
        (data.nonce === undefined && (missing0 = 'nonce')) ||
        (data.ciphertext === undefined && (missing0 = 'ciphertext')) ||
        (data.keys === undefined && (missing0 = 'keys'))
      ) {
        validate_SealedContent.errors = [
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
        if (data.alg !== undefined) {
          const _errs1 = errors;
          if ('x25519-xchacha20poly1305' !== data.alg) {
            validate_SealedContent.errors = [
              {
                instancePath: instancePath + '/alg',
                schemaPath: '#/properties/alg/const',
                keyword: 'const',
                params: { allowedValue: 'x25519-xchacha20poly1305' },
                message: 'must be equal to constant',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.nonce !== undefined) {
            let data1 = data.nonce;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data1 === 'string') {
                if (!pattern_SealedContent.test(data1)) {
                  validate_SealedContent.errors = [
                    {
                      instancePath: instancePath + '/nonce',
                      schemaPath: '#/properties/nonce/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[A-Za-z0-9+/]{32}$' },
                      message: 'must match pattern "' + '^[A-Za-z0-9+/]{32}$' + '"',
                    },
                  ];
                  return false;
                }
              } else {
                validate_SealedContent.errors = [
                  {
                    instancePath: instancePath + '/nonce',
                    schemaPath: '#/properties/nonce/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ciphertext !== undefined) {
              let data2 = data.ciphertext;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === 'string') {
                  if (func_ucs2length(data2) > 1400000) {
                    validate_SealedContent.errors = [
                      {
                        instancePath: instancePath + '/ciphertext',
                        schemaPath: '#/properties/ciphertext/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 1400000 },
                        message: 'must NOT have more than 1400000 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (func_ucs2length(data2) < 24) {
                      validate_SealedContent.errors = [
                        {
                          instancePath: instancePath + '/ciphertext',
                          schemaPath: '#/properties/ciphertext/minLength',
                          keyword: 'minLength',
                          params: { limit: 24 },
                          message: 'must NOT have fewer than 24 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern_SealedContent_2.test(data2)) {
                        validate_SealedContent.errors = [
                          {
                            instancePath: instancePath + '/ciphertext',
                            schemaPath: '#/properties/ciphertext/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' },
                            message:
                              'must match pattern "' +
                              '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' +
                              '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate_SealedContent.errors = [
                    {
                      instancePath: instancePath + '/ciphertext',
                      schemaPath: '#/properties/ciphertext/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.keys !== undefined) {
                let data3 = data.keys;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    if (data3.length > 1000) {
                      validate_SealedContent.errors = [
                        {
                          instancePath: instancePath + '/keys',
                          schemaPath: '#/properties/keys/maxItems',
                          keyword: 'maxItems',
                          params: { limit: 1000 },
                          message: 'must NOT have more than 1000 items',
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length < 1) {
                        validate_SealedContent.errors = [
                          {
                            instancePath: instancePath + '/keys',
                            schemaPath: '#/properties/keys/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          },
                        ];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0];
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                              let missing1;
                              if (
                                (data4.agent_id === undefined && (missing1 = 'agent_id')) ||
                                (data4.wrapped === undefined && (missing1 = 'wrapped'))
                              ) {
                                validate_SealedContent.errors = [
                                  {
                                    instancePath: instancePath + '/keys/' + i0,
                                    schemaPath: '#/properties/keys/items/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing1 },
                                    message: "must have required property '" + missing1 + "'",
                                  },
                                ];
                                return false;
                              } else {
                                if (data4.agent_id !== undefined) {
                                  const _errs10 = errors;
                                  if (
                                    !validate_AgentId(data4.agent_id, {
                                      instancePath: instancePath + '/keys/' + i0 + '/agent_id',
                                      parentData: data4,
                                      parentDataProperty: 'agent_id',
                                      rootData,
                                      dynamicAnchors,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate_AgentId.errors
                                        : vErrors.concat(validate_AgentId.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs10 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data4.wrapped !== undefined) {
                                    let data6 = data4.wrapped;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                      if (typeof data6 === 'string') {
                                        if (!pattern_SealedContent_3.test(data6)) {
                                          validate_SealedContent.errors = [
                                            {
                                              instancePath: instancePath + '/keys/' + i0 + '/wrapped',
                                              schemaPath: '#/properties/keys/items/properties/wrapped/pattern',
                                              keyword: 'pattern',
                                              params: { pattern: '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' },
                                              message:
                                                'must match pattern "' +
                                                '^[A-Za-z0-9+/]{106}[AEIMQUYcgkosw048]=$' +
                                                '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate_SealedContent.errors = [
                                          {
                                            instancePath: instancePath + '/keys/' + i0 + '/wrapped',
                                            schemaPath: '#/properties/keys/items/properties/wrapped/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs11 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate_SealedContent.errors = [
                                {
                                  instancePath: instancePath + '/keys/' + i0,
                                  schemaPath: '#/properties/keys/items/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs8 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    }
                  } else {
                    validate_SealedContent.errors = [
                      {
                        instancePath: instancePath + '/keys',
                        schemaPath: '#/properties/keys/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
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
      validate_SealedContent.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_SealedContent.errors = vErrors;
  return errors === 0;
}
validate_SealedContent.evaluated = {
  props: { alg: true, nonce: true, ciphertext: true, keys: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate_Message(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/Message.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_Message.evaluated;
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
        (data.protocol_version === undefined && (missing0 = 'protocol_version')) ||
        (data.message_id === undefined && (missing0 = 'message_id')) ||
        (data.timestamp === undefined && (missing0 = 'timestamp')) ||
        (data.sender === undefined && (missing0 = 'sender')) ||
        (data.recipient === undefined && (missing0 = 'recipient')) ||
        (data.swarm_id === undefined && (missing0 = 'swarm_id')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.signature === undefined && (missing0 = 'signature'))
      ) {
        validate_Message.errors = [
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
        if (data.protocol_version !== undefined) {
          let data0 = data.protocol_version;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func_ucs2length(data0) > 32) {
                validate_Message.errors = [
                  {
                    instancePath: instancePath + '/protocol_version',
                    schemaPath: '#/properties/protocol_version/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 32 },
                    message: 'must NOT have more than 32 characters',
                  },
                ];
                return false;
              } else {
                if (!pattern_Message.test(data0)) {
                  validate_Message.errors = [
                    {
                      instancePath: instancePath + '/protocol_version',
                      schemaPath: '#/properties/protocol_version/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
                      message: 'must match pattern "' + '^[0-9]+\\.[0-9]+\\.[0-9]+$' + '"',
                    },
                  ];
                  return false;
                }
              }
            } else {
              validate_Message.errors = [
                {
                  instancePath: instancePath + '/protocol_version',
                  schemaPath: '#/properties/protocol_version/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.message_id !== undefined) {
            const _errs3 = errors;
            if (
              !validate_Uuid(data.message_id, {
                instancePath: instancePath + '/message_id',
                parentData: data,
                parentDataProperty: 'message_id',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (
                !validate_Timestamp(data.timestamp, {
                  instancePath: instancePath + '/timestamp',
                  parentData: data,
                  parentDataProperty: 'timestamp',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate_Timestamp.errors : vErrors.concat(validate_Timestamp.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sender !== undefined) {
                const _errs5 = errors;
                if (
                  !validate_Sender(data.sender, {
                    instancePath: instancePath + '/sender',
                    parentData: data,
                    parentDataProperty: 'sender',
                    rootData,
                    dynamicAnchors,
                  })
                ) {
                  vErrors = vErrors === null ? validate_Sender.errors : vErrors.concat(validate_Sender.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recipient !== undefined) {
                  let data4 = data.recipient;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data4 === 'string') {
                      if (func_ucs2length(data4) > 256) {
                        validate_Message.errors = [
                          {
                            instancePath: instancePath + '/recipient',
                            schemaPath: '#/properties/recipient/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 256 },
                            message: 'must NOT have more than 256 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (func_ucs2length(data4) < 1) {
                          validate_Message.errors = [
                            {
                              instancePath: instancePath + '/recipient',
                              schemaPath: '#/properties/recipient/minLength',
                              keyword: 'minLength',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 characters',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate_Message.errors = [
                        {
                          instancePath: instancePath + '/recipient',
                          schemaPath: '#/properties/recipient/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.swarm_id !== undefined) {
                    const _errs8 = errors;
                    if (
                      !validate_Uuid(data.swarm_id, {
                        instancePath: instancePath + '/swarm_id',
                        parentData: data,
                        parentDataProperty: 'swarm_id',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.type !== undefined) {
                      const _errs9 = errors;
                      if (
                        !validate_MessageType(data.type, {
                          instancePath: instancePath + '/type',
                          parentData: data,
                          parentDataProperty: 'type',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate_MessageType.errors : vErrors.concat(validate_MessageType.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.content !== undefined) {
                        const _errs10 = errors;
                        if (typeof data.content !== 'string') {
                          validate_Message.errors = [
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
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.signature !== undefined) {
                          let data8 = data.signature;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data8 === 'string') {
                              if (!pattern_Message_2.test(data8)) {
                                validate_Message.errors = [
                                  {
                                    instancePath: instancePath + '/signature',
                                    schemaPath: '#/properties/signature/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z0-9+/]{86}==$' },
                                    message: 'must match pattern "' + '^[A-Za-z0-9+/]{86}==$' + '"',
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate_Message.errors = [
                                {
                                  instancePath: instancePath + '/signature',
                                  schemaPath: '#/properties/signature/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.in_reply_to !== undefined) {
                            let data9 = data.in_reply_to;
                            const _errs14 = errors;
                            const _errs15 = errors;
                            let valid1 = false;
                            let passing0 = null;
                            const _errs16 = errors;
                            if (
                              !validate_Uuid(data9, {
                                instancePath: instancePath + '/in_reply_to',
                                parentData: data,
                                parentDataProperty: 'in_reply_to',
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors = vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                              errors = vErrors.length;
                            }
                            var _valid0 = _errs16 === errors;
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 0;
                            }
                            const _errs17 = errors;
                            if (data9 !== null) {
                              const err0 = {
                                instancePath: instancePath + '/in_reply_to',
                                schemaPath: '#/properties/in_reply_to/oneOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null',
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs17 === errors;
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
                              const err1 = {
                                instancePath: instancePath + '/in_reply_to',
                                schemaPath: '#/properties/in_reply_to/oneOf',
                                keyword: 'oneOf',
                                params: { passingSchemas: passing0 },
                                message: 'must match exactly one schema in oneOf',
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate_Message.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs15;
                              if (vErrors !== null) {
                                if (_errs15) {
                                  vErrors.length = _errs15;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs14 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.thread_id !== undefined) {
                              let data10 = data.thread_id;
                              const _errs19 = errors;
                              const _errs20 = errors;
                              let valid2 = false;
                              let passing1 = null;
                              const _errs21 = errors;
                              if (
                                !validate_Uuid(data10, {
                                  instancePath: instancePath + '/thread_id',
                                  parentData: data,
                                  parentDataProperty: 'thread_id',
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate_Uuid.errors : vErrors.concat(validate_Uuid.errors);
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs21 === errors;
                              if (_valid1) {
                                valid2 = true;
                                passing1 = 0;
                              }
                              const _errs22 = errors;
                              if (data10 !== null) {
                                const err2 = {
                                  instancePath: instancePath + '/thread_id',
                                  schemaPath: '#/properties/thread_id/oneOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null',
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs22 === errors;
                              if (_valid1 && valid2) {
                                valid2 = false;
                                passing1 = [passing1, 1];
                              } else {
                                if (_valid1) {
                                  valid2 = true;
                                  passing1 = 1;
                                }
                              }
                              if (!valid2) {
                                const err3 = {
                                  instancePath: instancePath + '/thread_id',
                                  schemaPath: '#/properties/thread_id/oneOf',
                                  keyword: 'oneOf',
                                  params: { passingSchemas: passing1 },
                                  message: 'must match exactly one schema in oneOf',
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate_Message.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs20;
                                if (vErrors !== null) {
                                  if (_errs20) {
                                    vErrors.length = _errs20;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.priority !== undefined) {
                                const _errs24 = errors;
                                if (
                                  !validate_Priority(data.priority, {
                                    instancePath: instancePath + '/priority',
                                    parentData: data,
                                    parentDataProperty: 'priority',
                                    rootData,
                                    dynamicAnchors,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate_Priority.errors
                                      : vErrors.concat(validate_Priority.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.expires_at !== undefined) {
                                  let data12 = data.expires_at;
                                  const _errs25 = errors;
                                  const _errs26 = errors;
                                  let valid3 = false;
                                  let passing2 = null;
                                  const _errs27 = errors;
                                  if (
                                    !validate_Timestamp(data12, {
                                      instancePath: instancePath + '/expires_at',
                                      parentData: data,
                                      parentDataProperty: 'expires_at',
                                      rootData,
                                      dynamicAnchors,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate_Timestamp.errors
                                        : vErrors.concat(validate_Timestamp.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid2 = _errs27 === errors;
                                  if (_valid2) {
                                    valid3 = true;
                                    passing2 = 0;
                                  }
                                  const _errs28 = errors;
                                  if (data12 !== null) {
                                    const err4 = {
                                      instancePath: instancePath + '/expires_at',
                                      schemaPath: '#/properties/expires_at/oneOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'null' },
                                      message: 'must be null',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                  var _valid2 = _errs28 === errors;
                                  if (_valid2 && valid3) {
                                    valid3 = false;
                                    passing2 = [passing2, 1];
                                  } else {
                                    if (_valid2) {
                                      valid3 = true;
                                      passing2 = 1;
                                    }
                                  }
                                  if (!valid3) {
                                    const err5 = {
                                      instancePath: instancePath + '/expires_at',
                                      schemaPath: '#/properties/expires_at/oneOf',
                                      keyword: 'oneOf',
                                      params: { passingSchemas: passing2 },
                                      message: 'must match exactly one schema in oneOf',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                    validate_Message.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs26;
                                    if (vErrors !== null) {
                                      if (_errs26) {
                                        vErrors.length = _errs26;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.attachments !== undefined) {
                                    let data13 = data.attachments;
                                    const _errs30 = errors;
                                    const _errs31 = errors;
                                    let valid4 = false;
                                    let passing3 = null;
                                    const _errs32 = errors;
                                    if (errors === _errs32) {
                                      if (Array.isArray(data13)) {
                                        if (data13.length > 64) {
                                          const err6 = {
                                            instancePath: instancePath + '/attachments',
                                            schemaPath: '#/properties/attachments/oneOf/0/maxItems',
                                            keyword: 'maxItems',
                                            params: { limit: 64 },
                                            message: 'must NOT have more than 64 items',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err6];
                                          } else {
                                            vErrors.push(err6);
                                          }
                                          errors++;
                                        } else {
                                          var valid5 = true;
                                          const len0 = data13.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs34 = errors;
                                            if (
                                              !validate_Attachment(data13[i0], {
                                                instancePath: instancePath + '/attachments/' + i0,
                                                parentData: data13,
                                                parentDataProperty: i0,
                                                rootData,
                                                dynamicAnchors,
                                              })
                                            ) {
                                              vErrors =
                                                vErrors === null
                                                  ? validate_Attachment.errors
                                                  : vErrors.concat(validate_Attachment.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid5 = _errs34 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        const err7 = {
                                          instancePath: instancePath + '/attachments',
                                          schemaPath: '#/properties/attachments/oneOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err7];
                                        } else {
                                          vErrors.push(err7);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid3 = _errs32 === errors;
                                    if (_valid3) {
                                      valid4 = true;
                                      passing3 = 0;
                                    }
                                    const _errs35 = errors;
                                    if (data13 !== null) {
                                      const err8 = {
                                        instancePath: instancePath + '/attachments',
                                        schemaPath: '#/properties/attachments/oneOf/1/type',
                                        keyword: 'type',
                                        params: { type: 'null' },
                                        message: 'must be null',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err8];
                                      } else {
                                        vErrors.push(err8);
                                      }
                                      errors++;
                                    }
                                    var _valid3 = _errs35 === errors;
                                    if (_valid3 && valid4) {
                                      valid4 = false;
                                      passing3 = [passing3, 1];
                                    } else {
                                      if (_valid3) {
                                        valid4 = true;
                                        passing3 = 1;
                                      }
                                    }
                                    if (!valid4) {
                                      const err9 = {
                                        instancePath: instancePath + '/attachments',
                                        schemaPath: '#/properties/attachments/oneOf',
                                        keyword: 'oneOf',
                                        params: { passingSchemas: passing3 },
                                        message: 'must match exactly one schema in oneOf',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err9];
                                      } else {
                                        vErrors.push(err9);
                                      }
                                      errors++;
                                      validate_Message.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs31;
                                      if (vErrors !== null) {
                                        if (_errs31) {
                                          vErrors.length = _errs31;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs30 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.references !== undefined) {
                                      let data15 = data.references;
                                      const _errs37 = errors;
                                      const _errs38 = errors;
                                      let valid6 = false;
                                      let passing4 = null;
                                      const _errs39 = errors;
                                      if (errors === _errs39) {
                                        if (Array.isArray(data15)) {
                                          if (data15.length > 64) {
                                            const err10 = {
                                              instancePath: instancePath + '/references',
                                              schemaPath: '#/properties/references/oneOf/0/maxItems',
                                              keyword: 'maxItems',
                                              params: { limit: 64 },
                                              message: 'must NOT have more than 64 items',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err10];
                                            } else {
                                              vErrors.push(err10);
                                            }
                                            errors++;
                                          } else {
                                            var valid7 = true;
                                            const len1 = data15.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              const _errs41 = errors;
                                              if (
                                                !validate_Reference(data15[i1], {
                                                  instancePath: instancePath + '/references/' + i1,
                                                  parentData: data15,
                                                  parentDataProperty: i1,
                                                  rootData,
                                                  dynamicAnchors,
                                                })
                                              ) {
                                                vErrors =
                                                  vErrors === null
                                                    ? validate_Reference.errors
                                                    : vErrors.concat(validate_Reference.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid7 = _errs41 === errors;
                                              if (!valid7) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          const err11 = {
                                            instancePath: instancePath + '/references',
                                            schemaPath: '#/properties/references/oneOf/0/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err11];
                                          } else {
                                            vErrors.push(err11);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid4 = _errs39 === errors;
                                      if (_valid4) {
                                        valid6 = true;
                                        passing4 = 0;
                                      }
                                      const _errs42 = errors;
                                      if (data15 !== null) {
                                        const err12 = {
                                          instancePath: instancePath + '/references',
                                          schemaPath: '#/properties/references/oneOf/1/type',
                                          keyword: 'type',
                                          params: { type: 'null' },
                                          message: 'must be null',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                      var _valid4 = _errs42 === errors;
                                      if (_valid4 && valid6) {
                                        valid6 = false;
                                        passing4 = [passing4, 1];
                                      } else {
                                        if (_valid4) {
                                          valid6 = true;
                                          passing4 = 1;
                                        }
                                      }
                                      if (!valid6) {
                                        const err13 = {
                                          instancePath: instancePath + '/references',
                                          schemaPath: '#/properties/references/oneOf',
                                          keyword: 'oneOf',
                                          params: { passingSchemas: passing4 },
                                          message: 'must match exactly one schema in oneOf',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                        validate_Message.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs38;
                                        if (vErrors !== null) {
                                          if (_errs38) {
                                            vErrors.length = _errs38;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid0 = _errs37 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.metadata !== undefined) {
                                        let data17 = data.metadata;
                                        const _errs44 = errors;
                                        const _errs45 = errors;
                                        let valid8 = false;
                                        let passing5 = null;
                                        const _errs46 = errors;
                                        if (errors === _errs46) {
                                          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                                            if (Object.keys(data17).length > 64) {
                                              const err14 = {
                                                instancePath: instancePath + '/metadata',
                                                schemaPath: '#/properties/metadata/oneOf/0/maxProperties',
                                                keyword: 'maxProperties',
                                                params: { limit: 64 },
                                                message: 'must NOT have more than 64 properties',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err14];
                                              } else {
                                                vErrors.push(err14);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err15 = {
                                              instancePath: instancePath + '/metadata',
                                              schemaPath: '#/properties/metadata/oneOf/0/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err15];
                                            } else {
                                              vErrors.push(err15);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid5 = _errs46 === errors;
                                        if (_valid5) {
                                          valid8 = true;
                                          passing5 = 0;
                                        }
                                        const _errs49 = errors;
                                        if (data17 !== null) {
                                          const err16 = {
                                            instancePath: instancePath + '/metadata',
                                            schemaPath: '#/properties/metadata/oneOf/1/type',
                                            keyword: 'type',
                                            params: { type: 'null' },
                                            message: 'must be null',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err16];
                                          } else {
                                            vErrors.push(err16);
                                          }
                                          errors++;
                                        }
                                        var _valid5 = _errs49 === errors;
                                        if (_valid5 && valid8) {
                                          valid8 = false;
                                          passing5 = [passing5, 1];
                                        } else {
                                          if (_valid5) {
                                            valid8 = true;
                                            passing5 = 1;
                                          }
                                        }
                                        if (!valid8) {
                                          const err17 = {
                                            instancePath: instancePath + '/metadata',
                                            schemaPath: '#/properties/metadata/oneOf',
                                            keyword: 'oneOf',
                                            params: { passingSchemas: passing5 },
                                            message: 'must match exactly one schema in oneOf',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err17];
                                          } else {
                                            vErrors.push(err17);
                                          }
                                          errors++;
                                          validate_Message.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs45;
                                          if (vErrors !== null) {
                                            if (_errs45) {
                                              vErrors.length = _errs45;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid0 = _errs44 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.sealed !== undefined) {
                                          let data18 = data.sealed;
                                          const _errs51 = errors;
                                          const _errs52 = errors;
                                          let valid9 = false;
                                          let passing6 = null;
                                          const _errs53 = errors;
                                          if (
                                            !validate_SealedContent(data18, {
                                              instancePath: instancePath + '/sealed',
                                              parentData: data,
                                              parentDataProperty: 'sealed',
                                              rootData,
                                              dynamicAnchors,
                                            })
                                          ) {
                                            vErrors =
                                              vErrors === null
                                                ? validate_SealedContent.errors
                                                : vErrors.concat(validate_SealedContent.errors);
                                            errors = vErrors.length;
                                          }
                                          var _valid6 = _errs53 === errors;
                                          if (_valid6) {
                                            valid9 = true;
                                            passing6 = 0;
                                            var props1 = {};
                                            props1.alg = true;
                                            props1.nonce = true;
                                            props1.ciphertext = true;
                                            props1.keys = true;
                                          }
                                          const _errs54 = errors;
                                          if (data18 !== null) {
                                            const err18 = {
                                              instancePath: instancePath + '/sealed',
                                              schemaPath: '#/properties/sealed/oneOf/1/type',
                                              keyword: 'type',
                                              params: { type: 'null' },
                                              message: 'must be null',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err18];
                                            } else {
                                              vErrors.push(err18);
                                            }
                                            errors++;
                                          }
                                          var _valid6 = _errs54 === errors;
                                          if (_valid6 && valid9) {
                                            valid9 = false;
                                            passing6 = [passing6, 1];
                                          } else {
                                            if (_valid6) {
                                              valid9 = true;
                                              passing6 = 1;
                                            }
                                          }
                                          if (!valid9) {
                                            const err19 = {
                                              instancePath: instancePath + '/sealed',
                                              schemaPath: '#/properties/sealed/oneOf',
                                              keyword: 'oneOf',
                                              params: { passingSchemas: passing6 },
                                              message: 'must match exactly one schema in oneOf',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err19];
                                            } else {
                                              vErrors.push(err19);
                                            }
                                            errors++;
                                            validate_Message.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs52;
                                            if (vErrors !== null) {
                                              if (_errs52) {
                                                vErrors.length = _errs52;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid0 = _errs51 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate_Message.errors = [
        { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      ];
      return false;
    }
  }
  validate_Message.errors = vErrors;
  return errors === 0;
}
validate_Message.evaluated = {
  props: {
    protocol_version: true,
    message_id: true,
    timestamp: true,
    sender: true,
    recipient: true,
    swarm_id: true,
    type: true,
    content: true,
    signature: true,
    in_reply_to: true,
    thread_id: true,
    priority: true,
    expires_at: true,
    attachments: true,
    references: true,
    metadata: true,
    sealed: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const validateMessage = validate_Message as unknown as ValidateFunction<Message>;
