// `swarm purge`: removes, for good, what has served its time: deleted (and archived) inbox messages, delivered
// outbox rows, idle wake sessions. One transaction; asks first unless --yes.
import { Option } from 'clipanion';
import { type PurgeOptions, retentionPurgeOptions } from '../../state/purge.js';
import { SwarmCommand } from '../base.js';
import { atLeastOne, atMostOne, isCount, needsOneOf } from './option-rules.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export class PurgeCommand extends SwarmCommand {
  static override paths = [['purge']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'remove old deleted messages, delivered outbox rows and idle sessions',
    details: `
      \`--messages\`: inbox messages deleted more than \`--retention-hours\` (default 24) ago; with \`--include-archived\`
      archived messages too (archived longer ago than the same retention). \`--outbox\`: outbox rows delivered longer ago
      than the retention. \`--force\`: no retention, everything deleted/archived/delivered goes. \`--sessions\`: wake
      sessions idle more than \`--timeout-minutes\` (default 60). \`--retention\`: what config.yaml's \`retention\` limits
      (by age and by count per swarm, for read and archived messages; deleted and delivered rows by age) remove, which
      \`swarm serve\` also applies every \`retention.interval_minutes\`.

      Asks for confirmation unless \`--yes\` (without a terminal, \`--yes\` is required).

      With \`--json\`: \`{"status": "purged"}\` plus, as applicable, \`messages_purged\`, \`archived_purged\`,
      \`outbox_purged\`, \`retention_hours\` (absent with \`--force\`), \`sessions_purged\`, \`timeout_minutes\`; with
      \`--retention\`, \`"retention": {"read", "archived", "deleted", "delivered"}\` (rows removed).
    `,
    examples: [
      ['Deleted messages older than a day', '$0 purge --messages --yes'],
      ['Everything deleted or archived, now', '$0 purge --messages --include-archived --force --yes'],
      ['Idle sessions and week-old delivered rows', '$0 purge --sessions --outbox --retention-hours 168 -y'],
      ['Apply the retention limits of config.yaml', '$0 purge --retention --yes'],
    ],
  });

  messages = Option.Boolean('--messages', false, { description: 'Purge deleted inbox messages' });
  sessions = Option.Boolean('--sessions', false, { description: 'Purge idle wake sessions' });
  outbox = Option.Boolean('--outbox', false, { description: 'Purge delivered outbox rows' });
  retention = Option.Boolean('--retention', false, { description: "Apply config.yaml's retention limits" });
  includeArchived = Option.Boolean('--include-archived', false, { description: 'With --messages: archived too' });
  retentionHours = Option.String('--retention-hours', {
    validator: isCount(0, 1_000_000),
    description: 'Keep rows younger than this (default 24)',
  });
  timeoutMinutes = Option.String('--timeout-minutes', {
    validator: isCount(1, 1_000_000),
    description: 'Sessions idle longer than this (default 60)',
  });
  force = Option.Boolean('--force', false, { description: 'No retention: purge every eligible row' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  static override schema = [
    atLeastOne({ messages: '--messages', sessions: '--sessions', outbox: '--outbox', retention: '--retention' }),
    needsOneOf({ includeArchived: '--include-archived' }, { messages: '--messages' }),
    needsOneOf({ retentionHours: '--retention-hours' }, { messages: '--messages', outbox: '--outbox' }),
    needsOneOf({ force: '--force' }, { messages: '--messages', outbox: '--outbox' }),
    needsOneOf({ timeoutMinutes: '--timeout-minutes' }, { sessions: '--sessions' }),
    atMostOne({ force: '--force', retentionHours: '--retention-hours' }),
  ];

  protected async run(): Promise<number> {
    const hours = this.retentionHours ?? 24;
    const minutes = this.timeoutMinutes ?? 60;
    const retentionMs = this.force ? null : hours * HOUR_MS;
    const options: PurgeOptions = {
      ...(this.messages ? { deletedRetentionMs: retentionMs } : {}),
      ...(this.messages && this.includeArchived ? { archivedRetentionMs: retentionMs } : {}),
      ...(this.outbox ? { deliveredRetentionMs: retentionMs ?? 0 } : {}),
      ...(this.sessions ? { sessionIdleMs: minutes * MINUTE_MS } : {}),
    };
    const store = await this.store();
    const age = this.force ? '' : ` older than ${hours}h`;
    const targets = [
      this.messages && `deleted${this.includeArchived ? ' and archived' : ''} inbox messages${age}`,
      this.outbox && `delivered outbox rows${age}`,
      this.sessions && `sessions idle more than ${minutes} minutes`,
      this.retention && 'what the retention limits of config.yaml remove',
    ].filter(Boolean);
    const limits = this.retention ? retentionPurgeOptions((await this.agent()).config.retention) : undefined;
    if (!(await this.confirm(`Purge ${targets.join(', ')}?`, this.yes))) return this.cancelled();
    const counts = store.purge(options);
    const trimmed = limits && store.purge(limits);
    const retention = this.force ? {} : { retention_hours: hours };
    this.emit(
      {
        status: 'purged',
        ...(this.messages ? { messages_purged: counts.deleted, ...retention } : {}),
        ...(this.messages && this.includeArchived ? { archived_purged: counts.archived } : {}),
        ...(this.outbox ? { outbox_purged: counts.delivered, ...retention } : {}),
        ...(this.sessions ? { sessions_purged: counts.sessions, timeout_minutes: minutes } : {}),
        ...(trimmed
          ? {
              retention: {
                read: trimmed.read,
                archived: trimmed.archived,
                deleted: trimmed.deleted,
                delivered: trimmed.delivered,
              },
            }
          : {}),
      },
      () => [
        ...(this.messages ? [`Purged ${counts.deleted} deleted messages`] : []),
        ...(this.messages && this.includeArchived ? [`Purged ${counts.archived} archived messages`] : []),
        ...(this.outbox ? [`Purged ${counts.delivered} delivered outbox rows`] : []),
        ...(this.sessions ? [`Purged ${counts.sessions} expired sessions`] : []),
        ...(trimmed
          ? [
              `Retention removed ${trimmed.read} read, ${trimmed.archived} archived and ${trimmed.deleted} deleted messages, ${trimmed.delivered} delivered outbox rows`,
            ]
          : []),
      ],
    );
    return 0;
  }
}
