// How an inbox row stores what every row repeats (migration 8, issue #17): its swarm as a small number, its status
// and type as integer codes. A swarm id is 36 bytes in the row and again in the swarm index; its number takes one or
// two. The common status and type (unread, message) are codes 0, which SQLite stores in no bytes at all.
//
// These are the stored format: a code or a number, once written, is never reassigned. Swarm numbers are never
// deleted (a swarm left or dissolved keeps its number, so its messages keep theirs), hence never reused.
import type { Database, Statement } from 'better-sqlite3';
import type { InboxStatus, MessageType } from '../../generated/types.js';

export const INBOX_STATUS_CODES: Readonly<Record<InboxStatus, number>> = {
  unread: 0,
  read: 1,
  archived: 2,
  deleted: 3,
};
export const MESSAGE_TYPE_CODES: Readonly<Record<MessageType, number>> = { message: 0, system: 1, notification: 2 };

/** The names of a code table, indexed by code. */
function byCode<T extends string>(codes: Readonly<Record<T, number>>): readonly T[] {
  const names: T[] = [];
  for (const [name, code] of Object.entries(codes) as [T, number][]) names[code] = name;
  return names;
}
const STATUS_OF = byCode(INBOX_STATUS_CODES);
const TYPE_OF = byCode(MESSAGE_TYPE_CODES);

/** The status a stored code stands for (a code the table's CHECK lets through always has one). */
export function inboxStatusOf(code: number): InboxStatus {
  const status = STATUS_OF[code];
  if (status === undefined) throw new Error(`unknown inbox status code ${code}`);
  return status;
}

export function messageTypeOf(code: number): MessageType {
  const type = TYPE_OF[code];
  if (type === undefined) throw new Error(`unknown message type code ${code}`);
  return type;
}

/**
 * SQL: the inbox with each row's swarm id beside it (`sn.swarm_id`), looked up by number for each row read. CROSS JOIN
 * keeps the inbox the outer loop, so whatever index orders the reading of the inbox still does.
 */
export const INBOX_WITH_SWARM_IDS = 'inbox CROSS JOIN swarm_numbers AS sn ON sn.n = inbox.swarm';

/** SQL: the number of the swarm id bound as `param` (NULL when it has none; every comparison with it is false). */
export const swarmNumberOf = (param: string) => `(SELECT n FROM swarm_numbers WHERE swarm_id = ${param})`;

export interface SwarmNumbers {
  /** Whether the swarm has a number (then `numberOf` writes nothing). */
  has(swarmId: string): boolean;
  /** The swarm's number, given it one if it has none (a write, once per swarm id ever). */
  numberOf(swarmId: string): number;
}

/**
 * Swarm numbers on a connection. Every swarm joined or created is numbered when its row is inserted (a trigger on
 * `swarms`), so a received message, which comes only from a member of a known swarm, finds its number and stays a
 * single INSERT; notes, imports and direct callers may bring a swarm id seen nowhere else, which is numbered then.
 */
export function swarmNumbers(db: Database): SwarmNumbers {
  let lookUp: Statement | undefined;
  let assign: Statement | undefined;
  const known = (swarmId: string) => {
    lookUp ??= db.prepare('SELECT n FROM swarm_numbers WHERE swarm_id = ?').pluck();
    return lookUp.get(swarmId) as number | undefined;
  };
  return {
    has: (swarmId) => known(swarmId) !== undefined,
    numberOf(swarmId) {
      const number = known(swarmId);
      if (number !== undefined) return number;
      // Another process may number it first (outside a transaction): then the look-up finds that number.
      assign ??= db.prepare('INSERT INTO swarm_numbers (swarm_id) VALUES (?) ON CONFLICT (swarm_id) DO NOTHING');
      assign.run(swarmId);
      return known(swarmId) as number;
    },
  };
}
