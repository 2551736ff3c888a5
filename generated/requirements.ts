/* eslint-disable */
// Generated from spec/ by `npm run codegen`. Do not edit: change spec/ and regenerate.

export type RequirementLevel = 'MUST' | 'SHOULD' | 'MAY';

export type RequirementParty = 'sender' | 'receiver' | 'client' | 'server' | 'store';

export interface Requirement {
  readonly text: string;
  readonly source: string;
  readonly level: RequirementLevel;
  readonly party: RequirementParty;
}

export const requirements = {
  'BODY-DEPTH-001': {
    text: 'A JSON body whose arrays and objects nest more than 100 levels deep MUST be refused (`INVALID_FORMAT`, with the pointer of the first value too deep), and a client MUST treat such an answer as invalid: no protocol document needs that depth, and handling it recursively exhausts the stack.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'DLV-ONCE-001': {
    text: 'Clients MUST deliver a message once to each recipient: a broadcast to every other member of the swarm, a direct message to its recipient alone, and again only after an attempt that got no 2xx answer.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'client',
  },
  'DLV-RETRY-001': {
    text: 'Clients MUST NOT repeat a delivery answered with a 4xx status other than 408 and 429, and MUST NOT repeat one answered 429 or 503 before its `Retry-After` has passed.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'client',
  },
  'ERR-CAT-001': {
    text: 'A server MUST NOT answer an error outside the `ErrorCode` catalog or the `ErrorBody` shape, nor a 500 for malformed input.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'ERR-HTTP-001': {
    text: 'Bytes that are not an HTTP/1.1 request, headers over the size limit and requests that do not arrive whole in time MUST be answered in the `ErrorBody` shape too, before any route (`MALFORMED_REQUEST` 400, `HEADERS_TOO_LARGE` 431, `REQUEST_TIMEOUT` 408), and the connection then closed.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'ERR-SHAPE-001': {
    text: "An error body's `details` MUST always be present: an object, or `null`.",
    source: 'spec/schemas/ErrorBody.json',
    level: 'MUST',
    party: 'server',
  },
  'HDR-001': {
    text: 'Clients MUST send `X-Agent-ID: <own agent_id>` and `X-Swarm-Protocol: 0.1.0` on every request. Servers MUST NOT require them (reference masters omit them on broadcasts), but when present they MUST match the body (`AGENT_ID_MISMATCH`, `UNSUPPORTED_PROTOCOL_VERSION`).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'client',
  },
  'ID-AGENT-001': {
    text: 'Receivers MUST accept any non-empty agent identifier of at most 256 characters.',
    source: 'spec/schemas/AgentId.json',
    level: 'MUST',
    party: 'receiver',
  },
  'ID-AGENT-002': {
    text: 'Implementations MUST create new identities only from 1-256 characters of `[A-Za-z0-9_.-]` (see NewAgentId) and MUST NOT create an agent called `broadcast`.',
    source: 'spec/schemas/AgentId.json',
    level: 'MUST',
    party: 'server',
  },
  'ID-ENDP-001': {
    text: 'An endpoint MUST start with the exact lower-case prefix `https://` and be at most 2048 characters.',
    source: 'spec/schemas/Endpoint.json',
    level: 'MUST',
    party: 'server',
  },
  'ID-ENDP-002': {
    text: 'An agent SHOULD advertise `https://<host>[:port]/swarm`.',
    source: 'spec/schemas/Endpoint.json',
    level: 'SHOULD',
    party: 'server',
  },
  'ID-ENDP-003': {
    text: "Clients MUST derive a peer's URLs by stripping trailing `/` characters from its endpoint and appending `/message`, `/join`, `/info` or `/health`, and MUST NOT add a base path of their own.",
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'client',
  },
  'ID-KEY-001': {
    text: 'Public keys MUST be the raw key, never the SPKI/DER form (`MCowBQYDK2VwAyEA...`).',
    source: 'spec/schemas/PublicKey.json',
    level: 'MUST',
    party: 'sender',
  },
  'ID-KEY-002': {
    text: 'Decoders MUST decode a public key strictly: exactly 32 bytes, the standard alphabet, canonical padding.',
    source: 'spec/schemas/PublicKey.json',
    level: 'MUST',
    party: 'client',
  },
  'ID-UUID-001': {
    text: "Senders MUST emit UUIDs in lower case; receivers MUST lower-case a UUID before it enters a signature's canonical string, and compare ids in that form.",
    source: 'spec/schemas/Uuid.json',
    level: 'MUST',
    party: 'sender',
  },
  'INBOX-SM-001': {
    text: 'An inbox status transition MUST NOT lead back.',
    source: 'spec/schemas/InboxStatus.json',
    level: 'MUST',
    party: 'store',
  },
  'INFO-KEY-001': {
    text: "An agent's `public_key` MUST be derived from its own private key at start-up, never configured separately.",
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'JOIN-APR-001': {
    text: 'The master MUST keep the join request until it approves or denies it; repeating the request while pending gives 202 again and uses the token once.',
    source: 'spec/schemas/JoinPending.json',
    level: 'MUST',
    party: 'server',
  },
  'JOIN-ID-001': {
    text: 'An agent_id already in the swarm with a different key MUST be refused (`AGENT_ID_TAKEN`) so that a token cannot take over an identity.',
    source: 'spec/schemas/JoinSender.json',
    level: 'MUST',
    party: 'server',
  },
  'JOIN-KEY-001': {
    text: "A server MUST refuse a joiner's `public_key` that is not the canonical base64 of a raw 32-byte key (another length, the SPKI form, URL-safe or unpadded base64) as a schema failure of the join body (`INVALID_FORMAT`, `details.pointer` `/sender/public_key`), before the token is looked at.",
    source: 'spec/schemas/JoinSender.json',
    level: 'MUST',
    party: 'server',
  },
  'MGMT-AUTH-001': {
    text: 'The management token written by `swarm init` (`<home>/management.token`, mode 0600) MUST be compared in constant time. Missing or wrong → 401 `UNAUTHENTICATED` with `WWW-Authenticate: Bearer`.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'MGMT-AUTH-002': {
    text: 'By default the management routes MUST answer loopback clients only.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'MGMT-WAKE-001': {
    text: 'The wake route MUST require the same bearer token as the rest of the management API.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'MSG-AUTH-002': {
    text: "A receiver MUST pick the verification key by `agent_id` from its own member records and MUST check that `endpoint` equals the member's registered endpoint (trailing `/` ignored).",
    source: 'spec/schemas/Sender.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-ENV-001': {
    text: "Senders MUST write the envelope's nine required keys, then the optional keys that are set, and MUST omit an optional key rather than send `null` or an empty collection.",
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'sender',
  },
  'MSG-ENV-002': {
    text: 'Receivers MUST accept optional keys that are `null` (treated as absent) and MUST ignore top-level keys they do not know; such keys are not stored.',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-EXP-001': {
    text: 'A receiver MUST refuse a message whose `expires_at` has passed (`MESSAGE_EXPIRED`).',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-ID-001': {
    text: 'A receiver MUST store a message id once: a repeat with identical content is acknowledged without effect, a repeat with different content is refused (`MESSAGE_ID_CONFLICT`).',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-RCPT-001': {
    text: 'A receiver MUST refuse a message addressed to neither itself nor `broadcast` (`WRONG_RECIPIENT`).',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-SIG-001': {
    text: 'The signature MUST be the standard base64 (with padding, 88 characters) of the Ed25519 signature of SHA-256(UTF-8(message_id + timestamp + swarm_id + recipient + type + content)), with no separators, where the UUIDs are lower-cased and the timestamp is normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ` (wall-clock digits kept, offset dropped, fraction truncated).',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'sender',
  },
  'MSG-SIG-002': {
    text: "A receiver MUST verify the signature with the sender's registered key before storing anything (`INVALID_SIGNATURE`).",
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-SWARM-001': {
    text: 'A receiver MUST refuse a message for a swarm it does not know (`SWARM_NOT_FOUND`).',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-TS-001': {
    text: 'Senders MUST emit exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC, milliseconds truncated, never rounded.',
    source: 'spec/schemas/Timestamp.json',
    level: 'MUST',
    party: 'sender',
  },
  'MSG-TS-002': {
    text: 'Receivers MUST accept a fraction of 0-9 digits and a `+hh:mm`/`-hh:mm` offset in a timestamp, and MUST reject a timestamp without a zone.',
    source: 'spec/schemas/Timestamp.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-TS-003': {
    text: "Receivers MUST refuse a message whose timestamp is outside the replay window (default 5 minutes either side of the receiver's clock).",
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'MSG-VER-001': {
    text: 'Receivers MUST refuse a protocol major version other than their own (`UNSUPPORTED_PROTOCOL_VERSION`); senders of 0.1.0 write `0.1.0`.',
    source: 'spec/schemas/Message.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SRV-BODY-001': {
    text: 'A server MUST bound the request bodies it holds at once over all requests, and past that bound refuse new ones with `SERVICE_UNAVAILABLE` (503) and a `Retry-After`, leaving the bodies already being read alone.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-HEALTH-001': {
    text: 'The agent MUST report `healthy` with 200 when its database answers and takes writes, and `degraded` with 503 otherwise (unreachable, or stopped by a failed sync).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-001': {
    text: "An agent MUST NOT admit a joiner unless it is the swarm's master, or a member when the swarm allows member invites and the token names that member in `kid` (`NOT_MASTER`, `INVITES_DISABLED`).",
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-002': {
    text: "The invite token MUST be checked: structure (`INVALID_TOKEN`), algorithm (`UNSUPPORTED_ALGORITHM`), signature with the issuer's key on record (`INVALID_SIGNATURE`), required claims (`INVALID_TOKEN`), expiry (`TOKEN_EXPIRED`), `endpoint` claim equal to this agent's endpoint (`TOKEN_ENDPOINT_MISMATCH`), revocation (`TOKEN_REVOKED`) and uses (`TOKEN_EXHAUSTED`, counted atomically: of N concurrent redemptions of a `max_uses: 1` token exactly one succeeds).",
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-003': {
    text: 'An agent already a member with the same key MUST get 200 with the current membership and no notification; the same agent_id with another key MUST be refused (`AGENT_ID_TAKEN`).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-004': {
    text: 'A swarm that requires approval MUST answer 202 and keep the request until the master approves or denies it.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-005': {
    text: 'A new member MUST be answered with the full member list, and every existing member MUST be sent a master-signed `member_joined` through the durable outbox.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-JOIN-006': {
    text: 'A denied join request MUST be remembered until it would have expired: the same invite presented again is refused (`JOIN_DENIED`), without being redeemed again; only another invite starts a new request.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-MSG-001': {
    text: 'The receiver MUST check, in this order, each failure answered with its own code and nothing stored: body size (`PAYLOAD_TOO_LARGE`), content type (`UNSUPPORTED_MEDIA_TYPE`), JSON (`INVALID_JSON`) and schema (`INVALID_FORMAT`, with the failing pointer), protocol major version (`UNSUPPORTED_PROTOCOL_VERSION`), `X-Agent-ID` equal to `sender.agent_id` when present (`AGENT_ID_MISMATCH`), recipient is this agent or `broadcast` (`WRONG_RECIPIENT`), swarm known (`SWARM_NOT_FOUND`), sender a current member (`NOT_MEMBER`) at its registered endpoint (`ENDPOINT_MISMATCH`), signature (`INVALID_SIGNATURE`), timestamp inside the replay window (`TIMESTAMP_OUT_OF_WINDOW`), `expires_at` not passed (`MESSAGE_EXPIRED`), then the authority rules of system messages (`NOT_AUTHORIZED`).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'receiver',
  },
  'SRV-MSG-002': {
    text: 'A message from a muted agent or in a muted swarm MUST be answered 200 `queued` and dropped.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-MSG-003': {
    text: 'A repeated `message_id` with identical content MUST be answered 200 and change nothing; with different content it MUST be refused (`MESSAGE_ID_CONFLICT`).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-MSG-004': {
    text: 'The 200 answer to a message MUST be sent only after the message is durably stored; a message answered 200 is never lost.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-MSG-005': {
    text: 'System messages MUST take effect only after they are stored, under the authority rules of SystemContent; a message that breaks them MUST be refused and change nothing.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-MSG-006': {
    text: 'Waking the local agent MUST happen after the answer and MUST NOT delay or fail it.',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'SRV-RL-001': {
    text: 'A server SHOULD limit requests: per sender agent 60/min and per swarm 100/min on `/message`, joins 10/hour per client address (an IPv6 client counted by its /64), all configurable (`RATE_LIMITED`).',
    source: 'spec/openapi.yaml',
    level: 'SHOULD',
    party: 'server',
  },
  'SRV-RL-002': {
    text: '`Retry-After` MUST be the seconds to wait before retrying (a delay, never an absolute time).',
    source: 'spec/openapi.yaml',
    level: 'MUST',
    party: 'server',
  },
  'STATE-EXP-001': {
    text: 'An export MUST contain every swarm, member, mute, cached key, inbox row (deleted ones excepted) and outbox row, and MUST validate against the ExportV2 schema before it is written.',
    source: 'spec/schemas/ExportV2.json',
    level: 'MUST',
    party: 'store',
  },
  'STATE-IMP-001': {
    text: 'An import MUST validate the whole file first and apply it in one transaction, all or nothing.',
    source: 'spec/schemas/ExportV2.json',
    level: 'MUST',
    party: 'store',
  },
  'SYS-AUTH-001': {
    text: "Receivers MUST accept a system message only from the sender its action's schema allows, and only under the conditions that schema states: the swarm's current master for every action except `member_left` (the leaver, `[SYS-AUTH-002]`) and `member_joined` (also a member where the swarm allows member invites).",
    source: 'spec/schemas/SystemContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-AUTH-002': {
    text: 'Receivers MUST accept `member_left` only when its `agent_id` is the sender itself, and MUST refuse it from the master (a master dissolves or transfers instead).',
    source: 'spec/schemas/MemberLeftContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-AUTH-003': {
    text: 'Receivers MUST accept `master_transfer` only from the current master and only when its `agent_id` is a member; the receiver then records `agent_id` as master.',
    source: 'spec/schemas/MasterTransferContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-ENC-001': {
    text: "Senders MUST serialise a system content with a real JSON encoder (values escaped); for identifiers of the NewAgentId alphabet and plain reasons this gives the same bytes as the reference's compact templates.",
    source: 'spec/schemas/SystemContent.json',
    level: 'MUST',
    party: 'sender',
  },
  'SYS-ENC-002': {
    text: 'Receivers MUST parse a system content as JSON (a repeated key keeps its last value) and MUST store, without acting on it, a system message whose content is not JSON or names an action they do not know.',
    source: 'spec/schemas/SystemContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-JOIN-001': {
    text: "Receivers MUST take the new member's key from `public_key` when present, else fetch it from `<endpoint>/info` and check that the answer names the same agent_id.",
    source: 'spec/schemas/MemberJoinedContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-JOIN-002': {
    text: 'Receivers MUST refuse a `member_joined` that names a current member with another `public_key` (a key changes only by leaving and joining anew), and MUST let one that names a current member otherwise change nothing, neither its endpoint nor any cached key.',
    source: 'spec/schemas/MemberJoinedContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'SYS-KICK-001': {
    text: 'The kicked agent SHOULD forget the swarm.',
    source: 'spec/schemas/KickedContent.json',
    level: 'SHOULD',
    party: 'receiver',
  },
  'SYS-SWARM-001': {
    text: "Receivers MUST refuse (`NOT_AUTHORIZED`) a system content whose `swarm_id`, when present and not null, is not the envelope's swarm (compared without case), whatever the action and whatever the value's type.",
    source: 'spec/schemas/SystemContent.json',
    level: 'MUST',
    party: 'receiver',
  },
  'TOK-ALG-001': {
    text: 'Verifiers MUST refuse any `alg` but `EdDSA` (in particular `none` and every HS*/RS*/ES* algorithm) with `UNSUPPORTED_ALGORITHM`.',
    source: 'spec/schemas/InviteTokenHeader.json',
    level: 'MUST',
    party: 'server',
  },
  'TOK-CLM-001': {
    text: 'A verifier MUST refuse a token without swarm_id, master, endpoint or iat (`INVALID_TOKEN`).',
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'server',
  },
  'TOK-END-001': {
    text: 'The admitting agent MUST refuse a token whose endpoint is not its own (`TOKEN_ENDPOINT_MISMATCH`).',
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'server',
  },
  'TOK-EXP-001': {
    text: 'A verifier MUST refuse a token once its `expires_at` has passed (`TOKEN_EXPIRED`).',
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'server',
  },
  'TOK-REV-001': {
    text: 'A verifier MUST refuse a revoked token (`TOKEN_REVOKED`).',
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'server',
  },
  'TOK-SWM-001': {
    text: "The joining client MUST check that the token's `swarm_id` equals the swarm id of the `swarm://` URL (`TOKEN_SWARM_MISMATCH`).",
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'client',
  },
  'TOK-URL-001': {
    text: 'Parsers MUST take the JWT from the `token` query parameter alone (further parameters are ignored, never appended to the token).',
    source: 'spec/schemas/InviteUrl.json',
    level: 'MUST',
    party: 'client',
  },
  'TOK-USE-001': {
    text: "A verifier MUST count a token's redemptions atomically and refuse the one past its `max_uses` (`TOKEN_EXHAUSTED`).",
    source: 'spec/schemas/InviteTokenClaims.json',
    level: 'MUST',
    party: 'server',
  },
} as const satisfies Record<string, Requirement>;

export type RequirementId = keyof typeof requirements;
