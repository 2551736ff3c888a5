// Public surface of the state layer.
export type { ConnectionOptions, SynchronousMode } from './connection.js';
export { canonicalJson, envelopeHash, serializeEnvelope } from './envelope.js';
export { isStateError, StateError, type StateErrorCode } from './errors.js';
export type { ExportSink, ExportSummary } from './export.js';
export type { ImportMode, ImportOptions, ImportSummary, StagedImport } from './import.js';
export type {
  InboxQuery,
  InboxRecord,
  InboxRepository,
  InboxTarget,
  NewNote,
  ReceiveResult,
  TransitionResult,
} from './inbox.js';
export { INBOX_TRANSITIONS } from './inbox.js';
export type { InviteRecord, InviteRepository, NewInvite, RedeemResult } from './invites.js';
export { inviteTokenHash } from './invites.js';
export { toInboxItem, toOutboxItem } from './items.js';
export type { KeyRepository, NewPublicKey, PublicKeyRecord } from './keys.js';
export { MIGRATIONS, type Migration, type MigrationReport } from './migrations/index.js';
export type { MuteKind, MuteRecord, MuteRepository } from './mutes.js';
export type {
  NewOutboxMessage,
  OutboxDelivery,
  OutboxJob,
  OutboxQuery,
  OutboxRecord,
  OutboxRepository,
} from './outbox.js';
export type { NewPendingJoin, PendingJoinRecord, PendingJoinRepository } from './pending-joins.js';
export type { PurgeCounts, PurgeOptions } from './purge.js';
export type { Repositories } from './repositories.js';
export type { SenderLookup, SenderRecord } from './senders.js';
export type { NewWakeSession, WakeSessionRecord, WakeSessionRepository, WakeSessionState } from './sessions.js';
export { Store, type StoreOptions } from './store.js';
export type {
  MemberRecord,
  NewMember,
  NewSwarm,
  SaveResult,
  SwarmRecord,
  SwarmRepository,
  SwarmRole,
  SwarmSettingsRecord,
} from './swarms.js';
export { type Clock, parseTimestamp, storageTimestamp, timestampAt } from './time.js';
