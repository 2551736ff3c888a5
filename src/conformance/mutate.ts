// Schema-derived mutations of a signed message, for the fuzz (checks/fuzz.ts). Each family breaks one rule of
// spec/schemas/Message.json and the schemas it refers to (Sender, Attachment, Reference, Priority, Timestamp,
// Uuid), or stretches a value to its legal edge. A case applies one family, sometimes two, to a fresh valid
// message, then signs the result again over its signed fields, so that what the schema allows reaches the checks
// after the signature instead of stopping at INVALID_SIGNATURE. Every choice comes from a seeded PRNG: the same
// seed and count give the same mutations, whatever the clock and the ids of the run.
import type { Message } from '../../generated/types.js';
import { encodeBase64 } from '../core/base64.js';
import { canonicalFields, type SignedFields } from '../core/canonical.js';
import { OPTIONAL_KEYS as OPTIONAL, WIRE_REQUIRED_KEYS as REQUIRED } from '../core/envelope.js';
import type { Signer } from '../core/keys.js';
import { signFields } from '../core/signature.js';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** mulberry32: a small 32-bit PRNG of our own (fast-check is only a devDependency), the same on every platform. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/** What a mutation may use besides the message: the suite's clock and the swarm's other agent ids. */
export interface MutationEnv {
  /** Milliseconds since the epoch, the time the base message was signed at. */
  now: number;
  /** Agent ids of the swarm other than the sender (the master first): recipients that exist but are not us. */
  others: readonly string[];
}

/** A family returns what it did, and the whole body when it replaced the message with something else. */
type Applied = string | { what: string; body: Json };

interface Family {
  name: string;
  apply(message: JsonObject, rng: Rng, env: MutationEnv): Applied;
  /** The family is about the signature itself: the case is sent with the signature it made. */
  keepsSignature?: boolean;
  /** The family replaces the whole body: nothing can be stacked on it. */
  replacesBody?: boolean;
}

/** Strings of the envelope other than the signature (the signature family owns that one). */
const STRINGS = ['protocol_version', 'message_id', 'timestamp', 'recipient', 'swarm_id', 'type', 'content'] as const;

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
const KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'array', 'object', 'null'];
/** The JSON types the schema allows at each place a family may retype. */
const ALLOWED: Record<string, readonly Kind[]> = {
  ...Object.fromEntries(STRINGS.map((key) => [key, ['string']])),
  sender: ['object'],
  in_reply_to: ['string', 'null'],
  thread_id: ['string', 'null'],
  priority: ['string'],
  expires_at: ['string', 'null'],
  attachments: ['array', 'null'],
  references: ['array', 'null'],
  metadata: ['object', 'null'],
  'sender.agent_id': ['string'],
  'sender.endpoint': ['string'],
};

function sampleOf(kind: Kind, rng: Rng, now: number): Json {
  switch (kind) {
    case 'string':
      return rng.pick(['x', '0', 'null']);
    case 'number':
      return rng.pick([0, 42, -1, 1.5, 1e21, 2 ** 53 + 2, now]);
    case 'boolean':
      return rng.chance(0.5);
    case 'array':
      return rng.pick<Json>([[], ['x'], [null]]);
    case 'object':
      return rng.pick<Json>([{}, { value: 'x' }]);
    case 'null':
      return null;
  }
}

// ---- small helpers that keep the message valid where the family does not mean to break it

const VALID_ATTACHMENTS: readonly JsonObject[] = [
  { type: 'url', mime_type: 'text/html', content: 'https://example.com/doc' },
  { type: 'inline', mime_type: 'text/plain', content: 'aGVsbG8=' },
];
const VALID_REFERENCES: readonly JsonObject[] = [
  { type: 'github_issue', repo: 'owner/repo', number: 123, action: 'claimed' },
  { type: 'github_commit', repo: 'owner/repo', sha: 'a1b2c3d4' },
  { type: 'url', url: 'https://example.com/spec' },
];

/** The sender object; a detached one when an earlier family made it something else, so stacking never throws. */
function sender(message: JsonObject): JsonObject {
  const value = message.sender;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

const text = (value: Json | undefined, fallback = '') => (typeof value === 'string' ? value : fallback);

/** The message's first attachment, added (valid) when it has none. */
function attachment(message: JsonObject, rng: Rng): JsonObject {
  const item = { ...rng.pick(VALID_ATTACHMENTS) };
  message.attachments = [item];
  return item;
}

function reference(message: JsonObject, rng: Rng): JsonObject {
  const item = { ...rng.pick(VALID_REFERENCES) };
  message.references = [item];
  return item;
}

/** Sets a key as an own property, even `__proto__` (plain assignment would change the prototype instead). */
function define(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Sets a top-level key, a sender key (`sender.agent_id`) or a key of a fresh valid attachment or reference. */
function setPlace(message: JsonObject, place: string, value: Json, rng: Rng): void {
  if (place === 'sender.agent_id') sender(message).agent_id = value;
  else if (place === 'sender.endpoint') sender(message).endpoint = value;
  else if (place === 'attachment.mime_type') attachment(message, rng).mime_type = value;
  else if (place === 'attachment.content') attachment(message, rng).content = value;
  else if (place === 'reference.sha') reference(message, rng).sha = value;
  else if (place === 'reference.url') reference(message, rng).url = value;
  else message[place] = value;
}

function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function metadataWithKeys(count: number): JsonObject {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
}

const fullwidthDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Characters that trip up parsers, databases, terminals and signature code. */
const ODD_TEXT: readonly (readonly [string, string])[] = [
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udfff'],
  ['a reversed surrogate pair', '\ude00\ud83d'],
  ['NUL', '\u0000'],
  ['a right-to-left override', '\u202e'],
  ['a right-to-left mark', '\u200f'],
  ['a byte order mark', '\ufeff'],
  ['a zero-width joiner', '\u200d'],
  ['the noncharacter U+FFFF', '\uffff'],
  ['a line separator', '\u2028'],
  ['100 combining marks', `e${'\u0301'.repeat(100)}`],
  ['an astral emoji', '\u{1f600}'],
  ['the C1 control NEL', '\u0085'],
  ['a terminal escape sequence', '\u001b[31m'],
];

/** Timestamps around `now`: legal odd forms and illegal ones (wrong type included). */
function timestampForms(now: number): readonly (readonly [string, Json])[] {
  const iso = new Date(now).toISOString();
  const base = iso.slice(0, 19);
  const ms = iso.slice(20, 23);
  const day = iso.slice(0, 10);
  const wallClock = (offsetMinutes: number) => new Date(now + offsetMinutes * 60_000).toISOString().slice(0, 23);
  return [
    ['no fraction', `${base}Z`],
    ['one fraction digit', `${base}.${ms.slice(0, 1)}Z`],
    ['six fraction digits', `${base}.${ms}456Z`],
    ['nine fraction digits', `${base}.${ms}456789Z`],
    ['offset +00:00', `${base}.${ms}+00:00`],
    ['offset -00:00', `${base}.${ms}-00:00`],
    ['offset +05:30, same instant', `${wallClock(330)}+05:30`],
    ['offset -09:00, same instant', `${wallClock(-540)}-09:00`],
    ['offset +24:00', `${base}.${ms}+24:00`],
    ['the epoch', '1970-01-01T00:00:00.000Z'],
    ['year 9999', '9999-12-31T23:59:59.999Z'],
    ['year 0000', '0000-01-01T00:00:00.000Z'],
    ['hour 24', `${day}T24:00:00.000Z`],
    ['month 13', `${iso.slice(0, 5)}13${iso.slice(7)}`],
    ['February 30', `${iso.slice(0, 4)}-02-30${iso.slice(10)}`],
    ['a leap second', `${day}T23:59:60.000Z`],
    ['no zone', `${base}.${ms}`],
    ['a space for T', `${day} ${iso.slice(11)}`],
    ['a lower-case z', `${base}.${ms}z`],
    ['a lower-case t', `${day}t${iso.slice(11)}`],
    ['ten fraction digits', `${base}.${ms}4567890Z`],
    ['the basic format', `${day.replace(/-/g, '')}T${iso.slice(11, 19).replace(/:/g, '')}Z`],
    ['a date only', day],
    ['epoch seconds as text', String(Math.floor(now / 1000))],
    ['an offset without colon', `${base}.${ms}+0000`],
    ['full-width digits', fullwidthDigits(iso)],
    ['a trailing newline', `${iso}\n`],
    ['a leading space', ` ${iso}`],
    ['an HTTP date', new Date(now).toUTCString()],
    ['a comma before the fraction', `${base},${ms}Z`],
    ['over 40 characters', `${base}.${'1'.repeat(30)}Z`],
    ['epoch milliseconds as a number', now],
  ];
}

function uuidForms(uuid: string): readonly (readonly [string, string])[] {
  const bare = uuid.replace(/-/g, '');
  return [
    ['upper case', uuid.toUpperCase()],
    ['mixed case', uuid.replace(/[a-f]/, (c) => c.toUpperCase())],
    ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['the max UUID', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    ['no hyphens', bare],
    ['braces', `{${uuid}}`],
    ['a urn:uuid: prefix', `urn:uuid:${uuid}`],
    ['one digit short', uuid.slice(0, -1)],
    ['one digit long', `${uuid}0`],
    ['a non-hex digit', `g${uuid.slice(1)}`],
    ['a trailing newline', `${uuid}\n`],
    ['surrounding spaces', ` ${uuid} `],
    ['full-width digits', fullwidthDigits(uuid)],
    ['hyphens moved', `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8, 20)}-${bare.slice(20)}`],
    ['underscores', uuid.replace(/-/g, '_')],
  ];
}

/** A chain of arrays and objects under metadata so that the whole body nests exactly `depth` levels. */
function deepValue(depth: number, rng: Rng): Json {
  let value: Json = 'bottom';
  // The body is level 1 and metadata level 2: depth - 2 containers below it.
  for (let level = 0; level < depth - 2; level++) value = rng.chance(0.5) ? [value] : { d: value };
  return value;
}

const FAMILIES: readonly Family[] = [
  {
    name: 'drop-required',
    apply(message, rng) {
      const key = rng.pick([...REQUIRED, 'sender.agent_id', 'sender.endpoint']);
      if (key === 'sender.agent_id' || key === 'sender.endpoint') delete sender(message)[key.slice(7)];
      else delete message[key];
      return `required ${key} dropped`;
    },
  },
  {
    name: 'wrong-type',
    apply(message, rng, env) {
      const place = rng.pick(Object.keys(ALLOWED));
      const kind = rng.pick(KINDS.filter((k) => !(ALLOWED[place] as readonly Kind[]).includes(k)));
      const value = sampleOf(kind, rng, env.now);
      setPlace(message, place, value, rng);
      return `${place} is ${kind === 'null' ? 'null' : `a ${kind}`} (${JSON.stringify(value)})`;
    },
  },
  {
    name: 'number-for-string',
    apply(message, rng, env) {
      const place = rng.pick([
        ...STRINGS,
        'sender.agent_id',
        'sender.endpoint',
        'attachment.mime_type',
        'reference.sha',
      ]);
      const value = place === 'timestamp' ? env.now : rng.pick([0, 7, -1, 3.14, 1e21]);
      setPlace(message, place, value, rng);
      return `${place} is the number ${value}`;
    },
  },
  {
    name: 'over-long',
    apply(message, rng) {
      const [place, value]: [string, string] = rng.pick([
        ['protocol_version', `0.1.${'0'.repeat(29)}`],
        ['recipient', 'r'.repeat(257)],
        ['sender.agent_id', 'a'.repeat(257)],
        ['sender.endpoint', `https://${'e'.repeat(2041)}`],
        ['attachment.mime_type', `text/${'x'.repeat(251)}`],
        ['reference.sha', 'a'.repeat(65)],
        ['reference.url', `https://${'u'.repeat(2041)}`],
      ] as [string, string][]);
      setPlace(message, place, value, rng);
      return `${place} of ${[...value].length} characters, past its maxLength`;
    },
  },
  {
    name: 'at-limit',
    apply(message, rng) {
      const [place, value]: [string, string] = rng.pick([
        ['protocol_version', `0.1.${'0'.repeat(28)}`],
        ['sender.endpoint', `https://${'e'.repeat(2040)}`],
        ['attachment.mime_type', `text/${'x'.repeat(250)}`],
        ['reference.sha', 'a'.repeat(64)],
        ['reference.url', `https://${'u'.repeat(2040)}`],
        ['attachment.mime_type', 'x'],
      ] as [string, string][]);
      setPlace(message, place, value, rng);
      return `${place} of ${[...value].length} characters, at its limit`;
    },
  },
  {
    name: 'id-length',
    apply(message, rng) {
      const place = rng.pick(['recipient', 'sender.agent_id']);
      const [length, unit] = rng.pick([
        [1, 'a'],
        [255, 'a'],
        [256, 'a'],
        [257, 'a'],
        [256, '\u00e9'],
        [256, '\u{1f600}'],
        [257, '\u{1f600}'],
      ] as [number, string][]);
      setPlace(message, place, unit.repeat(length), rng);
      return `${place} of ${length} characters ${JSON.stringify(unit)}${length > 256 ? ', past the 256 allowed' : ''}`;
    },
  },
  {
    name: 'items',
    apply(message, rng) {
      const key = rng.pick(['attachments', 'references', 'metadata']);
      const count = rng.pick([64, 65]);
      if (key === 'metadata') message.metadata = metadataWithKeys(count);
      else
        message[key] = Array.from({ length: count }, () => ({
          ...rng.pick(key === 'attachments' ? VALID_ATTACHMENTS : VALID_REFERENCES),
        }));
      return `${key} with ${count} ${key === 'metadata' ? 'properties' : 'items'}${count > 64 ? ', past the 64 allowed' : ', at the limit'}`;
    },
  },
  {
    name: 'empty-string',
    apply(message, rng) {
      const place = rng.pick([
        ...STRINGS,
        'sender.agent_id',
        'sender.endpoint',
        'in_reply_to',
        'priority',
        'expires_at',
        'attachment.mime_type',
        'attachment.content',
        'reference.sha',
      ]);
      setPlace(message, place, '', rng);
      return `${place} is empty`;
    },
  },
  {
    name: 'unicode',
    apply(message, rng) {
      const [what, odd] = rng.pick(ODD_TEXT);
      const place = rng.pick([
        'content',
        'content',
        'recipient',
        'sender.agent_id',
        'sender.endpoint',
        'metadata',
        'attachment.content',
      ]);
      if (place === 'content') message.content = `${text(message.content)} ${odd} end`;
      else if (place === 'recipient') message.recipient = `broadcast${odd}`;
      else if (place === 'sender.agent_id' || place === 'sender.endpoint') {
        setPlace(message, place, `${text(sender(message)[place.slice(7)])}${odd}`, rng);
      } else if (place === 'metadata') message.metadata = { [`key${odd}`]: `value${odd}` };
      else setPlace(message, place, `data${odd}`, rng);
      return `${what} in ${place}`;
    },
  },
  {
    name: 'deep-metadata',
    apply(message, rng) {
      // Legal: BODY-DEPTH-001 refuses only more than 100 levels. Past 50, a recursive handler starts to show.
      const depth = rng.int(51, 100);
      message.metadata = { deep: deepValue(depth, rng) };
      return `metadata nested so that the body is ${depth} levels deep (100 allowed)`;
    },
  },
  {
    name: 'null-optional',
    apply(message, rng) {
      const choice = rng.pick([...OPTIONAL, 'all', 'all but priority']);
      const keys =
        choice === 'all'
          ? OPTIONAL
          : choice === 'all but priority'
            ? OPTIONAL.filter((k) => k !== 'priority')
            : [choice];
      for (const key of keys) message[key] = null;
      return `${choice === 'all' || choice === 'all but priority' ? `${choice} optional keys` : choice} null`;
    },
  },
  {
    name: 'extra-keys',
    apply(message, rng) {
      const where = rng.pick(['sender', 'attachment', 'reference', 'top level', '__proto__', 'many']);
      if (where === 'sender') sender(message).public_key = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=';
      else if (where === 'attachment') attachment(message, rng).size = 1024;
      else if (where === 'reference') reference(message, rng).title = 'extra';
      else if (where === 'top level') message.x_unknown = { nested: true };
      else if (where === '__proto__') define(message, '__proto__', { polluted: true });
      else for (let i = 0; i < 100; i++) message[`extra_${i}`] = i;
      return where === 'many'
        ? '100 unknown top-level keys'
        : `an unknown key in ${where === '__proto__' ? 'the body, named __proto__' : where}`;
    },
  },
  {
    name: 'priority',
    apply(message, rng) {
      const value = rng.pick<Json>([
        'urgent',
        'HIGH',
        '',
        ' high',
        'normal\u0000',
        1,
        null,
        ['high'],
        'low',
        'normal',
        'high',
      ]);
      message.priority = value;
      return `priority ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'timestamp',
    apply(message, rng, env) {
      const [what, value] = rng.pick(timestampForms(env.now));
      message.timestamp = value;
      return `timestamp: ${what} (${JSON.stringify(value)})`;
    },
  },
  {
    name: 'uuid',
    apply(message, rng) {
      const key = rng.pick(['message_id', 'swarm_id', 'in_reply_to', 'thread_id']);
      const current = typeof message[key] === 'string' ? (message[key] as string) : uuidFrom(rng);
      const [what, value] = rng.pick(uuidForms(current));
      message[key] = value;
      return `${key}: ${what}`;
    },
  },
  {
    name: 'type',
    apply(message, rng) {
      // `system` keeps the suite's plain-text content: not JSON, so stored without effect (SYS-ENC-002).
      const value = rng.pick([
        'System',
        'MESSAGE',
        'broadcast',
        '',
        'message ',
        'notification\u0000',
        'notification',
        'system',
      ]);
      message.type = value;
      return `type ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'signature',
    keepsSignature: true,
    apply(message, rng) {
      const random = encodeBase64(Uint8Array.from({ length: 64 }, () => rng.int(0, 255)));
      const real = text(message.signature, random);
      const [what, value]: [string, Json] = rng.pick([
        ['empty', ''],
        ['one character short', real.slice(1)],
        ['one character long', `A${real}`],
        ['URL-safe alphabet', `-_${random.slice(2)}`],
        ['unpadded', real.slice(0, 86)],
        ['with a space', `${real.slice(0, 40)} ${real.slice(41)}`],
        ['64 random bytes', random],
        ['upper-cased', real.toUpperCase()],
        ['a number', 12345],
        ['null', null],
      ] as [string, Json][]);
      message.signature = value;
      return `signature ${what}`;
    },
  },
  {
    name: 'protocol-version',
    apply(message, rng) {
      const value = rng.pick<Json>([
        '1.0.0',
        '0.2.0',
        '0.1.1',
        '00.1.0',
        '999999999999999999999.0.0',
        '0.1',
        'v0.1.0',
        '0.1.0-beta',
        '0.1.0\n',
        '\u0660.\u0661.\u0660',
        ' 0.1.0',
        '0.1.0.0',
        0.1,
      ]);
      message.protocol_version = value;
      return `protocol_version ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'sender',
    apply(message, rng, env) {
      const from = sender(message);
      const endpoint = text(from.endpoint, 'https://conformance.invalid/swarm');
      const what = rng.pick([
        'a string',
        'an array',
        'endpoint over http://',
        'endpoint in upper case HTTPS://',
        'endpoint with a trailing /',
        'endpoint with three trailing /',
        'endpoint with a space',
        'endpoint https:// alone',
        'endpoint of another host',
        'agent_id of another agent',
        'agent_id in upper case',
        'agent_id broadcast',
      ]);
      if (what === 'a string') message.sender = text(from.agent_id, 'agent');
      else if (what === 'an array') message.sender = [from];
      else if (what === 'endpoint over http://') from.endpoint = endpoint.replace('https://', 'http://');
      else if (what === 'endpoint in upper case HTTPS://') from.endpoint = endpoint.replace('https://', 'HTTPS://');
      else if (what === 'endpoint with a trailing /') from.endpoint = `${endpoint}/`;
      else if (what === 'endpoint with three trailing /') from.endpoint = `${endpoint}///`;
      else if (what === 'endpoint with a space') from.endpoint = `${endpoint} x`;
      else if (what === 'endpoint https:// alone') from.endpoint = 'https://';
      else if (what === 'endpoint of another host') from.endpoint = 'https://elsewhere.invalid/swarm';
      else if (what === 'agent_id of another agent') from.agent_id = env.others[env.others.length - 1] ?? 'someone';
      else if (what === 'agent_id in upper case') from.agent_id = text(from.agent_id).toUpperCase();
      else from.agent_id = 'broadcast';
      return `sender: ${what}`;
    },
  },
  {
    name: 'recipient',
    apply(message, rng, env) {
      const value = rng.pick([
        ...env.others,
        'Broadcast',
        'BROADCAST',
        'broadcast ',
        ' broadcast',
        'broadcast\n',
        '*',
        'all',
      ]);
      message.recipient = value;
      return `recipient ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'attachments',
    apply(message, rng) {
      const valid = { ...rng.pick(VALID_ATTACHMENTS) };
      const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
      const [what, value]: [string, Json] = rng.pick([
        ['one valid', [valid]],
        ['empty', []],
        ['an item that is a string', ['https://example.com/doc']],
        ['an item that is null', [null]],
        ['an item that is a number', [1]],
        ['an item that is an array', [[valid]]],
        ['an item without type', [without('type')]],
        ['an item without mime_type', [without('mime_type')]],
        ['an item without content', [without('content')]],
        ['type "file"', [{ ...valid, type: 'file' }]],
        ['type "URL"', [{ ...valid, type: 'URL' }]],
        ['content a number', [{ ...valid, content: 7 }]],
        ['an object, not an array', valid],
        ['16 KiB of inline content', [{ type: 'inline', mime_type: 'text/plain', content: 'A'.repeat(16 * 1024) }]],
      ] as [string, Json][]);
      message.attachments = value;
      return `attachments: ${what}`;
    },
  },
  {
    name: 'references',
    apply(message, rng) {
      const valid = { ...rng.pick(VALID_REFERENCES) };
      const [what, value]: [string, Json] = rng.pick([
        ['one valid', [valid]],
        ['type "gitlab_issue"', [{ ...valid, type: 'gitlab_issue' }]],
        ['an item without type', [{ repo: 'owner/repo' }]],
        ['repo without a /', [{ type: 'github_repo', repo: 'owner' }]],
        ['repo with two /', [{ type: 'github_repo', repo: 'owner/repo/extra' }]],
        ['repo with a space', [{ type: 'github_repo', repo: 'owner/my repo' }]],
        ['number -1', [{ type: 'github_issue', repo: 'owner/repo', number: -1 }]],
        ['number 1.5', [{ type: 'github_issue', repo: 'owner/repo', number: 1.5 }]],
        ['number as text', [{ type: 'github_issue', repo: 'owner/repo', number: '12' }]],
        ['number 2^53', [{ type: 'github_issue', repo: 'owner/repo', number: 2 ** 53 }]],
        ['action "done"', [{ ...valid, action: 'done' }]],
        ['url empty', [{ type: 'url', url: '' }]],
        ['an object, not an array', valid],
      ] as [string, Json][]);
      message.references = value;
      return `references: ${what}`;
    },
  },
  {
    name: 'expires-at',
    apply(message, rng, env) {
      const [what, value]: [string, Json] = rng.pick([
        ['a minute ago', new Date(env.now - 60_000).toISOString()],
        ['in an hour', new Date(env.now + 3_600_000).toISOString()],
        ['in year 9999', '9999-12-31T23:59:59.999Z'],
        ['null', null],
        ['"tomorrow"', 'tomorrow'],
        ['without a zone', new Date(env.now + 3_600_000).toISOString().slice(0, 23)],
        ['a number', env.now + 3_600_000],
      ] as [string, Json][]);
      message.expires_at = value;
      return `expires_at ${what}`;
    },
  },
  {
    name: 'metadata',
    apply(message, rng) {
      const odd: JsonObject = {};
      define(odd, '__proto__', { admin: true });
      const [what, value]: [string, Json] = rng.pick([
        ['empty', {}],
        ['an empty key', { '': 'empty key' }],
        ['a __proto__ key', odd],
        ['constructor and prototype keys', { constructor: { prototype: { admin: true } }, prototype: 1 }],
        ['non-ASCII keys', { 'клю\u0447': 1, '\u{1f511}': 2 }],
        ['odd numbers', { big: 1e308, small: -1e-308, neg: -0, float: 0.1 }],
        ['nested values', { list: [1, [2, [3]]], object: { a: { b: { c: null } } } }],
        ['an array', [1, 2]],
        ['a string', 'k=v'],
        ['a number', 1],
      ] as [string, Json][]);
      message.metadata = value;
      return `metadata ${what}`;
    },
  },
  {
    name: 'content-size',
    apply(message, rng) {
      const prefix = text(message.content);
      const [length, unit] = rng.pick([
        [65_536, 'x'],
        [65_537, 'x'],
        [65_536, '\u00e9'],
        [32_768, '\u{1f600}'],
      ] as [number, string][]);
      // The prefix is kept; the length counts characters (code points), as the schema's maxLength would.
      const fill = length - [...prefix].length;
      message.content = prefix + unit.repeat(fill);
      return `content of ${length} characters (${JSON.stringify(unit)})`;
    },
  },
  {
    name: 'body-shape',
    replacesBody: true,
    apply(message, rng) {
      const [what, body]: [string, Json] = rng.pick([
        ['the message in an array', [message]],
        ['null', null],
        ['a string', 'message'],
        ['a number', 42],
        ['true', true],
        ['an empty object', {}],
        ['the message under a key', { message }],
      ] as [string, Json][]);
      return { what: `the body is ${what}`, body };
    },
  },
];

export const FAMILY_NAMES: readonly string[] = FAMILIES.map((family) => family.name);

/** One case of a fuzz: which families apply, and the seed of their choices. */
export interface FuzzPlan {
  index: number;
  families: string[];
  seed: number;
}

/**
 * `count` cases: every family in turn (a fresh shuffled order each round, so a short fuzz still meets every family),
 * a quarter of them with a second family stacked on the first.
 */
export function planFuzz(seed: number, count: number): FuzzPlan[] {
  const rng = new Rng(seed);
  const plans: FuzzPlan[] = [];
  let round: Family[] = [];
  for (let index = 0; index < count; index++) {
    if (round.length === 0) round = rng.shuffle(FAMILIES);
    const first = round.shift() as Family;
    const families = [first.name];
    if (!first.replacesBody && rng.chance(0.25)) {
      const second = rng.pick(FAMILIES.filter((f) => f !== first && !f.replacesBody));
      families.push(second.name);
    }
    plans.push({ index, families, seed: Math.floor(rng.next() * 2 ** 32) });
  }
  return plans;
}

export interface MutatedMessage {
  /** What was done, e.g. `priority "urgent"`; two families are joined with ` + `. */
  what: string;
  /** The body to send. */
  body: Json;
  /** The signature was made again over the mutated signed fields (they were all strings, and canonical). */
  resigned: boolean;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A `system` message must never carry content an agent could act on: whatever the families did, a message
 * whose content is not plain text is sent as an ordinary `message`.
 */
function keepHarmless(message: JsonObject): void {
  const content = message.content;
  const actionable = typeof content !== 'string' || parsesAsJson(content);
  if (actionable && typeof message.type === 'string' && message.type !== 'message' && message.type !== 'notification') {
    message.type = 'message';
  }
}

/** Signs again over the signed fields when they are all strings that canonicalise; false when it cannot. */
function resign(message: JsonObject, signer: Signer): boolean {
  const names = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'] as const;
  if (!names.every((name) => typeof message[name] === 'string')) return false;
  const canonical = canonicalFields(Object.fromEntries(names.map((name) => [name, message[name]])) as SignedFields);
  if (!canonical.ok) return false;
  message.signature = signFields(canonical.fields, signer);
  return true;
}

/** Applies `plan` to a copy of `base` (a valid signed message) and signs the result again where it can. */
export function mutateMessage(plan: FuzzPlan, base: Message, signer: Signer, env: MutationEnv): MutatedMessage {
  const rng = new Rng(plan.seed);
  const message = structuredClone(base) as unknown as JsonObject;
  const said: string[] = [];
  let keepSignature = false;
  let body: Json = message;
  for (const name of plan.families) {
    const family = FAMILIES.find((f) => f.name === name);
    if (!family) throw new TypeError(`no mutation family ${name}`);
    if (family.keepsSignature) keepSignature = true;
    const applied = family.apply(message, rng, env);
    if (typeof applied === 'string') said.push(applied);
    else {
      said.push(applied.what);
      body = applied.body;
    }
  }
  keepHarmless(message);
  const resigned = !keepSignature && resign(message, signer);
  return { what: said.join(' + '), body, resigned };
}
