// spec/requirements-ledger.json: every requirement identifier ever defined in spec/, with a hash of its text, so
// that an identifier cited by tests, conformance reports and other implementations always means one thing.
// `npm run codegen` keeps it, and the rules are:
// - a new identifier is recorded;
// - an identifier that leaves spec/ is marked retired, never deleted; it may come back only with the text it had
//   (an undone deletion), never with other text: a new requirement takes a new identifier;
// - the text of an identifier may be reworded only if it still asks the same thing (a typo, clearer words), and
//   the rewording is acknowledged in spec/changes.yaml under the key the change report prints for it
//   (`[ID] reworded <hash>`, naming the new text, so one acknowledgement never covers a later rewording).
//   A requirement that asks something else gets a new identifier and the old one is retired.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANGES_FILE } from './discipline.js';
import { SpecError } from './spec-error.js';

export const LEDGER_FILE = 'spec/requirements-ledger.json';

export interface LedgerEntry {
  /** First 16 hex digits of the SHA-256 of the requirement's text, as generated/requirements.ts holds it. */
  sha256: string;
  retired?: true;
}

export interface Ledger {
  requirements: Record<string, LedgerEntry>;
}

const ABOUT =
  'Every requirement identifier ever defined in spec/, with a hash of its text. Kept by `npm run codegen`: new ' +
  'identifiers are added, removed ones marked retired and never reused; a rewording must be acknowledged in ' +
  'spec/changes.yaml. See codegen/ledger.ts.';

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The key of a rewording, in the change report and in spec/changes.yaml. */
export function rewordKey(id: string, text: string): string {
  return `[${id}] reworded ${textHash(text).slice(0, 8)}`;
}

export function readLedger(root: string): Ledger | undefined {
  const file = join(root, LEDGER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Ledger>;
    if (parsed.requirements && typeof parsed.requirements === 'object') return { requirements: parsed.requirements };
  } catch {
    // reported below
  }
  throw new SpecError(LEDGER_FILE, '', 'not a ledger: restore it from git (it records retired identifiers)');
}

export function formatLedger(ledger: Ledger): string {
  const requirements = Object.fromEntries(Object.entries(ledger.requirements).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ about: ABOUT, requirements }, null, 2)}\n`;
}

/**
 * The ledger after this run, and the problems that stop codegen. `acknowledged` holds the change keys of
 * spec/changes.yaml; `sources` says where each requirement is defined, for messages.
 */
export function updateLedger(
  previous: Ledger | undefined,
  requirements: ReadonlyMap<string, { text: string; source: string }>,
  acknowledged: ReadonlySet<string>,
): { ledger: Ledger; problems: string[] } {
  const entries: Record<string, LedgerEntry> = { ...previous?.requirements };
  const problems: string[] = [];
  for (const [id, { text, source }] of requirements) {
    const hash = textHash(text);
    const known = entries[id];
    if (known === undefined || known.sha256 === hash) {
      entries[id] = { sha256: hash };
    } else if (known.retired) {
      problems.push(
        `codegen: [${id}] is retired (${LEDGER_FILE}) and ${source} defines it again with other text; ` +
          'requirement identifiers are never reused: give this requirement a new identifier.',
      );
    } else if (acknowledged.has(rewordKey(id, text))) {
      entries[id] = { sha256: hash };
    } else {
      problems.push(
        [
          `codegen: the text of [${id}] (${source}) changed since ${LEDGER_FILE} recorded it, and an identifier keeps`,
          '  its meaning forever. If the new text asks the same thing (a typo, clearer words), acknowledge the',
          `  rewording in ${CHANGES_FILE}:`,
          '    acknowledged:',
          `      - change: '${rewordKey(id, text)}'`,
          '        reason: <why it still asks the same>',
          `  If it now asks something else, give it a new identifier: [${id}] is then retired.`,
        ].join('\n'),
      );
    }
  }
  for (const [id, entry] of Object.entries(entries)) {
    if (!requirements.has(id) && !entry.retired) entries[id] = { sha256: entry.sha256, retired: true };
  }
  return { ledger: { requirements: entries }, problems };
}
