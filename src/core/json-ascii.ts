// JSON text the way Python's json.dumps writes it with ensure_ascii=True: every character outside printable
// ASCII becomes a \uXXXX escape with lower-case hex (UTF-16 code units, so astral characters become a
// surrogate pair). Needed where the reference's bytes are signed: invite-token payloads (compact separators)
// and the member_joined content (Python's default ", " and ": " separators).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

export type Separators = 'compact' | 'python';

function escapeString(value: string): string {
  // JSON.stringify already writes \" \\ \b \f \n \r \t and \u00xx for other controls, exactly as Python does.
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function encodeNumber(value: number): string {
  // Python prints floats differently (1.0, 1e+16); the protocol only ever carries integers here.
  if (!Number.isSafeInteger(value)) throw new TypeError(`only safe integers are supported, got ${value}`);
  return String(value);
}

/** Serialise with keys in insertion order; keys whose value is `undefined` are left out. */
export function encodeJsonAscii(value: JsonValue, separators: Separators = 'compact'): string {
  const item = separators === 'compact' ? ',' : ', ';
  const colon = separators === 'compact' ? ':' : ': ';
  const encode = (node: JsonValue): string => {
    if (node === null) return 'null';
    if (typeof node === 'boolean') return node ? 'true' : 'false';
    if (typeof node === 'number') return encodeNumber(node);
    if (typeof node === 'string') return escapeString(node);
    if (Array.isArray(node)) return `[${node.map(encode).join(item)}]`;
    const members: string[] = [];
    for (const [key, member] of Object.entries(node)) {
      if (member !== undefined) members.push(`${escapeString(key)}${colon}${encode(member)}`);
    }
    return `{${members.join(item)}}`;
  };
  return encode(value);
}
