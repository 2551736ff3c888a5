// The protocol 0.2 defects of the mutant vector adapter (vector-mutant-adapter.ts), each a change a plausible
// implementation could make to the envelope signature or to sealing:
//   no-domain         the envelope is signed and verified without the `agent-swarm-protocol/0.2 envelope\n` prefix
//   code-point-order  JCS sorts keys by code point instead of UTF-16 code unit (jcs, sign_envelope, verify_envelope)
//   ad-raw-uuids      the sealed additional data takes message_id and swarm_id as given, not lower-cased
import type { VectorAdapterAnswer, VectorAdapterRequest } from '../../generated/types.js';
import { answerRequest } from '../../src/conformance/vectors/ops.js';
import { encodeBase64 } from '../../src/core/base64.js';
import { ENVELOPE_SIGNATURE_DOMAIN, envelopeSigningInput } from '../../src/core/envelope-signature.js';
import { ed25519Sign, ed25519Verify, toPublicKeyBytes } from '../../src/core/keys.js';
import { rulesOf } from '../../src/core/protocol.js';
import { decodeSignature } from '../../src/core/signature.js';
import { sodium } from '../../src/core/sodium.js';
import { codePointJcs } from '../fixtures/vectors-0.2/envelope-cases.js';

export const V02_DEFECTS = ['no-domain', 'code-point-order', 'ad-raw-uuids'] as const;
export type V02Defect = (typeof V02_DEFECTS)[number];

type Result = Extract<VectorAdapterAnswer, { ok: true }>['result'];
type Override = (request: VectorAdapterRequest) => { result: Result } | undefined;
type Envelope = Record<string, unknown>;

const unsigned = ({ signature: _drop, ...rest }: Envelope) => rest;
const jcsOf = (envelope: Envelope) => (envelopeSigningInput(envelope) as { jcs: string }).jcs;

/** sign_envelope and verify_envelope with another signing input: ours, re-signed or re-checked over `input`. */
function signingInput(request: VectorAdapterRequest, input: (unsigned: Envelope) => string) {
  if (request.op === 'sign_envelope') {
    const ours = answerRequest(request);
    if (!ours.ok) return undefined;
    const envelope = unsigned(ours.result.envelope as Envelope);
    const signature = ed25519Sign(Buffer.from(input(envelope), 'utf8'), Buffer.from(request.seed_hex, 'hex'));
    return {
      result: {
        envelope: { ...envelope, signature: encodeBase64(signature) },
        jcs: input(envelope).replace(ENVELOPE_SIGNATURE_DOMAIN, ''),
      },
    };
  }
  if (request.op === 'verify_envelope') {
    const envelope = request.envelope as Envelope;
    try {
      const signature = decodeSignature(String(envelope.signature));
      const valid =
        rulesOf(envelope.protocol_version) === '0.2' &&
        signature !== null &&
        ed25519Verify(signature, Buffer.from(input(unsigned(envelope)), 'utf8'), toPublicKeyBytes(request.public_key));
      return { result: { valid } };
    } catch {
      return { result: { valid: false } };
    }
  }
  return undefined;
}

function xchacha(plaintext: string, ad: string, nonceHex: string, keyHex: string): string {
  const bytes = Buffer.from(plaintext, 'utf8');
  const out = Buffer.alloc(bytes.length + 16);
  sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(
    out,
    bytes,
    Buffer.from(ad, 'utf8'),
    null,
    Buffer.from(nonceHex, 'hex'),
    Buffer.from(keyHex, 'hex'),
  );
  return out.toString('base64');
}

const hasUpper = (...ids: string[]) => ids.some((id) => id !== id.toLowerCase());

export const v02Overrides: Record<V02Defect, Override> = {
  'no-domain': (request) => signingInput(request, jcsOf),
  'code-point-order'(request) {
    if (request.op === 'jcs') {
      try {
        return { result: { jcs: codePointJcs(JSON.parse(request.json)) } };
      } catch {
        return undefined;
      }
    }
    return signingInput(request, (envelope) => ENVELOPE_SIGNATURE_DOMAIN + codePointJcs(envelope));
  },
  'ad-raw-uuids'(request) {
    if (request.op === 'seal_content') {
      const ours = answerRequest(request);
      if (!ours.ok || !ours.result.sealed) return undefined;
      const ad = `agent-swarm-protocol/0.2 sealed\n${request.message_id}\n${request.swarm_id}\n${request.sender_id}`;
      const ciphertext = xchacha(request.content, ad, request.nonce_hex, request.content_key_hex);
      return { result: { sealed: { ...ours.result.sealed, ciphertext } } };
    }
    if (request.op === 'open_sealed') {
      // Content sealed as SEAL-001 says (lower-case UUIDs) never opens under an upper-case additional data.
      const ours = answerRequest(request);
      if (ours.ok && ours.result.status === 'opened' && hasUpper(request.message_id, request.swarm_id))
        return { result: { status: 'invalid', reason: 'the ciphertext does not open' } };
    }
    return undefined;
  },
};
