// The gallery: every section's mutants, in the suite's order.
import { authorityMutants } from './authority.js';
import { joinsMutants } from './joins.js';
import { membershipMutants } from './membership.js';
import { messageMutants } from './message.js';
import { protocol02Mutants } from './protocol-02.js';
import { robustnessMutants } from './robustness.js';
import type { Mutant } from './types.js';

export const gallery: Mutant[] = [
  ...messageMutants,
  ...membershipMutants,
  ...joinsMutants,
  ...authorityMutants,
  ...protocol02Mutants,
  ...robustnessMutants,
];
