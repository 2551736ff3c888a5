// signatures.json: from the six fields as given, the normalised fields, the canonical string and its SHA-256 (what
// a verifier rebuilds), the timestamp's two normal forms, and the signature a sender makes, byte for byte.
import type { RequirementId } from '../../../../generated/requirements.js';
import type { VectorSignedFields } from '../../../../generated/types.js';
import type { SignedFields } from '../../../core/canonical.js';
import { keyPairFromSeed } from '../../../core/keys.js';
import { signFields } from '../../../core/signature.js';
import type { StoredCase } from '../files.js';
import { accepted, same, utcForm } from '../judge.js';
import type { VectorCheck } from '../model.js';

interface SignatureCase extends StoredCase {
  seed_hex: string;
  fields: VectorSignedFields;
  signed_fields: VectorSignedFields;
  timestamp_normalized?: boolean;
  normalized_fields?: string[];
  canonical_string: string;
  sha256_hex: string;
  signature_b64: string;
}

const seedOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

function signatureCheck(c: SignatureCase): VectorCheck {
  const also: RequirementId[] = [];
  if (c.timestamp_normalized) also.push('MSG-TS-001');
  if (c.normalized_fields?.some((field) => field === 'message_id' || field === 'swarm_id')) also.push('ID-UUID-001');
  const utc = utcForm(c.fields.timestamp);
  // The reference signs an offset timestamp's wall-clock digits with the offset dropped (its quirk): a sender emits
  // and signs the UTC instant instead, which every verifier reads back unchanged. Ed25519 being deterministic, the
  // signature over those fields is computed here with the case's seed.
  const converted = utc !== null && utc !== c.signed_fields.timestamp;
  const emitted = converted ? { ...c.signed_fields, timestamp: utc } : c.signed_fields;
  return {
    id: `vectors.signatures.${c.name}`,
    requirement: 'MSG-SIG-001',
    also,
    category: 'correctness',
    expected: converted
      ? 'the canonical string and digest of the reference; signing emits and signs the UTC instant, not the reference’s local digits with the offset dropped'
      : 'the normalised fields, canonical string, SHA-256 and signature of the reference, byte for byte',
    async run(ctx) {
      const canonical = accepted(await ctx.call({ op: 'canonical_string', fields: c.fields }), 'canonical_string');
      same(canonical.fields, c.signed_fields, 'normalised fields');
      same(canonical.canonical_string, c.canonical_string, 'canonical string');
      same(canonical.sha256_hex, c.sha256_hex, 'SHA-256 of the canonical string');

      const forms = accepted(
        await ctx.call({ op: 'normalize_timestamp', timestamp: c.fields.timestamp }),
        'normalize_timestamp',
      );
      same(forms.signed, c.signed_fields.timestamp, 'timestamp in the canonical string');
      if (utc !== null) same(forms.utc, utc, 'timestamp as a sender emits it (UTC, milliseconds truncated)');
      else if (forms.utc !== null) {
        // No zone, so no instant: reading it as UTC, as the reference does, is the one other answer.
        same(forms.utc, c.signed_fields.timestamp, 'timestamp without a zone, read as UTC');
        ctx.note('a timestamp without a zone was read as UTC (the reference does the same)');
      }

      const signed = await ctx.call({ op: 'sign', seed_hex: c.seed_hex, fields: c.fields });
      if (utc === null && !signed.ok) {
        ctx.note('refused to sign a timestamp without a zone');
        return;
      }
      const result = accepted(signed, 'sign');
      if (converted)
        ctx.note(`reference quirk: it signs ${c.signed_fields.timestamp} (offset dropped); a sender signs ${utc}`);
      same(result.fields, emitted, 'fields as the sender emits them');
      const want = converted
        ? signFields(emitted as SignedFields, keyPairFromSeed(seedOf(c.seed_hex)))
        : c.signature_b64;
      same(result.signature, want, 'signature');
    },
  };
}

export function signaturesChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => signatureCheck(c as SignatureCase));
}
