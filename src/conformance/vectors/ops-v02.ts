// The protocol 0.2 ops of our adapter (spec/schemas/VectorAdapterRequest.json: jcs, sign_envelope, verify_envelope,
// seal_content, open_sealed), answered by the core's envelope signature and sealed content, as ops.ts answers the
// 0.1.0 ones. Expected failures are answers (`valid: false`, `status: invalid`); input the core declines is refused.
import type { VectorAdapterRequest } from '../../../generated/types.js';
import type { MessageDraft } from '../../core/envelope.js';
import { envelopeSigningInput, signEnvelope, verifyEnvelope } from '../../core/envelope-signature.js';
import { ProtocolError } from '../../core/errors.js';
import { keyPairFromSeed } from '../../core/keys.js';
import { openSealed, sealContent } from '../../core/sealed.js';
import type { AdapterResult } from './model.js';

type V02Op = 'jcs' | 'sign_envelope' | 'verify_envelope' | 'seal_content' | 'open_sealed';
type Request<O extends V02Op> = Extract<VectorAdapterRequest, { op: O }>;

const bytesOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

/**
 * The JCS of any JSON value through the core's own canonicaliser: `envelopeSigningInput` of `{"v": value}` is the
 * prefix and `{"v":` + JCS(value) + `}` (one key, nothing to sort), so the value's form is that text's middle.
 */
function canonicalJson(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProtocolError('INVALID_JSON', `not a JSON text: ${(error as Error).message}`);
  }
  const input = envelopeSigningInput({ v: value });
  if (!input.ok) throw new ProtocolError('INVALID_FORMAT', input.reason);
  return input.jcs.slice('{"v":'.length, -1);
}

export const v02Handlers: { [O in V02Op]: (request: Request<O>) => AdapterResult } = {
  jcs: (r) => ({ jcs: canonicalJson(r.json) }),
  sign_envelope: (r) => {
    const envelope = signEnvelope(r.envelope as unknown as MessageDraft, bytesOf(r.seed_hex));
    const input = envelopeSigningInput(envelope as unknown as Record<string, unknown>);
    if (!input.ok) throw new ProtocolError('INVALID_FORMAT', input.reason);
    return { envelope, jcs: input.jcs };
  },
  verify_envelope: (r) => {
    const verdict = verifyEnvelope(r.envelope, r.public_key);
    return verdict.valid ? { valid: true } : { valid: false, reason: verdict.reason };
  },
  seal_content: (r) => {
    const seeds = new Map(r.readers.map((reader) => [reader.agent_id, bytesOf(reader.ephemeral_seed_hex)]));
    const sealed = sealContent(
      {
        content: r.content,
        messageId: r.message_id,
        swarmId: r.swarm_id,
        senderId: r.sender_id,
        readers: r.readers.map((reader) => ({ agentId: reader.agent_id, publicKey: reader.public_key })),
      },
      { contentKey: bytesOf(r.content_key_hex), nonce: bytesOf(r.nonce_hex), ephemeralSeed: (id) => seeds.get(id) },
    );
    return { sealed };
  },
  open_sealed: (r) => {
    const opened = openSealed({
      sealed: r.sealed,
      messageId: r.message_id,
      swarmId: r.swarm_id,
      senderId: r.sender_id,
      agentId: r.agent_id,
      keyPair: keyPairFromSeed(bytesOf(r.seed_hex)),
    });
    return opened;
  },
};
