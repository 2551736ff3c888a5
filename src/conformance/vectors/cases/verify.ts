// verify.json: the verdict on wire messages (valid, tampered, re-encoded signatures, normalised fields, fields the
// signature does not cover) and the canonical string a verifier rebuilds from each.
import type { RequirementId } from '../../../../generated/requirements.js';
import type { VectorSignedFields } from '../../../../generated/types.js';
import { CheckFailed } from '../../model.js';
import type { StoredCase } from '../files.js';
import { accepted, same } from '../judge.js';
import type { VectorCheck } from '../model.js';

interface VerifyCase extends StoredCase {
  public_key_b64: string;
  message: Record<string, unknown>;
  reference_canonical_string: string;
  expected_valid_v010: boolean;
  optional?: boolean;
}

const SIGNED = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'] as const;
const MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The six signed fields of a message, when it has them all as text. */
function signedFields(message: unknown): VectorSignedFields | undefined {
  if (message === null || typeof message !== 'object') return undefined;
  const record = message as Record<string, unknown>;
  if (!SIGNED.every((key) => typeof record[key] === 'string')) return undefined;
  return Object.fromEntries(SIGNED.map((key) => [key, record[key]])) as unknown as VectorSignedFields;
}

function verifyCheck(c: VerifyCase): VectorCheck {
  // `optional`: the reference accepts it only because Python's base64 decoder drops whitespace; the signature is
  // then not 88 characters of standard base64, which MSG-SIG-001 requires, so the spec's verdict is invalid.
  const want = c.optional ? false : c.expected_valid_v010;
  const fields = signedFields(c.message);
  const also: RequirementId[] = ['MSG-SIG-001'];
  if (fields && !MS_Z.test(fields.timestamp)) also.push('MSG-TS-002');
  if (fields && /[A-F]/.test(fields.message_id + fields.swarm_id)) also.push('ID-UUID-001');
  const category = c.optional ? 'format' : want ? 'correctness' : 'security';
  return {
    id: `vectors.verify.${c.name}`,
    requirement: 'MSG-SIG-002',
    also,
    category,
    expected: `${want ? 'valid' : 'invalid'}${c.optional ? ' (strict base64; the lenient reference says valid)' : ''}, over the canonical string the reference rebuilds`,
    async run(ctx) {
      if (c.optional) ctx.note('optional case: the lenient reference says valid; spec/ wants the strict verdict');
      const outcome = await ctx.call({ op: 'verify_message', message: c.message, public_key: c.public_key_b64 });
      // A refusal is read as "not valid": the adapter could not verify it.
      const valid = outcome.ok && outcome.result.valid;
      if (valid !== want) {
        const why = !outcome.ok
          ? `refused: ${outcome.error.message}`
          : outcome.result.reason
            ? `reason: ${outcome.result.reason}`
            : '';
        throw new CheckFailed(
          category,
          `verify_message said ${valid ? 'valid' : 'invalid'}, expected ${want ? 'valid' : 'invalid'}${why ? ` (${why})` : ''}`,
        );
      }
      if (!fields) return;
      const canonical = accepted(await ctx.call({ op: 'canonical_string', fields }), 'canonical_string');
      same(canonical.canonical_string, c.reference_canonical_string, 'canonical string');
    },
  };
}

export function verifyChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => verifyCheck(c as VerifyCase));
}
