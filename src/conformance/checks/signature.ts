// What the signature binds (WIRE.md §3, [MSG-SIG-001], [MSG-SIG-002], [MSG-AUTH-002]): each of the six signed
// fields changed after signing, signatures over another string or in another encoding, a member signing as
// another, and the sender's endpoint, which the signature does not cover and the receiver checks against its
// own records instead. The helpers that build a message field by field are shared with the timestamps section.
import { hash, randomBytes, randomUUID } from 'node:crypto';
import type { Message } from '../../../generated/types.js';
import { encodeBase64 } from '../../core/base64.js';
import { canonicalFields, canonicalString, type SignedFields } from '../../core/canonical.js';
import { PROTOCOL_VERSION } from '../../core/envelope.js';
import { ed25519Sign, type Signer } from '../../core/keys.js';
import { peerUrl } from '../../core/peer.js';
import { signFields } from '../../core/signature.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { postMessage } from '../identities.js';
import { expectAccepted, expectRefused } from '../judge.js';
import { type Answer, type Check, type CheckContext, CheckSkipped, type Identity, type Section } from '../model.js';

/** The member at `index`, wrapping round: checks spread the messages they expect accepted over the members. */
export function memberAt(ctx: CheckContext, index: number): Identity {
  const member = ctx.members[index % ctx.members.length];
  if (!member) throw new CheckSkipped('no member identity is in the swarm');
  return member;
}

/** The six signed fields of a fresh broadcast, timestamped now on the suite's clock. */
export function freshFields(ctx: CheckContext, what: string, overrides: Partial<SignedFields> = {}): SignedFields {
  if (!ctx.swarm) throw new CheckSkipped('no swarm was joined');
  return {
    message_id: randomUUID(),
    timestamp: formatTimestamp(new Date(ctx.now())),
    swarm_id: ctx.swarm.swarmId,
    recipient: 'broadcast',
    type: 'message',
    content: `${ctx.contentPrefix} ${what}`,
    ...overrides,
  };
}

/** The fields as a receiver puts them in the canonical string: UUIDs lower-cased, the timestamp normalised. */
function canonical(fields: SignedFields): SignedFields {
  const result = canonicalFields(fields);
  if (!result.ok) throw new TypeError(`cannot sign: ${result.reason}`);
  return result.fields;
}

/** The signature [MSG-SIG-001] prescribes for `fields`, whatever form their timestamp takes on the wire. */
export function signatureOver(fields: SignedFields, signer: Signer): string {
  return signFields(canonical(fields), signer);
}

/** The envelope `from` sends with these wire fields and this signature; `extra` adds or replaces keys. */
export function envelope(
  from: Identity,
  fields: SignedFields,
  signature: string,
  extra: Partial<Message> = {},
): Message {
  return {
    protocol_version: PROTOCOL_VERSION,
    message_id: fields.message_id,
    timestamp: fields.timestamp,
    sender: { agent_id: from.agentId, endpoint: from.endpoint },
    recipient: fields.recipient,
    swarm_id: fields.swarm_id,
    type: fields.type,
    content: fields.content,
    signature,
    ...extra,
  };
}

/** POSTs the message `build` makes; it is called again after a 429, so its timestamp is fresh. */
export function sendMessage(ctx: CheckContext, build: () => Message): Promise<Answer> {
  return ctx.send(() => postMessage(ctx.endpoint, build()));
}

/** The agent's own agent_id, from GET /info: the one recipient besides `broadcast` it must accept. */
async function agentIdOf(ctx: CheckContext): Promise<string> {
  const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
  const agentId = (answer.body as { agent_id?: unknown } | undefined)?.agent_id;
  if (answer.status !== 200 || typeof agentId !== 'string') {
    throw new CheckSkipped(
      `GET /info gave no agent_id (${answer.status}), so no message can be addressed to the agent`,
    );
  }
  return agentId;
}

interface Tampering {
  field: keyof SignedFields;
  how: string;
  /** Fields the signature was made over instead of the ones sent. */
  signed?(fresh: SignedFields): Partial<SignedFields>;
  /** Fields sent instead of the ones signed; `self` is the agent's own id. */
  sent?(fresh: SignedFields, self: string): Partial<SignedFields>;
}

// Each change must still reach the signature check (every earlier step of the pipeline passes) and must change the
// canonical string: changing only the case of a UUID would not, since receivers lower-case UUIDs before verifying.
const tamperings: Tampering[] = [
  { field: 'message_id', how: 'replaced by another lower-case UUID', sent: () => ({ message_id: randomUUID() }) },
  {
    field: 'timestamp',
    how: 'moved by 1 ms, still inside the replay window',
    sent: (fresh) => ({ timestamp: formatTimestamp(new Date(Date.parse(fresh.timestamp) + 1)) }),
  },
  // A message of another swarm cannot be sent with its own swarm_id (SWARM_NOT_FOUND comes first): sign for another
  // swarm and send it for this one, as a replay across swarms would.
  { field: 'swarm_id', how: 'signed for another swarm id', signed: () => ({ swarm_id: randomUUID() }) },
  {
    field: 'recipient',
    how: 'signed as a broadcast and addressed to the agent itself',
    sent: (_fresh, self) => ({ recipient: self }),
  },
  { field: 'type', how: 'changed from message to notification', sent: () => ({ type: 'notification' }) },
  { field: 'content', how: 'changed', sent: (fresh) => ({ content: `${fresh.content} (changed after signing)` }) },
];

function tampered(tampering: Tampering): Check {
  const { field, how } = tampering;
  return {
    id: `signature.tampered.${field.replace('_', '-')}`,
    requirement: 'MSG-SIG-002',
    also: ['MSG-SIG-001'],
    category: 'security',
    expected: `a message whose ${field} was ${how} after signing is refused 401 INVALID_SIGNATURE`,
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      const self = field === 'recipient' ? await agentIdOf(ctx) : '';
      const answer = await sendMessage(ctx, () => {
        const fresh = freshFields(ctx, `${field} tampered after signing`);
        const signature = signatureOver({ ...fresh, ...tampering.signed?.(fresh) }, from.keyPair);
        return envelope(from, { ...fresh, ...tampering.sent?.(fresh, self) }, signature);
      });
      expectRefused(answer, 'INVALID_SIGNATURE', 'security');
    },
  };
}

/** Ed25519 by `signer` over the SHA-256 of the canonical fields joined with `separator`. */
function separatedSignature(fields: SignedFields, separator: string, signer: Signer): string {
  const c = canonical(fields);
  const joined = [c.message_id, c.timestamp, c.swarm_id, c.recipient, c.type, c.content].join(separator);
  return encodeBase64(ed25519Sign(hash('sha256', joined, 'buffer'), signer));
}

/** A correct signature that has a `+` or `/` in it, so that its URL-safe spelling differs (about 94% do at once). */
function fieldsWithSlashOrPlus(ctx: CheckContext, signer: Signer): { fields: SignedFields; signature: string } {
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const fields = freshFields(ctx, 'signature in the URL-safe alphabet');
    const signature = signatureOver(fields, signer);
    if (/[+/]/.test(signature)) return { fields, signature };
  }
  throw new Error('64 signatures in a row without + or /');
}

interface WrongForm {
  name: string;
  what: string;
  /** Which refusal: a malformed signature fails the schema's pattern before it is ever verified ([SRV-MSG-001]). */
  code: 'INVALID_SIGNATURE' | 'INVALID_FORMAT';
  build(ctx: CheckContext, from: Identity): Message;
}

const wrongForms: WrongForm[] = [
  {
    name: 'separator-pipe',
    what: "a signature over the six fields joined with '|'",
    code: 'INVALID_SIGNATURE',
    build(ctx, from) {
      const fields = freshFields(ctx, "signed with '|' between the fields");
      return envelope(from, fields, separatedSignature(fields, '|', from.keyPair));
    },
  },
  {
    name: 'separator-newline',
    what: 'a signature over the six fields joined with newlines',
    code: 'INVALID_SIGNATURE',
    build(ctx, from) {
      const fields = freshFields(ctx, 'signed with newlines between the fields');
      return envelope(from, fields, separatedSignature(fields, '\n', from.keyPair));
    },
  },
  {
    name: 'unhashed',
    what: 'a signature over the canonical string itself instead of its SHA-256',
    code: 'INVALID_SIGNATURE',
    build(ctx, from) {
      const fields = freshFields(ctx, 'signed without the SHA-256 step');
      const bytes = Buffer.from(canonicalString(canonical(fields)), 'utf8');
      return envelope(from, fields, encodeBase64(ed25519Sign(bytes, from.keyPair)));
    },
  },
  {
    name: 'unpadded',
    what: 'the right signature without its == padding',
    code: 'INVALID_FORMAT',
    build(ctx, from) {
      const fields = freshFields(ctx, 'signature without padding');
      return envelope(from, fields, signatureOver(fields, from.keyPair).replace(/=+$/, ''));
    },
  },
  {
    name: 'url-safe',
    what: 'the right signature in the URL-safe base64 alphabet',
    code: 'INVALID_FORMAT',
    build(ctx, from) {
      const { fields, signature } = fieldsWithSlashOrPlus(ctx, from.keyPair);
      return envelope(from, fields, signature.replaceAll('+', '-').replaceAll('/', '_'));
    },
  },
  {
    name: 'random-bytes',
    what: '64 random bytes as the signature',
    code: 'INVALID_SIGNATURE',
    build(ctx, from) {
      return envelope(from, freshFields(ctx, 'a random signature'), encodeBase64(randomBytes(64)));
    },
  },
];

function wrongForm(form: WrongForm): Check {
  return {
    id: `signature.form.${form.name}`,
    requirement: 'MSG-SIG-001',
    also: ['MSG-SIG-002'],
    category: 'security',
    expected: `a message carrying ${form.what} is refused ${form.code === 'INVALID_SIGNATURE' ? '401' : '400'} ${form.code}`,
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      expectRefused(await sendMessage(ctx, () => form.build(ctx, from)), form.code, 'security');
    },
  };
}

const checks: Check[] = [
  {
    id: 'signature.valid',
    requirement: 'MSG-SIG-001',
    also: ['MSG-SIG-002'],
    category: 'correctness',
    expected: 'a message signed as the spec says, by a member at its registered endpoint, is accepted 200 queued',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      const answer = await sendMessage(ctx, () => {
        const fields = freshFields(ctx, 'correctly signed');
        return envelope(from, fields, signatureOver(fields, from.keyPair));
      });
      expectAccepted(answer, 'correctness');
    },
  },
  ...tamperings.map(tampered),
  ...wrongForms.map(wrongForm),
  {
    id: 'signature.impersonation',
    requirement: 'MSG-AUTH-002',
    also: ['MSG-SIG-002'],
    category: 'security',
    expected: "a message in one member's name signed with another member's key is refused 401 INVALID_SIGNATURE",
    needs: { members: 2 },
    async run(ctx) {
      const [victim, signer] = [memberAt(ctx, 0), memberAt(ctx, 1)];
      const answer = await sendMessage(ctx, () => {
        const fields = freshFields(ctx, `signed by ${signer.agentId} in the name of ${victim.agentId}`);
        return envelope(victim, fields, signatureOver(fields, signer.keyPair));
      });
      expectRefused(answer, 'INVALID_SIGNATURE', 'security');
    },
  },
  {
    id: 'signature.endpoint.mismatch',
    requirement: 'MSG-AUTH-002',
    category: 'security',
    expected:
      'a correctly signed message whose sender.endpoint is not the registered one is refused 403 ENDPOINT_MISMATCH',
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 0);
      const elsewhere = `https://${from.agentId}.elsewhere.invalid/swarm`;
      const answer = await sendMessage(ctx, () => {
        const fields = freshFields(ctx, 'from an endpoint other than the registered one');
        return envelope(from, fields, signatureOver(fields, from.keyPair), {
          sender: { agent_id: from.agentId, endpoint: elsewhere },
        });
      });
      expectRefused(answer, 'ENDPOINT_MISMATCH', 'security');
    },
  },
  {
    id: 'signature.endpoint.trailing-slash',
    requirement: 'MSG-AUTH-002',
    also: ['ID-ENDP-002'],
    category: 'correctness',
    expected: "a correctly signed message whose sender.endpoint is the registered one with a trailing '/' is accepted",
    needs: { members: 1 },
    async run(ctx) {
      const from = memberAt(ctx, 1);
      const answer = await sendMessage(ctx, () => {
        const fields = freshFields(ctx, "from the registered endpoint with a trailing '/'");
        return envelope(from, fields, signatureOver(fields, from.keyPair), {
          sender: { agent_id: from.agentId, endpoint: `${from.endpoint}/` },
        });
      });
      expectAccepted(answer, 'correctness');
    },
  },
];

export const signatureSection: Section = { id: 'signature', title: 'Message signatures', checks };
