// A mutant agent of the gallery: our real agent behind a proxy that breaks one rule, and the checks that must
// catch it. Each section's mutants live in their own file of this folder; gallery.test.ts runs them all.
import type { RunOptions } from '../../../src/conformance/runner.js';
import type { Mutation } from '../mutant-proxy.js';

export interface Mutant {
  /** Short kebab-case name, e.g. `accepts-tampered-content`. */
  name: string;
  /** The one rule it breaks, in a sentence. */
  breaks: string;
  mutation: Mutation;
  /** Check ids that must fail against it. */
  mustFail: string[];
  /** The failure category each of those must report, when it matters (e.g. security for an accepted forgery). */
  category?: 'security' | 'correctness' | 'format';
  /** Options for the agent behind the proxy. */
  agent?: { rateLimits?: boolean; requireApproval?: boolean; allowMemberInvite?: boolean };
  /** Extra run options (e.g. single-use invites are added by the gallery when `singleUseInvites` is set). */
  run?: Partial<RunOptions>;
  /** Single-use invites the run needs. */
  singleUseInvites?: number;
}
