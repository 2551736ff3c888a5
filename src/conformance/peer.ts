// The peer conformance suite: probes a running agent's public routes, from outside and without membership, and
// says where its answers depart from spec/. Every request is one that any stranger may send (health, identity,
// and messages or joins that must be refused); nothing it sends can be accepted, stored or acted on by a
// conforming peer. Each check names the requirement it exercises, so a report reads against the spec.
import { randomUUID } from 'node:crypto';
import type { ErrorCode, Message } from '../../generated/types.js';
import { validateAgentInfo } from '../../generated/validators/AgentInfo.js';
import { validateErrorBody } from '../../generated/validators/ErrorBody.js';
import { validateHealth } from '../../generated/validators/Health.js';
import { decodePublicKey, generateSeed, keyPairFromSeed } from '../core/keys.js';
import { type PeerRoute, peerUrl, protocolHeaders, stripTrailingSlashes } from '../core/peer.js';
import { signMessage } from '../core/signature.js';

export interface ConformanceCheck {
  /** Stable name of the check, e.g. `message.invalid-json`. */
  id: string;
  /** The spec requirement it exercises. */
  requirement: string;
  /** What a conforming peer does. */
  expected: string;
  passed: boolean;
  /** What the peer did (status, code, the first schema violation, or the transport failure). */
  observed: string;
}

export interface PeerReport {
  endpoint: string;
  passed: number;
  failed: number;
  checks: ConformanceCheck[];
}

/** fetch as the transport provides it (certificate checks, timeouts, loopback rules). */
export type ProbeFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface ProbeOptions {
  fetch: ProbeFetch;
  /** The body size sent to check the limit; larger than any limit a peer should set. Default 8 MiB. */
  oversizeBytes?: number;
}

interface Answer {
  status: number;
  body: unknown;
  text: string;
}

type Expectation =
  | { kind: 'body'; status: number; validate: (body: unknown) => string | undefined }
  | { kind: 'error'; status: number; code: ErrorCode };

interface Probe {
  id: string;
  requirement: string;
  request: () => { url: string; init: RequestInit };
  expect: Expectation;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

function describe(expectation: Expectation): string {
  return expectation.kind === 'error'
    ? `${expectation.status} ${expectation.code} in the error shape`
    : `${expectation.status} with a valid body`;
}

/** A generated validator, whatever type it checks. */
type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

function schemaProblem(validate: Validator, body: unknown): string | undefined {
  if (validate(body)) return undefined;
  const first = validate.errors?.[0];
  return `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`;
}

function judge(expectation: Expectation, answer: Answer): string | undefined {
  const status = answer.status === expectation.status ? undefined : `status ${answer.status}`;
  if (expectation.kind === 'body') {
    return status ?? expectation.validate(answer.body);
  }
  const shape = schemaProblem(validateErrorBody, answer.body);
  if (shape) return [status, `not the error shape: ${shape}`].filter(Boolean).join(', ');
  const code = (answer.body as { error: { code: string } }).error.code;
  if (code !== expectation.code) return [status, `code ${code}`].filter(Boolean).join(', ');
  return status;
}

function summary(answer: Answer): string {
  const code = (answer.body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? `${answer.status} ${code}` : `${answer.status}`;
}

/** Who the probe claims to be: an agent no swarm has, at an address that cannot resolve. */
const PROBE = { agent_id: 'conformance-probe', endpoint: 'https://conformance-probe.invalid/swarm' } as const;

/** A message that is well formed and correctly signed, by a key no swarm knows, to a swarm nobody created. */
function strangerMessage(recipient = 'broadcast'): Message {
  const keyPair = keyPairFromSeed(generateSeed());
  return signMessage(
    {
      sender: { ...PROBE },
      recipient,
      swarm_id: randomUUID(),
      type: 'message',
      content: 'conformance probe: this message must be refused',
    },
    keyPair,
  );
}

function probes(endpoint: string, oversizeBytes: number): Probe[] {
  const route = (name: PeerRoute) => peerUrl(endpoint, name);
  const post =
    (name: PeerRoute, body: string, headers: Record<string, string> = JSON_HEADERS) =>
    () => ({
      url: route(name),
      init: { method: 'POST', headers, body },
    });
  /** A message as a peer sends it, its X-Agent-ID claiming `claimed`. */
  const postMessage = (message: object, claimed: string = PROBE.agent_id) =>
    post('message', JSON.stringify(message), protocolHeaders(claimed));
  return [
    {
      id: 'health',
      requirement: 'SRV-HEALTH-001',
      request: () => ({ url: route('health'), init: { method: 'GET' } }),
      expect: { kind: 'body', status: 200, validate: (body) => schemaProblem(validateHealth, body) },
    },
    {
      id: 'info',
      requirement: 'INFO-KEY-001',
      request: () => ({ url: route('info'), init: { method: 'GET' } }),
      expect: {
        kind: 'body',
        status: 200,
        validate: (body) => {
          const problem = schemaProblem(validateAgentInfo, body);
          if (problem) return problem;
          try {
            decodePublicKey((body as { public_key: string }).public_key);
            return undefined;
          } catch (error) {
            return `public_key: ${(error as Error).message}`;
          }
        },
      },
    },
    {
      id: 'message.too-large',
      requirement: 'SRV-MSG-001',
      request: post('message', `{"content":"${'x'.repeat(oversizeBytes)}"}`),
      expect: { kind: 'error', status: 413, code: 'PAYLOAD_TOO_LARGE' },
    },
    {
      id: 'message.media-type',
      requirement: 'SRV-MSG-001',
      request: post('message', JSON.stringify(strangerMessage()), { 'Content-Type': 'text/plain' }),
      expect: { kind: 'error', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    },
    {
      id: 'message.content-encoding',
      requirement: 'SRV-MSG-001',
      // Plain JSON said to be compressed: a peer that does not decompress bodies must say so, not misread them.
      request: post('message', JSON.stringify(strangerMessage()), { ...JSON_HEADERS, 'Content-Encoding': 'gzip' }),
      expect: { kind: 'error', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    },
    {
      id: 'message.invalid-json',
      requirement: 'SRV-MSG-001',
      request: post('message', '{"message_id": '),
      expect: { kind: 'error', status: 400, code: 'INVALID_JSON' },
    },
    {
      id: 'message.schema',
      requirement: 'SRV-MSG-001',
      request: post('message', JSON.stringify({ type: 'message', content: 'no envelope' })),
      expect: { kind: 'error', status: 400, code: 'INVALID_FORMAT' },
    },
    {
      id: 'message.too-deep',
      requirement: 'BODY-DEPTH-001',
      request: post(
        'message',
        JSON.stringify(strangerMessage()).replace(/}$/, `,"metadata":{"k":${'['.repeat(200)}${']'.repeat(200)}}}`),
      ),
      expect: { kind: 'error', status: 400, code: 'INVALID_FORMAT' },
    },
    {
      id: 'message.protocol-version',
      requirement: 'SRV-MSG-001',
      // protocol_version is not signed: a copy that claims a major version the protocol does not have. (The
      // X-Swarm-Protocol header cannot carry it: the transport always sends the version it speaks.)
      request: postMessage({ ...strangerMessage(), protocol_version: '9.0.0' }),
      expect: { kind: 'error', status: 400, code: 'UNSUPPORTED_PROTOCOL_VERSION' },
    },
    {
      id: 'message.agent-id-mismatch',
      requirement: 'SRV-MSG-001',
      request: postMessage(strangerMessage(), 'someone-else'),
      expect: { kind: 'error', status: 403, code: 'AGENT_ID_MISMATCH' },
    },
    {
      id: 'message.wrong-recipient',
      requirement: 'SRV-MSG-001',
      // An agent id no peer has: the message is addressed to someone else.
      request: postMessage(strangerMessage(`not-this-agent-${randomUUID()}`)),
      expect: { kind: 'error', status: 403, code: 'WRONG_RECIPIENT' },
    },
    {
      id: 'message.unknown-swarm',
      requirement: 'SRV-MSG-001',
      request: postMessage(strangerMessage()),
      expect: { kind: 'error', status: 404, code: 'SWARM_NOT_FOUND' },
    },
    {
      id: 'message.method',
      requirement: 'ERR-SHAPE-001',
      request: () => ({ url: route('message'), init: { method: 'GET' } }),
      expect: { kind: 'error', status: 405, code: 'METHOD_NOT_ALLOWED' },
    },
    {
      id: 'join.invalid-token',
      requirement: 'SRV-JOIN-002',
      request: post(
        'join',
        JSON.stringify({
          type: 'system',
          action: 'join_request',
          invite_token: 'not.a.token',
          sender: {
            ...PROBE,
            public_key: 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=',
          },
        }),
      ),
      expect: { kind: 'error', status: 400, code: 'INVALID_TOKEN' },
    },
    {
      id: 'headers.too-large',
      requirement: 'ERR-HTTP-001',
      // Twice the 16 KiB the catalog names: past any header limit a peer should set.
      request: () => ({
        url: route('health'),
        init: { method: 'GET', headers: { 'X-Padding': 'a'.repeat(32 * 1024) } },
      }),
      expect: { kind: 'error', status: 431, code: 'HEADERS_TOO_LARGE' },
    },
    {
      id: 'route.unknown',
      requirement: 'ERR-SHAPE-001',
      request: () => ({ url: `${stripTrailingSlashes(endpoint)}/no-such-route`, init: { method: 'GET' } }),
      expect: { kind: 'error', status: 404, code: 'ROUTE_NOT_FOUND' },
    },
  ];
}

async function send(fetch: ProbeFetch, url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

/**
 * Runs every check against the agent at `endpoint` (its swarm base URL, e.g. `https://host/swarm`), one after
 * another. A transport failure (refused connection, TLS, timeout) fails that check and the run goes on.
 */
export async function probePeer(endpoint: string, options: ProbeOptions): Promise<PeerReport> {
  const checks: ConformanceCheck[] = [];
  for (const probe of probes(endpoint, options.oversizeBytes ?? 8 * 1024 * 1024)) {
    const { url, init } = probe.request();
    const expected = describe(probe.expect);
    let observed: string;
    let passed: boolean;
    try {
      const answer = await send(options.fetch, url, init);
      const problem = judge(probe.expect, answer);
      passed = problem === undefined;
      observed = passed ? summary(answer) : `${summary(answer)}: ${problem}`;
    } catch (error) {
      passed = false;
      observed = `no answer: ${(error as Error).message}`;
    }
    checks.push({ id: probe.id, requirement: probe.requirement, expected, passed, observed });
  }
  const passed = checks.filter((check) => check.passed).length;
  return { endpoint, passed, failed: checks.length - passed, checks };
}
