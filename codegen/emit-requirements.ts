// generated/requirements.ts: every requirement identifier (`[MSG-SIG-001]`) stated in spec/, with its
// sentence and where it stands, so tests and the conformance suite can cite them. Identifiers are read
// from the descriptions of the parsed documents, so YAML or JSON syntax never leaks into the text.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Spec } from './load.js';
import { SpecError } from './spec-error.js';

const ID = /\[([A-Z]+(?:-[A-Z]+)*-\d{3})\]/g;

interface Requirement {
  text: string;
  source: string;
}

function* strings(node: unknown): Generator<string> {
  if (typeof node === 'string') yield node;
  else if (Array.isArray(node)) for (const item of node) yield* strings(item);
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) yield* strings(value);
}

function collect(document: unknown, source: string, into: Map<string, Requirement>): void {
  for (const text of strings(document)) {
    const matches = [...text.matchAll(ID)];
    for (const [index, match] of matches.entries()) {
      const start = (match.index ?? 0) + match[0].length;
      const next = matches[index + 1];
      const end = next?.index ?? text.length;
      // A statement ends at the next identifier or the end of its paragraph.
      const sentence = text
        .slice(start, end)
        .split(/\n\s*\n/)[0]!
        .replace(/\s+/g, ' ')
        .trim();
      const id = match[1] as string;
      // The first statement carrying a requirement keyword is the definition; later ones cite it.
      const current = into.get(id);
      if (!current || (!/\b(MUST|SHOULD|MAY)\b/.test(current.text) && /\b(MUST|SHOULD|MAY)\b/.test(sentence))) {
        into.set(id, { text: sentence, source });
      }
    }
  }
}

export function emitRequirements(spec: Spec, banner: string): string {
  const found = new Map<string, Requirement>();
  for (const s of spec.schemas) collect(s.schema, s.file, found);
  collect(parse(readFileSync(spec.openapiFile, 'utf8')), relative(spec.root, spec.openapiFile), found);
  if (found.size === 0) throw new SpecError('spec', '', 'no requirement identifiers found');
  const rows = [...found.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([id, r]) => `  ${JSON.stringify(id)}: { text: ${JSON.stringify(r.text)}, source: ${JSON.stringify(r.source)} },`,
    );
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
