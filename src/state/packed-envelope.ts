// How a row keeps an envelope's JSON text without repeating what the row already holds, and gives it back byte for
// byte.
//
// Packing replaces parts of the text with one-character marks: the content (the row's body), the ids, recipient
// and type (its columns), then the key names every envelope repeats. The marks are control characters other than
// tab, newline and carriage return, which JSON text never holds raw (between tokens only whitespace may appear, and
// inside strings they must be escaped), so unpacking (each mark replaced by what it stands for) gives back exactly
// the text packed, whatever its key order, spacing or escapes. A part that is not there as such (an id in upper
// case, the content of a sealed message, which differs from its body) simply stays in the text. Text that holds
// such a character all the same (it is not JSON) is kept verbatim behind VERBATIM.
//
// The rows are packed against their own columns, which never change once written: a store written by this code must
// be read by it, so marks are only ever added, never reassigned (this is format 1, migration 6).

/** The row values a packed envelope refers to. `null` (or absent) means the row has none: nothing refers to it. */
export interface PackingColumns {
  messageId: string;
  swarmId: string;
  /** The sender's agent id (inbox rows); outbox rows are all ours and have none. */
  senderId?: string | null;
  /** The envelope's `recipient`: the row's recipient, or `broadcast` for an outbox row of a broadcast. */
  recipient: string | null;
  messageType: string;
  body: string;
}

/** The envelope's `recipient` of an outbox row: each member of a broadcast has a row of its own. */
export function outboxRecipient(broadcast: boolean | number, recipientId: string): string {
  return broadcast === true || broadcast === 1 ? 'broadcast' : recipientId;
}

const VERBATIM = '\u001f';
/** Any character a mark may be (VERBATIM included): what JSON text cannot hold raw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the marks are the control characters JSON never holds raw
const MARK_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

// The parts a row holds, each `"key":<value as JSON>`, tried in this order.
const COLUMN_MARKS = [
  ['\u0001', 'content', (c: PackingColumns) => c.body],
  ['\u0002', 'message_id', (c: PackingColumns) => c.messageId],
  ['\u0003', 'swarm_id', (c: PackingColumns) => c.swarmId],
  ['\u0004', 'agent_id', (c: PackingColumns) => c.senderId ?? null],
  ['\u0005', 'recipient', (c: PackingColumns) => c.recipient],
  ['\u0006', 'type', (c: PackingColumns) => c.messageType],
] as const;

// Key names (and the one value every 0.1.0 envelope has), longest first where one begins another.
const WORDS: readonly (readonly [string, string])[] = [
  ['\u0007', '"protocol_version":"0.1.0"'],
  ['\u0008', '"protocol_version":'],
  ['\u000b', '"timestamp":'],
  ['\u000c', '"sender":'],
  ['\u000e', '"endpoint":'],
  ['\u000f', '"signature":'],
  ['\u0010', '"content":'],
  ['\u0011', '"message_id":'],
  ['\u0012', '"swarm_id":'],
  ['\u0013', '"agent_id":'],
  ['\u0014', '"recipient":'],
  ['\u0015', '"type":'],
  ['\u0016', '"in_reply_to":'],
  ['\u0017', '"thread_id":'],
  ['\u0018', '"priority":'],
  ['\u0019', '"expires_at":'],
  ['\u001a', '"attachments":'],
  ['\u001b', '"references":'],
  ['\u001c', '"metadata":'],
  ['\u001d', '"sealed":'],
];
const WORD_MARK = new Map(WORDS.map(([mark, word]) => [word, mark]));
/** What each mark stands for, by character code. */
const PART_OF: ((columns: PackingColumns) => string | undefined)[] = [];
for (const [mark, word] of WORDS) PART_OF[mark.charCodeAt(0)] = () => word;
for (const [mark, key, value] of COLUMN_MARKS) PART_OF[mark.charCodeAt(0)] = (c) => columnPart(key, value(c));
// Any key (the version value with it): the words are looked up (a match outside a key is harmless, see above).
const ANY_KEY = /"[a-z_]+":(?:"0\.1\.0")?/g;

function columnPart(key: string, value: string | null): string | undefined {
  return value === null ? undefined : `"${key}":${JSON.stringify(value)}`;
}

/** The envelope text as a row keeps it (null stays null). */
export function packEnvelope(text: string | null, columns: PackingColumns): string | null {
  if (text === null) return null;
  if (MARK_CHARACTERS.test(text)) return VERBATIM + text;
  let packed = text;
  for (const [mark, key, value] of COLUMN_MARKS) {
    const part = columnPart(key, value(columns));
    if (part !== undefined && packed.includes(part)) packed = packed.replaceAll(part, mark);
  }
  return packed.replace(ANY_KEY, (word) => WORD_MARK.get(word) ?? word);
}

/** The envelope text exactly as it was packed against the same columns. */
export function unpackEnvelope(packed: string | null, columns: PackingColumns): string | null {
  if (packed === null) return null;
  if (packed.startsWith(VERBATIM)) return packed.slice(1);
  // A loop, not a replace with a callback: this runs for every row listed or exported.
  let text = '';
  let from = 0;
  for (let at = 0; at < packed.length; at += 1) {
    const code = packed.charCodeAt(at);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    const part = PART_OF[code]?.(columns);
    if (part === undefined) throw new Error(`a packed envelope refers to a value its row does not have (${code})`);
    text += packed.slice(from, at) + part;
    from = at + 1;
  }
  return from === 0 ? packed : text + packed.slice(from);
}
