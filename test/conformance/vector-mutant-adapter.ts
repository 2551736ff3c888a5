// A deliberately wrong adapter: ours (src/conformance/vectors/ops.ts) with the defects named on the command line.
//   separators      the canonical string joins the six fields with '|' (canonical_string, sign, verify_message)
//   rounding        timestamps are rounded to milliseconds instead of truncated, wherever one is normalised
//   alg-none        a token whose header says `alg: none` is accepted without a signature or any other check
//   lenient-keys    public keys in the SPKI/DER form the reference's docs show; any base64 decoding to 32 bytes
//   templates       kick and leave contents built by string templates without escaping (as the reference does)
//   token-split     the JWT is everything after `?token=` (as the reference's join does)
//   no-strip        peer URLs append the route without stripping the endpoint's trailing '/'
//   duplicate-keys  a content naming a key twice is taken for no JSON at all
// and the protocol 0.2 ones of vector-mutant-v02.ts (no-domain, code-point-order, ad-raw-uuids).
// `node --import tsx vector-mutant-adapter.ts separators rounding` speaks the vector protocol on stdin/stdout.
import { hash } from 'node:crypto';
import type { VectorAdapterAnswer, VectorAdapterRequest } from '../../generated/types.js';
import { serveAdapter } from '../../src/conformance/vectors/adapter.js';
import { answerRequest } from '../../src/conformance/vectors/ops.js';
import { encodeBase64 } from '../../src/core/base64.js';
import { canonicalFields, type SignedFields } from '../../src/core/canonical.js';
import { ed25519Sign, ed25519Verify, keyPairFromSeed, toPublicKeyBytes } from '../../src/core/keys.js';
import { peerUrl, protocolHeaders } from '../../src/core/peer.js';
import { formatTimestamp, timestampToDate } from '../../src/core/timestamp.js';
import { V02_DEFECTS, v02Overrides } from './vector-mutant-v02.js';

export const DEFECTS = [
  'separators',
  'rounding',
  'alg-none',
  'lenient-keys',
  'templates',
  'token-split',
  'no-strip',
  'duplicate-keys',
  ...V02_DEFECTS,
] as const;
export type Defect = (typeof DEFECTS)[number];

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The timestamp with its fraction rounded half-up to milliseconds (carrying into the seconds and beyond). */
export function roundMs(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2}):(\d{2})[.,](\d+)(.*)$/.exec(text);
  if (!match || (match[8] ?? '').length <= 3) return text;
  const [, y, mo, d, sep, h, mi, s, fraction = '', zone = ''] = match;
  const first4 = Number(fraction.padEnd(4, '0').slice(0, 4));
  const ms = Math.floor(first4 / 10) + (first4 % 10 >= 5 ? 1 : 0);
  const wall = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + ms);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1, 2)}-${pad(wall.getUTCDate(), 2)}`;
  const time = `${pad(wall.getUTCHours(), 2)}:${pad(wall.getUTCMinutes(), 2)}:${pad(wall.getUTCSeconds(), 2)}`;
  const sameMs = Math.floor(first4 / 10) === ms;
  return sameMs
    ? `${y}-${mo}-${d}${sep}${h}:${mi}:${s}.${fraction}${zone}`
    : `${date}${sep}${time}.${pad(wall.getUTCMilliseconds(), 3)}${zone}`;
}

/** Whether rounding gives another millisecond than truncating. */
export function roundingDiffers(text: string): boolean {
  return roundMs(text) !== text;
}

/** A JWT's decoded header and payload (undefined where a part does not decode). */
export function jwtParts(jwt: string): { header?: Record<string, unknown>; payload?: Record<string, unknown> } {
  const decode = (part: string | undefined) => {
    try {
      return JSON.parse(Buffer.from(part ?? '', 'base64url').toString()) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  const [header, payload] = jwt.split('.');
  return { header: decode(header), payload: decode(payload) };
}

/** What the reference's join posts as the token: everything after the first `?token=`. */
export function splitToken(url: string): string | undefined {
  const at = url.indexOf('?token=');
  return at < 0 ? undefined : url.slice(at + '?token='.length);
}

/** The reference's f-string contents for leave and kick (no escaping of the values). */
export function templateContent(content: Record<string, unknown>): string | undefined {
  const { action, agent_id, reason } = content;
  if (action === 'member_left') return `{"action":"member_left","agent_id":"${agent_id}"}`;
  if (action !== 'kicked' && action !== 'member_kicked') return undefined;
  return `{"action":"${action}","agent_id":"${agent_id}"${reason ? `,"reason":"${reason}"` : ''}}`;
}

/** Whether a JSON text names one key twice in an object (a rough scan: enough for system contents). */
export function repeatsAKey(text: string): boolean {
  const keys = [...text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].map((match) => match[1]);
  return new Set(keys).size < keys.length;
}

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const separated = (f: SignedFields) =>
  [f.message_id, f.timestamp, f.swarm_id, f.recipient, f.type, f.content].join('|');
const digest = (text: string) => hash('sha256', text, 'buffer');
const seedOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

type Result = Extract<VectorAdapterAnswer, { ok: true }>['result'];
type Refusal = Extract<VectorAdapterAnswer, { ok: false }>['error'];
/** A defect's answer to a request, or undefined to leave it to the next defect (and finally to ours). */
type Override = (request: VectorAdapterRequest) => { result: Result } | { error: Refusal } | undefined;

const overrides: Record<Exclude<Defect, 'rounding'>, Override> = {
  separators(request) {
    if (request.op === 'canonical_string') {
      const canonical = canonicalFields(request.fields as SignedFields);
      if (!canonical.ok) return undefined;
      const text = separated(canonical.fields);
      return { result: { fields: canonical.fields, canonical_string: text, sha256_hex: hash('sha256', text, 'hex') } };
    }
    if (request.op === 'sign') {
      const instant = timestampToDate(request.fields.timestamp);
      if (instant === null) return undefined;
      const canonical = canonicalFields({ ...request.fields, timestamp: formatTimestamp(instant) } as SignedFields);
      if (!canonical.ok) return undefined;
      const signature = encodeBase64(ed25519Sign(digest(separated(canonical.fields)), seedOf(request.seed_hex)));
      return { result: { fields: canonical.fields, signature } };
    }
    if (request.op === 'verify_message') {
      const message = request.message as Record<string, string>;
      const canonical = canonicalFields(message as unknown as SignedFields);
      if (!canonical.ok || typeof message.signature !== 'string') return { result: { valid: false } };
      try {
        const key = toPublicKeyBytes(request.public_key);
        const valid = ed25519Verify(Buffer.from(message.signature, 'base64'), digest(separated(canonical.fields)), key);
        return { result: { valid } };
      } catch {
        return { result: { valid: false } };
      }
    }
    return undefined;
  },
  'alg-none'(request) {
    if (request.op === 'verify_invite_token' || request.op === 'verify_invite_url') {
      const jwt = request.op === 'verify_invite_token' ? request.token : (splitToken(request.url) ?? '');
      const { header, payload } = jwtParts(jwt);
      return header?.alg === 'none' && payload ? { result: { claims: payload } } : undefined;
    }
    if (request.op === 'build_join_request') {
      const token = new URLSearchParams(request.invite_url.split('?')[1] ?? '').get('token') ?? '';
      const { header, payload } = jwtParts(token);
      if (header?.alg !== 'none' || !payload) return undefined;
      const sender = { agent_id: request.agent_id, endpoint: request.endpoint, public_key: request.public_key };
      return {
        result: {
          method: 'POST',
          url: peerUrl(String(payload.endpoint), 'join'),
          headers: protocolHeaders(request.agent_id),
          body: { type: 'system', action: 'join_request', invite_token: token, sender },
        },
      };
    }
    return undefined;
  },
  'lenient-keys'(request) {
    if (request.op === 'derive_public_key') {
      const raw = keyPairFromSeed(seedOf(request.seed_hex)).publicKey;
      return { result: { public_key: Buffer.concat([SPKI_PREFIX, raw]).toString('base64') } };
    }
    if (request.op === 'decode_public_key') {
      const bytes = Buffer.from(request.public_key, 'base64');
      if (bytes.length === 32) return { result: { public_key_hex: bytes.toString('hex') } };
      return { error: { code: 'INVALID_PUBLIC_KEY', message: `${bytes.length} bytes` } };
    }
    return undefined;
  },
  templates(request) {
    if (request.op !== 'encode_system_content') return undefined;
    const content = templateContent(request.content);
    return content === undefined ? undefined : { result: { content } };
  },
  'token-split'(request) {
    if (request.op === 'parse_invite_url') {
      const ours = answerRequest(request);
      const token = splitToken(request.url);
      return ours.ok && token !== undefined ? { result: { ...ours.result, token } } : undefined;
    }
    if (request.op === 'build_join_request') {
      const ours = answerRequest(request);
      if (!ours.ok) return undefined;
      return {
        result: { ...ours.result, body: { ...ours.result.body, invite_token: splitToken(request.invite_url) } },
      };
    }
    return undefined;
  },
  'no-strip'(request) {
    if (request.op === 'peer_request') {
      return { result: { url: `${request.endpoint}/${request.route}`, headers: protocolHeaders(request.agent_id) } };
    }
    if (request.op === 'build_join_request') {
      const ours = answerRequest(request);
      if (!ours.ok) return undefined;
      const token = (ours.result.body as { invite_token: string }).invite_token;
      return { result: { ...ours.result, url: `${jwtParts(token).payload?.endpoint}/join` } };
    }
    return undefined;
  },
  'duplicate-keys'(request) {
    if (request.op !== 'parse_system_content' || !repeatsAKey(request.content)) return undefined;
    return { result: { json: false } };
  },
  ...v02Overrides,
};

function withRounding(request: VectorAdapterRequest): VectorAdapterRequest {
  switch (request.op) {
    case 'normalize_timestamp':
      return { ...request, timestamp: roundMs(request.timestamp) };
    case 'canonical_string':
    case 'sign':
      return { ...request, fields: { ...request.fields, timestamp: roundMs(request.fields.timestamp) } };
    case 'verify_message': {
      const message = request.message as Record<string, unknown> | null;
      if (typeof message?.timestamp !== 'string') return request;
      return { ...request, message: { ...message, timestamp: roundMs(message.timestamp) } };
    }
    case 'create_invite_token':
      if (request.claims.expires_at === undefined) return request;
      return { ...request, claims: { ...request.claims, expires_at: roundMs(request.claims.expires_at) } };
    default:
      return request;
  }
}

export function mutantAnswer(defects: readonly Defect[]): (line: string) => string {
  return (line) => {
    let request = JSON.parse(line) as VectorAdapterRequest;
    if (defects.includes('rounding')) request = withRounding(request);
    for (const defect of defects) {
      const answer = defect === 'rounding' ? undefined : overrides[defect](request);
      if (answer && 'result' in answer) return JSON.stringify({ id: request.id, ok: true, result: answer.result });
      if (answer) return JSON.stringify({ id: request.id, ok: false, error: answer.error });
    }
    return JSON.stringify(answerRequest(request));
  };
}

if (process.argv[1] === import.meta.filename) {
  const defects = process.argv.slice(2);
  const unknown = defects.filter((defect) => !(DEFECTS as readonly string[]).includes(defect));
  if (unknown.length > 0) throw new Error(`unknown defects: ${unknown.join(', ')}`);
  await serveAdapter(process.stdin, process.stdout, mutantAnswer(defects as Defect[]));
}
