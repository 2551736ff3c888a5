import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { runVectorConformance, type VectorRun } from '../../src/conformance/vectors/runner.js';
import { envelopeSigningInput } from '../../src/core/envelope-signature.js';
import { decodePublicKey } from '../../src/core/keys.js';
import { codePointJcs } from '../fixtures/vectors-0.2/envelope-cases.js';
import { type Defect, jwtParts, repeatsAKey, roundingDiffers, splitToken } from './vector-mutant-adapter.js';

const root = join(import.meta.dirname, '..', '..');
/** The 0.1.0 vectors (the reference's) and the 0.2 ones (ours): a default run checks both. */
const vectorDirs = [join(root, 'test', 'fixtures', 'vectors'), join(root, 'test', 'fixtures', 'vectors-0.2')];
const node = `'${process.execPath}' --import tsx`;
const ourAdapter = `${node} test/conformance/swarm-from-source.ts conformance adapter`;
const mutant = (defects: Defect[]) => `${node} test/conformance/vector-mutant-adapter.ts ${defects.join(' ')}`;

/** The vector files as stored, read here without the suite's loader: kind → its file and cases. */
function filesIn(dirs: string[]): Map<string, { path: string; cases: any[] }> {
  const files = new Map<string, { path: string; cases: any[] }>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const path = join(dir, name);
      files.set(name.replace(/\.json$/, ''), { path, cases: JSON.parse(readFileSync(path, 'utf8')).cases });
    }
  }
  return files;
}

const files = filesIn(vectorDirs);
const casesOf = (kind: string) => files.get(kind)?.cases ?? [];
const ids = (kind: string, keep: (c: any) => boolean) =>
  casesOf(kind)
    .filter(keep)
    .map((c) => `vectors.${kind}.${c.name}`);
const members = (c: any): { endpoint: string }[] => c.inputs.swarm?.members ?? c.inputs.members ?? [];
const tokenParam = (url: string) => new URLSearchParams(url.split('?')[1] ?? '').get('token') ?? '';
const unsigned = ({ signature: _drop, ...rest }: Record<string, unknown>) => rest;
const jcs = (value: Record<string, unknown>) => (envelopeSigningInput(value) as { jcs: string }).jcs;
const hasUpper = (...ids: string[]) => ids.some((id) => id !== id.toLowerCase());
/** Whether keys sorted by code point give another text than JCS's UTF-16 order, or no text where JCS gives none. */
const orderMatters = (text: string, expected: string | undefined) => {
  try {
    return codePointJcs(JSON.parse(text)) !== expected;
  } catch {
    return expected !== undefined;
  }
};

/** For each defect, the cases it must fail, from what the cases hold. */
const mustFail: Record<Defect, () => string[]> = {
  // Every case that builds or checks a canonical string.
  separators: () => [
    ...ids('signatures', () => true),
    ...ids('verify', () => true),
    ...ids('system_messages', () => true),
  ],
  // Where rounding gives another millisecond than truncating, in a timestamp the adapter normalises.
  rounding: () => [
    ...ids('signatures', (c) => roundingDiffers(c.fields.timestamp)),
    ...ids('verify', (c) => roundingDiffers(c.message.timestamp)),
    ...ids(
      'invite_tokens',
      (c) =>
        c.inputs?.expires_at &&
        !(c.inputs.max_uses !== null && c.inputs.max_uses < 1) &&
        roundingDiffers(c.inputs.expires_at),
    ),
    ...ids('system_messages', (c) => c.messages.some((m: any) => roundingDiffers(m.message.timestamp))),
  ],
  // A token whose header says alg none.
  'alg-none': () => [
    ...ids('invite_tokens', (c) => jwtParts(c.jwt).header?.alg === 'none'),
    ...ids('join_requests', (c) => jwtParts(tokenParam(c.inputs.token_url)).header?.alg === 'none'),
  ],
  // Every keypair (the SPKI form is derived); a decode where Node's lenient decoder disagrees with a strict one.
  'lenient-keys': () =>
    ids('keys', (c) => {
      if (c.kind === 'keypair') return true;
      const lenient = Buffer.from(c.input, 'base64').length === 32;
      let strict = true;
      try {
        decodePublicKey(c.input);
      } catch {
        strict = false;
      }
      return lenient !== strict;
    }),
  // A kick or leave whose templated content is no JSON, or says another agent_id or reason than the inputs.
  templates: () =>
    ids('system_messages', (c) =>
      c.messages.some((m: any) => {
        if (!/^(member_left|kicked|member_kicked)/.test(m.role)) return false;
        let parsed: any;
        try {
          parsed = JSON.parse(m.content);
        } catch {
          return true;
        }
        const reason = c.inputs.reason || undefined;
        return parsed.agent_id !== (c.inputs.target ?? c.inputs.agent_id) || parsed.reason !== reason;
      }),
    ),
  // Where what follows `?token=` is more than the token parameter.
  'token-split': () => [
    ...ids('invite_tokens', (c) => c.url.startsWith('swarm://') && splitToken(c.url) !== tokenParam(c.url)),
    ...ids(
      'join_requests',
      (c) => c.request !== null && splitToken(c.inputs.token_url) !== tokenParam(c.inputs.token_url),
    ),
  ],
  // A message posted to a member whose endpoint ends in '/'; a join whose token endpoint does.
  'no-strip': () => [
    ...ids('system_messages', (c) =>
      c.messages.some((m: any) =>
        members(c).some(
          (member) =>
            member.endpoint.endsWith('/') && m.posted_to.includes(`${member.endpoint.replace(/\/+$/, '')}/message`),
        ),
      ),
    ),
    ...ids(
      'join_requests',
      (c) => c.request !== null && String(jwtParts(tokenParam(c.inputs.token_url)).payload?.endpoint).endsWith('/'),
    ),
  ],
  // A content that is JSON and names a key twice.
  'duplicate-keys': () =>
    ids('system_messages', (c) => c.messages.some((m: any) => m.content_is_valid_json && repeatsAKey(m.content))),
  // Every envelope signed; every valid envelope verified, and one signed without the prefix taken for valid.
  'no-domain': () => [
    ...ids('envelope_signatures', () => true),
    ...ids('envelope_verify', (c) => c.expected_valid || c.signed_over === 'jcs-without-domain'),
  ],
  // Where code-point order gives another canonical form (astral keys beside U+E000..U+FFFF ones).
  'code-point-order': () => [
    ...ids('jcs', (c) => orderMatters(c.input, c.expected)),
    ...ids('envelope_signatures', (c) => codePointJcs(unsigned(c.envelope)) !== c.jcs),
    ...ids(
      'envelope_verify',
      (c) =>
        (c.expected_valid && codePointJcs(unsigned(c.envelope)) !== jcs(unsigned(c.envelope))) ||
        c.signed_over === 'jcs-code-point-order',
    ),
  ],
  // Where a UUID the additional data binds is written in upper case: sealed, or opened.
  'ad-raw-uuids': () =>
    ids('sealed', (c) =>
      c.kind === 'seal'
        ? hasUpper(c.inputs.message_id, c.inputs.swarm_id)
        : c.expected.status === 'opened' && hasUpper(c.inputs.message_id, c.inputs.swarm_id),
    ),
};

/** Runs of the mutant adapter: defects grouped where the cases they fail do not overlap. */
const MUTANT_RUNS: Defect[][] = [
  ['separators'],
  ['rounding', 'duplicate-keys'],
  ['alg-none', 'no-strip', 'code-point-order'],
  ['lenient-keys', 'templates', 'token-split'],
  ['no-domain', 'ad-raw-uuids'],
];

function failedIds(run: VectorRun): string[] {
  return run.report.checks
    .filter((check) => check.status === 'failed')
    .map((check) => check.id)
    .sort();
}

/** A copy of the vectors with every case renamed and the order reversed: the suite must not care. */
function renamedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swarm-vectors-holdout-'));
  for (const [kind, { path, cases }] of files) {
    const renamed = cases.map((c) => ({ ...c, name: `holdout_${c.name.split('').reverse().join('')}` })).reverse();
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(join(dir, `${kind}.json`), JSON.stringify({ ...stored, cases: renamed }));
  }
  return dir;
}

describe('conformance: vector mode', function () {
  this.timeout(120_000);
  let holdout: string;
  let ours: VectorRun;
  let renamed: VectorRun;
  const mutants = new Map<string, VectorRun>();

  before(async () => {
    holdout = renamedCopy();
    const run = (adapter: string, vectors?: string) =>
      runVectorConformance({ adapter, vectorsDir: vectors, cwd: root, timeoutMs: 20_000 });
    const runs = await Promise.all([
      run(ourAdapter),
      run(ourAdapter, holdout),
      ...MUTANT_RUNS.map((defects) => run(mutant(defects))),
    ]);
    [ours, renamed] = runs as [VectorRun, VectorRun];
    for (const [index, defects] of MUTANT_RUNS.entries()) mutants.set(defects.join('+'), runs[index + 2] as VectorRun);
  });
  after(() => rmSync(holdout, { recursive: true, force: true }));

  it('passes our adapter on every case of every file, and checks each case once', () => {
    const failed = ours.report.checks.filter((check) => check.status !== 'passed');
    expect(failed, JSON.stringify(failed.slice(0, 3), null, 2)).to.deep.equal([]);
    const total = [...files.values()].reduce((sum, { cases }) => sum + cases.length, 0);
    // The 0.1.0 set, unchanged, then the 0.2 set.
    expect(
      ['keys', 'signatures', 'verify', 'invite_tokens', 'system_messages', 'join_requests'].map(casesOf),
    ).to.satisfy((sets: unknown[][]) => sets.reduce((sum, cases) => sum + cases.length, 0) === 99);
    expect(
      ['jcs', 'envelope_signatures', 'envelope_verify', 'sealed'].map((kind) => casesOf(kind).length),
    ).to.deep.equal([55, 8, 57, 17]);
    expect(ours.report.checks).to.have.length(total);
    expect(new Set(ours.report.checks.map((check) => check.id)).size).to.equal(total);
    expect(ours.report).to.include({ mode: 'vectors', verdict: 'pass' });
    expect(ours.report.coverage?.exercised).to.include.members([
      'MSG-SIG-001',
      'MSG-TS-001',
      'TOK-ALG-001',
      'SYS-ENC-001',
      'ESIG-001',
      'ESIG-002',
      'MSG-VER-002',
      'SEAL-001',
      'SEAL-002',
      'SEAL-003',
    ]);
  });

  it('judges cases by their fields, not their names: a renamed, reordered copy passes the same way', () => {
    expect(renamed.report.checks.filter((check) => check.status !== 'passed')).to.deep.equal([]);
    expect(
      renamed.report.checks
        .map((check) =>
          check.id.replace(/^(vectors\.\w+\.)holdout_(.*)$/, (_, kind, name) => kind + [...name].reverse().join('')),
        )
        .sort(),
    ).to.deep.equal(ours.report.checks.map((check) => check.id).sort());
  });

  for (const defects of MUTANT_RUNS) {
    it(`fails exactly the cases a mutant with ${defects.join(', ')} gets wrong`, () => {
      const run = mutants.get(defects.join('+')) as VectorRun;
      const expected = new Set(defects.flatMap((defect) => mustFail[defect]()));
      expect(failedIds(run)).to.deep.equal([...expected].sort());
      // Each defect is caught on its own: some case fails through it alone.
      for (const defect of defects) {
        const others = new Set(defects.filter((d) => d !== defect).flatMap((d) => mustFail[d]()));
        expect(
          mustFail[defect]().filter((id) => !others.has(id)),
          defect,
        ).not.to.be.empty;
      }
      expect(run.report.verdict).to.equal('fail');
    });
  }

  it('calls a token with alg none accepted a security failure, a canonical string with separators a correctness one', () => {
    const algNone = (mutants.get('alg-none+no-strip+code-point-order') as VectorRun).report.checks.filter((c) =>
      c.id.startsWith('vectors.invite_tokens.'),
    );
    expect(algNone.filter((c) => c.status === 'failed').map((c) => c.failure?.category)).to.satisfy(
      (categories: string[]) => categories.length > 0 && categories.every((category) => category === 'security'),
    );
    const separators = (mutants.get('separators') as VectorRun).report.summary.failures_by_category;
    expect(separators).to.include({ security: 0, format: 0 });
  });
});
