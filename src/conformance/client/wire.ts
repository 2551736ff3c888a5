// Reading what the implementation sent as it was sent: the top-level keys of a body in their order (JSON.parse
// would hide both order and repeats), its protocol headers, which arrivals are messages, joins, member_left,
// sealed, and under which protocol's rules each is read.
import type { Message } from '../../../generated/types.js';
import { OPTIONAL_KEYS, WIRE_REQUIRED_KEYS as REQUIRED_KEYS } from '../../core/envelope.js';
import { PROTOCOL_V01, rulesOf, speaksV02 } from '../../core/protocol.js';
import { shorten } from '../shorten.js';
import type { Arrival, Evidence, Exchange } from './model.js';

export const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Index just past the JSON string that starts at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The keys of the top-level object of a JSON text, in order and with repeats; [] when it is not an object. */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  let i = text.search(/\S/);
  if (i < 0 || text[i] !== '{') return keys;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        keys.push(JSON.parse(text.slice(i, end)) as string);
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      depth += 1;
      if (depth === 1) expectKey = true;
    } else if (c === '}' || c === ']') depth -= 1;
    else if (c === ',' && depth === 1) expectKey = true;
    i += 1;
  }
  return keys;
}

/** What is wrong with the key order and the values of an envelope (MSG-ENV-001), or undefined. */
export function envelopeKeyProblem(text: string, json: Record<string, unknown>): string | undefined {
  const keys = topLevelKeys(text);
  const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
  if (repeated.length > 0) return `repeats ${repeated.join(', ')}`;
  const head = keys.slice(0, REQUIRED_KEYS.length);
  if (head.join() !== REQUIRED_KEYS.join()) {
    return `keys begin ${head.join(', ')}; the nine required keys come first, in the order ${REQUIRED_KEYS.join(', ')}`;
  }
  const rest = keys.slice(REQUIRED_KEYS.length);
  const optional = rest.filter((key) => (OPTIONAL_KEYS as readonly string[]).includes(key));
  const order = OPTIONAL_KEYS.filter((key) => optional.includes(key));
  if (optional.join() !== order.join())
    return `optional keys ${optional.join(', ')} are not in the order ${order.join(', ')}`;
  for (const key of keys) {
    const value = json[key];
    if (value === null) return `${key} is null: an optional key that is not set is left out`;
    if (Array.isArray(value) && value.length === 0) return `${key} is an empty array: left out when empty`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) {
      return `${key} is an empty object: left out when empty`;
    }
  }
  return undefined;
}

/** One header's value (the first, when repeated). */
export function header(arrival: Arrival, name: string): string | undefined {
  const value = arrival.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What is wrong with the protocol headers of a request (HDR-001), or undefined. X-Swarm-Protocol is `version`:
 * 0.1.0, or the version of the 0.2 envelope the request carries (the header matches the body).
 */
export function headerProblem(arrival: Arrival, agentId: string, version = PROTOCOL_V01): string | undefined {
  const id = header(arrival, 'x-agent-id');
  const sent = header(arrival, 'x-swarm-protocol');
  if (id !== agentId) return `X-Agent-ID is ${id === undefined ? 'missing' : JSON.stringify(id)}, not ${agentId}`;
  if (sent !== version) {
    const of = version === PROTOCOL_V01 ? '' : ', the version of the envelope it carries';
    return `X-Swarm-Protocol is ${sent === undefined ? 'missing' : JSON.stringify(sent)}, not ${version}${of}`;
  }
  if (arrival.method === 'POST' && !/^application\/json\b/i.test(header(arrival, 'content-type') ?? '')) {
    return `Content-Type is ${header(arrival, 'content-type') ?? 'missing'}, not application/json`;
  }
  return undefined;
}

export function isJoin(arrival: Arrival): boolean {
  return arrival.method === 'POST' && /\/join$/.test(arrival.path);
}

/** A POST of something shaped like a message (an object with a message_id), wherever it was sent. */
export function isMessage(arrival: Arrival): boolean {
  const json = arrival.json as { message_id?: unknown } | undefined;
  return (
    arrival.method === 'POST' && !isJoin(arrival) && typeof json === 'object' && json !== null && 'message_id' in json
  );
}

export function messageOf(arrival: Arrival): Message {
  return arrival.json as Message;
}

/** A message whose envelope reads under the 0.2 rules (`protocol_version` 0.2.x, [MSG-VER-002]). */
export function is02(arrival: Arrival): boolean {
  return isMessage(arrival) && rulesOf(messageOf(arrival).protocol_version) === '0.2';
}

/** A message that carries sealed content (a `sealed` key that is not null). */
export function isSealed(arrival: Arrival): boolean {
  if (!isMessage(arrival)) return false;
  const sealed = (arrival.json as { sealed?: unknown }).sealed;
  return sealed !== undefined && sealed !== null;
}

/** `0.1.0, 0.2.0`, or what an absent list means. */
function listed(versions: unknown): string {
  return Array.isArray(versions) ? versions.join(', ') || 'nothing' : 'no protocol_versions, i.e. 0.1.0 alone';
}

/**
 * Why the implementation is judged as a 0.1.0 client (its /info lists no 0.2.0, or could not be read), or
 * undefined when it lists 0.2.0: 0.2 is optional, and only an implementation that advertises it owes it.
 */
export function not02(evidence: Evidence): string | undefined {
  const versions = evidence.implVersions;
  if (!versions) return evidence.problems.join ?? 'the implementation never joined';
  if ('problem' in versions) return `its /info could not be read (${versions.problem})`;
  if (speaksV02(versions.listed)) return undefined;
  return `its /info protocol_versions does not list 0.2.0 (${listed(versions.listed)})`;
}

/** The member_left arrivals (a system message whose content parses with that action). */
export function isMemberLeft(arrival: Arrival): boolean {
  if (!isMessage(arrival) || messageOf(arrival).type !== 'system') return false;
  try {
    return (JSON.parse(messageOf(arrival).content) as { action?: unknown }).action === 'member_left';
  } catch {
    return false;
  }
}

export function describeArrival(arrival: Arrival): Exchange {
  return { request: `${arrival.method} ${arrival.path} ${shorten(arrival.text, 240)}`.trim(), answer: arrival.answer };
}

/** The arrivals of one delivery: every POST to `agentId` of the message `messageId`. */
export function deliveriesOf(arrivals: readonly Arrival[], messageId: string, agentId?: string): Arrival[] {
  return arrivals.filter(
    (arrival) =>
      isMessage(arrival) &&
      messageOf(arrival).message_id === messageId &&
      (agentId === undefined || arrival.target?.agentId === agentId),
  );
}
