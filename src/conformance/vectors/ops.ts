// This project's own adapter: each op of spec/schemas/VectorAdapterRequest.json answered by the protocol core
// (src/core), the same functions our client and server run (the 0.2 ops in ops-v02.ts). `swarm conformance adapter` serves it over stdin and
// stdout (adapter.ts); the tests run the vector suite against it, and against mutants built on `answerRequest`.
import type { ErrorCode, SystemContent, VectorAdapterAnswer, VectorAdapterRequest } from '../../../generated/types.js';
import { validateVectorAdapterRequest } from '../../../generated/validators/VectorAdapterRequest.js';
import { canonicalFields, canonicalString, sha256Hex } from '../../core/canonical.js';
import { ProtocolError } from '../../core/errors.js';
import { createInviteToken, verifyInviteToken } from '../../core/invite-token.js';
import { createInviteUrl, parseInviteUrl, verifyInviteUrl } from '../../core/invite-url.js';
import { buildJoinRequest } from '../../core/join-request.js';
import { decodePublicKey, encodePublicKey, keyPairFromSeed } from '../../core/keys.js';
import { peerUrl, protocolHeaders } from '../../core/peer.js';
import { signMessage, verifyMessage } from '../../core/signature.js';
import { parseSystemContent, serializeSystemContent } from '../../core/system-content.js';
import { canonicalTimestamp, formatTimestamp, timestampToDate } from '../../core/timestamp.js';
import type { AdapterResult, Op } from './model.js';
import { v02Handlers } from './ops-v02.js';

type Request<O extends Op> = Extract<VectorAdapterRequest, { op: O }>;
type Handler<O extends Op> = (request: Request<O>) => AdapterResult;

/** A refusal of ours: the input is one the core declines, with the catalog code of why. */
class Refused extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const seedOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

/** The instant a request's `now` names; a clock without a zone is the suite's mistake, refused. */
function clockOf(now: string): Date {
  const date = timestampToDate(now);
  if (date === null) throw new Refused('INVALID_FORMAT', `now is not a date-time with a zone: ${now}`);
  return date;
}

/** What a sender emits for a timestamp: UTC, ms-Z; null when it names no instant (or no protocol year). */
function utcForm(text: string): string | null {
  const date = timestampToDate(text);
  if (date === null) return null;
  try {
    return formatTimestamp(date);
  } catch {
    return null;
  }
}

// The sender of a signed draft is not signed; `sign` answers with the six fields only, so any sender does.
const PLACEHOLDER_SENDER = { agent_id: 'vector-adapter', endpoint: 'https://vector-adapter.invalid/swarm' };

export const handlers: { [O in Op]: Handler<O> } = {
  derive_public_key: (r) => ({ public_key: encodePublicKey(keyPairFromSeed(seedOf(r.seed_hex)).publicKey) }),
  decode_public_key: (r) => ({ public_key_hex: Buffer.from(decodePublicKey(r.public_key)).toString('hex') }),
  normalize_timestamp: (r) => ({ signed: canonicalTimestamp(r.timestamp), utc: utcForm(r.timestamp) }),
  canonical_string: (r) => {
    const canonical = canonicalFields(r.fields as Parameters<typeof canonicalFields>[0]);
    if (!canonical.ok) throw new Refused('INVALID_FORMAT', canonical.reason);
    const text = canonicalString(canonical.fields);
    return { fields: canonical.fields, canonical_string: text, sha256_hex: sha256Hex(text) };
  },
  sign: (r) => {
    const { signature, message_id, timestamp, swarm_id, recipient, type, content } = signMessage(
      { ...(r.fields as Parameters<typeof canonicalFields>[0]), sender: PLACEHOLDER_SENDER },
      seedOf(r.seed_hex),
    );
    return { fields: { message_id, timestamp, swarm_id, recipient, type, content }, signature };
  },
  verify_message: (r) => {
    const verdict = verifyMessage(r.message, r.public_key);
    return verdict.valid ? { valid: true } : { valid: false, reason: verdict.reason };
  },
  parse_invite_url: (r) => {
    const parts = parseInviteUrl(r.url);
    return { swarm_id: parts.swarmId, authority: parts.authority, token: parts.jwt };
  },
  create_invite_token: (r) => {
    const token = createInviteToken(r.claims as Parameters<typeof createInviteToken>[0], seedOf(r.seed_hex));
    return { token, url: createInviteUrl(r.claims, token) };
  },
  verify_invite_url: (r) => ({
    claims: verifyInviteUrl(r.url, { now: clockOf(r.now), publicKey: r.public_key }).claims,
  }),
  verify_invite_token: (r) => ({
    claims: verifyInviteToken(r.token, { now: clockOf(r.now), publicKey: r.public_key }).claims,
  }),
  encode_system_content: (r) => ({ content: serializeSystemContent(r.content as SystemContent) }),
  parse_system_content: (r) => {
    const parsed = parseSystemContent(r.content);
    if (parsed.kind === 'opaque') return { json: false };
    return { json: true, value: (parsed.kind === 'content' ? parsed.content : parsed.json) as AdapterResult['value'] };
  },
  peer_request: (r) => ({ url: peerUrl(r.endpoint, r.route), headers: protocolHeaders(r.agent_id) }),
  build_join_request: (r) => {
    const request = buildJoinRequest(
      r.invite_url,
      { agentId: r.agent_id, endpoint: r.endpoint, publicKey: r.public_key },
      { now: clockOf(r.now), masterPublicKey: r.master_public_key },
    );
    return { method: request.method, url: request.url, headers: request.headers, body: request.body };
  },
  ...v02Handlers,
};

function refusal(id: string | null, code: ErrorCode, message: string): VectorAdapterAnswer {
  return { id, ok: false, error: { code, message } };
}

/** Answers one request (any JSON value); never throws. */
export function answerRequest(request: unknown): VectorAdapterAnswer {
  const id = (request as { id?: unknown } | null)?.id;
  const answerId = typeof id === 'string' ? id : null;
  if (!validateVectorAdapterRequest(request)) {
    const op = (request as { op?: unknown } | null)?.op;
    if (typeof op === 'string' && !(op in handlers)) {
      return { id: answerId, ok: false, error: { message: `unknown op ${op}`, unsupported: true } };
    }
    const first = validateVectorAdapterRequest.errors?.[0];
    return refusal(
      answerId,
      'INVALID_FORMAT',
      `not a VectorAdapterRequest: ${first?.instancePath || '/'} ${first?.message}`,
    );
  }
  const handler = handlers[request.op] as Handler<Op>;
  try {
    return { id: request.id, ok: true, result: handler(request) };
  } catch (error) {
    if (error instanceof Refused || error instanceof ProtocolError)
      return refusal(request.id, error.code, error.message);
    // The core throws TypeError or RangeError for input it will not sign or encode (a caller's mistake there).
    if (error instanceof TypeError || error instanceof RangeError) {
      return refusal(request.id, 'INVALID_FORMAT', error.message);
    }
    return refusal(request.id, 'INTERNAL_ERROR', (error as Error).message);
  }
}

/** One line in, one line out (without its newline). */
export function answerLine(line: string): string {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return JSON.stringify(refusal(null, 'INVALID_JSON', `the request is not JSON: ${(error as Error).message}`));
  }
  return JSON.stringify(answerRequest(request));
}
