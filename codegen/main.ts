// `npm run codegen` turns spec/ into generated/ and ends with the change report: what changed in the protocol
// since generated/ was last written, and whom it breaks. It writes nothing, and fails, when a change breaks
// peers without a protocol version raise or an acknowledgement (discipline.ts), or when a requirement
// identifier is reused or reworded unacknowledged (ledger.ts).
//
//   npm run codegen                    regenerate, report
//   npm run codegen -- --check         regenerate in memory; fail, naming each file, when generated/ differs
//   npm run codegen -- --watch         regenerate and report on every save in spec/
//   npm run codegen -- --root <dir>    work on the project at <dir> (tests use a scratch copy)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compareStates, formatReport, protocolVersion } from './change-report.js';
import { checkDiscipline, committedVersion, readAcknowledgements } from './discipline.js';
import { emitClient } from './emit-client.js';
import { emitErrors } from './emit-errors.js';
import { bundleOpenApi, emitOpenApiTypes } from './emit-openapi.js';
import { collectRequirements, emitRequirements } from './emit-requirements.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { formatSources } from './format.js';
import { formatLedger, LEDGER_FILE, readLedger, updateLedger } from './ledger.js';
import { loadSpec } from './load.js';
import { emitSnapshot, readState, SNAPSHOT_FILE, stateFromFiles } from './snapshot.js';
import { SpecError } from './spec-error.js';
import { watchSpec } from './watch.js';

function banner(source: string): string {
  return `/* eslint-disable */\n// Generated from ${source} by \`npm run codegen\`. Do not edit: change spec/ and regenerate.\n`;
}

/** Produces every generated file as name → content. */
export async function generate(root: string): Promise<Map<string, string>> {
  const spec = loadSpec(root);
  const files = new Map<string, string>();
  files.set('types.ts', await emitTypes(spec.schemas, banner('spec/schemas/*.json')));
  for (const [name, content] of emitValidators(spec.schemas, banner('spec/schemas/*.json'))) files.set(name, content);
  files.set('errors.ts', emitErrors(spec.schemas, banner('spec/schemas/ErrorCode.json')));
  const bundled = await bundleOpenApi(spec.openapiFile, 'spec/openapi.yaml');
  files.set('openapi.json', `${JSON.stringify(bundled, null, 2)}\n`);
  files.set('openapi.ts', await emitOpenApiTypes(bundled, banner('spec/openapi.yaml')));
  files.set('client.ts', emitClient(banner('spec/openapi.yaml')));
  const requirements = collectRequirements(spec);
  files.set('requirements.ts', emitRequirements(spec, banner('spec/'), requirements));
  files.set(SNAPSHOT_FILE, emitSnapshot(spec, requirements));
  return formatSources(files);
}

/** What one run would do: the files, the report and the ledger, and the problems that stop it. Writes nothing. */
export interface Plan {
  files: Map<string, string>;
  report: string;
  ledger: string;
  problems: string[];
}

export async function plan(root: string): Promise<Plan> {
  const files = await generate(root);
  const after = stateFromFiles(files);
  const before = readState(join(root, 'generated'));
  const acknowledgements = readAcknowledgements(root);
  const requirements = new Map(Object.entries(after.snapshot.requirements));
  const keys = new Set(acknowledgements.map((a) => a.change));
  const { ledger, problems } = updateLedger(readLedger(root), requirements, keys);
  if (before === undefined) {
    const report = `codegen: generated/${SNAPSHOT_FILE} is missing, so there is nothing to compare with this time`;
    return { files, report, ledger: formatLedger(ledger), problems };
  }
  const changes = compareStates(before, after);
  const versions = { previous: protocolVersion(before), now: protocolVersion(after) };
  // git is asked only when needed: a version raised in an earlier, uncommitted, run still counts.
  const committed = changes.some((c) => c.impact === 'peers') ? committedVersion(root) : undefined;
  const { acknowledged, problem } = checkDiscipline(changes, { ...versions, committed }, acknowledgements);
  const report = formatReport(changes, { before: versions.previous, after: versions.now }, acknowledged);
  return { files, report, ledger: formatLedger(ledger), problems: problem ? [problem, ...problems] : problems };
}

/** Every file below `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The files of `dir` that differ from `files`: changed, missing, or there but no longer generated. */
export function drift(dir: string, files: ReadonlyMap<string, string>): { name: string; state: string }[] {
  const names = [...new Set([...files.keys(), ...listFiles(dir)])].sort();
  return names.flatMap((name) => {
    const want = files.get(name);
    const have = readText(join(dir, name));
    if (want === have) return [];
    return [{ name, state: want === undefined ? 'no longer generated' : have === undefined ? 'missing' : 'changed' }];
  });
}

/** Writes what differs and removes what is no longer generated, so unchanged files keep their timestamps. */
function write(dir: string, files: ReadonlyMap<string, string>): number {
  const stale = drift(dir, files);
  for (const { name } of stale) {
    const content = files.get(name);
    if (content === undefined) rmSync(join(dir, name));
    else {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  }
  return stale.length;
}

/** Where a run prints: stdout for the report, stderr for what stops it. Tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleIo: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };

async function regenerate(root: string, io: Io): Promise<number> {
  const started = performance.now();
  const result = await plan(root);
  if (result.problems.length > 0) {
    io.out(result.report);
    for (const problem of result.problems) io.err(problem);
    return 1;
  }
  const written = write(join(root, 'generated'), result.files);
  if (readText(join(root, LEDGER_FILE)) !== result.ledger) writeFileSync(join(root, LEDGER_FILE), result.ledger);
  const took = Math.round(performance.now() - started);
  io.out(`codegen: ${result.files.size} files, ${written} written to generated/ in ${took} ms`);
  io.out(result.report);
  return 0;
}

async function check(root: string, io: Io): Promise<number> {
  const result = await plan(root);
  const stale = drift(join(root, 'generated'), result.files).map(({ name, state }) => [`generated/${name}`, state]);
  if (readText(join(root, LEDGER_FILE)) !== result.ledger) stale.push([LEDGER_FILE, 'out of date']);
  if (stale.length === 0 && result.problems.length === 0) {
    io.out('codegen:check: generated/ matches spec/');
    return 0;
  }
  if (stale.length > 0) {
    io.err('codegen:check: generated/ does not match spec/ (never edit generated/ by hand):');
    for (const [file, state] of stale) io.err(`  ${file}: ${state}; fix: npm run codegen`);
    io.err(result.report);
  }
  for (const problem of result.problems) io.err(problem);
  return 1;
}

async function watchMode(root: string, io: Io): Promise<number> {
  const once = async () => {
    try {
      await regenerate(root, io);
    } catch (error) {
      io.err(`codegen: ${(error as Error).message}`);
    }
  };
  await once();
  const stop = watchSpec(root, once);
  io.out('codegen: watching spec/ for changes (Ctrl-C stops)');
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  stop();
  return 0;
}

/** The command line: returns the exit code; a SpecError is printed by file and pointer, without a stack. */
export async function runCodegen(argv: string[], io: Io = consoleIo): Promise<number> {
  const rootArg = argv.indexOf('--root');
  const here = join(dirname(fileURLToPath(import.meta.url)), '..');
  const root = resolve(rootArg >= 0 && argv[rootArg + 1] ? (argv[rootArg + 1] as string) : here);
  try {
    if (argv.includes('--watch')) return await watchMode(root, io);
    return await (argv.includes('--check') ? check(root, io) : regenerate(root, io));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    io.err(`codegen: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCodegen(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`codegen: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
