// Protocol version discipline. A change that breaks peers must come with a new protocol version
// (spec/openapi.yaml info.version, the version agents announce) or with an acknowledgement in spec/changes.yaml
// saying why no peer is broken: a correction that brings the spec back in line with what peers already do.
//
// The version counts as raised when it differs from the one in generated/ or from the one committed to git (so
// a version raised in an earlier run of the same, uncommitted, work still covers the later edits). It must be a
// raise that semver calls breaking: a new major version, or a new minor one while the major is 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Change } from './change.js';
import { SpecError } from './spec-error.js';

export const CHANGES_FILE = 'spec/changes.yaml';

export interface Acknowledgement {
  /** A change's key exactly as the report prints it. */
  change: string;
  reason: string;
}

export function readAcknowledgements(root: string): Acknowledgement[] {
  const file = join(root, CHANGES_FILE);
  if (!existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SpecError(CHANGES_FILE, '', `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const list = (doc as { acknowledged?: unknown } | null)?.acknowledged ?? [];
  if (!Array.isArray(list)) throw new SpecError(CHANGES_FILE, '/acknowledged', 'must be a list');
  return list.map((entry: unknown, index) => {
    const { change, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof change !== 'string' || change.trim() === '') {
      throw new SpecError(
        CHANGES_FILE,
        `/acknowledged/${index}/change`,
        'must be a change key as the report prints it',
      );
    }
    if (typeof reason !== 'string' || reason.trim() === '' || /^<.*>$/.test(reason.trim())) {
      throw new SpecError(CHANGES_FILE, `/acknowledged/${index}/reason`, 'must say why no peer is broken');
    }
    return { change, reason: reason.trim() };
  });
}

/** The protocol version of generated/ at the last commit; undefined outside a git work tree. */
export function committedVersion(root: string): string | undefined {
  try {
    const text = execFileSync('git', ['show', 'HEAD:./generated/openapi.json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return (JSON.parse(text) as { info?: { version?: string } }).info?.version;
  } catch {
    return undefined;
  }
}

type Semver = [number, number, number];

function semver(version: string | undefined): Semver | undefined {
  const match = version?.match(/^(\d+)\.(\d+)\.(\d+)/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** True when going from `from` to `to` is a raise that may break peers. */
export function isBreakingRaise(from: string | undefined, to: string): boolean {
  const a = semver(from);
  const b = semver(to);
  if (!a || !b) return false;
  return b[0] > a[0] || (a[0] === 0 && b[0] === 0 && b[1] > a[1]);
}

function nextBreaking(version: string): string {
  const v = semver(version);
  if (!v) return 'a new major version';
  return v[0] === 0 ? `0.${v[1] + 1}.0` : `${v[0] + 1}.0.0`;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export interface Versions {
  /** The version in generated/ (the last regeneration). */
  previous: string;
  /** The version in generated/ at the last commit, when known. */
  committed?: string;
  /** The version in spec/ now. */
  now: string;
}

/**
 * Returns the acknowledged changes (key → reason) and, when a change breaks peers without a version raise or an
 * acknowledgement, the message that stops codegen.
 */
export function checkDiscipline(
  changes: Change[],
  versions: Versions,
  acknowledgements: Acknowledgement[],
): { acknowledged: Map<string, string>; problem?: string } {
  const reasons = new Map(acknowledgements.map((a) => [a.change, a.reason]));
  const acknowledged = new Map(changes.flatMap((c) => (reasons.has(c.key) ? [[c.key, reasons.get(c.key)!]] : [])));
  const unexplained = changes.filter((c) => c.impact === 'peers' && !acknowledged.has(c.key));
  if (unexplained.length === 0) return { acknowledged };
  if ([versions.previous, versions.committed].some((v) => isBreakingRaise(v, versions.now))) return { acknowledged };
  const count = unexplained.length === 1 ? '1 change breaks peers' : `${unexplained.length} changes break peers`;
  const state =
    versions.previous === versions.now
      ? `the protocol version (spec/openapi.yaml#/info/version) is still ${versions.now}`
      : `the protocol version moved ${versions.previous} → ${versions.now}, which is not a breaking raise`;
  const width = Math.min(64, Math.max(...unexplained.map((c) => c.key.length)));
  const problem = [
    `codegen: ${count}, but ${state}:`,
    ...unexplained.map((c) => `    ${c.key.padEnd(width)}  ${c.note}`),
    `  Either raise the version to ${nextBreaking(versions.previous)} (breaking peers takes a new major version, or a`,
    '  new minor one while the major is 0), or, if the change only brings the spec back in line with what peers',
    `  already do, acknowledge it in ${CHANGES_FILE} with the reason:`,
    '    acknowledged:',
    ...unexplained.flatMap((c) => [`      - change: ${quote(c.key)}`, '        reason: <why no peer is broken by it>']),
    '  Nothing was written to generated/.',
  ];
  return { acknowledged, problem: problem.join('\n') };
}
