/* eslint-disable */
// Generated from spec/schemas/ErrorCode.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

import type { ErrorCode } from './types.js';

export interface ErrorCatalogEntry {
  /** HTTP status answered with this code; null for codes that never cross the wire. */
  readonly status: number | null;
  /** Exit code of the `swarm` CLI for this failure. */
  readonly exitCode: number;
  readonly scope: 'wire' | 'local';
  readonly description: string;
}

export const errorCatalog: { readonly [code in ErrorCode]: ErrorCatalogEntry } = {
  INVALID_JSON: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description:
      'The body is not valid JSON (or not UTF-8), or is a 0.2 envelope that repeats a member name within an object (`[ESIG-003]`). `details.reason` says where parsing stopped, or `duplicate name` with `details.pointer` the repeated name.',
  },
  INVALID_FORMAT: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description:
      'The body, a query parameter or a header does not match its schema. `details.pointer` is the JSON pointer of the first failing value, `details.errors` lists every failure.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    exitCode: 2,
    scope: 'wire',
    description:
      "The body is larger than the receiver's limit (1 MiB by default). `details.limit` gives the limit in bytes.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    exitCode: 2,
    scope: 'wire',
    description:
      'The body is not sent as `application/json` in UTF-8, or is sent with a `Content-Encoding` (bodies are not decompressed). `details` names the header at fault.',
  },
  UNSUPPORTED_PROTOCOL_VERSION: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description:
      '`protocol_version` (or `X-Swarm-Protocol`) names a major version this agent does not speak. `details.supported` lists what it speaks.',
  },
  PROTOCOL_DOWNGRADE: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description:
      'A 0.1.x message from a member that this agent has learnt speaks 0.2 (from a verified 0.2 message of that member, or its `/info`). [NEG-DOWN-001] Such a message MUST be refused with this code unless the operator turned the check off (`protocol.refuse_downgrade: false`): a copy re-sent under 0.1.0 could carry changed unsigned keys. `details.learnt` says how it was learnt.',
  },
  SEALED_CONTENT_INVALID: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description:
      'A sealed message (`[SEAL-002]`) this agent is a reader of does not open (wrapped key or ciphertext), its `content` is not empty, it is a `system` message, its readers repeat, or `sealed` came in a 0.1.0 envelope. `details.reason` says which.',
  },
  AGENT_ID_MISMATCH: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The `X-Agent-ID` header names another agent than `sender.agent_id`.',
  },
  WRONG_RECIPIENT: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The message is addressed to neither this agent nor `broadcast`.',
  },
  SWARM_NOT_FOUND: {
    status: 404,
    exitCode: 5,
    scope: 'wire',
    description: 'This agent does not know the swarm (or, for a join, is not in it).',
  },
  NOT_MEMBER: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The sender is not a current member of the swarm.',
  },
  ENDPOINT_MISMATCH: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: '`sender.endpoint` is not the endpoint registered for that member.',
  },
  INVALID_SIGNATURE: {
    status: 401,
    exitCode: 4,
    scope: 'wire',
    description: "The message signature, or the invite token's signature, does not verify with the key on record.",
  },
  TIMESTAMP_OUT_OF_WINDOW: {
    status: 400,
    exitCode: 4,
    scope: 'wire',
    description:
      "The message timestamp is outside the receiver's replay window. `details.window_seconds` gives the window.",
  },
  MESSAGE_EXPIRED: { status: 400, exitCode: 1, scope: 'wire', description: "The message's `expires_at` has passed." },
  MESSAGE_ID_CONFLICT: {
    status: 409,
    exitCode: 1,
    scope: 'wire',
    description: 'A different message with the same `message_id` was already accepted.',
  },
  NOT_AUTHORIZED: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description:
      'The sender may not perform this system action (e.g. a `member_kicked` not sent by the master, a `member_left` for somebody else).',
  },
  INVALID_TOKEN: {
    status: 400,
    exitCode: 4,
    scope: 'wire',
    description:
      'The invite token is malformed: not three base64url parts, undecodable JSON, a missing or ill-typed claim.',
  },
  UNSUPPORTED_ALGORITHM: {
    status: 400,
    exitCode: 4,
    scope: 'wire',
    description: "The invite token's `alg` is not `EdDSA` (`none` and HMAC algorithms are always refused).",
  },
  TOKEN_EXPIRED: {
    status: 401,
    exitCode: 4,
    scope: 'wire',
    description: "The invite token's `expires_at` has passed.",
  },
  TOKEN_SWARM_MISMATCH: {
    status: 400,
    exitCode: 4,
    scope: 'wire',
    description: "The swarm id in the `swarm://` URL differs from the token's `swarm_id` claim.",
  },
  TOKEN_ENDPOINT_MISMATCH: {
    status: 400,
    exitCode: 4,
    scope: 'wire',
    description: "The token's `endpoint` claim is not the endpoint of the agent it was sent to.",
  },
  TOKEN_EXHAUSTED: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The invite token has been used `max_uses` times.',
  },
  TOKEN_REVOKED: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The invite token was revoked by its issuer.',
  },
  INVALID_PUBLIC_KEY: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description: 'The public key is not the standard base64 of a valid 32-byte Ed25519 key.',
  },
  AGENT_ID_TAKEN: {
    status: 409,
    exitCode: 4,
    scope: 'wire',
    description: 'A member with this agent_id already exists in the swarm with another public key.',
  },
  NOT_MASTER: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: "Only the swarm's master may do this (admit, kick, transfer, dissolve, approve).",
  },
  INVITES_DISABLED: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: 'The token was issued by a member, and the swarm does not allow member invites.',
  },
  JOIN_DENIED: {
    status: 403,
    exitCode: 4,
    scope: 'wire',
    description: "The master denied this agent's pending join request.",
  },
  RATE_LIMITED: {
    status: 429,
    exitCode: 3,
    scope: 'wire',
    description: 'Too many requests. `Retry-After` (and `details.retry_after`) give the wait in seconds.',
  },
  UNAUTHENTICATED: {
    status: 401,
    exitCode: 4,
    scope: 'wire',
    description: "The management API needs `Authorization: Bearer <token>` with the agent's management token.",
  },
  ROUTE_NOT_FOUND: { status: 404, exitCode: 5, scope: 'wire', description: 'No such route.' },
  METHOD_NOT_ALLOWED: {
    status: 405,
    exitCode: 2,
    scope: 'wire',
    description: 'The route exists but not for this method. `Allow` lists the methods.',
  },
  MALFORMED_REQUEST: {
    status: 400,
    exitCode: 2,
    scope: 'wire',
    description:
      'The bytes received are not an HTTP/1.1 request (request line, header or chunked framing). Answered before any route, after which the connection is closed.',
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    exitCode: 2,
    scope: 'wire',
    description:
      'The request line and headers are larger than the server accepts (16 KiB). Answered before any route, after which the connection is closed.',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    exitCode: 3,
    scope: 'wire',
    description:
      'The request did not arrive whole in time (by default its headers within 10 s and all of it within 30 s). The connection is closed; the request may be sent again.',
  },
  MESSAGE_NOT_FOUND: { status: 404, exitCode: 5, scope: 'wire', description: 'No inbox message with this id.' },
  INVALID_STATE_TRANSITION: {
    status: 409,
    exitCode: 1,
    scope: 'wire',
    description:
      'The inbox message cannot move from its current status to the one asked (e.g. archive a deleted message).',
  },
  WAKE_UNAVAILABLE: {
    status: 503,
    exitCode: 1,
    scope: 'wire',
    description: 'Waking the agent is not configured on this server.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    exitCode: 3,
    scope: 'wire',
    description:
      'The agent cannot serve now (database unreachable or stopped, shutting down, or too many request bodies being received at once). Retry later; `Retry-After` says when, where the server knows.',
  },
  INTERNAL_ERROR: {
    status: 500,
    exitCode: 1,
    scope: 'wire',
    description: 'An unexpected failure. Nothing was stored; the request may be retried.',
  },
  PEER_UNREACHABLE: {
    status: 502,
    exitCode: 3,
    scope: 'local',
    description: 'The peer could not be reached (connection refused, DNS, reset).',
  },
  PEER_TIMEOUT: { status: 504, exitCode: 3, scope: 'local', description: 'The peer did not answer in time.' },
  TLS_ERROR: {
    status: 502,
    exitCode: 3,
    scope: 'local',
    description: "The peer's TLS certificate did not verify, or the TLS handshake failed. Never bypassed.",
  },
  INVALID_RESPONSE: {
    status: 502,
    exitCode: 3,
    scope: 'local',
    description: 'The peer answered with something the spec does not allow (wrong status, body or content type).',
  },
  MEMBER_NOT_FOUND: {
    status: 404,
    exitCode: 5,
    scope: 'local',
    description: 'The agent named is not a member of the swarm.',
  },
  MASTER_CANNOT_LEAVE: {
    status: 409,
    exitCode: 5,
    scope: 'local',
    description: 'The master cannot leave its swarm; transfer the role or dissolve the swarm.',
  },
  NOT_INITIALIZED: {
    status: null,
    exitCode: 1,
    scope: 'local',
    description: 'No identity here yet: run `swarm init`.',
  },
  ALREADY_INITIALIZED: {
    status: null,
    exitCode: 1,
    scope: 'local',
    description: 'An identity already exists; `--force` replaces it.',
  },
  CONFIG_INVALID: {
    status: null,
    exitCode: 1,
    scope: 'local',
    description: 'config.yaml is unreadable or does not match its schema.',
  },
  KEY_FILE_INVALID: {
    status: null,
    exitCode: 1,
    scope: 'local',
    description: 'agent.key is not exactly 32 bytes, or is readable by group or others.',
  },
  STORE_TOO_NEW: {
    status: null,
    exitCode: 1,
    scope: 'local',
    description: 'The database was written by a newer version of this program; it is left untouched.',
  },
  IMPORT_INVALID: {
    status: null,
    exitCode: 2,
    scope: 'local',
    description:
      'The import file is not JSON, has an unsupported schema_version, or does not match its schema. Nothing was changed.',
  },
  FILE_NOT_FOUND: {
    status: null,
    exitCode: 5,
    scope: 'local',
    description: 'A file named on the command line does not exist.',
  },
  SEALING_UNSUPPORTED: {
    status: null,
    exitCode: 2,
    scope: 'local',
    description:
      'A sealed message was asked for a recipient that does not speak protocol 0.2 (its `/info` does not list it, or could not be read). Nothing was queued. `details.members` lists them.',
  },
  USAGE_ERROR: {
    status: null,
    exitCode: 2,
    scope: 'local',
    description: 'Missing, malformed or contradictory command-line arguments. Nothing was changed.',
  },
  CANCELLED: {
    status: null,
    exitCode: 130,
    scope: 'local',
    description: 'Interrupted (Ctrl-C) or a confirmation was declined.',
  },
};

export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}
