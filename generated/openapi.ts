/* eslint-disable */
// Generated from spec/openapi.yaml by `npm run codegen`. Do not edit: change spec/ and regenerate.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and readiness
     * @description [SRV-HEALTH-001] The agent MUST report `healthy` with 200 when its database answers and takes writes, and `degraded` with 503 otherwise (unreachable, or stopped by a failed sync).
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/info': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public identity of the agent
     * @description [INFO-KEY-001] An agent's `public_key` MUST be derived from its own private key at start-up, never configured separately.
     */
    get: operations['getInfo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deliver a signed message
     * @description [SRV-MSG-001] The receiver MUST check, in this order, each failure answered with its own code and nothing
     *     stored: body size (`PAYLOAD_TOO_LARGE`), content type (`UNSUPPORTED_MEDIA_TYPE`), JSON
     *     (`INVALID_JSON`) and schema (`INVALID_FORMAT`, with the failing pointer), protocol major version
     *     (`UNSUPPORTED_PROTOCOL_VERSION`), `X-Agent-ID` equal to `sender.agent_id` when present
     *     (`AGENT_ID_MISMATCH`), recipient is this agent or `broadcast` (`WRONG_RECIPIENT`), swarm known
     *     (`SWARM_NOT_FOUND`), sender a current member (`NOT_MEMBER`) at its registered endpoint
     *     (`ENDPOINT_MISMATCH`), signature (`INVALID_SIGNATURE`), timestamp inside the replay window
     *     (`TIMESTAMP_OUT_OF_WINDOW`), `expires_at` not passed (`MESSAGE_EXPIRED`), then the authority rules
     *     of system messages (`NOT_AUTHORIZED`).
     *     [SRV-MSG-007] A receiver that speaks 0.2 MUST verify the signature under the rules of the envelope's
     *     version, then refuse a downgrade (`PROTOCOL_DOWNGRADE`) right after the signature check, and check sealed
     *     content (`SEALED_CONTENT_INVALID`) right after `expires_at`, before the authority rules.
     *
     *     [SRV-MSG-002] A message from a muted agent or in a muted swarm MUST be answered 200 `queued` and dropped.
     *     [SRV-MSG-003] A repeated `message_id` with identical content MUST be answered 200 and change nothing; with
     *     different content it MUST be refused (`MESSAGE_ID_CONFLICT`).
     *     [SRV-MSG-004] The 200 answer to a message MUST be sent only after the message is durably stored; a message
     *     answered 200 is never lost.
     *     [SRV-MSG-005] System messages MUST take effect only after they are stored, under the authority rules of
     *     SystemContent; a message that breaks them MUST be refused and change nothing.
     *     [SRV-MSG-006] Waking the local agent MUST happen after the answer and MUST NOT delay or fail it.
     *
     *     Delivery, the sending side: [DLV-ONCE-001] Clients MUST deliver a message once to each recipient: a
     *     broadcast to every other member of the swarm, a direct message to its recipient alone, and again only
     *     after an attempt that got no 2xx answer.
     *     [DLV-RETRY-001] Clients MUST NOT repeat a delivery answered with a 4xx status other than 408 and 429, and
     *     MUST NOT repeat one answered 429 or 503 before its `Retry-After` has passed.
     */
    post: operations['postMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask to join a swarm with an invite token
     * @description [SRV-JOIN-001] An agent MUST NOT admit a joiner unless it is the swarm's master, or a member when the swarm
     *     allows member invites and the token names that member in `kid` (`NOT_MASTER`, `INVITES_DISABLED`).
     *     [SRV-JOIN-002] The invite token MUST be checked: structure (`INVALID_TOKEN`), algorithm
     *     (`UNSUPPORTED_ALGORITHM`), signature with the issuer's key on record (`INVALID_SIGNATURE`), required claims
     *     (`INVALID_TOKEN`), expiry (`TOKEN_EXPIRED`), `endpoint` claim equal to this agent's endpoint
     *     (`TOKEN_ENDPOINT_MISMATCH`), revocation (`TOKEN_REVOKED`) and uses (`TOKEN_EXHAUSTED`, counted atomically:
     *     of N concurrent redemptions of a `max_uses: 1` token exactly one succeeds).
     *     [SRV-JOIN-003] An agent already a member with the same key MUST get 200 with the current membership and
     *     no notification; the same agent_id with another key MUST be refused (`AGENT_ID_TAKEN`).
     *     [SRV-JOIN-004] A swarm that requires approval MUST answer 202 and keep the request until the master
     *     approves or denies it.
     *     [SRV-JOIN-006] A denied join request MUST be remembered until it would have expired: the same invite
     *     presented again is refused (`JOIN_DENIED`), without being redeemed again; only another invite starts a new
     *     request.
     *     [SRV-JOIN-005] A new member MUST be answered with the full member list, and every existing member MUST be sent
     *     a master-signed `member_joined` through the durable outbox.
     */
    post: operations['postJoin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List received messages, newest first */
    get: operations['listInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count messages per status */
    get: operations['countInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply one status change to many messages */
    post: operations['batchInbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/{message_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read one message (marks it read unless `mark_read=false`) */
    get: operations['getInboxMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/{message_id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a message read (no-op unless unread) */
    post: operations['readInboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/{message_id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive an unread or read message */
    post: operations['archiveInboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/{message_id}/delete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Soft-delete a message (idempotent); a purge removes it later */
    post: operations['deleteInboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List outgoing deliveries (one row per message and recipient), newest first */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count deliveries per status */
    get: operations['countOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/{message_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery status of one message, per recipient */
    get: operations['getOutboxMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Wake the local agent about a message
     * @description [MGMT-WAKE-001] The wake route MUST require the same bearer token as the rest of the management API.
     */
    post: operations['wake'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * AgentId
     * @description An agent identifier as it appears on the wire: an opaque, case-sensitive string compared byte for byte. [ID-AGENT-001] Receivers MUST accept any non-empty agent identifier of at most 256 characters. [ID-AGENT-002] Implementations MUST create new identities only from 1-256 characters of `[A-Za-z0-9_.-]` (see NewAgentId) and MUST NOT create an agent called `broadcast`.
     * @example agent-alpha
     * @example worker_7.eu
     */
    AgentId: string;
    /**
     * AgentInfo
     * @description Public identity of an agent. `public_key` MUST be derived from the agent's own private key, never configured separately (`[INFO-KEY-001]`).
     * @example {
     *       "agent_id": "agent-alpha",
     *       "endpoint": "https://alpha.example.com/swarm",
     *       "public_key": "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=",
     *       "protocol_version": "0.1.0",
     *       "capabilities": [
     *         "message",
     *         "system",
     *         "notification"
     *       ],
     *       "metadata": null,
     *       "protocol_versions": [
     *         "0.1.0",
     *         "0.2.0"
     *       ]
     *     }
     */
    AgentInfo: {
      agent_id: components['schemas']['AgentId'];
      endpoint: components['schemas']['Endpoint'];
      public_key: components['schemas']['PublicKey'];
      protocol_version: string;
      capabilities: components['schemas']['MessageType'][];
      metadata: {
        name?: string;
        description?: string;
      } | null;
      /** @description Every protocol version this agent accepts, as `X.Y.Z`. Absent means `0.1.0` alone (the reference does not send it, and ignores it). [NEG-001] An agent that accepts 0.2 MUST list `0.2.0` here (and `0.1.0`: every agent accepts 0.1.0). [NEG-002] A sender MUST send a member a 0.2 envelope only when that member's `/info` listed `0.2.0` (or a verified 0.2 message from it showed it), and 0.1.0 otherwise; what it learnt is kept per member for a limited time (an hour by default) and learnt again after it. A broadcast to a swarm that mixes versions sends each member the version it speaks, under one message_id. A sealed message goes only to members that speak 0.2: a direct one to a member that does not is refused before anything is queued (`SEALING_UNSUPPORTED`), and a sealed broadcast leaves such members out and says so. */
      protocol_versions?: string[];
    };
    /**
     * Attachment
     * @description A file attached to a message: a URL to fetch, or inline content (base64 for binary types). Not covered by the signature. Extra keys are allowed and kept.
     * @example {
     *       "type": "url",
     *       "mime_type": "text/html",
     *       "content": "https://example.com/doc"
     *     }
     */
    Attachment: {
      /**
       * @description `url`: `content` is a URL; `inline`: `content` is the data itself.
       * @enum {string}
       */
      type: 'url' | 'inline';
      /** @description IANA media type of the attached data. */
      mime_type: string;
      /** @description The URL or the inline data. */
      content: string;
    };
    /**
     * DateTime
     * @description A date-time in a state file or on the management API: ISO 8601 with a zone. This implementation writes the ms-Z UTC form; files from the reference carry Python isoformat (`+00:00`, microseconds) and are accepted.
     * @example 2026-02-05T14:30:00.000Z
     * @example 2026-02-05T15:00:00.123456+00:00
     */
    DateTime: string;
    /**
     * Endpoint
     * @description The base URL of an agent's swarm routes, not its origin: peers strip trailing `/` characters and append `/message`, `/join` or `/info`. Endpoints are stored and compared verbatim, except that the membership check ignores trailing `/` characters. [ID-ENDP-001] An endpoint MUST start with the exact lower-case prefix `https://` and be at most 2048 characters. [ID-ENDP-002] An agent SHOULD advertise `https://<host>[:port]/swarm`.
     * @example https://alpha.example.com/swarm
     * @example https://127.0.0.1:8443/swarm
     */
    Endpoint: string;
    /**
     * ErrorBody
     * @description The one error shape, for every non-2xx answer. [ERR-SHAPE-001] An error body's `details` MUST always be present: an object, or `null`.
     * @example {
     *       "error": {
     *         "code": "INVALID_SIGNATURE",
     *         "message": "Signature does not verify with the key of agent-alpha",
     *         "details": null
     *       }
     *     }
     * @example {
     *       "error": {
     *         "code": "RATE_LIMITED",
     *         "message": "Rate limit exceeded",
     *         "details": {
     *           "retry_after": 12,
     *           "limit": 60,
     *           "scope": "sender"
     *         }
     *       }
     *     }
     */
    ErrorBody: {
      error: {
        code: components['schemas']['ErrorCode'];
        /** @description Human-readable explanation; not for machines. */
        message: string;
        details: {
          [key: string]: unknown;
        } | null;
      };
    };
    /**
     * ErrorCode
     * @description The one catalog of error codes. Each code has its HTTP status (`x-http-status`; `null` for codes that never cross the wire), the `swarm` CLI exit code it maps to (`x-exit-code`) and whether it is answered by a server (`wire`) or only produced locally (`local`). Every error an agent answers MUST use a code of this catalog in the ErrorBody shape (`[ERR-CAT-001]`).
     */
    ErrorCode:
      | 'INVALID_JSON'
      | 'INVALID_FORMAT'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'UNSUPPORTED_PROTOCOL_VERSION'
      | 'PROTOCOL_DOWNGRADE'
      | 'SEALED_CONTENT_INVALID'
      | 'AGENT_ID_MISMATCH'
      | 'WRONG_RECIPIENT'
      | 'SWARM_NOT_FOUND'
      | 'NOT_MEMBER'
      | 'ENDPOINT_MISMATCH'
      | 'INVALID_SIGNATURE'
      | 'TIMESTAMP_OUT_OF_WINDOW'
      | 'MESSAGE_EXPIRED'
      | 'MESSAGE_ID_CONFLICT'
      | 'NOT_AUTHORIZED'
      | 'INVALID_TOKEN'
      | 'UNSUPPORTED_ALGORITHM'
      | 'TOKEN_EXPIRED'
      | 'TOKEN_SWARM_MISMATCH'
      | 'TOKEN_ENDPOINT_MISMATCH'
      | 'TOKEN_EXHAUSTED'
      | 'TOKEN_REVOKED'
      | 'INVALID_PUBLIC_KEY'
      | 'AGENT_ID_TAKEN'
      | 'NOT_MASTER'
      | 'INVITES_DISABLED'
      | 'JOIN_DENIED'
      | 'RATE_LIMITED'
      | 'UNAUTHENTICATED'
      | 'ROUTE_NOT_FOUND'
      | 'METHOD_NOT_ALLOWED'
      | 'MALFORMED_REQUEST'
      | 'HEADERS_TOO_LARGE'
      | 'REQUEST_TIMEOUT'
      | 'MESSAGE_NOT_FOUND'
      | 'INVALID_STATE_TRANSITION'
      | 'WAKE_UNAVAILABLE'
      | 'SERVICE_UNAVAILABLE'
      | 'INTERNAL_ERROR'
      | 'PEER_UNREACHABLE'
      | 'PEER_TIMEOUT'
      | 'TLS_ERROR'
      | 'INVALID_RESPONSE'
      | 'MEMBER_NOT_FOUND'
      | 'MASTER_CANNOT_LEAVE'
      | 'NOT_INITIALIZED'
      | 'ALREADY_INITIALIZED'
      | 'CONFIG_INVALID'
      | 'KEY_FILE_INVALID'
      | 'STORE_TOO_NEW'
      | 'IMPORT_INVALID'
      | 'FILE_NOT_FOUND'
      | 'SEALING_UNSUPPORTED'
      | 'USAGE_ERROR'
      | 'CANCELLED';
    /**
     * Health
     * @description Liveness and readiness of an agent. `degraded` when the database cannot be reached, or when a sync of it failed and writes are refused until the agent restarts (the answer is then 503).
     * @example {
     *       "status": "healthy",
     *       "agent_id": "agent-alpha",
     *       "protocol_version": "0.1.0",
     *       "timestamp": "2026-02-05T14:30:00.000Z",
     *       "message": null,
     *       "checks": {
     *         "database": "ok"
     *       }
     *     }
     */
    Health: {
      /** @enum {string} */
      status: 'healthy' | 'degraded';
      agent_id: components['schemas']['AgentId'];
      protocol_version: string;
      timestamp: components['schemas']['MsZTimestamp'];
      /** @description Why the agent is degraded; `null` when healthy. */
      message: string | null;
      checks?: {
        /**
         * @description `failed`: a sync of the write-ahead log failed; nothing more is written until a restart recovers what the disk holds.
         * @enum {string}
         */
        database?: 'ok' | 'unreachable' | 'failed';
      };
    };
    /**
     * InboxBatchRequest
     * @example {
     *       "message_ids": [
     *         "550e8400-e29b-41d4-a716-446655440000"
     *       ],
     *       "action": "archive"
     *     }
     */
    InboxBatchRequest: {
      message_ids: string[];
      /** @enum {string} */
      action: 'read' | 'archive' | 'delete';
    };
    /**
     * InboxBatchResult
     * @description `updated` counts the rows that actually changed; ids unknown or in a status the action does not apply to are skipped.
     * @example {
     *       "action": "archive",
     *       "updated": 1,
     *       "total": 1
     *     }
     */
    InboxBatchResult: {
      /** @enum {string} */
      action: 'read' | 'archive' | 'delete';
      updated: number;
      total: number;
    };
    /**
     * InboxCount
     * @description Messages per status; `total` includes deleted rows not yet purged.
     * @example {
     *       "unread": 2,
     *       "read": 1,
     *       "archived": 0,
     *       "deleted": 0,
     *       "total": 3
     *     }
     */
    InboxCount: {
      unread: number;
      read: number;
      archived: number;
      deleted: number;
      total: number;
    };
    /**
     * InboxItem
     * @description One received message as the management API shows it.
     * @example {
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "sender_id": "agent-alpha",
     *       "recipient_id": "broadcast",
     *       "message_type": "message",
     *       "status": "unread",
     *       "received_at": "2026-02-05T14:30:00.120Z",
     *       "read_at": null,
     *       "content": "Hello, swarm!",
     *       "envelope": null
     *     }
     */
    InboxItem: {
      message_id: string;
      swarm_id: string;
      sender_id: string;
      recipient_id: string | null;
      message_type: components['schemas']['MessageType'];
      status: components['schemas']['InboxStatus'];
      received_at: components['schemas']['DateTime'];
      read_at: components['schemas']['DateTime'] | null;
      /** @description The message body. */
      content: string;
      envelope?: components['schemas']['Message'] | null;
    };
    /**
     * InboxList
     * @example {
     *       "count": 0,
     *       "messages": []
     *     }
     */
    InboxList: {
      count: number;
      messages: components['schemas']['InboxItem'][];
    };
    /**
     * InboxStatus
     * @description Lifecycle of a received message: unread → read → archived → deleted, archive also straight from unread, delete from any of the three. A purge removes deleted (and optionally archived) rows. [INBOX-SM-001] An inbox status transition MUST NOT lead back.
     * @enum {string}
     */
    InboxStatus: 'unread' | 'read' | 'archived' | 'deleted';
    /**
     * InboxTransition
     * @description Answer to a single status change.
     * @example {
     *       "status": "read",
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000"
     *     }
     */
    InboxTransition: {
      status: components['schemas']['InboxStatus'];
      message_id: string;
    };
    /**
     * JoinAccepted
     * @description 200 answer to a join: the swarm and its full member list, the joiner and the master included. `swarm_name` is never empty. `master` and `settings` are additions of ours that reference clients ignore.
     * @example {
     *       "status": "accepted",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "swarm_name": "demo-swarm",
     *       "members": [
     *         {
     *           "agent_id": "agent-alpha",
     *           "endpoint": "https://alpha.example.com/swarm",
     *           "public_key": "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="
     *         },
     *         {
     *           "agent_id": "agent-beta",
     *           "endpoint": "https://beta.example.com/swarm",
     *           "public_key": "gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q="
     *         }
     *       ]
     *     }
     */
    JoinAccepted: {
      /** @constant */
      status: 'accepted';
      swarm_id: components['schemas']['Uuid'];
      swarm_name: components['schemas']['SwarmName'];
      members: components['schemas']['Member'][];
      master?: components['schemas']['AgentId'];
      settings?: components['schemas']['SwarmSettings'];
    };
    /**
     * JoinPending
     * @description 202 answer to a join in a swarm that requires approval. [JOIN-APR-001] The master MUST keep the join request until it approves or denies it; repeating the request while pending gives 202 again and uses the token once.
     * @example {
     *       "status": "pending",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "message": "Swarm '6ba7b810-9dad-11d1-80b4-00c04fd430c8' requires master approval"
     *     }
     */
    JoinPending: {
      /** @constant */
      status: 'pending';
      swarm_id: components['schemas']['Uuid'];
      message: string;
    };
    /**
     * JoinRequest
     * @description Body of `POST <endpoint>/join`. Unsigned: the invite token is the credential. Extra keys (some clients add protocol_version, message_id, timestamp, signature) are ignored.
     * @example {
     *       "type": "system",
     *       "action": "join_request",
     *       "invite_token": "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzd2FybV9pZCI6IjZiYTdiODEwLTlkYWQtMTFkMS04MGI0LTAwYzA0ZmQ0MzBjOCIsIm1hc3RlciI6ImFnZW50LWFscGhhIiwiZW5kcG9pbnQiOiJodHRwczovL2FscGhhLmV4YW1wbGUuY29tL3N3YXJtIiwiaWF0IjoxNzM4NzYzODAwfQ.nLFgo2De322GVr6hbZa5nw7-7nNplFIyk0fmdV0A-Oe3l6eoym_9XL1kFKgXQAKos3YUuvh1R1jQNBhQ9_4xBQ",
     *       "sender": {
     *         "agent_id": "agent-beta",
     *         "endpoint": "https://beta.example.com/swarm",
     *         "public_key": "gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q="
     *       }
     *     }
     */
    JoinRequest: {
      /** @constant */
      type: 'system';
      /** @constant */
      action: 'join_request';
      /** @description The compact JWT, exactly as in the invite URL. */
      invite_token: string;
      sender: components['schemas']['JoinSender'];
    };
    /**
     * JoinSender
     * @description The agent asking to join. [JOIN-KEY-001] A server MUST refuse a joiner's `public_key` that is not the canonical base64 of a raw 32-byte key (another length, the SPKI form, URL-safe or unpadded base64) as a schema failure of the join body (`INVALID_FORMAT`, `details.pointer` `/sender/public_key`), before the token is looked at. [JOIN-ID-001] An agent_id already in the swarm with a different key MUST be refused (`AGENT_ID_TAKEN`) so that a token cannot take over an identity.
     * @example {
     *       "agent_id": "agent-beta",
     *       "endpoint": "https://beta.example.com/swarm",
     *       "public_key": "gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q="
     *     }
     */
    JoinSender: {
      agent_id: components['schemas']['AgentId'];
      endpoint: components['schemas']['Endpoint'];
      public_key: components['schemas']['PublicKey'];
    };
    /**
     * Member
     * @description A swarm member as exchanged on the wire (join responses).
     * @example {
     *       "agent_id": "agent-alpha",
     *       "endpoint": "https://alpha.example.com/swarm",
     *       "public_key": "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="
     *     }
     */
    Member: {
      agent_id: components['schemas']['AgentId'];
      endpoint: components['schemas']['Endpoint'];
      public_key: components['schemas']['PublicKey'];
    };
    /**
     * Message
     * @description The signed message envelope POSTed to a peer's `/message` route. The signature covers six fields only (see `signature`). Protocol 0.2 (an envelope whose `protocol_version` is `0.2.x`) keeps the same keys and adds `sealed`; its signature covers the whole envelope (`[ESIG-001]`), so a 0.2 receiver stores such an envelope exactly as received, unknown keys and `null` values included. [MSG-ENV-001] Senders MUST write the envelope's nine required keys, then the optional keys that are set, and MUST omit an optional key rather than send `null` or an empty collection. [MSG-ENV-002] Receivers MUST accept optional keys that are `null` (treated as absent) and MUST ignore top-level keys they do not know; such keys are not stored.
     * @example {
     *       "protocol_version": "0.1.0",
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "timestamp": "2026-02-05T14:30:00.000Z",
     *       "sender": {
     *         "agent_id": "agent-alpha",
     *         "endpoint": "https://alpha.example.com/swarm"
     *       },
     *       "recipient": "broadcast",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "type": "message",
     *       "content": "Hello, swarm!",
     *       "signature": "7bzONzKAJHSzzAsXPu34/PqWU31QwOf5DftUFqvztxU4BZ7WJDCzK03f6MxQqR1FXhA2eKovKTECd9SFRLYrAQ=="
     *     }
     * @example {
     *       "protocol_version": "0.1.0",
     *       "message_id": "123e4567-e89b-12d3-a456-426614174000",
     *       "timestamp": "2026-02-05T14:30:00.123Z",
     *       "sender": {
     *         "agent_id": "agent-alpha",
     *         "endpoint": "https://alpha.example.com/swarm"
     *       },
     *       "recipient": "agent-beta",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "type": "notification",
     *       "content": "Grüße ✓",
     *       "signature": "QE/KcE6SSnjzb7g6RJbWIp1P67lOOI1B7xnPhLmcmzh/f0fdZyEQsv6ImWA9R0617Pk3Y32Hf+iUjC2pa6SVDw==",
     *       "in_reply_to": "550e8400-e29b-41d4-a716-446655440000",
     *       "thread_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "priority": "high",
     *       "expires_at": "2026-02-06T00:00:00.000Z",
     *       "metadata": {
     *         "k": "v",
     *         "n": 1,
     *         "b": true
     *       }
     *     }
     */
    Message: {
      /**
       * @description Semantic version of the protocol the sender speaks. [MSG-VER-001] Receivers MUST refuse a protocol major version other than their own (`UNSUPPORTED_PROTOCOL_VERSION`); senders of 0.1.0 write `0.1.0`. [MSG-VER-002] An envelope whose version is `0.2.x` MUST be verified under the 0.2 rules (`[ESIG-002]`); any other `0.x.y` is verified under the 0.1.0 rules, as before. A sender writes `0.2.0` only to a recipient that advertised it (`[NEG-002]`).
       * @example 0.1.0
       * @example 0.2.0
       */
      protocol_version: string;
      /** @description Unique id of the message, chosen by the sender (UUIDv4). [MSG-ID-001] A receiver MUST store a message id once: a repeat with identical content is acknowledged without effect, a repeat with different content is refused (`MESSAGE_ID_CONFLICT`). */
      message_id: components['schemas']['Uuid'];
      /** @description When the message was signed. [MSG-TS-003] Receivers MUST refuse a message whose timestamp is outside the replay window (default 5 minutes either side of the receiver's clock). */
      timestamp: components['schemas']['Timestamp'];
      sender: components['schemas']['Sender'];
      /**
       * @description `broadcast` for every member of the swarm, or one member's agent_id. [MSG-RCPT-001] A receiver MUST refuse a message addressed to neither itself nor `broadcast` (`WRONG_RECIPIENT`).
       * @example broadcast
       * @example agent-beta
       */
      recipient: string;
      /** @description The swarm the message belongs to. [MSG-SWARM-001] A receiver MUST refuse a message for a swarm it does not know (`SWARM_NOT_FOUND`). */
      swarm_id: components['schemas']['Uuid'];
      type: components['schemas']['MessageType'];
      /** @description The body, any string. For `type: system` it is a SystemContent JSON document. Senders refuse empty content and content over 65536 characters; receivers accept any length within the request size limit. */
      content: string;
      /**
       * @description [MSG-SIG-001] The signature MUST be the standard base64 (with padding, 88 characters) of the Ed25519 signature of SHA-256(UTF-8(message_id + timestamp + swarm_id + recipient + type + content)), with no separators, where the UUIDs are lower-cased and the timestamp is normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ` (wall-clock digits kept, offset dropped, fraction truncated). [MSG-SIG-002] A receiver MUST verify the signature with the sender's registered key before storing anything (`INVALID_SIGNATURE`). [ESIG-001] In a 0.2 envelope the signature MUST instead be the standard base64 (with padding) of the Ed25519 signature (no pre-hash) of UTF-8 `agent-swarm-protocol/0.2 envelope` LF followed by the RFC 8785 (JCS) canonical JSON of the whole envelope without its `signature` key: every other key present, nested objects, unknown keys and `null` values included. A value JCS cannot represent (a non-finite number, a string with an unpaired surrogate) makes the envelope unsignable. [ESIG-002] A 0.2 receiver MUST verify that signature over the envelope exactly as it was parsed, with no value normalised first (the lower-casing of `[ID-UUID-001]` is for the 0.1.0 canonical string), and refuse (`INVALID_SIGNATURE`) an envelope any key of which was changed, added or removed. Senders therefore write every UUID in lower case and every date-time in the `timestamp` form before signing. [ESIG-003] A 0.2 receiver MUST refuse (`INVALID_JSON`, with `details.pointer` naming the name) a body in which any object has a member name twice, names compared as the strings they decode to, right after the protocol version check of `[SRV-MSG-001]`: parsers disagree on which of the two values is the one read (the last, the first, or both), and a signature covers one reading (I-JSON, RFC 7493 §2.3). A 0.1.0 body is read as before.
       * @example 7bzONzKAJHSzzAsXPu34/PqWU31QwOf5DftUFqvztxU4BZ7WJDCzK03f6MxQqR1FXhA2eKovKTECd9SFRLYrAQ==
       */
      signature: string;
      /** @description message_id of the message this one answers. */
      in_reply_to?: components['schemas']['Uuid'] | null;
      /** @description Conversation thread this message belongs to. */
      thread_id?: components['schemas']['Uuid'] | null;
      priority?: components['schemas']['Priority'];
      /** @description After this instant the message is void. Not covered by the signature. [MSG-EXP-001] A receiver MUST refuse a message whose `expires_at` has passed (`MESSAGE_EXPIRED`). */
      expires_at?: components['schemas']['Timestamp'] | null;
      attachments?: components['schemas']['Attachment'][] | null;
      references?: components['schemas']['Reference'][] | null;
      /** @description Free-form key/value data. Senders write only string, integer, boolean or null values. */
      metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description Protocol 0.2 only: the content encrypted for its readers (`[SEAL-001]`); `content` is then the empty string. A 0.1.0 envelope carrying `sealed` is refused (`SEALED_CONTENT_INVALID`). */
      sealed?: components['schemas']['SealedContent'] | null;
    };
    /**
     * MessageQueued
     * @description 200 answer to an accepted message (also to a duplicate with identical content, and to a message dropped because its sender or swarm is muted). `message_id` is echoed exactly as received.
     * @example {
     *       "status": "queued",
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000"
     *     }
     */
    MessageQueued: {
      /** @constant */
      status: 'queued';
      message_id: string;
    };
    /**
     * MessageType
     * @description `message` is ordinary traffic; `system` carries a membership event whose `content` is a SystemContent JSON document; `notification` is a light alert. Only `system` changes the receiver's state.
     * @enum {string}
     */
    MessageType: 'message' | 'system' | 'notification';
    /**
     * MsZTimestamp
     * @description The one timestamp form this implementation emits: UTC, exactly three fraction digits, a literal `Z` (what `Date.prototype.toISOString` produces for years 0000-9999).
     * @example 2026-02-05T14:30:00.000Z
     */
    MsZTimestamp: string;
    /**
     * OutboxCount
     * @example {
     *       "queued": 0,
     *       "sending": 0,
     *       "delivered": 3,
     *       "failed": 1,
     *       "total": 4
     *     }
     */
    OutboxCount: {
      queued: number;
      sending: number;
      delivered: number;
      failed: number;
      total: number;
    };
    /**
     * OutboxItem
     * @description One message to one recipient (a broadcast has a row per member).
     * @example {
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "recipient_id": "agent-beta",
     *       "broadcast": true,
     *       "message_type": "message",
     *       "content": "Hello",
     *       "status": "delivered",
     *       "attempts": 1,
     *       "created_at": "2026-02-05T14:30:00.000Z",
     *       "next_attempt_at": null,
     *       "delivered_at": "2026-02-05T14:30:00.050Z",
     *       "last_error": null,
     *       "last_status": 200
     *     }
     */
    OutboxItem: {
      message_id: string;
      swarm_id: string;
      /** @description The member this row delivers to. */
      recipient_id: string;
      /** @description Whether the message was addressed to `broadcast`. */
      broadcast?: boolean;
      message_type: components['schemas']['MessageType'];
      content: string;
      status: components['schemas']['OutboxStatus'];
      attempts: number;
      created_at: components['schemas']['DateTime'];
      next_attempt_at: components['schemas']['DateTime'] | null;
      delivered_at: components['schemas']['DateTime'] | null;
      last_error: string | null;
      last_status?: number | null;
    };
    /**
     * OutboxList
     * @example {
     *       "count": 0,
     *       "messages": []
     *     }
     */
    OutboxList: {
      count: number;
      messages: components['schemas']['OutboxItem'][];
    };
    /**
     * OutboxStatus
     * @description Delivery state of one message to one recipient: queued (waiting, possibly for a retry), sending (a worker holds it), delivered (the peer answered 200/202), failed (a final answer, or the retry budget spent).
     * @enum {string}
     */
    OutboxStatus: 'queued' | 'sending' | 'delivered' | 'failed';
    /**
     * Priority
     * @description Delivery priority. Absent means `normal`; senders omit it when it is `normal`. An explicit `null` is invalid.
     * @enum {string}
     */
    Priority: 'low' | 'normal' | 'high';
    /**
     * PublicKey
     * @description An Ed25519 public key: standard base64 (RFC 4648 section 4, with `=` padding) of the raw 32-byte key, always 44 characters. [ID-KEY-001] Public keys MUST be the raw key, never the SPKI/DER form (`MCowBQYDK2VwAyEA...`). [ID-KEY-002] Decoders MUST decode a public key strictly: exactly 32 bytes, the standard alphabet, canonical padding.
     * @example iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=
     * @example gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=
     */
    PublicKey: string;
    /**
     * Reference
     * @description A pointer to external work the message is about (a repository, issue, pull request, commit or URL), optionally with what the sender is doing about it. Senders write `type` first, then whichever of `repo`, `number`, `sha`, `url` are set, then `action`. Not covered by the signature.
     * @example {
     *       "type": "github_issue",
     *       "repo": "owner/repo",
     *       "number": 123,
     *       "action": "claimed"
     *     }
     */
    Reference: {
      /** @enum {string} */
      type: 'github_repo' | 'github_issue' | 'github_pr' | 'github_commit' | 'url';
      /** @description `owner/name`. */
      repo?: string;
      /** @description Issue or pull-request number. */
      number?: number;
      /** @description Commit hash. */
      sha?: string;
      url?: string;
      /** @enum {string} */
      action?: 'claimed' | 'completed' | 'blocked' | 'unblocked' | 'assigned' | 'mention' | 'review_requested';
    };
    /**
     * SealedContent
     * @description Protocol 0.2: the content of a message encrypted for its readers (the envelope's `sealed` key; the envelope's `content` is then the empty string). [SEAL-001] A sender MUST build it so: a fresh random 32-byte content key K and a random 24-byte nonce per message; `ciphertext` = XChaCha20-Poly1305-IETF(K, nonce, plaintext = UTF-8 of the content, additional data = UTF-8 of `agent-swarm-protocol/0.2 sealed` LF message_id LF swarm_id LF sender.agent_id, with both UUIDs lower-cased); for each reader, `wrapped` = libsodium's sealed box (`crypto_box_seal`: an ephemeral X25519 key, XSalsa20-Poly1305) of K to the reader's X25519 public key, which is its Ed25519 identity key converted (`crypto_sign_ed25519_pk_to_curve25519`). The sender lists itself as a reader, so its own stores can read what it sent. The whole envelope, `sealed` included, is then signed under `[ESIG-001]`: the ciphertext and the list of readers are the sender's. [SEAL-002] A receiver that is listed as a reader MUST open its key (`crypto_sign_ed25519_sk_to_curve25519` of its own key, `crypto_box_seal_open`) and the content, after the signature verifies and before storing; a key or ciphertext that does not open, a `content` other than the empty string, or a sealed `system` message MUST be refused (`SEALED_CONTENT_INVALID`). [SEAL-003] A receiver that is not a reader MUST store the envelope as received (ciphertext only) and MUST NOT try any other key. [SEAL-004] A store MUST keep the envelope exactly as received, ciphertext included (so that the signature can be verified again and the export round-trips). The body of a reader's inbox row is the plaintext, protected at rest like the agent's key (file permissions), and the empty string on a non-reader's row. Out of scope, and what would add it: forward secrecy (the wrapped keys stay openable by a reader's long-term key; a ratchet or per-session ephemeral X25519 keys signed by the identity key would add it) and key rotation (a signed `key_rotated` system message and a per-member key history). Sealing hides the content only: the envelope's other keys (sender, recipient, type, timestamps, metadata, the list of readers) stay readable by whoever relays the message.
     * @example {
     *       "alg": "x25519-xchacha20poly1305",
     *       "nonce": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYX",
     *       "ciphertext": "3q2+7w5eX0k7bH1Yc2lnbmVkIGFuZCBzZWFsZWQ=",
     *       "keys": [
     *         {
     *           "agent_id": "agent-beta",
     *           "wrapped": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk8="
     *         }
     *       ]
     *     }
     */
    SealedContent: {
      /**
       * @description The construction above. Receivers refuse any other value (`SEALED_CONTENT_INVALID`).
       * @constant
       */
      alg: 'x25519-xchacha20poly1305';
      /** @description The 24-byte XChaCha20-Poly1305 nonce, standard base64 with padding. */
      nonce: string;
      /** @description The encrypted content with its 16-byte tag, standard base64 with padding. */
      ciphertext: string;
      /** @description One wrapped content key per reader, each reader once. */
      keys: {
        agent_id: components['schemas']['AgentId'];
        /** @description `crypto_box_seal` of the 32-byte content key: 80 bytes, standard base64 with padding (108 characters). */
        wrapped: string;
      }[];
    };
    /**
     * Sender
     * @description Who sent a message, as the sender claims it. Unknown keys are ignored. Neither field is covered by the signature. [MSG-AUTH-002] A receiver MUST pick the verification key by `agent_id` from its own member records and MUST check that `endpoint` equals the member's registered endpoint (trailing `/` ignored).
     * @example {
     *       "agent_id": "agent-alpha",
     *       "endpoint": "https://alpha.example.com/swarm"
     *     }
     */
    Sender: {
      agent_id: components['schemas']['AgentId'];
      endpoint: components['schemas']['Endpoint'];
    };
    /**
     * SwarmName
     * @description A swarm's display name: 1-256 characters, any text, no surrounding whitespace once trimmed by the creator.
     * @example demo-swarm
     */
    SwarmName: string;
    /**
     * SwarmSettings
     * @description Per-swarm policy chosen by the master.
     * @example {
     *       "allow_member_invite": false,
     *       "require_approval": false
     *     }
     */
    SwarmSettings: {
      /**
       * @description Members may issue invites (signed with their own key, named in the token's `kid`).
       * @default false
       */
      allow_member_invite: boolean;
      /**
       * @description Joins wait for the master's `approve`/`deny` (202 until then).
       * @default false
       */
      require_approval: boolean;
    };
    /**
     * Timestamp
     * @description An ISO 8601 date-time with an explicit zone. [MSG-TS-001] Senders MUST emit exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC, milliseconds truncated, never rounded. [MSG-TS-002] Receivers MUST accept a fraction of 0-9 digits and a `+hh:mm`/`-hh:mm` offset in a timestamp, and MUST reject a timestamp without a zone.
     * @example 2026-02-05T14:30:00.000Z
     * @example 2026-02-05T14:30:00.123456Z
     * @example 2026-02-05T16:30:00.000+02:00
     */
    Timestamp: string;
    /**
     * Uuid
     * @description A hyphenated 8-4-4-4-12 hexadecimal UUID, any case on receipt. [ID-UUID-001] Senders MUST emit UUIDs in lower case; receivers MUST lower-case a UUID before it enters a signature's canonical string, and compare ids in that form.
     * @example 550e8400-e29b-41d4-a716-446655440000
     */
    Uuid: string;
    /**
     * WakeRequest
     * @description Asks the server to wake the local agent about a message; also what the webhook wake method POSTs.
     * @example {
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "sender_id": "agent-alpha",
     *       "notification_level": "normal"
     *     }
     * @example {
     *       "message_id": "550e8400-e29b-41d4-a716-446655440000",
     *       "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
     *       "sender_id": "agent-lead",
     *       "notification_level": "urgent",
     *       "rule": "lead"
     *     }
     */
    WakeRequest: {
      message_id: string;
      swarm_id: string;
      sender_id: string;
      /**
       * @description The level the wake rules gave the message (WakeLevel).
       * @enum {string}
       */
      notification_level: 'silent' | 'normal' | 'urgent';
      /** @description The wake rule that gave the level: its name, its place in config.yaml (`wake.rules[2]`), or `default:high-priority`, `default:low-priority`, `default:normal` for the built-in rules. Absent on a request that did not come from the rules. */
      rule?: string;
    };
    /**
     * WakeResult
     * @description `invoked`: the wake method was started; `already_active`: a session is active and was not woken again; `skipped`: muted or silent.
     * @example {
     *       "status": "invoked",
     *       "detail": null
     *     }
     */
    WakeResult: {
      /** @enum {string} */
      status: 'invoked' | 'already_active' | 'skipped';
      detail: string | null;
    };
  };
  responses: {
    /** @description An error from the catalog. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Missing or wrong management token. */
    Unauthenticated: {
      headers: {
        'WWW-Authenticate'?: 'Bearer';
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /**
     * @description [SRV-RL-001] A server SHOULD limit requests: per sender agent 60/min and per swarm 100/min on `/message`,
     *     joins 10/hour per client address (an IPv6 client counted by its /64), all configurable (`RATE_LIMITED`).
     */
    RateLimited: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        'X-RateLimit-Limit': components['headers']['RateLimitLimit'];
        'X-RateLimit-Remaining': components['headers']['RateLimitRemaining'];
        'X-RateLimit-Reset': components['headers']['RateLimitReset'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /**
     * @description The agent cannot take the request now (`SERVICE_UNAVAILABLE`): its database is unreachable or stopped, it
     *     is shutting down, or it is already receiving too much at once.
     *     [SRV-BODY-001] A server MUST bound the request bodies it holds at once over all requests, and past that
     *     bound refuse new ones with `SERVICE_UNAVAILABLE` (503) and a `Retry-After`, leaving the bodies already being
     *     read alone.
     */
    Unavailable: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description The message's status after the change. */
    Transition: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['InboxTransition'];
      };
    };
  };
  parameters: {
    /** @description The calling agent's id. When present on `/message` it must equal `sender.agent_id`. */
    AgentIdHeader: components['schemas']['AgentId'];
    /** @description The protocol version of the request (`0.1.0`, or `0.2.0` with a 0.2 envelope). A major version other than ours is refused. */
    ProtocolHeader: string;
    SwarmIdQuery: components['schemas']['Uuid'];
    LimitQuery: number;
    MessageIdPath: string;
  };
  requestBodies: never;
  headers: {
    /** @description Requests allowed in the current window for the most constrained limit that applies. */
    RateLimitLimit: number;
    /** @description Requests left in that window. */
    RateLimitRemaining: number;
    /** @description Seconds until the window frees a request. */
    RateLimitReset: number;
    /** @description [SRV-RL-002] `Retry-After` MUST be the seconds to wait before retrying (a delay, never an absolute time). */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: {
        /** @description The calling agent's id. When present on `/message` it must equal `sender.agent_id`. */
        'X-Agent-ID'?: components['parameters']['AgentIdHeader'];
        /** @description The protocol version of the request (`0.1.0`, or `0.2.0` with a 0.2 envelope). A major version other than ours is refused. */
        'X-Swarm-Protocol'?: components['parameters']['ProtocolHeader'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      429: components['responses']['RateLimited'];
      /** @description Degraded (database unreachable). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  getInfo: {
    parameters: {
      query?: never;
      header?: {
        /** @description The calling agent's id. When present on `/message` it must equal `sender.agent_id`. */
        'X-Agent-ID'?: components['parameters']['AgentIdHeader'];
        /** @description The protocol version of the request (`0.1.0`, or `0.2.0` with a 0.2 envelope). A major version other than ours is refused. */
        'X-Swarm-Protocol'?: components['parameters']['ProtocolHeader'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent's identity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentInfo'];
        };
      };
      429: components['responses']['RateLimited'];
    };
  };
  postMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description The calling agent's id. When present on `/message` it must equal `sender.agent_id`. */
        'X-Agent-ID'?: components['parameters']['AgentIdHeader'];
        /** @description The protocol version of the request (`0.1.0`, or `0.2.0` with a 0.2 envelope). A major version other than ours is refused. */
        'X-Swarm-Protocol'?: components['parameters']['ProtocolHeader'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Message'];
      };
    };
    responses: {
      /** @description Stored (or a harmless duplicate, or dropped because muted). */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['RateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['RateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['RateLimitReset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageQueued'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Error'];
      403: components['responses']['Error'];
      404: components['responses']['Error'];
      409: components['responses']['Error'];
      413: components['responses']['Error'];
      415: components['responses']['Error'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Error'];
      503: components['responses']['Unavailable'];
    };
  };
  postJoin: {
    parameters: {
      query?: never;
      header?: {
        /** @description The calling agent's id. When present on `/message` it must equal `sender.agent_id`. */
        'X-Agent-ID'?: components['parameters']['AgentIdHeader'];
        /** @description The protocol version of the request (`0.1.0`, or `0.2.0` with a 0.2 envelope). A major version other than ours is refused. */
        'X-Swarm-Protocol'?: components['parameters']['ProtocolHeader'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinRequest'];
      };
    };
    responses: {
      /** @description Admitted (or already a member). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinAccepted'];
        };
      };
      /** @description Waiting for the master's approval. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinPending'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Error'];
      403: components['responses']['Error'];
      404: components['responses']['Error'];
      409: components['responses']['Error'];
      413: components['responses']['Error'];
      415: components['responses']['Error'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Error'];
      503: components['responses']['Unavailable'];
    };
  };
  listInbox: {
    parameters: {
      query?: {
        /** @description A status, or `all` for unread, read and archived. */
        status?: 'unread' | 'read' | 'archived' | 'deleted' | 'all';
        swarm_id?: components['parameters']['SwarmIdQuery'];
        sender_id?: string;
        limit?: components['parameters']['LimitQuery'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page of messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxList'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
      429: components['responses']['RateLimited'];
    };
  };
  countInbox: {
    parameters: {
      query?: {
        swarm_id?: components['parameters']['SwarmIdQuery'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxCount'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
    };
  };
  batchInbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InboxBatchRequest'];
      };
    };
    responses: {
      /** @description How many rows changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxBatchResult'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
      413: components['responses']['Error'];
      415: components['responses']['Error'];
    };
  };
  getInboxMessage: {
    parameters: {
      query?: {
        mark_read?: boolean;
      };
      header?: never;
      path: {
        message_id: components['parameters']['MessageIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxItem'];
        };
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['Error'];
    };
  };
  readInboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        message_id: components['parameters']['MessageIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Transition'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['Error'];
    };
  };
  archiveInboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        message_id: components['parameters']['MessageIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Transition'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['Error'];
      409: components['responses']['Error'];
    };
  };
  deleteInboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        message_id: components['parameters']['MessageIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Transition'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['Error'];
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        swarm_id?: components['parameters']['SwarmIdQuery'];
        status?: components['schemas']['OutboxStatus'];
        limit?: components['parameters']['LimitQuery'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page of deliveries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxList'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
    };
  };
  countOutbox: {
    parameters: {
      query?: {
        swarm_id?: components['parameters']['SwarmIdQuery'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxCount'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
    };
  };
  getOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        message_id: components['parameters']['MessageIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per recipient. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxList'];
        };
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['Error'];
    };
  };
  wake: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WakeRequest'];
      };
    };
    responses: {
      /** @description Not woken (already active, or skipped). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WakeResult'];
        };
      };
      /** @description The wake method was started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WakeResult'];
        };
      };
      400: components['responses']['Error'];
      401: components['responses']['Unauthenticated'];
      503: components['responses']['Error'];
    };
  };
}
