// system_messages.json: each system message the reference's leave, kick and member_joined operations POST: the
// content a sender encodes for the same intent, what a receiver parses from the reference's bytes, the signature
// over them, its verdict, and where the message goes with which headers.
import type { RequirementId } from '../../../../generated/requirements.js';
import type { VectorSignedFields } from '../../../../generated/types.js';
import { CheckFailed } from '../../model.js';
import { shorten } from '../../shorten.js';
import type { StoredCase } from '../files.js';
import { accepted, lowerKeys, same, show, utcForm } from '../judge.js';
import type { VectorCheck, VectorContext } from '../model.js';

interface SystemInputs {
  signer_seed_hex: string;
  signer_public_key_b64: string;
  swarm?: { members: { endpoint: string }[] };
  members?: { endpoint: string }[];
  agent_id?: string;
  target?: string;
  reason?: string | null;
  swarm_id?: string;
  new_agent_id?: string;
  new_agent_endpoint?: string;
  joined_at?: string;
}

interface SystemMessage {
  role: string;
  posted_to: string[];
  headers: Record<string, string>;
  message: VectorSignedFields & { sender: { agent_id: string }; signature: string; [key: string]: unknown };
  content: string;
  content_is_valid_json: boolean;
  content_parsed?: unknown;
  signature_valid: boolean;
}

interface SystemCase extends StoredCase {
  inputs: SystemInputs;
  messages: SystemMessage[];
}

/**
 * What the operation means to say in a message of this role, built from the case's inputs. An empty reason is no
 * reason: the schema wants one of at least one character, and the reference leaves it out too.
 */
function intendedContent(inputs: SystemInputs, role: string): Record<string, unknown> | undefined {
  const reason = inputs.reason ? { reason: inputs.reason } : {};
  if (role === 'member_left_broadcast') return { action: 'member_left', agent_id: inputs.agent_id };
  if (role === 'kicked_to_target') return { action: 'kicked', agent_id: inputs.target, ...reason };
  if (role === 'member_kicked_broadcast') return { action: 'member_kicked', agent_id: inputs.target, ...reason };
  if (role === 'member_joined_broadcast' && inputs.joined_at) {
    return {
      type: 'system',
      action: 'member_joined',
      swarm_id: inputs.swarm_id,
      agent_id: inputs.new_agent_id,
      endpoint: inputs.new_agent_endpoint,
      joined_at: utcForm(inputs.joined_at),
    };
  }
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Whether the reference's bytes say exactly what was meant (same keys, order and values). */
function saysWhatWasMeant(m: SystemMessage, intended: Record<string, unknown> | undefined): boolean {
  const parsed = parseJson(m.content);
  return intended !== undefined && parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(intended);
}

async function judgeEncoding(ctx: VectorContext, m: SystemMessage, intended: Record<string, unknown>): Promise<void> {
  const what = `encode_system_content (${m.role})`;
  const { content } = accepted(await ctx.call({ op: 'encode_system_content', content: intended }), what);
  if (saysWhatWasMeant(m, intended)) return same(content, m.content, `${what}: content bytes`);
  // The reference templates the reason without escaping it (its quirk): its bytes are not JSON, or a reason has
  // rewritten agent_id. A real encoder's content must parse back to exactly what was meant.
  ctx.note(`${m.role}: the reference's content does not say what was meant: ${shorten(m.content, 100)}`);
  const parsed = parseJson(content);
  if (!parsed.ok) throw new CheckFailed('security', `${what}: not JSON: ${show(content)}`);
  same(parsed.value, intended, `${what}: parsed back`, 'security');
}

/** What a receiver makes of the reference's bytes: JSON or not, and a repeated key keeps its last value. */
async function judgeParsing(ctx: VectorContext, m: SystemMessage): Promise<void> {
  const what = `parse_system_content (${m.role})`;
  const parsed = accepted(await ctx.call({ op: 'parse_system_content', content: m.content }), what);
  same(parsed.json, m.content_is_valid_json, `${what}: is JSON`);
  if (m.content_is_valid_json) same(parsed.value, m.content_parsed, `${what}: value`);
}

/** The reference's six fields signed with its key give its signature, and its message verifies as it did. */
async function judgeSignature(ctx: VectorContext, inputs: SystemInputs, m: SystemMessage): Promise<void> {
  const { message_id, timestamp, swarm_id, recipient, type, content } = m.message;
  const fields = { message_id, timestamp, swarm_id, recipient, type, content };
  const signed = accepted(await ctx.call({ op: 'sign', seed_hex: inputs.signer_seed_hex, fields }), 'sign');
  same(signed.fields, fields, `sign (${m.role}): fields`);
  same(signed.signature, m.message.signature, `sign (${m.role}): signature`);
  const request = { op: 'verify_message', message: m.message, public_key: inputs.signer_public_key_b64 } as const;
  const verdict = await ctx.call(request);
  const valid = verdict.ok && verdict.result.valid;
  if (valid !== m.signature_valid) {
    throw new CheckFailed(m.signature_valid ? 'correctness' : 'security', `verify_message (${m.role}) said ${valid}`);
  }
}

/** Every URL it was posted to is a member's endpoint with /message; the headers, where sent, are the sender's. */
async function judgeDestination(ctx: VectorContext, inputs: SystemInputs, m: SystemMessage): Promise<void> {
  const urls: string[] = [];
  for (const member of inputs.swarm?.members ?? inputs.members ?? []) {
    const { endpoint } = member;
    const request = { op: 'peer_request', endpoint, route: 'message', agent_id: m.message.sender.agent_id } as const;
    const derived = accepted(await ctx.call(request), 'peer_request');
    urls.push(derived.url);
    // The reference master's member_joined broadcast goes without headers.
    if (Object.keys(m.headers).length > 0) same(lowerKeys(derived.headers), lowerKeys(m.headers), 'headers');
  }
  const stray = m.posted_to.find((url) => !urls.includes(url));
  if (stray) throw new CheckFailed('correctness', `${stray} is no member endpoint + /message: ${show(urls)}`);
}

async function judgeMessage(ctx: VectorContext, inputs: SystemInputs, m: SystemMessage): Promise<void> {
  const intended = intendedContent(inputs, m.role);
  if (intended) await judgeEncoding(ctx, m, intended);
  else ctx.note(`no rule for what a ${m.role} message means: its encoding is not checked`);
  await judgeParsing(ctx, m);
  await judgeSignature(ctx, inputs, m);
  await judgeDestination(ctx, inputs, m);
}

function systemCheck(c: SystemCase): VectorCheck {
  const rewritten = c.messages.some((m) => !saysWhatWasMeant(m, intendedContent(c.inputs, m.role)));
  const also: RequirementId[] = ['SYS-ENC-002', 'MSG-SIG-001', 'MSG-SIG-002', 'ID-ENDP-003'];
  if (c.messages.some((m) => Object.keys(m.headers).length > 0)) also.push('HDR-001');
  return {
    id: `vectors.system_messages.${c.name}`,
    requirement: 'SYS-ENC-001',
    also,
    category: rewritten ? 'security' : 'correctness',
    expected: rewritten
      ? "each content encoded by a real JSON encoder (the reference's template lets the reason rewrite it); the reference's bytes parsed, signed and verified as it does"
      : 'each content, signature and destination of the reference, byte for byte; its bytes parsed as it parses them',
    async run(ctx) {
      for (const m of c.messages) await judgeMessage(ctx, c.inputs, m);
    },
  };
}

export function systemMessagesChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => systemCheck(c as SystemCase));
}
