/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

/**
 * An agent identifier as it appears on the wire: an opaque, case-sensitive string compared byte for byte. [ID-AGENT-001] Receivers MUST accept any non-empty agent identifier of at most 256 characters. [ID-AGENT-002] Implementations MUST create new identities only from 1-256 characters of `[A-Za-z0-9_.-]` (see NewAgentId) and MUST NOT create an agent called `broadcast`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "AgentId".
 */
export type AgentId = string;
/**
 * Public identity of an agent. `public_key` MUST be derived from the agent's own private key, never configured separately (`[INFO-KEY-001]`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "AgentInfo".
 */
export interface AgentInfo {
  agent_id: AgentId;
  endpoint: Endpoint;
  public_key: PublicKey;
  protocol_version: string;
  capabilities: MessageType[];
  metadata: {
    name?: string;
    description?: string;
  } | null;
  /**
   * Every protocol version this agent accepts, as `X.Y.Z`. Absent means `0.1.0` alone (the reference does not send it, and ignores it). [NEG-001] An agent that accepts 0.2 MUST list `0.2.0` here (and `0.1.0`: every agent accepts 0.1.0). [NEG-002] A sender MUST send a member a 0.2 envelope only when that member's `/info` listed `0.2.0` (or a verified 0.2 message from it showed it), and 0.1.0 otherwise; what it learnt is kept per member for a limited time (an hour by default) and learnt again after it. A broadcast to a swarm that mixes versions sends each member the version it speaks, under one message_id. A sealed message goes only to members that speak 0.2: a direct one to a member that does not is refused before anything is queued (`SEALING_UNSUPPORTED`), and a sealed broadcast leaves such members out and says so.
   *
   * @minItems 1
   * @maxItems 16
   */
  protocol_versions?: string[];
}
/**
 * A file attached to a message: a URL to fetch, or inline content (base64 for binary types). Not covered by the signature. Extra keys are allowed and kept.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Attachment".
 */
export interface Attachment {
  /**
   * `url`: `content` is a URL; `inline`: `content` is the data itself.
   */
  type: 'url' | 'inline';
  /**
   * IANA media type of the attached data.
   */
  mime_type: string;
  /**
   * The URL or the inline data.
   */
  content: string;
}
/**
 * `config.yaml` in the swarm home (`$SWARM_HOME`, default `~/.swarm`). `swarm init` writes `agent_id` and `endpoint`; every other key is optional with the default shown. Relative file paths are relative to the swarm home. Unknown top-level keys are kept and ignored.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Config".
 */
export interface Config {
  agent_id: NewAgentId;
  endpoint: Endpoint;
  default_swarm?: Uuid;
  /**
   * Display name served in `/swarm/info` metadata.
   */
  name?: string;
  /**
   * Description served in `/swarm/info` metadata.
   */
  description?: string;
  server?: {
    /**
     * Address to bind.
     */
    host?: string;
    /**
     * Port to bind; 0 picks a free one.
     */
    port?: number;
    /**
     * Path prefix of the swarm routes; the endpoint should end with it.
     */
    base_path?: string;
    /**
     * Serve HTTPS with this certificate. Without it the server speaks plain HTTP and refuses to bind a non-loopback address (run it behind a TLS proxy).
     */
    tls?: {
      cert: string;
      key: string;
    };
    /**
     * Take the client address from `X-Forwarded-For` set by a proxy on loopback.
     */
    trust_proxy?: boolean;
    /**
     * Largest request body accepted (413 above).
     */
    body_limit_bytes?: number;
    /**
     * Most request-body bytes held at once over all requests being received (503 with Retry-After above). Bounds the memory many slow peers can pin; never less than body_limit_bytes.
     */
    bodies_in_flight_bytes?: number;
    /**
     * How far a message timestamp may be from this agent's clock, either side.
     */
    replay_window_seconds?: number;
    rate_limits?: {
      enabled?: boolean;
      /**
       * Messages per sender agent per minute.
       */
      per_sender_per_minute?: number;
      /**
       * Messages per swarm per minute.
       */
      per_swarm_per_minute?: number;
      /**
       * Join requests per client address per hour; IPv6 clients are counted per /64 network.
       */
      joins_per_ip_per_hour?: number;
    };
    management?: {
      /**
       * Answer the management API (`/api/...`) only to loopback clients.
       */
      loopback_only?: boolean;
    };
  };
  client?: {
    /**
     * Extra CA certificates (PEM) trusted besides the system ones.
     */
    ca_file?: string;
    /**
     * Per-request timeout.
     */
    timeout_ms?: number;
    /**
     * Deliveries in flight at once (broadcast fan-out).
     */
    concurrency?: number;
    /**
     * Attempts per recipient before a delivery is failed.
     */
    max_attempts?: number;
    /**
     * Allow plain `http://` for loopback peers (tests, proxies). Never for other hosts.
     */
    allow_http_loopback?: boolean;
  };
  wake?: {
    method?: 'none' | 'tmux' | 'command' | 'webhook';
    /**
     * tmux target pane (`session:window.pane`) that receives a prompt line.
     */
    tmux_target?: string;
    /**
     * Program and arguments run on wake; the message, its level and the rule that fired arrive in SWARM_* environment variables.
     *
     * @minItems 1
     */
    command?: string[];
    /**
     * URL POSTed a WakeRequest (with the level and the rule that fired).
     */
    webhook_url?: string;
    /**
     * An agent active within this many minutes is not woken again.
     */
    session_timeout_minutes?: number;
    /**
     * The levels that wake the agent (outside quiet hours; during them only `urgent`). Default: `normal` and `urgent`.
     */
    levels?: ('silent' | 'normal' | 'urgent')[];
    /**
     * Wake rules, tried in order after the swarm's own and before the built-in defaults; the first that matches gives a message its level. Default: none, so the built-in defaults decide (priority `high` → urgent, `low` → silent, anything else → normal), which wakes for every stored message but low-priority ones.
     *
     * @maxItems 1000
     */
    rules?: WakeRule[];
    quiet_hours?: WakeQuietHours;
    /**
     * Per-swarm overrides, keyed by swarm id.
     */
    swarms?: {
      [k: string]: WakeSwarmOverride | undefined;
    };
  };
  /**
   * What `swarm serve` (every `interval_minutes`) and `swarm purge --retention` remove for good, so that a long-lived agent's store stays bounded. Ages count from when a message was received; counts keep the newest per swarm. Every limit is off when absent.
   */
  retention?: {
    /**
     * Remove read messages received more than this many days ago.
     */
    read_max_age_days?: number;
    /**
     * Keep at most this many read messages per swarm (the newest).
     */
    read_max_per_swarm?: number;
    /**
     * Remove archived messages received more than this many days ago.
     */
    archived_max_age_days?: number;
    /**
     * Keep at most this many archived messages per swarm (the newest).
     */
    archived_max_per_swarm?: number;
    /**
     * Remove deleted messages deleted more than this many hours ago.
     */
    deleted_max_age_hours?: number;
    /**
     * Remove delivered outbox rows delivered more than this many days ago.
     */
    delivered_max_age_days?: number;
    /**
     * How often `swarm serve` applies the retention.
     */
    interval_minutes?: number;
  };
  /**
   * Protocol 0.2 (whole-envelope signatures, sealed content) and its negotiation. Every key has a default.
   */
  protocol?: {
    /**
     * Advertise and speak protocol 0.2 with members that advertise it. Off: this agent speaks 0.1.0 alone, as the reference does, and refuses 0.2 envelopes (`UNSUPPORTED_PROTOCOL_VERSION`). Default true.
     */
    v02?: boolean;
    /**
     * Refuse a 0.1.x message from a member known to speak 0.2 (`PROTOCOL_DOWNGRADE`). Default true.
     */
    refuse_downgrade?: boolean;
    /**
     * How long what a member's `/info` said about its versions is trusted before it is read again. Default 3600.
     */
    peer_info_ttl_seconds?: number;
  };
}
/**
 * The result of one conformance check.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ConformanceCheckResult".
 */
export interface ConformanceCheckResult {
  id: string;
  /**
   * The section of the suite (and of the spec) it belongs to.
   */
  section: string;
  requirement: string;
  also: string[];
  level: 'MUST' | 'SHOULD' | 'MAY';
  category: 'security' | 'correctness' | 'format';
  expected: string;
  status: 'passed' | 'failed' | 'skipped';
  /**
   * Present when failed: what kind of departure, and what was observed.
   */
  failure?: {
    category: 'security' | 'correctness' | 'format';
    message: string;
  };
  /**
   * Present when skipped: why.
   */
  reason?: string;
  /**
   * Each request sent and the answer received, one line each, bodies shortened.
   */
  exchanges: {
    request: string;
    answer: string;
  }[];
  notes: string[];
  duration_ms: number;
  waited_ms?: number;
}
/**
 * One step of `swarm conformance client`: what the suite asks the implementation under test to do, as the environment variables it runs the `--drive` command with (added to the suite's own environment). The command runs once per step, through `sh -c`, with a time limit (`--step-timeout`); exit status 0 says the implementation did the step, any other that it refused or failed. The suite judges what the implementation sends, not what the command prints (its output is kept in the report's notes). Without `--drive` the suite prints the same variables and waits for the request. Steps: `join` (join with the invite: an invite whose token names another swarm than its URL must be refused before anything is sent, every other one admitted), `send-broadcast` (send the text to every member of the swarm), `send-direct` (send the text to the recipient alone), `send-sealed` (protocol 0.2: send the text to the recipient alone, sealed for it under `[SEAL-001]`; asked only of an implementation whose `/info` lists `0.2.0`), `leave` (leave the swarm, telling the members). A command that does not know a step exits 64 (`EX_USAGE`, as a `*)` branch of `case` would): for `send-sealed`, which only an implementation that seals can do, the checks that need it are then skipped; for any other step it is a failure like any other. The implementation runs its own server throughout: the suite learns its endpoint from its join request and then sends to it as the swarm's master and members.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ConformanceDriverStep".
 */
export interface ConformanceDriverStep {
  /**
   * What to do.
   */
  SWARM_CONFORMANCE_STEP: 'join' | 'send-broadcast' | 'send-direct' | 'send-sealed' | 'leave';
  /**
   * `join`: the `swarm://` invite URL, exactly as an operator would paste it (it may carry further query parameters).
   */
  SWARM_CONFORMANCE_INVITE?: string;
  /**
   * Every step: the PEM file of the suite's throwaway CA (`<out>/ca.pem`), which signs the certificate of every endpoint of the suite. The implementation must trust it for its client and its server alike (the server fetches `/info` of new members).
   */
  SWARM_CONFORMANCE_CA_FILE: string;
  /**
   * Every step: the id of the suite's swarm (the one the invite URL names).
   */
  SWARM_CONFORMANCE_SWARM_ID: string;
  /**
   * `send-broadcast`, `send-direct`, `send-sealed`: the message content, sent as it is (type `message`, no optional fields needed; sealed for `send-sealed`).
   */
  SWARM_CONFORMANCE_TEXT?: string;
  /**
   * `send-direct`, `send-sealed`: the agent_id of the member to send to.
   */
  SWARM_CONFORMANCE_RECIPIENT?: string;
}
/**
 * What `swarm conformance` found: one result per check, each citing the requirement it exercises, with the requests sent and the answers received. `--json` prints this object; `--junit` and the text output are renderings of it. Never contains a private key or a management token.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ConformanceReport".
 */
export interface ConformanceReport {
  suite: 'agent-swarm-protocol conformance';
  /**
   * The protocol version the checks are written for.
   */
  protocol_version: string;
  /**
   * `server`: the agent's server, as a stranger and as a member of one of its swarms.
   */
  mode: 'server' | 'client' | 'vectors';
  /**
   * What was checked: the agent's swarm base URL.
   */
  target: string;
  started_at: MsZTimestamp;
  duration_ms: number;
  /**
   * Whether SHOULD failures fail the run (`--strict`).
   */
  strict: boolean;
  /**
   * `pass` when no MUST check failed (and, with `strict`, no SHOULD check either).
   */
  verdict: 'pass' | 'fail';
  summary: {
    passed: number;
    failed: number;
    skipped: number;
    by_level: {
      MUST: ConformanceTally;
      SHOULD: ConformanceTally;
      MAY: ConformanceTally;
    };
    failures_by_category: {
      security: number;
      correctness: number;
      format: number;
    };
    /**
     * Time spent waiting out 429 answers as their `Retry-After` said.
     */
    waited_ms: number;
  };
  /**
   * The requirements exercised by the checks that ran (passed or failed), against those an outside tool can observe in this mode.
   */
  coverage?: {
    exercised: string[];
    observable: string[];
  };
  checks: ConformanceCheckResult[];
  /**
   * The identities the suite joined to the agent's swarm, and whether each left again.
   */
  identities: {
    agent_id: string;
    /**
     * Its signed `member_left` was answered 200.
     */
    left: boolean;
    /**
     * A message it sent afterwards was refused as from a non-member.
     */
    confirmed_gone: boolean;
    detail?: string;
  }[];
  /**
   * What the run leaves on the agent under test.
   */
  left_behind: {
    /**
     * Every message the suite sent has content starting with this.
     */
    content_prefix: string;
    /**
     * Messages the agent answered 200 (stored in its inbox, or dropped as muted).
     */
    messages_accepted: number;
    identities_remaining: string[];
  };
}
/**
 * How many checks of one level passed, failed and were skipped.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ConformanceTally".
 */
export interface ConformanceTally {
  passed: number;
  failed: number;
  skipped: number;
}
/**
 * A date-time in a state file or on the management API: ISO 8601 with a zone. This implementation writes the ms-Z UTC form; files from the reference carry Python isoformat (`+00:00`, microseconds) and are accepted.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "DateTime".
 */
export type DateTime = string;
/**
 * The base URL of an agent's swarm routes, not its origin: peers strip trailing `/` characters and append `/message`, `/join` or `/info`. Endpoints are stored and compared verbatim, except that the membership check ignores trailing `/` characters. [ID-ENDP-001] An endpoint MUST start with the exact lower-case prefix `https://` and be at most 2048 characters. [ID-ENDP-002] An agent SHOULD advertise `https://<host>[:port]/swarm`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Endpoint".
 */
export type Endpoint = string;
/**
 * The one error shape, for every non-2xx answer. [ERR-SHAPE-001] An error body's `details` MUST always be present: an object, or `null`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ErrorBody".
 */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    /**
     * Human-readable explanation; not for machines.
     */
    message: string;
    details: {
      [k: string]: unknown | undefined;
    } | null;
  };
}
/**
 * The one catalog of error codes. Each code has its HTTP status (`x-http-status`; `null` for codes that never cross the wire), the `swarm` CLI exit code it maps to (`x-exit-code`) and whether it is answered by a server (`wire`) or only produced locally (`local`). Every error an agent answers MUST use a code of this catalog in the ErrorBody shape (`[ERR-CAT-001]`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ErrorCode".
 */
export type ErrorCode =
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
 * An inbox row in an export. `envelope` is our addition (the envelope as received, JSON text); reference files carry the stored content only.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ExportInboxRow".
 */
export interface ExportInboxRow {
  message_id: string;
  swarm_id: string;
  sender_id: string;
  recipient_id?: string | null;
  message_type: string;
  content: string;
  received_at: DateTime;
  status: InboxStatus;
  read_at?: DateTime | null;
  archived_at?: DateTime | null;
  deleted_at?: DateTime | null;
  envelope?: string | null;
}
/**
 * An outbox row in an export: one message to one recipient. The reference's statuses (`sent`) are accepted on import and read as `delivered`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ExportOutboxRow".
 */
export interface ExportOutboxRow {
  message_id: string;
  swarm_id: string;
  recipient_id: string;
  message_type: string;
  content: string;
  sent_at?: DateTime | null;
  created_at?: DateTime;
  status: 'sent' | 'queued' | 'sending' | 'delivered' | 'failed';
  delivered_at?: DateTime | null;
  error?: string | null;
  attempts?: number;
  next_attempt_at?: DateTime | null;
  last_status?: number | null;
  broadcast?: boolean;
  envelope?: string | null;
}
/**
 * The export document, schema 2.0.0: everything an agent knows, as written by `swarm export` and read by `swarm import`. [STATE-EXP-001] An export MUST contain every swarm, member, mute, cached key, inbox row (deleted ones excepted) and outbox row, and MUST validate against the ExportV2 schema before it is written. [STATE-IMP-001] An import MUST validate the whole file first and apply it in one transaction, all or nothing.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "ExportV2".
 */
export interface ExportV2 {
  schema_version: '2.0.0';
  agent_id: AgentId;
  exported_at: DateTime;
  swarms: {
    [k: string]: SwarmMembership | undefined;
  };
  muted_swarms: string[];
  muted_agents: string[];
  public_keys: {
    [k: string]: PublicKeyEntry | undefined;
  };
  inbox: ExportInboxRow[];
  outbox: ExportOutboxRow[];
}
/**
 * Liveness and readiness of an agent. `degraded` when the database cannot be reached, or when a sync of it failed and writes are refused until the agent restarts (the answer is then 503).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Health".
 */
export interface Health {
  status: 'healthy' | 'degraded';
  agent_id: AgentId;
  protocol_version: string;
  timestamp: MsZTimestamp;
  /**
   * Why the agent is degraded; `null` when healthy.
   */
  message: string | null;
  checks?: {
    /**
     * `failed`: a sync of the write-ahead log failed; nothing more is written until a restart recovers what the disk holds.
     */
    database?: 'ok' | 'unreachable' | 'failed';
  };
}
/**
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxBatchRequest".
 */
export interface InboxBatchRequest {
  /**
   * @minItems 1
   * @maxItems 100
   */
  message_ids: string[];
  action: 'read' | 'archive' | 'delete';
}
/**
 * `updated` counts the rows that actually changed; ids unknown or in a status the action does not apply to are skipped.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxBatchResult".
 */
export interface InboxBatchResult {
  action: 'read' | 'archive' | 'delete';
  updated: number;
  total: number;
}
/**
 * Messages per status; `total` includes deleted rows not yet purged.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxCount".
 */
export interface InboxCount {
  unread: number;
  read: number;
  archived: number;
  deleted: number;
  total: number;
}
/**
 * One received message as the management API shows it.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxItem".
 */
export interface InboxItem {
  message_id: string;
  swarm_id: string;
  sender_id: string;
  recipient_id: string | null;
  message_type: MessageType;
  status: InboxStatus;
  received_at: DateTime;
  read_at: DateTime | null;
  /**
   * The message body.
   */
  content: string;
  envelope?: Message | null;
}
/**
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxList".
 */
export interface InboxList {
  count: number;
  messages: InboxItem[];
}
/**
 * Lifecycle of a received message: unread → read → archived → deleted, archive also straight from unread, delete from any of the three. A purge removes deleted (and optionally archived) rows. [INBOX-SM-001] An inbox status transition MUST NOT lead back.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxStatus".
 */
export type InboxStatus = 'unread' | 'read' | 'archived' | 'deleted';
/**
 * Answer to a single status change.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InboxTransition".
 */
export interface InboxTransition {
  status: InboxStatus;
  message_id: string;
}
/**
 * The payload of an invite JWT, serialised as compact JSON with keys in the order swarm_id, master, endpoint, iat, expires_at, max_uses and non-ASCII written as `\uXXXX`. The JWT signature is Ed25519 over the ASCII `<header_b64url>.<payload_b64url>` with no pre-hash. A token without `expires_at` is unlimited in time, and one without `max_uses` in uses. [TOK-CLM-001] A verifier MUST refuse a token without swarm_id, master, endpoint or iat (`INVALID_TOKEN`). [TOK-EXP-001] A verifier MUST refuse a token once its `expires_at` has passed (`TOKEN_EXPIRED`). [TOK-USE-001] A verifier MUST count a token's redemptions atomically and refuse the one past its `max_uses` (`TOKEN_EXHAUSTED`). [TOK-REV-001] A verifier MUST refuse a revoked token (`TOKEN_REVOKED`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InviteTokenClaims".
 */
export interface InviteTokenClaims {
  swarm_id: Uuid;
  master: AgentId;
  endpoint: Endpoint;
  /**
   * Issue time, integer Unix seconds.
   */
  iat: number;
  expires_at?: Timestamp;
  /**
   * How many joins the token admits; omitted for unlimited.
   */
  max_uses?: number;
}
/**
 * The protected header of an invite JWT. Masters write exactly the bytes `{"alg":"EdDSA","typ":"JWT"}`. A token issued by a member of a swarm that allows member invites names its signer in `kid`. [TOK-ALG-001] Verifiers MUST refuse any `alg` but `EdDSA` (in particular `none` and every HS* /RS* /ES* algorithm) with `UNSUPPORTED_ALGORITHM`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InviteTokenHeader".
 */
export interface InviteTokenHeader {
  alg: 'EdDSA';
  typ?: 'JWT';
  kid?: AgentId;
}
/**
 * An invite as shared between people and agents: `swarm://<swarm_id>@<host[:port] of the master endpoint>?token=<jwt>`. The authority is informational; the join goes to the JWT's `endpoint` claim. [TOK-URL-001] Parsers MUST take the JWT from the `token` query parameter alone (further parameters are ignored, never appended to the token).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "InviteUrl".
 */
export type InviteUrl = string;
/**
 * 200 answer to a join: the swarm and its full member list, the joiner and the master included. `swarm_name` is never empty. `master` and `settings` are additions of ours that reference clients ignore.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "JoinAccepted".
 */
export interface JoinAccepted {
  status: 'accepted';
  swarm_id: Uuid;
  swarm_name: SwarmName;
  /**
   * @minItems 1
   */
  members: Member[];
  master?: AgentId;
  settings?: SwarmSettings;
}
/**
 * 202 answer to a join in a swarm that requires approval. [JOIN-APR-001] The master MUST keep the join request until it approves or denies it; repeating the request while pending gives 202 again and uses the token once.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "JoinPending".
 */
export interface JoinPending {
  status: 'pending';
  swarm_id: Uuid;
  message: string;
}
/**
 * Body of `POST <endpoint>/join`. Unsigned: the invite token is the credential. Extra keys (some clients add protocol_version, message_id, timestamp, signature) are ignored.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "JoinRequest".
 */
export interface JoinRequest {
  type: 'system';
  action: 'join_request';
  /**
   * The compact JWT, exactly as in the invite URL.
   */
  invite_token: string;
  sender: JoinSender;
}
/**
 * The agent asking to join. [JOIN-KEY-001] A server MUST refuse a joiner's `public_key` that is not the canonical base64 of a raw 32-byte key (another length, the SPKI form, URL-safe or unpadded base64) as a schema failure of the join body (`INVALID_FORMAT`, `details.pointer` `/sender/public_key`), before the token is looked at. [JOIN-ID-001] An agent_id already in the swarm with a different key MUST be refused (`AGENT_ID_TAKEN`) so that a token cannot take over an identity.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "JoinSender".
 */
export interface JoinSender {
  agent_id: AgentId;
  endpoint: Endpoint;
  public_key: PublicKey;
}
/**
 * Tells an agent that the master removed it. Sent by the master to the kicked agent only (recipient = that agent). Authority (`[SYS-AUTH-001]`): receivers MUST accept it only from the current master. [SYS-KICK-001] The kicked agent SHOULD forget the swarm.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "KickedContent".
 */
export interface KickedContent {
  action: 'kicked';
  agent_id: AgentId;
  /**
   * Free-text reason given by the master, at most 500 characters; omitted when empty.
   */
  reason?: string;
}
/**
 * A `message_queue` entry of a 1.0.0 file: pending/processing import as unread, anything else as read.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "LegacyQueueRow".
 */
export interface LegacyQueueRow {
  message_id: string;
  swarm_id: string;
  sender_id: string;
  message_type: string;
  content: string;
  received_at: DateTime;
  processed_at?: DateTime | null;
  status?: string;
  error?: string | null;
}
/**
 * Announces to every other member that `agent_id` is now the master. Sent by the outgoing master (recipient `broadcast`) after the transfer. Authority (`[SYS-AUTH-001]`): receivers MUST accept it only from the swarm's current master and only when `agent_id` is a member.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MasterChangedContent".
 */
export interface MasterChangedContent {
  action: 'master_changed';
  agent_id: AgentId;
  previous_master: AgentId;
}
/**
 * The current master hands the role to `agent_id`. Sent by the current master to the new master (recipient = that agent). [SYS-AUTH-003] Receivers MUST accept `master_transfer` only from the current master and only when its `agent_id` is a member; the receiver then records `agent_id` as master.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MasterTransferContent".
 */
export interface MasterTransferContent {
  action: 'master_transfer';
  agent_id: AgentId;
  previous_master: AgentId;
  /**
   * Free-text reason given by the master, at most 500 characters; omitted when empty.
   */
  reason?: string;
}
/**
 * One sent message to one recipient, after its first delivery attempt (or when the wait for it ended).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpDelivery".
 */
export interface McpDelivery {
  message_id: Uuid;
  /**
   * For membership operations: the system message (`member_left`, `kicked`, ...).
   */
  action?: string;
  recipient_id: AgentId;
  status: OutboxStatus;
  attempts: number;
  status_code: number | null;
  /**
   * The last failure of a row not delivered (yet).
   */
  error: {
    code: ErrorCode;
    message: string;
  } | null;
}
/**
 * The content of the MCP resource `swarm://<swarm_id>/inbox`: counts and the newest messages (not deleted). Reading it marks nothing read.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpInbox".
 */
export interface McpInbox {
  swarm_id: Uuid;
  /**
   * Null for a swarm this agent has left.
   */
  name: string | null;
  counts: InboxCount;
  messages: McpMessage[];
}
/**
 * Arguments of the MCP tool `invite`: a signed invite URL to a swarm this agent masters (or, where member invites are allowed, is a member of). Unlimited unless asked.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpInviteInput".
 */
export interface McpInviteInput {
  swarm_id?: Uuid;
  /**
   * Hours until the invite expires (fractions allowed; default never).
   */
  expires_hours?: number;
  /**
   * Joins the invite admits (default unlimited).
   */
  max_uses?: number;
}
/**
 * Result of the MCP tool `invite`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpInviteOutput".
 */
export interface McpInviteOutput {
  invite_url: InviteUrl;
  swarm_id: Uuid;
  /**
   * SHA-256 of the token: how `swarm invite list` and `swarm invite revoke` name it.
   */
  token_hash: string;
  expires_at: DateTime | null;
  max_uses: number | null;
}
/**
 * Arguments of the MCP tools `approve` and `deny`: a pending join request (see `list_swarms`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpJoinDecisionInput".
 */
export interface McpJoinDecisionInput {
  swarm_id?: Uuid;
  agent_id: AgentId;
}
/**
 * Arguments of the MCP tool `join`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpJoinInput".
 */
export interface McpJoinInput {
  invite_url: InviteUrl;
}
/**
 * Result of the MCP tool `join`: `joined` with the swarm, or `pending` until its master approves (then call `join` again with the same invite).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpJoinOutput".
 */
export interface McpJoinOutput {
  status: 'joined' | 'pending';
  swarm_id: Uuid;
  name?: string;
  master?: AgentId;
  member_count?: number;
  /**
   * The master's answer to a pending request.
   */
  message?: string;
}
/**
 * Arguments of the MCP tool `kick` (master only).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpKickInput".
 */
export interface McpKickInput {
  swarm_id?: Uuid;
  agent_id: AgentId;
  /**
   * Told to the members.
   */
  reason?: string;
}
/**
 * Arguments of the MCP tool `leave`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpLeaveInput".
 */
export interface McpLeaveInput {
  swarm_id?: Uuid;
}
/**
 * Arguments of the MCP tool `list_swarms`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpListSwarmsInput".
 */
export interface McpListSwarmsInput {
  swarm_id?: Uuid;
}
/**
 * Result of the MCP tool `list_swarms`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpListSwarmsOutput".
 */
export interface McpListSwarmsOutput {
  swarms: McpSwarm[];
}
/**
 * Arguments of the MCP tool `mark`: moves received messages to read, archived or deleted, all or nothing.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpMarkInput".
 */
export interface McpMarkInput {
  /**
   * @minItems 1
   * @maxItems 1000
   */
  message_ids: Uuid[];
  /**
   * read (from unread), archived (from unread or read), deleted (from any).
   */
  as: 'read' | 'archived' | 'deleted';
}
/**
 * Result of the MCP tool `mark`: each message, the status it left, and whether it changed (false when it already was there).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpMarkOutput".
 */
export interface McpMarkOutput {
  as: 'read' | 'archived' | 'deleted';
  messages: {
    message_id: Uuid;
    from: InboxStatus;
    changed: boolean;
  }[];
}
/**
 * Result of the MCP tools `leave`, `kick`, `approve` and `deny`: what changed here, and what happened to each notice sent to the other members (none for `deny`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpMembershipOutput".
 */
export interface McpMembershipOutput {
  status: 'left' | 'kicked' | 'approved' | 'denied';
  swarm_id: Uuid;
  agent_id: AgentId;
  reason?: string;
  deliveries: McpDelivery[];
}
/**
 * A received message as the MCP tools and resources show it: the inbox row with the fields of its envelope an agent acts on.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpMessage".
 */
export interface McpMessage {
  message_id: Uuid;
  swarm_id: Uuid;
  sender_id: AgentId;
  /**
   * This agent, `broadcast`, or null for a note this agent wrote itself.
   */
  recipient_id: string | null;
  message_type: MessageType;
  status: InboxStatus;
  received_at: DateTime;
  read_at: DateTime | null;
  priority: Priority;
  in_reply_to: Uuid | null;
  thread_id: Uuid | null;
  /**
   * The body; for `system` messages a SystemContent JSON document.
   */
  content: string;
}
/**
 * Arguments of the MCP tool `read_messages`: the inbox of a swarm, newest first.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpReadMessagesInput".
 */
export interface McpReadMessagesInput {
  swarm_id?: Uuid;
  /**
   * Which messages: `unread` (default), one other status, or `all` (unread, read and archived).
   */
  status?: InboxStatus | 'all';
  /**
   * Most messages returned (default 10).
   */
  limit?: number;
  /**
   * Mark the unread messages returned as read (default true).
   */
  mark_read?: boolean;
}
/**
 * Result of the MCP tool `read_messages`: the messages as they were when listed (so newly read ones still say `unread`); `marked_read` counts those now marked read.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpReadMessagesOutput".
 */
export interface McpReadMessagesOutput {
  swarm_id: Uuid;
  status: InboxStatus | 'all';
  count: number;
  marked_read: number;
  messages: McpMessage[];
}
/**
 * Arguments of the MCP tool `send`: a signed message to one member, or to every other member.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpSendInput".
 */
export interface McpSendInput {
  swarm_id?: Uuid;
  /**
   * The message body.
   */
  text: string;
  recipient?: AgentId;
  in_reply_to?: Uuid;
  thread_id?: Uuid;
  priority?: Priority;
  /**
   * Encrypt the body for the recipients only (protocol 0.2; every recipient must speak it): a direct message to a member that does not is refused (SEALING_UNSUPPORTED), a broadcast leaves such members out and lists them in `skipped`.
   */
  sealed?: boolean;
}
/**
 * Result of the MCP tool `send`. `sent`: every recipient has it; `queued`: some are still being retried (by `swarm serve`); `failed`: none will get it.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpSendOutput".
 */
export interface McpSendOutput {
  status: 'sent' | 'queued' | 'failed';
  message_id: Uuid;
  swarm_id: Uuid;
  recipient: AgentId;
  deliveries: McpDelivery[];
  /**
   * Members a sealed broadcast left out, and why.
   */
  skipped?: {
    recipient_id: AgentId;
    reason: string;
  }[];
}
/**
 * Arguments of the MCP tool `status`: none.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpStatusInput".
 */
export interface McpStatusInput {}
/**
 * Result of the MCP tool `status`: this agent's identity, its swarms with their unread counts, and its outbox.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpStatusOutput".
 */
export interface McpStatusOutput {
  agent_id: AgentId;
  endpoint: Endpoint;
  public_key: PublicKey;
  /**
   * Unread messages over every swarm.
   */
  unread: number;
  swarms: {
    swarm_id: Uuid;
    name: string;
    master: AgentId;
    is_master: boolean;
    member_count: number;
    unread: number;
  }[];
  outbox: OutboxCount;
}
/**
 * A swarm as the MCP tool `list_swarms` shows it: settings, members, and the join requests waiting for this agent.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "McpSwarm".
 */
export interface McpSwarm {
  swarm_id: Uuid;
  name: string;
  master: AgentId;
  role: 'master' | 'member';
  joined_at: DateTime;
  settings: {
    allow_member_invite: boolean;
    require_approval: boolean;
  };
  members: {
    agent_id: AgentId;
    endpoint: string;
    joined_at: DateTime;
  }[];
  /**
   * Join requests this agent may approve or deny (empty where it does not decide them).
   */
  pending: {
    agent_id: AgentId;
    endpoint: string;
    expires_at: DateTime;
  }[];
}
/**
 * A swarm member as exchanged on the wire (join responses).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Member".
 */
export interface Member {
  agent_id: AgentId;
  endpoint: Endpoint;
  public_key: PublicKey;
}
/**
 * A new member was admitted. Sent by the master (recipient `broadcast`) to every member except itself and the joiner, serialised the reference's way (`json.dumps` spacing). Authority (`[SYS-AUTH-001]`): receivers MUST accept it only from the swarm's current master, or from a member where the swarm allows member invites (that member admitted the joiner). [SYS-JOIN-001] Receivers MUST take the new member's key from `public_key` when present, else fetch it from `<endpoint>/info` and check that the answer names the same agent_id. [SYS-JOIN-002] Receivers MUST refuse a `member_joined` that names a current member with another `public_key` (a key changes only by leaving and joining anew), and MUST let one that names a current member otherwise change nothing, neither its endpoint nor any cached key.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MemberJoinedContent".
 */
export interface MemberJoinedContent {
  action: 'member_joined';
  type?: 'system';
  swarm_id?: Uuid;
  agent_id: AgentId;
  endpoint?: Endpoint;
  public_key?: PublicKey;
  joined_at?: Timestamp;
  initiated_by?: AgentId | null;
  reason?: string | null;
}
/**
 * Tells the remaining members that the master removed `agent_id`. Sent by the master (recipient `broadcast`) to every member except itself and the target. Authority (`[SYS-AUTH-001]`): receivers MUST accept it only from the current master, and MUST refuse a kick of the master itself.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MemberKickedContent".
 */
export interface MemberKickedContent {
  action: 'member_kicked';
  agent_id: AgentId;
  /**
   * Free-text reason given by the master, at most 500 characters; omitted when empty.
   */
  reason?: string;
}
/**
 * A member left of its own accord. Sent by the leaver (recipient `broadcast`) to every other member. [SYS-AUTH-002] Receivers MUST accept `member_left` only when its `agent_id` is the sender itself, and MUST refuse it from the master (a master dissolves or transfers instead).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MemberLeftContent".
 */
export interface MemberLeftContent {
  action: 'member_left';
  agent_id: AgentId;
}
/**
 * Informs members that the master muted `agent_id`. Informational: it changes nothing on receipt. Authority (`[SYS-AUTH-001]`): accepted only from the current master.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MemberMutedContent".
 */
export interface MemberMutedContent {
  action: 'member_muted';
  agent_id: AgentId;
  /**
   * Free-text reason given by the master, at most 500 characters; omitted when empty.
   */
  reason?: string;
}
/**
 * Informs members that the master unmuted `agent_id`. Informational. Authority (`[SYS-AUTH-001]`): accepted only from the current master.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MemberUnmutedContent".
 */
export interface MemberUnmutedContent {
  action: 'member_unmuted';
  agent_id: AgentId;
}
/**
 * The signed message envelope POSTed to a peer's `/message` route. The signature covers six fields only (see `signature`). Protocol 0.2 (an envelope whose `protocol_version` is `0.2.x`) keeps the same keys and adds `sealed`; its signature covers the whole envelope (`[ESIG-001]`), so a 0.2 receiver stores such an envelope exactly as received, unknown keys and `null` values included. [MSG-ENV-001] Senders MUST write the envelope's nine required keys, then the optional keys that are set, and MUST omit an optional key rather than send `null` or an empty collection. [MSG-ENV-002] Receivers MUST accept optional keys that are `null` (treated as absent) and MUST ignore top-level keys they do not know; such keys are not stored.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Message".
 */
export interface Message {
  /**
   * Semantic version of the protocol the sender speaks. [MSG-VER-001] Receivers MUST refuse a protocol major version other than their own (`UNSUPPORTED_PROTOCOL_VERSION`); senders of 0.1.0 write `0.1.0`. [MSG-VER-002] An envelope whose version is `0.2.x` MUST be verified under the 0.2 rules (`[ESIG-002]`); any other `0.x.y` is verified under the 0.1.0 rules, as before. A sender writes `0.2.0` only to a recipient that advertised it (`[NEG-002]`).
   */
  protocol_version: string;
  message_id: Uuid;
  timestamp: Timestamp;
  sender: Sender;
  /**
   * `broadcast` for every member of the swarm, or one member's agent_id. [MSG-RCPT-001] A receiver MUST refuse a message addressed to neither itself nor `broadcast` (`WRONG_RECIPIENT`).
   */
  recipient: string;
  swarm_id: Uuid;
  type: MessageType;
  /**
   * The body, any string. For `type: system` it is a SystemContent JSON document. Senders refuse empty content and content over 65536 characters; receivers accept any length within the request size limit.
   */
  content: string;
  /**
   * [MSG-SIG-001] The signature MUST be the standard base64 (with padding, 88 characters) of the Ed25519 signature of SHA-256(UTF-8(message_id + timestamp + swarm_id + recipient + type + content)), with no separators, where the UUIDs are lower-cased and the timestamp is normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ` (wall-clock digits kept, offset dropped, fraction truncated). [MSG-SIG-002] A receiver MUST verify the signature with the sender's registered key before storing anything (`INVALID_SIGNATURE`). [ESIG-001] In a 0.2 envelope the signature MUST instead be the standard base64 (with padding) of the Ed25519 signature (no pre-hash) of UTF-8 `agent-swarm-protocol/0.2 envelope` LF followed by the RFC 8785 (JCS) canonical JSON of the whole envelope without its `signature` key: every other key present, nested objects, unknown keys and `null` values included. A value JCS cannot represent (a non-finite number, a string with an unpaired surrogate) makes the envelope unsignable. [ESIG-002] A 0.2 receiver MUST verify that signature over the envelope exactly as it was parsed, with no value normalised first (the lower-casing of `[ID-UUID-001]` is for the 0.1.0 canonical string), and refuse (`INVALID_SIGNATURE`) an envelope any key of which was changed, added or removed. Senders therefore write every UUID in lower case and every date-time in the `timestamp` form before signing. [ESIG-003] A 0.2 receiver MUST refuse (`INVALID_JSON`, with `details.pointer` naming the name) a body in which any object has a member name twice, names compared as the strings they decode to, right after the protocol version check of `[SRV-MSG-001]`: parsers disagree on which of the two values is the one read (the last, the first, or both), and a signature covers one reading (I-JSON, RFC 7493 §2.3). A 0.1.0 body is read as before.
   */
  signature: string;
  /**
   * message_id of the message this one answers.
   */
  in_reply_to?: Uuid | null;
  /**
   * Conversation thread this message belongs to.
   */
  thread_id?: Uuid | null;
  priority?: Priority;
  /**
   * After this instant the message is void. Not covered by the signature. [MSG-EXP-001] A receiver MUST refuse a message whose `expires_at` has passed (`MESSAGE_EXPIRED`).
   */
  expires_at?: Timestamp | null;
  attachments?: Attachment[] | null;
  references?: Reference[] | null;
  /**
   * Free-form key/value data. Senders write only string, integer, boolean or null values.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * Protocol 0.2 only: the content encrypted for its readers (`[SEAL-001]`); `content` is then the empty string. A 0.1.0 envelope carrying `sealed` is refused (`SEALED_CONTENT_INVALID`).
   */
  sealed?: SealedContent | null;
}
/**
 * 200 answer to an accepted message (also to a duplicate with identical content, and to a message dropped because its sender or swarm is muted). `message_id` is echoed exactly as received.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MessageQueued".
 */
export interface MessageQueued {
  status: 'queued';
  message_id: string;
}
/**
 * `message` is ordinary traffic; `system` carries a membership event whose `content` is a SystemContent JSON document; `notification` is a light alert. Only `system` changes the receiver's state.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MessageType".
 */
export type MessageType = 'message' | 'system' | 'notification';
/**
 * The one timestamp form this implementation emits: UTC, exactly three fraction digits, a literal `Z` (what `Date.prototype.toISOString` produces for years 0000-9999).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "MsZTimestamp".
 */
export type MsZTimestamp = string;
/**
 * The stricter form an identity must have when it is created (`swarm init`), kicked or muted from the CLI. Letters, digits, `_`, `.` and `-` only, 1-256 characters, and never the reserved recipient keyword `broadcast` (`[ID-AGENT-002]`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "NewAgentId".
 */
export type NewAgentId = string;
/**
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "OutboxCount".
 */
export interface OutboxCount {
  queued: number;
  sending: number;
  delivered: number;
  failed: number;
  total: number;
}
/**
 * One message to one recipient (a broadcast has a row per member).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "OutboxItem".
 */
export interface OutboxItem {
  message_id: string;
  swarm_id: string;
  /**
   * The member this row delivers to.
   */
  recipient_id: string;
  /**
   * Whether the message was addressed to `broadcast`.
   */
  broadcast?: boolean;
  message_type: MessageType;
  content: string;
  status: OutboxStatus;
  attempts: number;
  created_at: DateTime;
  next_attempt_at: DateTime | null;
  delivered_at: DateTime | null;
  last_error: string | null;
  last_status?: number | null;
}
/**
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "OutboxList".
 */
export interface OutboxList {
  count: number;
  messages: OutboxItem[];
}
/**
 * Delivery state of one message to one recipient: queued (waiting, possibly for a retry), sending (a worker holds it), delivered (the peer answered 200/202), failed (a final answer, or the retry budget spent).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "OutboxStatus".
 */
export type OutboxStatus = 'queued' | 'sending' | 'delivered' | 'failed';
/**
 * Delivery priority. Absent means `normal`; senders omit it when it is `normal`. An explicit `null` is invalid.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Priority".
 */
export type Priority = 'low' | 'normal' | 'high';
/**
 * An Ed25519 public key: standard base64 (RFC 4648 section 4, with `=` padding) of the raw 32-byte key, always 44 characters. [ID-KEY-001] Public keys MUST be the raw key, never the SPKI/DER form (`MCowBQYDK2VwAyEA...`). [ID-KEY-002] Decoders MUST decode a public key strictly: exactly 32 bytes, the standard alphabet, canonical padding.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "PublicKey".
 */
export type PublicKey = string;
/**
 * A cached peer key. `endpoint` is the member endpoint it was fetched for.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "PublicKeyEntry".
 */
export interface PublicKeyEntry {
  public_key: PublicKey;
  fetched_at: DateTime;
  endpoint?: Endpoint;
}
/**
 * A pointer to external work the message is about (a repository, issue, pull request, commit or URL), optionally with what the sender is doing about it. Senders write `type` first, then whichever of `repo`, `number`, `sha`, `url` are set, then `action`. Not covered by the signature.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Reference".
 */
export interface Reference {
  type: 'github_repo' | 'github_issue' | 'github_pr' | 'github_commit' | 'url';
  /**
   * `owner/name`.
   */
  repo?: string;
  /**
   * Issue or pull-request number.
   */
  number?: number;
  /**
   * Commit hash.
   */
  sha?: string;
  url?: string;
  action?: 'claimed' | 'completed' | 'blocked' | 'unblocked' | 'assigned' | 'mention' | 'review_requested';
}
/**
 * Protocol 0.2: the content of a message encrypted for its readers (the envelope's `sealed` key; the envelope's `content` is then the empty string). [SEAL-001] A sender MUST build it so: a fresh random 32-byte content key K and a random 24-byte nonce per message; `ciphertext` = XChaCha20-Poly1305-IETF(K, nonce, plaintext = UTF-8 of the content, additional data = UTF-8 of `agent-swarm-protocol/0.2 sealed` LF message_id LF swarm_id LF sender.agent_id, with both UUIDs lower-cased); for each reader, `wrapped` = libsodium's sealed box (`crypto_box_seal`: an ephemeral X25519 key, XSalsa20-Poly1305) of K to the reader's X25519 public key, which is its Ed25519 identity key converted (`crypto_sign_ed25519_pk_to_curve25519`). The sender lists itself as a reader, so its own stores can read what it sent. The whole envelope, `sealed` included, is then signed under `[ESIG-001]`: the ciphertext and the list of readers are the sender's. [SEAL-002] A receiver that is listed as a reader MUST open its key (`crypto_sign_ed25519_sk_to_curve25519` of its own key, `crypto_box_seal_open`) and the content, after the signature verifies and before storing; a key or ciphertext that does not open, a `content` other than the empty string, or a sealed `system` message MUST be refused (`SEALED_CONTENT_INVALID`). [SEAL-003] A receiver that is not a reader MUST store the envelope as received (ciphertext only) and MUST NOT try any other key. [SEAL-004] A store MUST keep the envelope exactly as received, ciphertext included (so that the signature can be verified again and the export round-trips). The body of a reader's inbox row is the plaintext, protected at rest like the agent's key (file permissions), and the empty string on a non-reader's row. Out of scope, and what would add it: forward secrecy (the wrapped keys stay openable by a reader's long-term key; a ratchet or per-session ephemeral X25519 keys signed by the identity key would add it) and key rotation (a signed `key_rotated` system message and a per-member key history). Sealing hides the content only: the envelope's other keys (sender, recipient, type, timestamps, metadata, the list of readers) stay readable by whoever relays the message.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SealedContent".
 */
export interface SealedContent {
  /**
   * The construction above. Receivers refuse any other value (`SEALED_CONTENT_INVALID`).
   */
  alg: 'x25519-xchacha20poly1305';
  /**
   * The 24-byte XChaCha20-Poly1305 nonce, standard base64 with padding.
   */
  nonce: string;
  /**
   * The encrypted content with its 16-byte tag, standard base64 with padding.
   */
  ciphertext: string;
  /**
   * One wrapped content key per reader, each reader once.
   *
   * @minItems 1
   * @maxItems 1000
   */
  keys: {
    agent_id: AgentId;
    /**
     * `crypto_box_seal` of the 32-byte content key: 80 bytes, standard base64 with padding (108 characters).
     */
    wrapped: string;
  }[];
}
/**
 * Who sent a message, as the sender claims it. Unknown keys are ignored. Neither field is covered by the signature. [MSG-AUTH-002] A receiver MUST pick the verification key by `agent_id` from its own member records and MUST check that `endpoint` equals the member's registered endpoint (trailing `/` ignored).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Sender".
 */
export interface Sender {
  agent_id: AgentId;
  endpoint: Endpoint;
}
/**
 * A member as stored in a state or export file.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "StateMember".
 */
export interface StateMember {
  agent_id: AgentId;
  endpoint: Endpoint;
  public_key: PublicKey;
  joined_at: DateTime;
}
/**
 * The membership state document, schema 1.0.0 (the reference's documented `state.json`). Importable; never written by us.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "StateV1".
 */
export interface StateV1 {
  schema_version: '1.0.0';
  agent_id: AgentId;
  exported_at?: DateTime;
  swarms: {
    [k: string]: SwarmMembership | undefined;
  };
  muted_swarms: string[];
  muted_agents: string[];
  public_keys: {
    [k: string]: PublicKeyEntry | undefined;
  };
  message_queue?: LegacyQueueRow[];
}
/**
 * The master ended the swarm. Sent by the master (recipient `broadcast`) to every member. Authority (`[SYS-AUTH-001]`): receivers MUST accept it only from the current master; they then forget the swarm (their inbox is kept).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SwarmDissolvedContent".
 */
export interface SwarmDissolvedContent {
  action: 'swarm_dissolved';
  swarm_id?: Uuid;
  /**
   * Free-text reason given by the master, at most 500 characters; omitted when empty.
   */
  reason?: string;
}
/**
 * One swarm this agent belongs to.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SwarmMembership".
 */
export interface SwarmMembership {
  swarm_id: Uuid;
  name: SwarmName;
  master: AgentId;
  /**
   * @minItems 1
   */
  members: StateMember[];
  joined_at: DateTime;
  settings: SwarmSettings;
}
/**
 * A swarm's display name: 1-256 characters, any text, no surrounding whitespace once trimmed by the creator.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SwarmName".
 */
export type SwarmName = string;
/**
 * Per-swarm policy chosen by the master.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SwarmSettings".
 */
export interface SwarmSettings {
  /**
   * Members may issue invites (signed with their own key, named in the token's `kid`).
   */
  allow_member_invite: boolean;
  /**
   * Joins wait for the master's `approve`/`deny` (202 until then).
   */
  require_approval: boolean;
}
/**
 * The JSON document carried in `content` of a `type: system` message, discriminated by `action`. [SYS-ENC-001] Senders MUST serialise a system content with a real JSON encoder (values escaped); for identifiers of the NewAgentId alphabet and plain reasons this gives the same bytes as the reference's compact templates. [SYS-ENC-002] Receivers MUST parse a system content as JSON (a repeated key keeps its last value) and MUST store, without acting on it, a system message whose content is not JSON or names an action they do not know. [SYS-SWARM-001] Receivers MUST refuse (`NOT_AUTHORIZED`) a system content whose `swarm_id`, when present and not null, is not the envelope's swarm (compared without case), whatever the action and whatever the value's type. [SYS-AUTH-001] Receivers MUST accept a system message only from the sender its action's schema allows, and only under the conditions that schema states: the swarm's current master for every action except `member_left` (the leaver, `[SYS-AUTH-002]`) and `member_joined` (also a member where the swarm allows member invites).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "SystemContent".
 */
export type SystemContent =
  | MemberJoinedContent
  | MemberLeftContent
  | KickedContent
  | MemberKickedContent
  | MasterTransferContent
  | MasterChangedContent
  | SwarmDissolvedContent
  | MemberMutedContent
  | MemberUnmutedContent;
/**
 * An ISO 8601 date-time with an explicit zone. [MSG-TS-001] Senders MUST emit exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC, milliseconds truncated, never rounded. [MSG-TS-002] Receivers MUST accept a fraction of 0-9 digits and a `+hh:mm`/`-hh:mm` offset in a timestamp, and MUST reject a timestamp without a zone.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Timestamp".
 */
export type Timestamp = string;
/**
 * A hyphenated 8-4-4-4-12 hexadecimal UUID, any case on receipt. [ID-UUID-001] Senders MUST emit UUIDs in lower case; receivers MUST lower-case a UUID before it enters a signature's canonical string, and compare ids in that form.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "Uuid".
 */
export type Uuid = string;
/**
 * The adapter's answer to one VectorAdapterRequest, on one line of stdout. `ok: true` carries the op's `result`, whose keys each op names (`derive_public_key`: public_key; `decode_public_key`: public_key_hex; `normalize_timestamp`: signed, utc; `canonical_string`: fields, canonical_string, sha256_hex; `sign`: fields, signature; `verify_message`: valid, reason?; `parse_invite_url`: swarm_id, authority, token; `create_invite_token`: token, url; `verify_invite_url` and `verify_invite_token`: claims; `encode_system_content`: content; `parse_system_content`: json, value?; `peer_request`: url, headers; `build_join_request`: method, url, headers, body; protocol 0.2: `jcs`: jcs; `sign_envelope`: envelope, jcs; `verify_envelope`: valid, reason?; `seal_content`: sealed; `open_sealed`: status, content?, reason?). `ok: false` is a refusal: the implementation declines the input (an expired token, a malformed key, a draft it will not sign), with the catalog `code` of its reason when it has one. An answer that does not match this schema, or lacks a key its op returns, fails the case as `format`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "VectorAdapterAnswer".
 */
export type VectorAdapterAnswer =
  | {
      id: string;
      ok: true;
      result: {
        /**
         * `derive_public_key`: standard base64 of the raw 32-byte key.
         */
        public_key?: string;
        /**
         * `decode_public_key`: the raw key, lower-case hex.
         */
        public_key_hex?: string;
        /**
         * `normalize_timestamp`: the canonical-string form, or `null`.
         */
        signed?: string | null;
        /**
         * `normalize_timestamp`: the UTC instant as a sender emits it, or `null`.
         */
        utc?: string | null;
        fields?: VectorSignedFields;
        /**
         * `canonical_string`: the concatenation that is hashed.
         */
        canonical_string?: string;
        /**
         * `canonical_string`: SHA-256 of the canonical string's UTF-8, lower-case hex.
         */
        sha256_hex?: string;
        /**
         * `sign`: standard base64 with padding of the 64-byte signature.
         */
        signature?: string;
        /**
         * `verify_message`, `verify_envelope`: the verdict.
         */
        valid?: boolean;
        /**
         * `verify_message`, `verify_envelope`: why not valid; `open_sealed`: why invalid (free text).
         */
        reason?: string;
        /**
         * `parse_invite_url`: the swarm id as written in the URL.
         */
        swarm_id?: string;
        /**
         * `parse_invite_url`: the `host[:port]` after `@`.
         */
        authority?: string;
        /**
         * `parse_invite_url`, `create_invite_token`: the JWT.
         */
        token?: string;
        /**
         * `create_invite_token`: the invite URL; `peer_request`, `build_join_request`: the URL the request goes to.
         */
        url?: string;
        /**
         * `verify_invite_url`, `verify_invite_token`: the token's payload.
         */
        claims?: {};
        /**
         * `encode_system_content`: the content string; `open_sealed`: the plaintext, present when `status` is `opened`.
         */
        content?: string;
        /**
         * `parse_system_content`: whether the content is JSON.
         */
        json?: boolean;
        /**
         * `parse_system_content`: the parsed value, present when `json` is true.
         */
        value?: {} | unknown[] | string | number | boolean | null;
        /**
         * `build_join_request`: the HTTP method.
         */
        method?: string;
        /**
         * `peer_request`, `build_join_request`: header names (any case) and values.
         */
        headers?: {
          [k: string]: string | undefined;
        };
        /**
         * `build_join_request`: the JSON body.
         */
        body?: {};
        /**
         * `jcs`: the canonical form; `sign_envelope`: the JCS that was signed, after the domain prefix.
         */
        jcs?: string;
        /**
         * `sign_envelope`: the signed envelope exactly as it would be sent.
         */
        envelope?: {};
        sealed?: SealedContent;
        /**
         * `open_sealed`: `opened`, `not-reader` (not listed: no key tried) or `invalid`.
         */
        status?: 'opened' | 'not-reader' | 'invalid';
      };
    }
  | {
      /**
       * The request's id; `null` only when the request line could not be read.
       */
      id: string | null;
      ok: false;
      error: {
        code?: ErrorCode;
        message: string;
        /**
         * The adapter does not implement this op: the suite skips the case instead of failing it.
         */
        unsupported?: boolean;
      };
    };
/**
 * One request of `swarm conformance vectors` to the implementation under test, through its adapter: a long-running process that reads requests on stdin and writes answers (VectorAdapterAnswer) on stdout, one JSON object per line (UTF-8, `\n`-terminated). The suite sends one request at a time and waits for its answer, which carries the same `id`; the adapter answers every line in order, writes nothing else on stdout (logs go to stderr), and exits when stdin closes. `op` names the computation, the other keys are its inputs; each op exercises one function of the protocol core that the golden vectors pin, and the suite compares the result with the vectors.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "VectorAdapterRequest".
 */
export type VectorAdapterRequest =
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'derive_public_key';
      /**
       * The 32-byte Ed25519 seed (RFC 8032 private key), lower-case hex.
       */
      seed_hex: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'decode_public_key';
      /**
       * The text to decode, as given (not necessarily a valid key).
       */
      public_key: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'normalize_timestamp';
      /**
       * The timestamp as received, in any form.
       */
      timestamp: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'canonical_string';
      fields: VectorSignedFields;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'sign';
      /**
       * The 32-byte Ed25519 seed (RFC 8032 private key), lower-case hex.
       */
      seed_hex: string;
      fields: VectorSignedFields;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'verify_message';
      /**
       * The wire message as received: any JSON value.
       */
      message: {} | unknown[] | string | number | boolean | null;
      /**
       * A public key as it travels: standard base64 of the raw 32 bytes.
       */
      public_key: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'parse_invite_url';
      url: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'create_invite_token';
      /**
       * The 32-byte Ed25519 seed (RFC 8032 private key), lower-case hex.
       */
      seed_hex: string;
      /**
       * The claims to sign; `expires_at` may be in any ISO 8601 form with a zone, `max_uses` any integer.
       */
      claims: {
        swarm_id: string;
        master: string;
        endpoint: string;
        iat: number;
        expires_at?: string;
        max_uses?: number;
      };
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'verify_invite_url';
      url: string;
      /**
       * The master's key; absent, the signature is not checked.
       */
      public_key?: string;
      /**
       * The clock for expiry, an ISO 8601 date-time with a zone (the suite sends `YYYY-MM-DDTHH:MM:SS.mmmZ` or the vector's own form).
       */
      now: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'verify_invite_token';
      token: string;
      /**
       * The issuer's key; absent, the signature is not checked.
       */
      public_key?: string;
      /**
       * The clock for expiry, an ISO 8601 date-time with a zone (the suite sends `YYYY-MM-DDTHH:MM:SS.mmmZ` or the vector's own form).
       */
      now: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'encode_system_content';
      /**
       * A SystemContent object.
       */
      content: {};
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'parse_system_content';
      content: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'peer_request';
      endpoint: string;
      route: 'message' | 'join' | 'info' | 'health';
      agent_id: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'build_join_request';
      invite_url: string;
      agent_id: string;
      endpoint: string;
      /**
       * A public key as it travels: standard base64 of the raw 32 bytes.
       */
      public_key: string;
      /**
       * The clock for expiry, an ISO 8601 date-time with a zone (the suite sends `YYYY-MM-DDTHH:MM:SS.mmmZ` or the vector's own form).
       */
      now: string;
      /**
       * The master's key, when the joiner knows it: a forged token is then refused before anything is sent.
       */
      master_public_key?: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'jcs';
      /**
       * The JSON text as received (any value, any whitespace, any escapes).
       */
      json: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'sign_envelope';
      /**
       * The 32-byte Ed25519 seed (RFC 8032 private key), lower-case hex.
       */
      seed_hex: string;
      /**
       * The envelope to sign, without `signature`; `protocol_version` is `0.2.0`.
       */
      envelope: {};
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'verify_envelope';
      /**
       * The envelope as received: any JSON value.
       */
      envelope: {} | unknown[] | string | number | boolean | null;
      /**
       * A public key as it travels: standard base64 of the raw 32 bytes.
       */
      public_key: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'seal_content';
      content: string;
      /**
       * The message's id, as given (the additional data lower-cases it).
       */
      message_id: string;
      /**
       * The swarm's id, as given (the additional data lower-cases it).
       */
      swarm_id: string;
      /**
       * The sender's agent_id.
       */
      sender_id: string;
      /**
       * The readers in the order `keys` lists them, the sender among them.
       *
       * @minItems 1
       */
      readers: {
        agent_id: string;
        /**
         * A public key as it travels: standard base64 of the raw 32 bytes.
         */
        public_key: string;
        /**
         * The 32-byte seed of this reader's ephemeral X25519 key pair, lower-case hex.
         */
        ephemeral_seed_hex: string;
      }[];
      /**
       * The 32-byte content key, lower-case hex.
       */
      content_key_hex: string;
      /**
       * The 24-byte XChaCha20-Poly1305 nonce, lower-case hex.
       */
      nonce_hex: string;
    }
  | {
      /**
       * Chosen by the suite, unique within a run; the answer carries it back.
       */
      id: string;
      op: 'open_sealed';
      /**
       * The envelope's `sealed` value as received: any JSON value.
       */
      sealed: {} | unknown[] | string | number | boolean | null;
      message_id: string;
      swarm_id: string;
      sender_id: string;
      /**
       * The opening agent.
       */
      agent_id: string;
      /**
       * The 32-byte Ed25519 seed (RFC 8032 private key), lower-case hex.
       */
      seed_hex: string;
    };
/**
 * The six fields a message signature covers, as strings, in the order the canonical string concatenates them (`[MSG-SIG-001]`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "VectorSignedFields".
 */
export interface VectorSignedFields {
  message_id: string;
  timestamp: string;
  swarm_id: string;
  recipient: string;
  type: string;
  content: string;
}
/**
 * What the wake rules decide for one message at one moment, as `swarm wake test --json` prints it. The checks run in this order and the first that stops the wake is the `reason`: a muted sender or swarm (`muted`; no rule can override a mute), a level not in the levels that wake (`level_not_listed`), quiet hours for any level but urgent (`quiet_hours`), a conversation with the sender woken within the session timeout (`session_active`), no wake method configured (`no_wake_method`); otherwise `wakes`.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeDecision".
 */
export interface WakeDecision {
  message_id: string;
  swarm_id: string;
  sender_id: string;
  level: WakeLevel;
  /**
   * The rule that gave the level.
   */
  rule: {
    /**
     * The rule's name, or its path when it has none.
     */
    name: string;
    /**
     * Where the rule is: `wake.swarms.<swarm_id>.rules[0]`, `wake.rules[2]`, or `default:…` for a built-in rule.
     */
    path: string;
    source: 'swarm' | 'config' | 'default';
    /**
     * The conditions that held, in words.
     */
    because: string;
  };
  at: DateTime;
  /**
   * The levels that wake for this message's swarm.
   */
  levels: WakeLevel[];
  /**
   * The quiet hours that apply to this message's swarm, and whether `at` falls inside them; null when there are none.
   */
  quiet_hours: {
    zone: string;
    start: string;
    end: string;
    source: 'swarm' | 'config';
    /**
     * `at` in the zone, `HH:MM`.
     */
    local_time: string;
    active: boolean;
  } | null;
  /**
   * Whether the sender or the swarm is muted (the sender is named when both are).
   */
  muted: ('sender' | 'swarm') | null;
  /**
   * A conversation with this sender in this swarm was woken within `wake.session_timeout_minutes` before `at`.
   */
  session_active: boolean;
  method: 'none' | 'tmux' | 'command' | 'webhook';
  wakes: boolean;
  reason: 'wakes' | 'muted' | 'level_not_listed' | 'quiet_hours' | 'session_active' | 'no_wake_method';
  /**
   * The decision in one sentence.
   */
  explanation: string;
  /**
   * Every rule tried, in order, up to the one that matched, with why each did or did not match.
   */
  trace: {
    name: string;
    path: string;
    matched: boolean;
    detail: string;
  }[];
}
/**
 * How much a message matters to the local agent, as the wake rules decide. `urgent` wakes the agent at any time, quiet hours included; `normal` wakes it outside quiet hours; `silent` does not wake it (the message waits, unread, in the inbox). `wake.levels` in config.yaml lists the levels that wake (default `normal` and `urgent`).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeLevel".
 */
export type WakeLevel = 'silent' | 'normal' | 'urgent';
/**
 * A daily window, in local time of a named IANA time zone, during which only `urgent` messages wake the agent; the others wait, unread, in the inbox. From `start` included to `end` excluded; when `end` is earlier than `start` the window runs across midnight (`22:00`–`07:00`). Local time follows the zone's daylight-saving changes. `start` and `end` must differ.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeQuietHours".
 */
export interface WakeQuietHours {
  /**
   * IANA time zone name, such as `Europe/Paris` or `America/New_York`.
   */
  zone?: string;
  /**
   * Local time `HH:MM` (24-hour) the window opens.
   */
  start: string;
  /**
   * Local time `HH:MM` (24-hour) the window closes.
   */
  end: string;
}
/**
 * Asks the server to wake the local agent about a message; also what the webhook wake method POSTs.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeRequest".
 */
export interface WakeRequest {
  message_id: string;
  swarm_id: string;
  sender_id: string;
  /**
   * The level the wake rules gave the message (WakeLevel).
   */
  notification_level: 'silent' | 'normal' | 'urgent';
  /**
   * The wake rule that gave the level: its name, its place in config.yaml (`wake.rules[2]`), or `default:high-priority`, `default:low-priority`, `default:normal` for the built-in rules. Absent on a request that did not come from the rules.
   */
  rule?: string;
}
/**
 * `invoked`: the wake method was started; `already_active`: a session is active and was not woken again; `skipped`: muted or silent.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeResult".
 */
export interface WakeResult {
  status: 'invoked' | 'already_active' | 'skipped';
  detail: string | null;
}
/**
 * One wake rule in config.yaml (`wake.rules`, `wake.swarms.<swarm_id>.rules`). A rule matches a stored message when every condition it has holds (a list condition holds when any of its items does); a rule with no condition matches every message. The rules are tried in order, the swarm's own first, then `wake.rules`, then the built-in rules (`default:high-priority`: priority high → urgent; `default:low-priority`: priority low → silent; `default:normal`: any other message → normal); the first that matches gives the message its level.
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeRule".
 */
export interface WakeRule {
  /**
   * Shown by `swarm wake test` and given to the wake method (`SWARM_WAKE_RULE`, the webhook's `rule`). Default: the rule's place in the file, such as `wake.rules[2]`. Names cannot contain `:`, which the built-in rules' names (`default:…`) do.
   */
  name?: string;
  level: WakeLevel;
  /**
   * `true`: the message is addressed to this agent (its recipient is this agent's id); `false`: it is a broadcast.
   */
  direct?: boolean;
  /**
   * Watched senders: the sender's agent id is one of these (exact, case-sensitive).
   *
   * @minItems 1
   * @maxItems 1000
   */
  from?: AgentId[];
  /**
   * The content contains one of these as a whole word or phrase, case-insensitively: `deploy` matches `Deploy now` and `deploy.` but not `redeploy` or `deployment`.
   *
   * @minItems 1
   * @maxItems 1000
   */
  keywords?: string[];
  /**
   * The message type is one of these (`system` for membership events).
   *
   * @minItems 1
   */
  type?: MessageType[];
  /**
   * The message priority is one of these (an envelope without one is `normal`).
   *
   * @minItems 1
   */
  priority?: Priority[];
}
/**
 * Wake settings for one swarm (`wake.swarms.<swarm_id>`). Its `rules` are tried before `wake.rules`; `quiet_hours` and `levels`, when present, replace the top-level ones for this swarm's messages (`quiet_hours: null`: no quiet hours in this swarm).
 *
 * This interface was referenced by `SwarmSpecTypes`'s JSON-Schema
 * via the `definition` "WakeSwarmOverride".
 */
export interface WakeSwarmOverride {
  /**
   * @maxItems 1000
   */
  rules?: WakeRule[];
  quiet_hours?: WakeQuietHours | null;
  /**
   * The levels that wake for this swarm's messages.
   */
  levels?: WakeLevel[];
}
