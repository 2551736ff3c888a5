// Versioned migrations, numbered by us. `PRAGMA user_version` is the authority (it lives in the file header, so it
// is read before anything else and changes atomically with the migration transaction); `schema_migrations` keeps
// the history. A file newer than this code is refused before a single byte is written.
import type { Database } from 'better-sqlite3';
import { StateError } from '../errors.js';
import { timestampAt } from '../time.js';
import { initialSchema } from './001-initial.js';
import { leanInboxIndexes } from './002-lean-inbox-indexes.js';
import { rememberedDenials } from './003-remembered-denials.js';
import { queryIndexesAndCounts } from './004-query-indexes-and-counts.js';
import { peerProtocols } from './005-peer-protocols.js';
import { compactMessages } from './006-compact-messages.js';
import { dropContentHash } from './007-drop-content-hash.js';
import { numberedSwarms } from './008-numbered-swarms.js';
import { detectReferenceVersions, KNOWN_REFERENCE_VERSIONS } from './reference.js';
import type { Migration, MigrationContext } from './types.js';

export type { Migration, MigrationContext } from './types.js';

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  leanInboxIndexes,
  rememberedDenials,
  queryIndexesAndCounts,
  peerProtocols,
  compactMessages,
  dropContentHash,
  numberedSwarms,
];

export interface SchemaState {
  /** Our schema version (`user_version`); 0 for an empty file or a reference database. */
  version: number;
  /** The reference's schema_versions rows when the file comes from the Python reference, else []. */
  reference: string[];
}

export interface MigrationReport extends SchemaState {
  /** The version the file has now. */
  migratedTo: number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Reads the file's schema without writing; throws STORE_TOO_NEW or NOT_A_SWARM_DATABASE. */
export function inspectSchema(db: Database, migrations: readonly Migration[] = MIGRATIONS): SchemaState {
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new StateError('NOT_A_SWARM_DATABASE', `${db.name} is not a readable SQLite database`, {}, { cause: error });
  }
  const latest = latestVersion(migrations);
  if (version > latest) {
    throw new StateError(
      'STORE_TOO_NEW',
      `${db.name} has schema version ${version}, newer than the ${latest} this version supports; upgrade agent-swarm-protocol`,
      { fileVersion: version, supportedVersion: latest },
    );
  }
  if (version > 0) return { version, reference: [] };
  const reference = detectReferenceVersions(db);
  const unknown = reference.filter((v) => !(KNOWN_REFERENCE_VERSIONS as readonly string[]).includes(v));
  if (unknown.length > 0) {
    throw new StateError(
      'STORE_TOO_NEW',
      `${db.name} was written by a reference version this code does not know (schema ${unknown.join(', ')})`,
      { referenceVersions: reference },
    );
  }
  if (reference.length === 0) {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    if (tables.length > 0) {
      throw new StateError('NOT_A_SWARM_DATABASE', `${db.name} holds tables but no agent-swarm schema`, {
        tables: tables.map((t) => (t as { name: string }).name),
      });
    }
  }
  return { version, reference };
}

/** Brings the file to the newest version in one IMMEDIATE transaction (concurrent openers wait, then see it done). */
export function migrate(
  db: Database,
  context: MigrationContext,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationReport {
  assertOrdered(migrations);
  const latest = latestVersion(migrations);
  const before = inspectSchema(db, migrations);
  if (before.version === latest) return { ...before, migratedTo: latest };
  const run = db.transaction((): SchemaState => {
    const state = inspectSchema(db, migrations);
    if (state.version === latest) return state;
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations) {
      if (migration.version <= state.version) continue;
      migration.up(db, context);
      record.run(migration.version, migration.name, timestampAt(context.clock()));
    }
    db.pragma(`user_version = ${latest}`);
    return state;
  });
  try {
    return { ...run.immediate(), migratedTo: latest };
  } catch (error) {
    if (error instanceof StateError && error.code !== 'MIGRATION_FAILED') throw error;
    throw new StateError(
      'MIGRATION_FAILED',
      `migrating ${db.name} failed and was rolled back: ${(error as Error).message}`,
      { from: before.version, to: latest },
      { cause: error },
    );
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new TypeError(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
