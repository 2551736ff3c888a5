// envelope_signatures.json (protocol 0.2): a draft signed as a 0.2 sender signs it. Ed25519 being deterministic,
// the envelope sent, the JCS signed and the signature must be the vector's byte for byte.
import type { RequirementId } from '../../../../generated/requirements.js';
import type { StoredCase } from '../files.js';
import { accepted, same } from '../judge.js';
import type { VectorCheck } from '../model.js';

interface EnvelopeSignatureCase extends StoredCase {
  seed_hex: string;
  draft: Record<string, unknown>;
  envelope: Record<string, unknown>;
  jcs: string;
  signature: string;
}

const UUID_KEYS = ['message_id', 'swarm_id', 'in_reply_to', 'thread_id'];

/** The sender rules a case exercises besides ESIG-001: where the envelope sent differs from the draft. */
function senderRules(c: EnvelopeSignatureCase): RequirementId[] {
  const also: RequirementId[] = [];
  if (c.draft.timestamp !== c.envelope.timestamp) also.push('MSG-TS-001');
  if (UUID_KEYS.some((key) => typeof c.draft[key] === 'string' && c.draft[key] !== c.envelope[key]))
    also.push('ID-UUID-001');
  if (Object.keys(c.draft).some((key) => !(key in c.envelope))) also.push('MSG-ENV-001');
  return also;
}

function envelopeSignatureCheck(c: EnvelopeSignatureCase): VectorCheck {
  const also = senderRules(c);
  return {
    id: `vectors.envelope_signatures.${c.name}`,
    requirement: 'ESIG-001',
    also,
    category: 'correctness',
    expected: `the envelope as sent${also.length > 0 ? ' (normalised from the draft)' : ''}, its JCS and its signature, byte for byte`,
    async run(ctx) {
      const result = accepted(
        await ctx.call({ op: 'sign_envelope', seed_hex: c.seed_hex, envelope: c.draft }),
        'sign_envelope',
      );
      same(result.jcs, c.jcs, 'JCS of the envelope without signature');
      same(result.envelope, c.envelope, 'envelope as sent');
      same((result.envelope as { signature?: unknown }).signature, c.signature, 'signature');
    },
  };
}

export function envelopeSignaturesChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => envelopeSignatureCheck(c as EnvelopeSignatureCase));
}
