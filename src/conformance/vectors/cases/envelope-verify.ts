// envelope_verify.json (protocol 0.2): the verdict on envelopes as received. Every key is signed, so any key changed,
// added or removed, and any signature over other bytes than the 0.2 signing input, is invalid. Where the envelope's
// protocol_version selects the 0.1.0 rules (a downgrade), its verdict under those rules must be invalid too.
import type { RequirementId } from '../../../../generated/requirements.js';
import { rulesOf } from '../../../core/protocol.js';
import { CheckFailed } from '../../model.js';
import type { StoredCase } from '../files.js';
import type { Outcome, VectorCheck } from '../model.js';

interface EnvelopeVerifyCase extends StoredCase {
  category: string;
  change?: string;
  public_key_b64: string;
  envelope: Record<string, unknown>;
  expected_valid: boolean;
  expected_valid_v010?: boolean;
}

function verdictOf(outcome: Outcome<'verify_envelope' | 'verify_message'>): { valid: boolean; why: string } {
  // A refusal is read as "not valid": the adapter could not verify it.
  if (!outcome.ok) return { valid: false, why: `refused: ${outcome.error.message}` };
  return { valid: outcome.result.valid, why: outcome.result.reason ? `reason: ${outcome.result.reason}` : '' };
}

function envelopeVerifyCheck(c: EnvelopeVerifyCase): VectorCheck {
  const downgraded = rulesOf(c.envelope.protocol_version) === '0.1' && c.expected_valid_v010 !== undefined;
  const also: RequirementId[] = downgraded || c.expected_valid_v010 !== undefined ? ['MSG-VER-002'] : [];
  const want = c.expected_valid ? 'valid' : 'invalid';
  return {
    id: `vectors.envelope_verify.${c.name}`,
    requirement: 'ESIG-002',
    also,
    category: c.expected_valid ? 'correctness' : 'security',
    expected: `${want}${c.change ? ` (${c.change})` : ''}${downgraded ? '; invalid under the 0.1.0 rules its version selects' : ''}`,
    async run(ctx) {
      const { valid, why } = verdictOf(
        await ctx.call({ op: 'verify_envelope', envelope: c.envelope, public_key: c.public_key_b64 }),
      );
      if (valid !== c.expected_valid) {
        throw new CheckFailed(
          c.expected_valid ? 'correctness' : 'security',
          `verify_envelope said ${valid ? 'valid' : 'invalid'}, expected ${want}${why ? ` (${why})` : ''}`,
        );
      }
      if (!downgraded) return;
      const v010 = verdictOf(
        await ctx.call({ op: 'verify_message', message: c.envelope, public_key: c.public_key_b64 }),
      );
      if (v010.valid !== c.expected_valid_v010) {
        throw new CheckFailed(
          'security',
          `verify_message (the rules protocol_version ${String(c.envelope.protocol_version)} selects) said ${v010.valid ? 'valid' : 'invalid'}, expected ${c.expected_valid_v010 ? 'valid' : 'invalid'}`,
        );
      }
    },
  };
}

export function envelopeVerifyChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => envelopeVerifyCheck(c as EnvelopeVerifyCase));
}
