// Every section of the suite, in the order a run makes them: what a stranger may send first, then the message
// pipeline as a member, then joins, then the checks that change the swarm (authority), protocol 0.2 (from an
// identity of its own, which no 0.1.0 check uses), the fuzz, and last the rate limits, which exhaust a limit on
// purpose.
import type { Section } from '../model.js';
import { authoritySection } from './authority.js';
import { envelopeSection } from './envelope.js';
import { fuzzSection } from './fuzz.js';
import { identifiersSection } from './identifiers.js';
import { invitesSection } from './invites.js';
import { joinsSection } from './joins.js';
import { membershipSection } from './membership.js';
import { pipelineSection } from './pipeline.js';
import { protocol02Section } from './protocol-02.js';
import { rateLimitsSection } from './rate-limits.js';
import { sealedSection } from './sealed.js';
import { signatureSection } from './signature.js';
import { strangerSection } from './stranger.js';
import { timestampsSection } from './timestamps.js';

export function allSections(): Section[] {
  return [
    strangerSection,
    pipelineSection,
    signatureSection,
    timestampsSection,
    envelopeSection,
    membershipSection,
    joinsSection,
    identifiersSection,
    invitesSection,
    authoritySection,
    protocol02Section,
    sealedSection,
    fuzzSection,
    rateLimitsSection,
  ];
}
