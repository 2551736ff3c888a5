// keys.json: seed → public key, the wire encoding of keys and how strictly a receiver decodes one. The agent.key
// file of a keypair case is local (a file, not an answer), so test/keystore checks it, not this suite.
import { CheckSkipped } from '../../model.js';
import type { StoredCase } from '../files.js';
import { accepted, type ReferenceOutcome, refused, same } from '../judge.js';
import type { VectorCheck } from '../model.js';

interface KeypairCase extends StoredCase {
  kind: 'keypair';
  seed_hex: string;
  public_key_raw_hex: string;
  public_key_b64: string;
  docs_only_public_key_spki_der_b64?: string;
}

interface DecodeCase extends StoredCase {
  kind: 'public_key_decode';
  input: string;
  reference_public_key_from_base64: ReferenceOutcome & { result?: string };
  optional?: boolean;
}

/**
 * The one spelling `[ID-KEY-002]` admits: 43 characters of the standard alphabet whose last carries no stray bits
 * (its two low bits are padding), then `=`. The reference's decoder also takes other spellings of the same bytes.
 */
const CANONICAL_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

function keypairCheck(c: KeypairCase): VectorCheck {
  return {
    id: `vectors.keys.${c.name}`,
    requirement: 'ID-KEY-001',
    also: ['ID-KEY-002'],
    category: 'correctness',
    expected:
      'the seed gives the reference public key, written as standard base64 of the raw 32 bytes, which decodes back; the SPKI/DER form is refused',
    async run(ctx) {
      const derived = accepted(await ctx.call({ op: 'derive_public_key', seed_hex: c.seed_hex }), 'derive_public_key');
      same(derived.public_key, c.public_key_b64, 'public key of the seed');
      const decoded = accepted(
        await ctx.call({ op: 'decode_public_key', public_key: c.public_key_b64 }),
        'decode_public_key of the wire key',
      );
      same(decoded.public_key_hex, c.public_key_raw_hex, 'decoded key');
      if (c.docs_only_public_key_spki_der_b64 !== undefined) {
        const spki = await ctx.call({ op: 'decode_public_key', public_key: c.docs_only_public_key_spki_der_b64 });
        refused(ctx, spki, 'INVALID_PUBLIC_KEY', 'decode_public_key of the SPKI/DER form', 'format');
      }
    },
  };
}

function decodeCheck(c: DecodeCase): VectorCheck {
  const reference = c.reference_public_key_from_base64;
  // Where the reference accepted a key only because its decoder is lenient (`optional`, or a spelling that is not
  // the canonical one), the spec's strict decoding refuses it.
  const lenient = reference.ok && (c.optional === true || !CANONICAL_KEY.test(c.input));
  const accept = reference.ok && !lenient;
  return {
    id: `vectors.keys.${c.name}`,
    requirement: 'ID-KEY-002',
    also: [],
    category: accept ? 'correctness' : 'format',
    expected: accept
      ? 'decodes to the raw key the reference decodes'
      : lenient
        ? "refused: not the canonical 44-character form, although the reference's lenient base64 decoder accepts it"
        : 'refused, as the reference refuses it',
    async run(ctx) {
      const outcome = await ctx.call({ op: 'decode_public_key', public_key: c.input });
      if (lenient) ctx.note('the reference accepts this spelling only through its lenient base64 decoder');
      if (!accept) return refused(ctx, outcome, 'INVALID_PUBLIC_KEY', 'decode_public_key', 'format');
      same(accepted(outcome, 'decode_public_key').public_key_hex, reference.result, 'decoded key');
    },
  };
}

export function keysChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => {
    if (c.kind === 'keypair') return keypairCheck(c as KeypairCase);
    if (c.kind === 'public_key_decode') return decodeCheck(c as DecodeCase);
    return unknownKind(`vectors.keys.${c.name}`, String(c.kind));
  });
}

/** A case of a kind this suite does not know: reported as skipped, never silently dropped. */
export function unknownKind(id: string, kind: string): VectorCheck {
  return {
    id,
    requirement: 'ID-KEY-002',
    also: [],
    category: 'correctness',
    expected: 'a case of a kind the suite knows',
    async run() {
      throw new CheckSkipped(`the suite cannot judge a case of kind ${kind}: a newer swarm may`);
    },
  };
}
