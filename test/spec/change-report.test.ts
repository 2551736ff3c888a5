import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { parseDocument } from 'yaml';
import { compareStates } from '../../codegen/change-report.js';
import { type Io, runCodegen } from '../../codegen/main.js';
import { readSpecState, type SpecState } from '../../codegen/snapshot.js';
import { PROTOCOL_VERSION as envelopeVersion } from '../../src/core/envelope.js';
import { advertisedVersions } from '../../src/core/protocol.js';
import { PROTOCOL_VERSION as transportVersion } from '../../src/transport/transport.js';

const root = join(import.meta.dirname, '..', '..');

type Json = { [key: string]: any };

function editSchema(dir: string, name: string, change: (schema: Json) => void): void {
  const file = join(dir, 'spec', 'schemas', `${name}.json`);
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  change(schema);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}

function editOpenApi(dir: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const file = join(dir, 'spec', 'openapi.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

const edits: { name: string; apply: (dir: string) => void; want: string[] }[] = [
  {
    name: 'an optional property is compatible',
    apply: (dir) => editSchema(dir, 'AgentInfo', (s) => (s.properties.region = { type: 'string', maxLength: 64 })),
    want: ['compatible: AgentInfo#/properties/region property-added'],
  },
  {
    name: 'a required property breaks peers',
    apply: (dir) =>
      editSchema(dir, 'AgentInfo', (s) => {
        s.properties.started_at = { $ref: 'Timestamp.json' };
        s.required.push('started_at');
      }),
    want: ['peers: AgentInfo#/properties/started_at property-added-required'],
  },
  {
    name: 'a removed property breaks peers',
    apply: (dir) =>
      editSchema(dir, 'AgentInfo', (s) => {
        delete s.properties.metadata;
        s.required = s.required.filter((name: string) => name !== 'metadata');
        for (const example of s.examples) delete example.metadata;
      }),
    want: ['peers: AgentInfo#/properties/metadata property-removed'],
  },
  {
    name: 'a property made optional breaks library callers',
    apply: (dir) =>
      editSchema(dir, 'AgentInfo', (s) => (s.required = s.required.filter((name: string) => name !== 'capabilities'))),
    want: ['callers: AgentInfo#/properties/capabilities now-optional'],
  },
  {
    name: 'an enum value removed breaks peers',
    apply: (dir) => editSchema(dir, 'Priority', (s) => (s.enum = s.enum.filter((v: string) => v !== 'high'))),
    want: ['peers: Priority value-removed "high"'],
  },
  {
    name: 'an enum value added is compatible',
    apply: (dir) => editSchema(dir, 'Priority', (s) => s.enum.push('urgent')),
    want: ['compatible: Priority value-added "urgent"'],
  },
  {
    name: 'a narrowed pattern breaks peers',
    apply: (dir) =>
      editSchema(dir, 'Message', (s) => (s.properties.protocol_version.pattern = '^0\\.[0-9]+\\.[0-9]+$')),
    want: ['peers: Message#/properties/protocol_version pattern-changed'],
  },
  {
    name: 'a new error code is compatible',
    apply: (dir) =>
      editSchema(dir, 'ErrorCode', (s) =>
        s.oneOf.push({
          const: 'QUOTA_EXCEEDED',
          description: 'The sender has used up its daily quota.',
          'x-http-status': 429,
          'x-exit-code': 4,
          'x-scope': 'wire',
        }),
      ),
    want: ['compatible: error-code QUOTA_EXCEEDED added'],
  },
  {
    name: 'a removed error code breaks peers',
    apply: (dir) =>
      editSchema(dir, 'ErrorCode', (s) =>
        s.oneOf.splice(
          s.oneOf.findIndex((e: Json) => e.const === 'WRONG_RECIPIENT'),
          1,
        ),
      ),
    want: ['peers: error-code WRONG_RECIPIENT removed'],
  },
  {
    name: "an error code's changed status breaks peers",
    apply: (dir) =>
      editSchema(
        dir,
        'ErrorCode',
        (s) => (s.oneOf.find((e: Json) => e.const === 'INVALID_JSON')['x-http-status'] = 422),
      ),
    want: ['peers: error-code INVALID_JSON status-changed'],
  },
  {
    name: 'a removed endpoint breaks peers',
    apply: (dir) => editOpenApi(dir, (doc) => doc.deleteIn(['paths', '/api/wake'])),
    want: ['peers: POST /api/wake endpoint-removed', 'compatible: [MGMT-WAKE-001] removed'],
  },
  {
    name: 'a removed response status breaks peers',
    apply: (dir) => editOpenApi(dir, (doc) => doc.deleteIn(['paths', '/join', 'post', 'responses', '202'])),
    want: ['peers: POST /join 202 response-removed'],
  },
  {
    name: 'a new endpoint is compatible',
    apply: (dir) =>
      editOpenApi(dir, (doc) =>
        doc.setIn(['paths', '/api/version'], {
          get: {
            operationId: 'getVersion',
            tags: ['management'],
            responses: { '200': { description: 'The version.' } },
          },
        }),
      ),
    want: ['compatible: GET /api/version endpoint-added'],
  },
  {
    name: 'a new requirement is compatible',
    apply: (dir) =>
      editSchema(
        dir,
        'Priority',
        (s) => (s.description += ' [PRIO-NEW-001] A receiver MUST treat `high` as `normal`.'),
      ),
    want: ['compatible: [PRIO-NEW-001] added'],
  },
  {
    name: 'a description without a requirement changes nothing',
    apply: (dir) => editSchema(dir, 'Priority', (s) => (s.description = `${s.description} Clearer now.`)),
    want: [],
  },
];

describe('codegen: the change report classes typical spec edits', function () {
  this.timeout(60_000);
  const pristine = mkdtempSync(join(tmpdir(), 'swarm-report-spec-'));
  const dir = mkdtempSync(join(tmpdir(), 'swarm-report-edits-'));
  let baseline: SpecState;

  before(async () => {
    cpSync(join(root, 'spec'), join(pristine, 'spec'), { recursive: true });
    baseline = await readSpecState(pristine);
  });
  after(() => {
    rmSync(pristine, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(join(dir, 'spec'), { recursive: true, force: true });
    cpSync(join(pristine, 'spec'), join(dir, 'spec'), { recursive: true });
  });

  for (const edit of edits) {
    it(edit.name, async () => {
      edit.apply(dir);
      const changes = compareStates(baseline, await readSpecState(dir));
      expect(changes.map((c) => `${c.impact}: ${c.key}`)).to.deep.equal(edit.want);
    });
  }
});

/** Runs codegen in process, as the command line would, and keeps what it prints. */
async function codegen(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await runCodegen(['--root', dir, ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('codegen: protocol version discipline and the requirement ledger', function () {
  this.timeout(120_000);
  const pristine = mkdtempSync(join(tmpdir(), 'swarm-discipline-base-'));
  const dir = mkdtempSync(join(tmpdir(), 'swarm-discipline-'));
  const types = () => readFileSync(join(dir, 'generated', 'types.ts'), 'utf8');
  const removeHigh = () => editSchema(dir, 'Priority', (s) => (s.enum = s.enum.filter((v: string) => v !== 'high')));
  const setVersion = (version: string) => editOpenApi(dir, (doc) => doc.setIn(['info', 'version'], version));

  before(async () => {
    cpSync(join(root, 'spec'), join(pristine, 'spec'), { recursive: true });
    rmSync(join(pristine, 'spec', 'changes.yaml'), { force: true });
    const first = await codegen(pristine);
    expect(first.code, first.err).to.equal(0);
  });
  after(() => {
    rmSync(pristine, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(pristine, dir, { recursive: true });
  });

  it('a change that breaks peers, without a version raise or an acknowledgement, fails and writes nothing', async () => {
    const before = types();
    removeHigh();
    const result = await codegen(dir);
    expect(result.code).to.equal(1);
    expect(result.err).to.include('1 change breaks peers, but the protocol version');
    expect(result.err).to.include('is still 0.2.0');
    expect(result.err).to.include('Priority value-removed "high"');
    expect(result.err).to.include('raise the version to 0.3.0');
    expect(result.err).to.include(`- change: 'Priority value-removed "high"'`);
    expect(types()).to.equal(before);
  });

  it('passes with an acknowledgement in spec/changes.yaml, and prints it beside the change', async () => {
    removeHigh();
    const ack = [
      'acknowledged:',
      `  - change: 'Priority value-removed "high"'`,
      '    reason: no implementation ever sent high; the reference agents reject it',
      '',
    ];
    writeFileSync(join(dir, 'spec', 'changes.yaml'), ack.join('\n'));
    const result = await codegen(dir);
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.match(/breaking for peers \(1\):\n\s+Priority value-removed "high"\s+no longer allowed/);
    expect(result.out).to.include('[acknowledged: no implementation ever sent high');
    expect(types()).not.to.include("'high'");
  });

  it('passes with a breaking version raise, and not with a patch raise', async () => {
    removeHigh();
    setVersion('0.2.1');
    const patch = await codegen(dir);
    expect(patch.code).to.equal(1);
    expect(patch.err).to.include('moved 0.2.0 → 0.2.1, which is not a breaking raise');
    setVersion('0.3.0');
    const minor = await codegen(dir);
    expect(minor.code, minor.err).to.equal(0);
    expect(minor.out).to.include('protocol 0.2.0 → 0.3.0');
  });

  it('fails when a retired requirement identifier is defined again with other text', async () => {
    const ledgerFile = join(dir, 'spec', 'requirements-ledger.json');
    const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8'));
    ledger.requirements['PRIO-OLD-001'] = { sha256: '0123456789abcdef', retired: true };
    writeFileSync(ledgerFile, JSON.stringify(ledger, null, 2));
    editSchema(dir, 'Priority', (s) => (s.description += ' [PRIO-OLD-001] A receiver MUST treat `low` as `normal`.'));
    const result = await codegen(dir);
    expect(result.code).to.equal(1);
    expect(result.err).to.include('[PRIO-OLD-001] is retired');
    expect(result.err).to.include('never reused: give this requirement a new identifier');
  });

  it('records a new requirement in the ledger, and retires it when it goes', async () => {
    editSchema(dir, 'Priority', (s) => (s.description += ' [PRIO-NEW-001] A receiver MUST treat `low` as `normal`.'));
    expect((await codegen(dir)).code).to.equal(0);
    const read = () => JSON.parse(readFileSync(join(dir, 'spec', 'requirements-ledger.json'), 'utf8')).requirements;
    expect(read()['PRIO-NEW-001']).to.have.property('sha256').and.not.have.property('retired');
    cpSync(join(pristine, 'spec', 'schemas'), join(dir, 'spec', 'schemas'), { recursive: true });
    const removed = await codegen(dir);
    expect(removed.code, removed.err).to.equal(0);
    expect(removed.out).to.include('[PRIO-NEW-001] removed');
    expect(read()['PRIO-NEW-001']).to.include({ retired: true });
  });

  it('a reworded requirement needs an acknowledgement naming its new text', async () => {
    const file = join(dir, 'spec', 'schemas', 'Message.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('Receivers MUST refuse a protocol major version', 'Receivers MUST reject a protocol major version'),
    );
    const result = await codegen(dir);
    expect(result.code).to.equal(1);
    expect(result.err).to.include('the text of [MSG-VER-001] (spec/schemas/Message.json) changed');
    const key = result.err.match(/- change: '(\[MSG-VER-001\] reworded [0-9a-f]{8})'/)?.[1];
    expect(key).to.be.a('string');
    writeFileSync(
      join(dir, 'spec', 'changes.yaml'),
      `acknowledged:\n  - change: '${key}'\n    reason: same rule, plainer verb\n`,
    );
    const acknowledged = await codegen(dir);
    expect(acknowledged.code, acknowledged.err).to.equal(0);
    expect(acknowledged.out).to.include(`${key}`);
  });

  it('--check names each drifted file and the command that fixes it', async () => {
    const target = join(dir, 'generated', 'errors.ts');
    writeFileSync(target, `${readFileSync(target, 'utf8')}\n// a hand edit\n`);
    rmSync(join(dir, 'generated', 'validators', 'Priority.ts'));
    const result = await codegen(dir, '--check');
    expect(result.code).to.equal(1);
    expect(result.err).to.include('generated/errors.ts: changed; fix: npm run codegen');
    expect(result.err).to.include('generated/validators/Priority.ts: missing; fix: npm run codegen');
  });
});

describe('the protocol version', () => {
  it('the code speaks the version spec/openapi.yaml declares (raise them together)', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8')).info;
    expect(advertisedVersions(true).at(-1)).to.equal(version);
    // What is sent when nothing was negotiated stays the reference's version (NEG-002).
    expect({ envelopeVersion, transportVersion }).to.deep.equal({
      envelopeVersion: advertisedVersions(false)[0],
      transportVersion: advertisedVersions(false)[0],
    });
  });
});
