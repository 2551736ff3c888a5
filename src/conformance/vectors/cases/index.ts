// One section per vector file, one check per case, in the order the files list them. The checks are built from
// whatever cases the files hold, by the fields each kind defines, never by a case's name.
import { loadVectorFiles, type StoredCase, type VectorKind } from '../files.js';
import type { VectorCheck, VectorSection } from '../model.js';
import { envelopeSignaturesChecks } from './envelope-signatures.js';
import { envelopeVerifyChecks } from './envelope-verify.js';
import { inviteTokensChecks } from './invite-tokens.js';
import { jcsChecks } from './jcs.js';
import { joinRequestsChecks } from './join-requests.js';
import { keysChecks } from './keys.js';
import { sealedChecks } from './sealed.js';
import { signaturesChecks } from './signatures.js';
import { systemMessagesChecks } from './system-messages.js';
import { verifyChecks } from './verify.js';

const KINDS: Record<VectorKind, { title: string; checks: (cases: StoredCase[]) => VectorCheck[] }> = {
  keys: { title: 'Keys: derivation and strict decoding', checks: keysChecks },
  signatures: { title: 'Signatures: canonical string, timestamps, signing', checks: signaturesChecks },
  verify: { title: 'Verification of wire messages', checks: verifyChecks },
  invite_tokens: { title: 'Invite tokens and URLs', checks: inviteTokensChecks },
  system_messages: { title: 'System message contents', checks: systemMessagesChecks },
  join_requests: { title: 'Join requests', checks: joinRequestsChecks },
  jcs: { title: 'Protocol 0.2: JCS (RFC 8785) canonical form', checks: jcsChecks },
  envelope_signatures: { title: 'Protocol 0.2: envelope signatures', checks: envelopeSignaturesChecks },
  envelope_verify: { title: 'Protocol 0.2: verification of whole envelopes', checks: envelopeVerifyChecks },
  sealed: { title: 'Protocol 0.2: sealed content', checks: sealedChecks },
};

/** The title of each kind's section, by section id, without reading any file. */
export function vectorSectionTitles(): Record<string, string> {
  return Object.fromEntries(Object.entries(KINDS).map(([kind, { title }]) => [`vectors.${kind}`, title]));
}

/** The vector checks of the files in `dir` (default: the package's own vectors). */
export function vectorSections(dir?: string): VectorSection[] {
  return loadVectorFiles(dir).map((file) => ({
    id: `vectors.${file.kind}`,
    title: KINDS[file.kind].title,
    checks: KINDS[file.kind].checks(file.cases),
  }));
}
