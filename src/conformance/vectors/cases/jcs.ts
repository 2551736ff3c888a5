// jcs.json (protocol 0.2): a JSON text as received and its RFC 8785 canonical form, or none. Every 0.2 signature
// covers this form, so two implementations that canonicalise one value differently cannot verify each other.
import { shorten } from '../../shorten.js';
import type { StoredCase } from '../files.js';
import { accepted, refused, same } from '../judge.js';
import type { VectorCheck } from '../model.js';

interface JcsCase extends StoredCase {
  input: string;
  expected?: string;
  expected_error?: boolean;
}

function jcsCheck(c: JcsCase): VectorCheck {
  return {
    id: `vectors.jcs.${c.name}`,
    requirement: 'ESIG-001',
    also: [],
    category: 'correctness',
    expected: c.expected_error
      ? 'refused: the value has no JCS form'
      : `the canonical form ${shorten(JSON.stringify(c.expected), 120)}`,
    async run(ctx) {
      const outcome = await ctx.call({ op: 'jcs', json: c.input });
      if (c.expected_error) refused(ctx, outcome, 'any', 'jcs', 'correctness');
      else same(accepted(outcome, 'jcs').jcs, c.expected, 'canonical form');
    },
  };
}

export function jcsChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => jcsCheck(c as JcsCase));
}
