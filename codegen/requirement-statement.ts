// What makes the text after a bare `[ID]` a requirement: one or two whole sentences that open with their
// subject and carry an RFC 2119 keyword. Its level is the strongest keyword; its party is named by the spec
// (`x-party` beside the description) or read from the subject, so that every requirement says whom it binds.
import { SpecError } from './spec-error.js';

/** Strongest first; MUST NOT and SHOULD NOT count as MUST and SHOULD. */
export const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export const PARTIES = ['sender', 'receiver', 'client', 'server', 'store'] as const;
/** The annotation, beside a description, naming the party of a requirement whose subject does not. */
export const PARTY_KEY = 'x-party';

export type Level = (typeof LEVELS)[number];
export type Party = (typeof PARTIES)[number];

const KEYWORD = /\b(MUST|SHOULD|MAY)\b/g;

/**
 * Subjects (the words before the first keyword, lower-cased) that name a party. Matched whole: a subject
 * that merely mentions an agent ("A message from a muted agent") names nobody and needs `x-party`.
 */
const SUBJECTS: ReadonlyArray<readonly [RegExp, Party]> = [
  [/^senders$/, 'sender'],
  [/^(a |the )?receivers?$/, 'receiver'],
  [/^(clients|the joining client|parsers|decoders)$/, 'client'],
  [/^(a |the )?servers?$/, 'server'],
  [/^(an|the) (admitting )?agent$/, 'server'],
  [/^the master$/, 'server'],
  [/^(a verifier|verifiers)$/, 'server'],
  [/^an (export|import)$/, 'store'],
];

export interface Statement {
  level: Level;
  party: Party;
}

/** Checks that `text`, defining `[id]` at `file#pointer`, stands alone, and reads its level and party. */
export function readStatement(
  id: string,
  text: string,
  explicit: Party | undefined,
  at: { file: string; pointer: string },
): Statement {
  const fail = (detail: string) => new SpecError(at.file, at.pointer, `[${id}] ${detail}`);
  // Keywords inside code spans (error codes, literals) do not count; blanking the spans keeps the offsets.
  const prose = text.replace(/`[^`]*`/g, (span) => '_'.repeat(span.length));
  const keywords = [...prose.matchAll(KEYWORD)];
  const first = keywords[0];
  if (first === undefined) {
    throw fail('is followed by no MUST, SHOULD or MAY statement; write `[ID]` in backticks to cite it');
  }
  if (!/^[A-Z`]/.test(text) || first.index === 0) {
    throw fail(`must open a sentence that names its subject, not "${text.slice(0, 40)}"`);
  }
  if (!text.endsWith('.')) {
    throw fail(`ends mid-sentence ("…${text.slice(-40)}"): give each requirement a sentence of its own`);
  }
  const level = LEVELS.find((l) => keywords.some((k) => k[1] === l)) as Level;
  const subject = text.slice(0, first.index).trim().toLowerCase();
  const party = explicit ?? SUBJECTS.find(([pattern]) => pattern.test(subject))?.[1];
  if (party === undefined) {
    throw fail(
      `does not say whom it binds ("${subject}"): name a party as its subject or add "${PARTY_KEY}" beside it`,
    );
  }
  return { level, party };
}

/** The `x-party` map of an object: requirement identifier → party. */
export function explicitParties(node: Record<string, unknown>, pointer: string, file: string): Map<string, Party> {
  const value = node[PARTY_KEY];
  if (value === undefined) return new Map();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SpecError(file, pointer, 'must map requirement identifiers to parties');
  }
  for (const [id, party] of Object.entries(value)) {
    if (!PARTIES.includes(party as Party)) {
      throw new SpecError(file, `${pointer}/${id}`, `must be one of ${PARTIES.join(', ')}`);
    }
  }
  return new Map(Object.entries(value as Record<string, Party>));
}
