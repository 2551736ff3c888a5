// Mutants that break the rules of the message checks.

import { errorCatalog } from '../../../generated/errors.js';
import type { ErrorCode, JoinAccepted } from '../../../generated/types.js';
import { validateMessage } from '../../../generated/validators/Message.js';
import { decodeBase64Strict } from '../../../src/core/base64.js';
import { canonicalFields, canonicalString, type SignedFields, signingDigest } from '../../../src/core/canonical.js';
import { OPTIONAL_KEYS, WIRE_REQUIRED_KEYS } from '../../../src/core/envelope.js';
import { ed25519Verify } from '../../../src/core/keys.js';
import { stripTrailingSlashes } from '../../../src/core/peer.js';
import { verifyMessage } from '../../../src/core/signature.js';
import { timestampToDate } from '../../../src/core/timestamp.js';
import { jsonAnswer, type Mutation, type ProxiedAnswer, type ProxiedRequest, queued } from '../mutant-proxy.js';
import type { Mutant } from './types.js';

// --- Helpers of the pipeline and envelope mutants ---

/** The fields of a message a mutant looks at, as they came (nothing is checked yet). */
export interface Posted {
  protocol_version?: unknown;
  message_id?: unknown;
  swarm_id?: unknown;
  recipient?: unknown;
  type?: unknown;
  content?: unknown;
  timestamp?: unknown;
  expires_at?: unknown;
  sender?: { agent_id?: unknown; endpoint?: unknown };
}

export function postedMessage(request: ProxiedRequest): Posted | undefined {
  const json = request.json;
  const isMessage = request.method === 'POST' && /\/message\/?(\?|$)/.test(request.path);
  return isMessage && typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Posted) : undefined;
}

/** A refusal in the catalog's shape, as a mutant agent answers it. */
export function refusal(code: ErrorCode, message: string): ProxiedAnswer {
  return jsonAnswer(errorCatalog[code].status ?? 400, { error: { code, message, details: null } });
}

export function codeOf(answer: ProxiedAnswer): string | undefined {
  const code = (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a mutant agent knows of its swarm: learnt from the join answers (and /info) that pass through the proxy. */
export class SwarmKnowledge {
  self: string | undefined;
  readonly masters = new Map<string, string>();
  private readonly members = new Map<string, { endpoint: string; publicKey: string }>();

  learn(answer: ProxiedAnswer, request: ProxiedRequest): void {
    if (answer.status !== 200) return;
    if (request.path.endsWith('/info'))
      this.self = (answer.json as { agent_id?: string } | undefined)?.agent_id ?? this.self;
    if (!request.path.endsWith('/join')) return;
    const accepted = answer.json as Partial<JoinAccepted>;
    if (typeof accepted.swarm_id !== 'string' || !Array.isArray(accepted.members)) return;
    const swarmId = accepted.swarm_id.toLowerCase();
    if (accepted.master) {
      this.masters.set(swarmId, accepted.master);
      this.self ??= accepted.master;
    }
    for (const member of accepted.members) {
      this.members.set(`${swarmId} ${member.agent_id}`, { endpoint: member.endpoint, publicKey: member.public_key });
    }
  }

  member(message: Posted): { endpoint: string; publicKey: string } | undefined {
    return this.members.get(`${String(message.swarm_id).toLowerCase()} ${String(message.sender?.agent_id)}`);
  }

  /** Whether the signature verifies under the key on record (false when the sender has none). */
  signatureHolds(message: Posted): boolean {
    const member = this.member(message);
    return member !== undefined && verifyMessage(message, member.publicKey).valid;
  }
}

/** The body limit the gallery's agent is started with (test/conformance/fixture.ts). */
const FIXTURE_BODY_LIMIT = 64 * 1024;
const REPLAY_WINDOW_MS = 5 * 60 * 1000;
/** System actions anyone but the master may send, under conditions of their own. */
const OPEN_ACTIONS = ['member_left', 'member_joined'];

/** Every rule of [SRV-MSG-001] that `request` breaks, in the spec's order, as far as the proxy can judge them. */
function brokenRules(request: ProxiedRequest, known: SwarmKnowledge): ErrorCode[] {
  const broken: ErrorCode[] = [];
  if (Buffer.byteLength(request.body) > FIXTURE_BODY_LIMIT) broken.push('PAYLOAD_TOO_LARGE');
  if (!String(request.headers['content-type']).startsWith('application/json')) broken.push('UNSUPPORTED_MEDIA_TYPE');
  const message = postedMessage(request);
  if (request.json === undefined || !message) return [...broken, 'INVALID_JSON'];
  if (!validateMessage(message)) broken.push('INVALID_FORMAT');
  if (!String(message.protocol_version).startsWith('0.')) broken.push('UNSUPPORTED_PROTOCOL_VERSION');
  const claimed = request.headers['x-agent-id'];
  if (claimed !== undefined && claimed !== message.sender?.agent_id) broken.push('AGENT_ID_MISMATCH');
  if (known.self && message.recipient !== known.self && message.recipient !== 'broadcast')
    broken.push('WRONG_RECIPIENT');
  const master = known.masters.get(String(message.swarm_id).toLowerCase());
  if (master === undefined) broken.push('SWARM_NOT_FOUND');
  const member = known.member(message);
  if (!member) broken.push('NOT_MEMBER');
  else if (stripTrailingSlashes(member.endpoint) !== stripTrailingSlashes(String(message.sender?.endpoint))) {
    broken.push('ENDPOINT_MISMATCH');
  }
  if (!known.signatureHolds(message)) broken.push('INVALID_SIGNATURE');
  const sentAt = timestampToDate(String(message.timestamp))?.getTime();
  if (sentAt === undefined || Math.abs(Date.now() - sentAt) > REPLAY_WINDOW_MS) broken.push('TIMESTAMP_OUT_OF_WINDOW');
  const expiresAt = message.expires_at ? timestampToDate(String(message.expires_at))?.getTime() : undefined;
  if (expiresAt !== undefined && expiresAt <= Date.now()) broken.push('MESSAGE_EXPIRED');
  if (message.type === 'system' && message.sender?.agent_id !== master) {
    let action: unknown;
    try {
      action = (JSON.parse(String(message.content)) as { action?: unknown }).action;
    } catch {
      // not JSON: stored without effect, so no authority rule applies
    }
    if (typeof action === 'string' && !OPEN_ACTIONS.includes(action)) broken.push('NOT_AUTHORIZED');
  }
  return broken;
}

/** A mutation that refuses, before the agent sees it, every message `breaks` says something about. */
function refuseWhen(breaks: (message: Posted) => string | undefined, code: ErrorCode = 'INVALID_FORMAT'): Mutation {
  return {
    request(request) {
      const message = postedMessage(request);
      const reason = message && breaks(message);
      return reason ? refusal(code, reason) : request;
    },
  };
}

const UPPER_HEX = /[A-F]/;
/** The top-level keys of spec/schemas/Message.json. */
const MESSAGE_KEYS = new Set<string>([...WIRE_REQUIRED_KEYS, ...OPTIONAL_KEYS]);

/** Answers the code of the last rule a message breaks, where the agent answered the first. */
function reverseOrderMutation(): Mutation {
  const known = new SwarmKnowledge();
  return {
    answer(answer, request) {
      known.learn(answer, request);
      if (answer.status < 400 || answer.status === 429 || !/\/message\/?(\?|$)/.test(request.path)) return answer;
      const broken = brokenRules(request, known);
      const last = broken.at(-1);
      return broken.length >= 2 && last ? refusal(last, `checked last, answered first: ${broken.join(' > ')}`) : answer;
    },
  };
}

/** Answers INVALID_SIGNATURE where the agent refused a sender whose signature no key on record verifies. */
function signatureFirstMutation(): Mutation {
  const known = new SwarmKnowledge();
  return {
    answer(answer, request) {
      known.learn(answer, request);
      const message = postedMessage(request);
      const code = codeOf(answer);
      if (!message || (code !== 'NOT_MEMBER' && code !== 'ENDPOINT_MISMATCH') || known.signatureHolds(message)) {
        return answer;
      }
      return refusal('INVALID_SIGNATURE', 'no key on record verifies this signature');
    },
  };
}

/** Answers MESSAGE_ID_CONFLICT to a message whose id it already accepted, identical or not. */
function repeatConflictMutation(): Mutation {
  const accepted = new Set<string>();
  return {
    answer(answer, request) {
      const id = postedMessage(request)?.message_id;
      if (answer.status !== 200 || typeof id !== 'string') return answer;
      if (accepted.has(id.toLowerCase())) return refusal('MESSAGE_ID_CONFLICT', `${id} was already accepted`);
      accepted.add(id.toLowerCase());
      return answer;
    },
  };
}

// --- Helpers of the signature and timestamps mutants ---

/** Our emitted timestamp form, the only one a strict (non-conforming) parser takes. */
const MS_Z_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const SIGNED_FIELDS = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'] as const;
/** Refusals the pipeline makes after the signature ([SRV-MSG-001]): a message that reached them was verified. */
const AFTER_SIGNATURE = new Set([
  'TIMESTAMP_OUT_OF_WINDOW',
  'MESSAGE_EXPIRED',
  'NOT_AUTHORIZED',
  'MESSAGE_ID_CONFLICT',
]);

/** The request with its message replaced by `message`. */
function withMessage(request: ProxiedRequest, message: object): ProxiedRequest {
  const body = JSON.stringify(message);
  return { ...request, body, json: JSON.parse(body) };
}

/** The instant (ms) of the message's expires_at, if it has one that parses. */
function expiresAtIn(request: ProxiedRequest): number | undefined {
  const expiresAt = postedMessage(request)?.expires_at;
  return typeof expiresAt === 'string' ? timestampToDate(expiresAt)?.getTime() : undefined;
}

/** Whether `publicKey` verifies the message over the bytes `signedBytes` makes of its canonical fields. */
function verifiesOver(
  message: Posted,
  publicKey: string,
  signedBytes: (fields: SignedFields, timestamp: string) => Uint8Array | undefined,
): boolean | undefined {
  const record = message as Record<string, unknown>;
  if (!SIGNED_FIELDS.every((name) => typeof record[name] === 'string') || typeof record.signature !== 'string') {
    return undefined;
  }
  const [key, signature] = [decodeBase64Strict(publicKey), decodeBase64Strict(record.signature)];
  const fields = canonicalFields(record as unknown as SignedFields);
  if (!key || !signature || !fields.ok) return undefined;
  const bytes = signedBytes(fields.fields, record.timestamp as string);
  return bytes !== undefined && ed25519Verify(signature, bytes, key);
}

/**
 * An agent whose verifier checks other bytes than the spec's digest. Its verdict replaces the agent's where the agent
 * gave one: a message the agent verified is refused INVALID_SIGNATURE when the mutant's verifier disagrees (the agent
 * has stored it; a proxy cannot take that back), and one the agent refused as INVALID_SIGNATURE is answered queued
 * when the mutant's verifier takes it.
 */
function verifierMutation(signedBytes: (fields: SignedFields, timestamp: string) => Uint8Array | undefined): Mutation {
  const known = new SwarmKnowledge();
  return {
    answer(answer, request) {
      known.learn(answer, request);
      const message = postedMessage(request);
      const publicKey = message && known.member(message)?.publicKey;
      const own = message && publicKey ? verifiesOver(message, publicKey, signedBytes) : undefined;
      const code = codeOf(answer);
      if (own === undefined) return answer;
      if (code === 'INVALID_SIGNATURE') return own ? queued(request) : answer;
      const verified = answer.status === 200 || (code !== undefined && AFTER_SIGNATURE.has(code));
      return verified && !own ? refusal('INVALID_SIGNATURE', 'Signature does not verify') : answer;
    },
  };
}

export const messageMutants: Mutant[] = [
  // --- pipeline and envelope sections ---
  {
    name: 'pipeline-in-reverse-order',
    breaks: 'SRV-MSG-001: of the rules a message breaks, answers with the code of the last one in the spec order',
    mutation: reverseOrderMutation(),
    mustFail: [
      'pipeline.order.size-before-media-type',
      'pipeline.order.media-type-before-json',
      'pipeline.order.schema-before-protocol-version',
      'pipeline.order.protocol-version-before-agent-id',
      'pipeline.order.agent-id-before-recipient',
      'pipeline.order.recipient-before-swarm',
      'pipeline.order.swarm-before-membership',
      'pipeline.order.membership-before-signature',
      'pipeline.order.endpoint-before-signature',
      'pipeline.order.signature-before-timestamp',
      'pipeline.order.timestamp-before-expiry',
      'pipeline.order.expiry-before-authority',
    ],
    category: 'correctness',
  },
  {
    name: 'signature-before-membership',
    breaks: 'SRV-MSG-001: verifies the signature before membership and endpoint (INVALID_SIGNATURE for a non-member)',
    mutation: signatureFirstMutation(),
    mustFail: ['pipeline.order.membership-before-signature', 'pipeline.order.endpoint-before-signature'],
    category: 'correctness',
  },
  {
    name: 'refuses-upper-case-uuids',
    breaks: 'ID-UUID-001: refuses a message_id or swarm_id in upper case (INVALID_FORMAT)',
    mutation: refuseWhen((message) =>
      UPPER_HEX.test(`${String(message.message_id)}${String(message.swarm_id)}`)
        ? 'UUIDs must be lower case'
        : undefined,
    ),
    mustFail: [
      'envelope.uuid.upper-case',
      'envelope.duplicate.upper-case-identical',
      'envelope.duplicate.conflict-upper-case',
    ],
    category: 'correctness',
  },
  {
    name: 'refuses-null-optionals',
    breaks: 'MSG-ENV-002: refuses optional keys sent as null (INVALID_FORMAT)',
    mutation: refuseWhen((message) => {
      const key = Object.entries(message).find(([, value]) => value === null)?.[0];
      return key && `/${key} must not be null`;
    }),
    mustFail: ['envelope.optional.null'],
    category: 'correctness',
  },
  {
    name: 'refuses-unknown-keys',
    breaks: 'MSG-ENV-002: refuses top-level keys the protocol does not define (INVALID_FORMAT)',
    mutation: refuseWhen((message) => {
      const key = Object.keys(message).find((name) => !MESSAGE_KEYS.has(name));
      return key && `/${key} is not allowed`;
    }),
    mustFail: ['envelope.unknown-key'],
    category: 'correctness',
  },
  {
    name: 'accepts-message-id-conflicts',
    breaks: 'MSG-ID-001: answers 200 queued to a message re-using an accepted id with other content',
    mutation: { answer: (answer, request) => (codeOf(answer) === 'MESSAGE_ID_CONFLICT' ? queued(request) : answer) },
    mustFail: ['envelope.duplicate.conflict', 'envelope.duplicate.conflict-upper-case'],
    category: 'security',
  },
  {
    name: 'refuses-identical-repeats',
    breaks: 'SRV-MSG-003: refuses an identical repeat of an accepted message (MESSAGE_ID_CONFLICT)',
    mutation: repeatConflictMutation(),
    mustFail: ['envelope.duplicate.identical'],
    category: 'correctness',
  },
  {
    name: 'refuses-direct-messages',
    breaks: "MSG-RCPT-001: refuses a message addressed to the agent's own id (WRONG_RECIPIENT)",
    mutation: refuseWhen(
      (message) => (message.recipient === 'broadcast' ? undefined : 'only broadcasts are taken'),
      'WRONG_RECIPIENT',
    ),
    mustFail: ['envelope.recipient.self'],
    category: 'correctness',
  },
  {
    name: 'refuses-broadcasts',
    breaks: 'MSG-RCPT-001: refuses a message (not a system message) addressed to broadcast (WRONG_RECIPIENT)',
    mutation: refuseWhen(
      (message) =>
        message.recipient === 'broadcast' && message.type !== 'system'
          ? 'only messages addressed by name are taken'
          : undefined,
      'WRONG_RECIPIENT',
    ),
    mustFail: ['envelope.recipient.broadcast'],
    category: 'correctness',
  },
  // --- signature and timestamps sections ---
  {
    name: 'accepts-invalid-signature',
    breaks:
      'MSG-SIG-002: stores a message whose signature does not verify (200 queued where the agent found INVALID_SIGNATURE)',
    mutation: { answer: (answer, request) => (codeOf(answer) === 'INVALID_SIGNATURE' ? queued(request) : answer) },
    mustFail: [
      'signature.tampered.message-id',
      'signature.tampered.timestamp',
      'signature.tampered.swarm-id',
      'signature.tampered.recipient',
      'signature.tampered.type',
      'signature.tampered.content',
      'signature.form.separator-pipe',
      'signature.form.separator-newline',
      'signature.form.unhashed',
      'signature.form.random-bytes',
      'signature.impersonation',
      'timestamps.form.offset-signed-as-utc',
    ],
    category: 'security',
  },
  {
    name: 'lenient-signature-base64',
    breaks: 'MSG-SIG-001: decodes the signature leniently, reading unpadded or URL-safe base64 as the same 64 bytes',
    mutation: {
      request(request) {
        const message = postedMessage(request);
        const signature = (message as { signature?: unknown } | undefined)?.signature;
        if (typeof signature !== 'string' || /^[A-Za-z0-9+/]{86}==$/.test(signature)) return request;
        const bytes = Buffer.from(signature, 'base64'); // Node's decoder takes both alphabets, padded or not
        return bytes.length === 64
          ? withMessage(request, { ...message, signature: bytes.toString('base64') })
          : request;
      },
    },
    mustFail: ['signature.form.unpadded', 'signature.form.url-safe'],
    category: 'security',
  },
  {
    name: 'verifies-without-hash',
    breaks: 'MSG-SIG-001: verifies the Ed25519 signature over the canonical string itself, without the SHA-256 step',
    mutation: verifierMutation((fields) => Buffer.from(canonicalString(fields), 'utf8')),
    // Every correct message is refused, and one signed over the bare string is taken.
    mustFail: ['signature.valid', 'signature.form.unhashed', 'timestamps.form.fraction-3'],
  },
  {
    name: 'verifies-utc-converted-timestamp',
    breaks: 'MSG-SIG-001: converts an offset timestamp to UTC for the canonical string (the rule keeps the wall clock)',
    mutation: verifierMutation((fields, timestamp) => {
      const instant = timestampToDate(timestamp);
      return instant === null ? undefined : signingDigest({ ...fields, timestamp: instant.toISOString() });
    }),
    mustFail: ['timestamps.form.offset-plus', 'timestamps.form.offset-minus', 'timestamps.form.offset-signed-as-utc'],
  },
  {
    name: 'ignores-sender-endpoint',
    breaks: "MSG-AUTH-002: never compares sender.endpoint with the member's registered endpoint",
    mutation: { answer: (answer, request) => (codeOf(answer) === 'ENDPOINT_MISMATCH' ? queued(request) : answer) },
    mustFail: ['signature.endpoint.mismatch'],
    category: 'security',
  },
  {
    name: 'endpoint-compared-verbatim',
    breaks: "MSG-AUTH-002: compares sender.endpoint without ignoring a trailing '/' (ENDPOINT_MISMATCH)",
    mutation: refuseWhen((message) => {
      const endpoint = message.sender?.endpoint;
      return typeof endpoint === 'string' && endpoint.endsWith('/')
        ? `${endpoint} is not the registered one`
        : undefined;
    }, 'ENDPOINT_MISMATCH'),
    mustFail: ['signature.endpoint.trailing-slash'],
    category: 'correctness',
  },
  {
    name: 'strict-timestamp-form',
    breaks: 'MSG-TS-002: refuses every timestamp but YYYY-MM-DDTHH:MM:SS.mmmZ (offsets, other fraction lengths)',
    mutation: refuseWhen((message) =>
      typeof message.timestamp === 'string' && !MS_Z_TIMESTAMP.test(message.timestamp)
        ? '/timestamp must be YYYY-MM-DDTHH:MM:SS.mmmZ'
        : undefined,
    ),
    mustFail: [
      'timestamps.form.offset-plus',
      'timestamps.form.offset-minus',
      'timestamps.form.fraction-0',
      'timestamps.form.fraction-1',
      'timestamps.form.fraction-6',
      'timestamps.form.fraction-9',
    ],
    category: 'correctness',
  },
  {
    name: 'timestamp-without-zone-read-as-utc',
    breaks: 'MSG-TS-002: takes a timestamp without a zone as UTC instead of refusing it',
    mutation: {
      request(request) {
        const message = postedMessage(request);
        const timestamp = message?.timestamp;
        if (typeof timestamp !== 'string' || /(Z|[+-]\d\d:\d\d)$/.test(timestamp)) return request;
        return withMessage(request, { ...message, timestamp: `${timestamp}Z` });
      },
    },
    mustFail: ['timestamps.form.no-zone'],
    category: 'security',
  },
  {
    name: 'ignores-replay-window',
    breaks: 'MSG-TS-003: stores a message whose timestamp is outside the replay window',
    mutation: {
      answer: (answer, request) => (codeOf(answer) === 'TIMESTAMP_OUT_OF_WINDOW' ? queued(request) : answer),
    },
    mustFail: ['timestamps.window.far-past', 'timestamps.window.past-outside', 'timestamps.window.future-outside'],
    category: 'security',
  },
  {
    name: 'window-narrower-than-declared',
    breaks: 'MSG-TS-003: says its replay window is 300 s but refuses timestamps more than 240 s away',
    mutation: {
      request(request) {
        const timestamp = postedMessage(request)?.timestamp;
        const sentAt = typeof timestamp === 'string' ? timestampToDate(timestamp)?.getTime() : undefined;
        if (sentAt === undefined || Math.abs(Date.now() - sentAt) <= 240_000) return request;
        const message = `Timestamp ${timestamp} is outside the replay window`;
        return jsonAnswer(400, {
          error: { code: 'TIMESTAMP_OUT_OF_WINDOW', message, details: { window_seconds: 300 } },
        });
      },
    },
    mustFail: ['timestamps.window.past-inside', 'timestamps.window.future-inside'],
    category: 'correctness',
  },
  {
    name: 'expiry-compared-backwards',
    breaks: 'MSG-EXP-001: compares expires_at with its clock the wrong way round (refuses the future, keeps the past)',
    mutation: {
      // answer() also sees the proxy's own refusal, as its request: expiresAtIn finds no message there.
      request: (request) =>
        (expiresAtIn(request) ?? 0) > Date.now() ? refusal('MESSAGE_EXPIRED', 'The message has expired') : request,
      answer: (answer, request) =>
        codeOf(answer) === 'MESSAGE_EXPIRED' && (expiresAtIn(request) ?? Infinity) <= Date.now()
          ? queued(request)
          : answer,
    },
    mustFail: ['timestamps.expires.past', 'timestamps.expires.future'],
  },
];
