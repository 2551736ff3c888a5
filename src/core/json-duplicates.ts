// Repeated member names in a JSON text. RFC 8259 §4 leaves an object with a name twice to the parser: JSON.parse
// keeps the last value, other parsers the first or both. A 0.2 signature covers the envelope as parsed, so a body
// whose readings differ between implementations must be refused before anything is verified ([ESIG-003], as
// I-JSON, RFC 7493 §2.3, requires). JSON.parse cannot report duplicates and no maintained package does this one
// scan, so it is here: a single pass over a text JSON.parse has already accepted.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

interface ObjectFrame {
  names: Set<string>;
  /** The name whose value is being read, for the pointer. */
  name: string;
  expectName: boolean;
}
type Frame = ObjectFrame | { index: number };

const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

function pointerOf(stack: Frame[]): string {
  return stack.map((frame) => `/${'names' in frame ? escapePointer(frame.name) : frame.index}`).join('');
}

/**
 * The JSON pointer of the first member name that an object of `text` repeats, or undefined when every object's
 * names are distinct. Names are compared as the strings they decode to, so `"a"` and `"\u0061"` are the same name.
 * `text` must be JSON that JSON.parse accepted; anything else gives an unspecified answer.
 */
export function firstDuplicateName(text: string): string | undefined {
  const stack: Frame[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      let end = i + 1;
      let escaped = false;
      for (;;) {
        const c = text.charCodeAt(end);
        if (c === QUOTE) break;
        if (c === BACKSLASH) {
          escaped = true;
          end += 2;
        } else end += 1;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && 'names' in top && top.expectName) {
        const name = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
        top.name = name;
        if (top.names.has(name)) return pointerOf(stack);
        top.names.add(name);
        top.expectName = false;
      }
      i = end;
    } else if (code === OPEN_OBJECT) {
      stack.push({ names: new Set(), name: '', expectName: true });
    } else if (code === OPEN_ARRAY) {
      stack.push({ index: 0 });
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      stack.pop();
    } else if (code === COMMA) {
      const top = stack[stack.length - 1]!;
      if ('names' in top) top.expectName = true;
      else top.index += 1;
    } else if (code === COLON) {
      (stack[stack.length - 1] as ObjectFrame).expectName = false;
    }
  }
  return undefined;
}
