// generated/requirements.ts: every requirement identifier (`[MSG-SIG-001]`) found in spec/, with the
// sentence that states it and where it stands, so tests and the conformance suite can cite them.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Spec } from './load.js';
import { SpecError } from './spec-error.js';

const ID = /\[([A-Z]+(?:-[A-Z]+)*-\d{3})\]/g;

interface Requirement {
  id: string;
  text: string;
  source: string;
}

function collect(text: string, source: string, into: Map<string, Requirement>, definitions: boolean): void {
  for (const match of text.matchAll(ID)) {
    const id = match[1] as string;
    // The requirement's text runs from its identifier to the next identifier or paragraph end.
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const end = rest.search(/\[[A-Z]+(?:-[A-Z]+)*-\d{3}\]|\n\s*\n|"\s*[,}]/);
    const sentence = (end === -1 ? rest : rest.slice(0, end)).replace(/\s+/g, ' ').trim();
    const previous = into.get(id);
    if (previous && definitions && previous.text !== sentence && sentence !== '' && previous.text !== '') {
      continue; // the first statement of an id is its definition; later mentions cite it
    }
    if (!previous || previous.text === '') into.set(id, { id, text: sentence, source });
  }
}

export function emitRequirements(spec: Spec, banner: string): string {
  const found = new Map<string, Requirement>();
  for (const s of spec.schemas) collect(readFileSync(`${spec.root}/${s.file}`, 'utf8'), s.file, found, true);
  const openapi = readFileSync(spec.openapiFile, 'utf8');
  collect(openapi, relative(spec.root, spec.openapiFile), found, true);
  if (found.size === 0) throw new SpecError('spec', '', 'no requirement identifiers found');
  const rows = [...found.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => `  ${JSON.stringify(r.id)}: { text: ${JSON.stringify(r.text)}, source: ${JSON.stringify(r.source)} },`);
  return [
    banner,
    'export interface Requirement {',
    '  readonly text: string;',
    '  readonly source: string;',
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
