import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { emitRequirements } from '../../codegen/emit-requirements.js';
import { loadSpec } from '../../codegen/load.js';
import { generate } from '../../codegen/main.js';
import { type RequirementId, requirements } from '../../generated/requirements.js';

const root = join(import.meta.dirname, '..', '..');
const ids = Object.keys(requirements) as RequirementId[];

/** A scratch copy of spec/ whose Priority schema carries `description` and, when given, `x-party`. */
function scratchSpec(description: string, parties?: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'swarm-requirements-test-'));
  cpSync(join(root, 'spec'), join(dir, 'spec'), { recursive: true });
  const file = join(dir, 'spec', 'schemas', 'Priority.json');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  schema.description = `${schema.description} ${description}`;
  if (parties) schema['x-party'] = parties;
  writeFileSync(file, JSON.stringify(schema));
  return dir;
}

function codegenError(dir: string): string {
  try {
    emitRequirements(loadSpec(dir), '');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('codegen succeeded');
}

describe('generated/requirements.ts', () => {
  it('takes a definition, not the citation in the introduction', () => {
    expect(requirements['SRV-MSG-001'].text).to.match(/^The receiver MUST check, in this order/);
  });

  it('every text is whole sentences that open with their subject', () => {
    for (const id of ids) {
      const { text } = requirements[id];
      expect(text, id).not.to.match(/^[\p{P}\s]/u);
      expect(text, id).not.to.match(/(,|\band|\()$/);
      expect(text, id).to.match(/\.$/);
    }
  });

  it('every level and party is one of the allowed values', () => {
    for (const id of ids) {
      expect(['MUST', 'SHOULD', 'MAY'], id).to.include(requirements[id].level);
      expect(['sender', 'receiver', 'client', 'server', 'store'], id).to.include(requirements[id].party);
    }
  });

  for (const { id, level, party, starts } of [
    { id: 'MSG-TS-001', level: 'MUST', party: 'sender', starts: 'Senders MUST emit' },
    { id: 'MSG-TS-003', level: 'MUST', party: 'receiver', starts: 'Receivers MUST refuse' },
    { id: 'SYS-KICK-001', level: 'SHOULD', party: 'receiver', starts: 'The kicked agent SHOULD' },
    { id: 'SRV-RL-001', level: 'SHOULD', party: 'server', starts: 'A server SHOULD' },
    { id: 'STATE-IMP-001', level: 'MUST', party: 'store', starts: 'An import MUST' },
    { id: 'TOK-USE-001', level: 'MUST', party: 'server', starts: 'A verifier MUST count' },
    { id: 'TOK-SWM-001', level: 'MUST', party: 'client', starts: 'The joining client MUST' },
    { id: 'INBOX-SM-001', level: 'MUST', party: 'store', starts: 'An inbox status transition MUST NOT' },
    { id: 'ID-ENDP-002', level: 'SHOULD', party: 'server', starts: 'An agent SHOULD' },
  ] as const) {
    it(`${id} is a ${party} ${level}`, () => {
      expect(requirements[id]).to.include({ level, party });
      expect(requirements[id].text.startsWith(starts), requirements[id].text).to.equal(true);
    });
  }
});

describe('codegen of requirements', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, description, parties, want } of [
    {
      name: 'an identifier defined twice, naming both places',
      description: '[MSG-TS-001] Senders MUST emit it again.',
      want: ['[MSG-TS-001] is defined twice', 'spec/schemas/Priority.json', 'spec/schemas/Timestamp.json'],
    },
    {
      name: 'a requirement whose party cannot be determined',
      description: '[NEW-REQ-001] A widget MUST be blue.',
      want: ['spec/schemas/Priority.json', '[NEW-REQ-001] does not say whom it binds'],
    },
    {
      name: 'an identifier followed by no requirement keyword',
      description: '[NEW-REQ-001] Senders are kind.',
      want: ['[NEW-REQ-001] is followed by no MUST, SHOULD or MAY'],
    },
    {
      name: 'two requirements sharing a sentence',
      description: '[NEW-REQ-001] Senders MUST be kind, and [NEW-REQ-002] receivers MUST be patient.',
      want: ['[NEW-REQ-001] ends mid-sentence'],
    },
    {
      name: 'a requirement without its subject',
      description: '[NEW-REQ-001] MUST be kind.',
      want: ['[NEW-REQ-001] must open a sentence that names its subject'],
    },
    {
      name: 'a citation of an identifier nobody defines',
      description: 'See `[NEW-REQ-009]`.',
      want: ['cites [NEW-REQ-009], which no requirement defines'],
    },
    {
      name: 'an x-party naming an identifier not defined beside it',
      description: '',
      parties: { 'NEW-REQ-001': 'server' },
      want: ['spec/schemas/Priority.json#/x-party', 'names [NEW-REQ-001]'],
    },
    {
      name: 'an x-party naming an unknown party',
      description: '[NEW-REQ-001] A widget MUST be blue.',
      parties: { 'NEW-REQ-001': 'bystander' },
      want: ['spec/schemas/Priority.json#/x-party/NEW-REQ-001', 'must be one of'],
    },
  ]) {
    it(`fails on ${name}`, () => {
      const dir = scratchSpec(description, parties);
      dirs.push(dir);
      const message = codegenError(dir);
      for (const part of want) expect(message).to.include(part);
    });
  }

  it('takes the party from x-party where the subject names none', async () => {
    const dir = scratchSpec('[NEW-REQ-001] A widget MUST NOT be blue.', { 'NEW-REQ-001': 'store' });
    dirs.push(dir);
    const files = await generate(dir);
    // The entry as the formatter lays it out: one key a line.
    const entry = /'NEW-REQ-001': \{([^}]*)\}/.exec(files.get('requirements.ts') ?? '')?.[1]?.replace(/\s+/g, ' ');
    expect(entry).to.equal(
      " text: 'A widget MUST NOT be blue.', source: 'spec/schemas/Priority.json', level: 'MUST', party: 'store', ",
    );
  });
});
