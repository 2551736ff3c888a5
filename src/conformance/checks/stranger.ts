// What any stranger may send: health and identity, and messages or joins a conforming agent refuses before
// anything is stored. These need no membership and leave nothing behind.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../../generated/types.js';
import { validateAgentInfo } from '../../../generated/validators/AgentInfo.js';
import { validateHealth } from '../../../generated/validators/Health.js';
import { decodePublicKey, generateSeed, keyPairFromSeed } from '../../core/keys.js';
import { type PeerRoute, peerUrl, protocolHeaders, stripTrailingSlashes } from '../../core/peer.js';
import { signMessage } from '../../core/signature.js';
import { CONTENT_PREFIX } from '../identities.js';
import { expectBody, expectRefused, type Validator } from '../judge.js';
import { type Check, type CheckContext, CheckFailed, type Outgoing, type Section } from '../model.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Who the probe claims to be: an agent no swarm has, at an address that cannot resolve. */
const PROBE = { agent_id: 'conformance-probe', endpoint: 'https://conformance-probe.invalid/swarm' } as const;

/** A message that is well formed and correctly signed, by a key no swarm knows, to a swarm nobody created. */
function strangerMessage(recipient = 'broadcast'): Message {
  return signMessage(
    {
      sender: { ...PROBE },
      recipient,
      swarm_id: randomUUID(),
      type: 'message',
      content: `${CONTENT_PREFIX} this message must be refused`,
    },
    keyPairFromSeed(generateSeed()),
  );
}

function post(
  ctx: CheckContext,
  route: PeerRoute,
  body: string,
  headers: Record<string, string> = JSON_HEADERS,
): Outgoing {
  return { method: 'POST', url: peerUrl(ctx.endpoint, route), headers, body };
}

/** A message as a peer sends it, its X-Agent-ID claiming `claimed`. */
function postStranger(ctx: CheckContext, message: object, claimed: string = PROBE.agent_id): Outgoing {
  return post(ctx, 'message', JSON.stringify(message), protocolHeaders(claimed));
}

function refusal(
  id: string,
  requirement: Check['requirement'],
  code: Parameters<typeof expectRefused>[1],
  build: (ctx: CheckContext) => Outgoing,
  expected: string,
  category: Check['category'] = 'correctness',
): Check {
  return {
    id,
    requirement,
    category,
    expected,
    async run(ctx) {
      expectRefused(await ctx.send(() => build(ctx)), code, category);
    },
  };
}

const checks: Check[] = [
  {
    id: 'stranger.health',
    requirement: 'SRV-HEALTH-001',
    category: 'correctness',
    expected: 'GET /health answers 200 with a Health body saying healthy',
    async run(ctx) {
      const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'health') }));
      expectBody(answer, validateHealth as Validator, 'a Health body');
      if ((answer.body as { status: string }).status !== 'healthy') {
        throw new CheckFailed('correctness', `200 with status ${(answer.body as { status: string }).status}`);
      }
    },
  },
  {
    id: 'stranger.info',
    requirement: 'INFO-KEY-001',
    category: 'correctness',
    expected: 'GET /info answers 200 with an AgentInfo body whose public_key is a raw 32-byte Ed25519 key',
    async run(ctx) {
      const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
      expectBody(answer, validateAgentInfo as Validator, 'an AgentInfo body');
      try {
        decodePublicKey((answer.body as { public_key: string }).public_key);
      } catch (error) {
        throw new CheckFailed('format', `public_key: ${(error as Error).message}`);
      }
    },
  },
  {
    id: 'stranger.message.too-large',
    requirement: 'SRV-MSG-001',
    category: 'correctness',
    expected: 'a body past the size limit is refused 413 PAYLOAD_TOO_LARGE',
    async run(ctx) {
      const body = `{"content":"${'x'.repeat(ctx.oversizeBytes)}"}`;
      expectRefused(await ctx.send(() => post(ctx, 'message', body)), 'PAYLOAD_TOO_LARGE', 'correctness');
    },
  },
  refusal(
    'stranger.message.media-type',
    'SRV-MSG-001',
    'UNSUPPORTED_MEDIA_TYPE',
    (ctx) => post(ctx, 'message', JSON.stringify(strangerMessage()), { 'Content-Type': 'text/plain' }),
    'a body sent as text/plain is refused 415 UNSUPPORTED_MEDIA_TYPE',
  ),
  refusal(
    'stranger.message.content-encoding',
    'SRV-MSG-001',
    'UNSUPPORTED_MEDIA_TYPE',
    // Plain JSON said to be compressed: an agent that does not decompress bodies must say so, not misread them.
    (ctx) => post(ctx, 'message', JSON.stringify(strangerMessage()), { ...JSON_HEADERS, 'Content-Encoding': 'gzip' }),
    'a body sent with Content-Encoding: gzip is refused 415 UNSUPPORTED_MEDIA_TYPE',
  ),
  refusal(
    'stranger.message.invalid-json',
    'SRV-MSG-001',
    'INVALID_JSON',
    (ctx) => post(ctx, 'message', '{"message_id": '),
    'a body that is not JSON is refused 400 INVALID_JSON',
  ),
  refusal(
    'stranger.message.schema',
    'SRV-MSG-001',
    'INVALID_FORMAT',
    (ctx) => post(ctx, 'message', JSON.stringify({ type: 'message', content: 'no envelope' })),
    'a JSON body that is not a Message is refused 400 INVALID_FORMAT',
  ),
  refusal(
    'stranger.message.too-deep',
    'BODY-DEPTH-001',
    'INVALID_FORMAT',
    (ctx) =>
      post(
        ctx,
        'message',
        JSON.stringify(strangerMessage()).replace(/}$/, `,"metadata":{"k":${'['.repeat(200)}${']'.repeat(200)}}}`),
      ),
    'a body nested 200 levels deep is refused 400 INVALID_FORMAT',
  ),
  refusal(
    'stranger.message.protocol-version',
    'MSG-VER-001',
    'UNSUPPORTED_PROTOCOL_VERSION',
    // protocol_version is not signed: a copy that claims a major version the protocol does not have.
    (ctx) => postStranger(ctx, { ...strangerMessage(), protocol_version: '9.0.0' }),
    'a message of protocol major version 9 is refused 400 UNSUPPORTED_PROTOCOL_VERSION',
    'security',
  ),
  refusal(
    'stranger.message.agent-id-mismatch',
    'HDR-001',
    'AGENT_ID_MISMATCH',
    (ctx) => postStranger(ctx, strangerMessage(), 'someone-else'),
    'an X-Agent-ID naming another agent than the sender is refused 403 AGENT_ID_MISMATCH',
    'security',
  ),
  refusal(
    'stranger.message.wrong-recipient',
    'MSG-RCPT-001',
    'WRONG_RECIPIENT',
    // An agent id no peer has: the message is addressed to someone else.
    (ctx) => postStranger(ctx, strangerMessage(`not-this-agent-${randomUUID()}`)),
    'a message addressed to another agent is refused 403 WRONG_RECIPIENT',
    'security',
  ),
  refusal(
    'stranger.message.unknown-swarm',
    'MSG-SWARM-001',
    'SWARM_NOT_FOUND',
    (ctx) => postStranger(ctx, strangerMessage()),
    'a message to a swarm the agent does not know is refused 404 SWARM_NOT_FOUND',
    'security',
  ),
  refusal(
    'stranger.message.method',
    'ERR-SHAPE-001',
    'METHOD_NOT_ALLOWED',
    (ctx) => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'message') }),
    'GET /message is refused 405 METHOD_NOT_ALLOWED in the error shape',
  ),
  refusal(
    'stranger.join.invalid-token',
    'SRV-JOIN-002',
    'INVALID_TOKEN',
    (ctx) =>
      post(
        ctx,
        'join',
        JSON.stringify({
          type: 'system',
          action: 'join_request',
          invite_token: 'not.a.token',
          sender: { ...PROBE, public_key: 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=' },
        }),
      ),
    'a join whose token is not a JWT is refused 400 INVALID_TOKEN',
  ),
  refusal(
    'stranger.headers.too-large',
    'ERR-HTTP-001',
    'HEADERS_TOO_LARGE',
    // Twice the 16 KiB the catalog names: past any header limit an agent should set.
    (ctx) => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'health'), headers: { 'X-Padding': 'a'.repeat(32 * 1024) } }),
    'headers of 32 KiB are refused 431 HEADERS_TOO_LARGE in the error shape',
  ),
  refusal(
    'stranger.route.unknown',
    'ERR-CAT-001',
    'ROUTE_NOT_FOUND',
    (ctx) => ({ method: 'GET', url: `${stripTrailingSlashes(ctx.endpoint)}/no-such-route` }),
    'an unknown route is answered 404 ROUTE_NOT_FOUND in the error shape',
  ),
];

export const strangerSection: Section = {
  id: 'stranger',
  title: 'As a stranger: health, identity, refusals before membership',
  checks,
};
