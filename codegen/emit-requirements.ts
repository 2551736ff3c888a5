// generated/requirements.ts: every requirement identifier stated in spec/, with its defining statement, its
// level and the party it binds, so tests and the conformance suite can cite them. Identifiers are read from the
// strings of the parsed documents, so YAML or JSON syntax never leaks into the text.
//
// A bare `[ID]` defines a requirement, once in all of spec/: its text runs to the next bare identifier or the
// end of the paragraph. An identifier inside a code span (`` `[ID]` ``) only cites one.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Spec } from './load.js';
import {
  explicitParties,
  LEVELS,
  type Level,
  PARTIES,
  PARTY_KEY,
  type Party,
  readStatement,
} from './requirement-statement.js';
import { escapePointer, SpecError } from './spec-error.js';

const ID = /\[([A-Z]+(?:-[A-Z]+)*-\d{3})\]/g;

export interface RequirementDefinition {
  text: string;
  source: string;
  pointer: string;
  level: Level;
  party: Party;
}

interface Collected {
  file: string;
  defined: Map<string, RequirementDefinition>;
  cited: { id: string; file: string; pointer: string }[];
}

/** Walks a document; `parties` is the `x-party` map of the object holding `node`, emptied as it is used. */
function collect(node: unknown, pointer: string, into: Collected, parties = new Map<string, Party>()): void {
  if (typeof node === 'string') scan(node, pointer, into, parties);
  else if (Array.isArray(node)) for (const [index, item] of node.entries()) collect(item, `${pointer}/${index}`, into);
  else if (node !== null && typeof node === 'object') {
    const own = explicitParties(node as Record<string, unknown>, `${pointer}/${PARTY_KEY}`, into.file);
    for (const [key, value] of Object.entries(node)) {
      if (key !== PARTY_KEY) collect(value, `${pointer}/${escapePointer(key)}`, into, own);
    }
    const [unused] = own.keys();
    if (unused !== undefined) {
      throw new SpecError(into.file, `${pointer}/${PARTY_KEY}`, `names [${unused}], which no string beside it defines`);
    }
  }
}

function scan(text: string, pointer: string, into: Collected, parties: Map<string, Party>): void {
  const definitions: { id: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(ID)) {
    const id = match[1] as string;
    // An odd number of backticks before it puts the identifier inside a code span: a citation.
    if ((text.slice(0, match.index).match(/`/g)?.length ?? 0) % 2 === 1) {
      into.cited.push({ id, file: into.file, pointer });
    } else definitions.push({ id, start: match.index, end: match.index + match[0].length });
  }
  for (const [index, { id, end }] of definitions.entries()) {
    const statement = text
      .slice(end, definitions[index + 1]?.start ?? text.length)
      .split(/\n\s*\n/)[0]!
      .replace(/\s+/g, ' ')
      .trim();
    const { level, party } = readStatement(id, statement, parties.get(id), { file: into.file, pointer });
    parties.delete(id);
    const previous = into.defined.get(id);
    if (previous) {
      throw new SpecError(
        into.file,
        pointer,
        `[${id}] is defined twice, here and at ${previous.source}#${previous.pointer}; cite one as \`[${id}]\``,
      );
    }
    into.defined.set(id, { text: statement, source: into.file, pointer, level, party });
  }
}

/** Every requirement defined in spec/, by identifier; also read by the change report and the ledger. */
export function collectRequirements(spec: Spec): Map<string, RequirementDefinition> {
  const defined = new Map<string, RequirementDefinition>();
  const cited: Collected['cited'] = [];
  for (const s of spec.schemas) collect(s.schema, '', { file: s.file, defined, cited });
  const openapi = parse(readFileSync(spec.openapiFile, 'utf8'));
  collect(openapi, '', { file: relative(spec.root, spec.openapiFile), defined, cited });
  if (defined.size === 0) throw new SpecError('spec', '', 'no requirement identifiers found');
  for (const { id, file, pointer } of cited) {
    if (!defined.has(id)) throw new SpecError(file, pointer, `cites [${id}], which no requirement defines`);
  }
  return defined;
}

export function emitRequirements(
  spec: Spec,
  banner: string,
  defined: Map<string, RequirementDefinition> = collectRequirements(spec),
): string {
  const union = (values: readonly string[]) => values.map((v) => `'${v}'`).join(' | ');
  const rows = [...defined.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([id, r]) =>
        `  ${JSON.stringify(id)}: { text: ${JSON.stringify(r.text)}, source: ${JSON.stringify(r.source)}, level: '${r.level}', party: '${r.party}' },`,
    );
  return [
    banner,
    `export type RequirementLevel = ${union(LEVELS)};`,
    '',
    `export type RequirementParty = ${union(PARTIES)};`,
    '',
    'export interface Requirement {',
    '  readonly text: string;',
    '  readonly source: string;',
    '  readonly level: RequirementLevel;',
    '  readonly party: RequirementParty;',
    '}',
    '',
    'export const requirements = {',
    ...rows,
    '} as const satisfies Record<string, Requirement>;',
    '',
    'export type RequirementId = keyof typeof requirements;',
    '',
  ].join('\n');
}
