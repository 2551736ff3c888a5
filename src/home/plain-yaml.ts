// A reader for the plain block YAML that `swarm` writes into config.yaml itself (nested mappings and sequences of
// one-line scalars), so that reading the config does not load the `yaml` package, the largest module of a
// command's start. It is a shortcut, never a second YAML implementation: whatever it is not sure of (flow
// collections with content, anchors, tags, block or multi-line scalars, comments after a value, duplicate keys,
// tabs, document markers...) returns undefined and the caller parses the text with the `yaml` package.
// Scalars resolve as that package's default YAML 1.2 core schema does.

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

interface Line {
  indent: number;
  /** The line without its indentation and trailing spaces. */
  text: string;
}

/** Signals "not sure" from deep in the recursion; caught by readPlainYaml only. */
class NotPlain extends Error {}

// A key as we write them: a word, or a swarm id (a UUID, never a number in the core schema).
const KEY_LINE =
  /^([A-Za-z_][A-Za-z0-9_-]{0,127}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):(?: +(.*))?$/;
// A key the core schema reads as null (the package makes it ""), and one that would reach the prototype.
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|__proto__)$/;
const ITEM_LINE = /^-(?: +(.*))?$/;
// Characters YAML forbids in a document or that this reader leaves to the package (tabs, CR, BOM, line separators).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSURE_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

// The yaml package's core schema tags (schema/core/*.js), in its order of precedence.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The document as JSON values, or undefined when only the `yaml` package should read it. */
export function readPlainYaml(text: string): Record<string, Plain> | undefined {
  if (UNSURE_CHARACTERS.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    // Spaces only: String#trim would also drop Unicode spaces, which YAML keeps as content.
    const text = raw.replace(/^ +| +$/g, '');
    if (text === '' || text.startsWith('#')) continue;
    lines.push({ indent: raw.length - raw.replace(/^ +/, '').length, text });
  }
  if (lines.length === 0) return undefined; // the package reads null
  try {
    const reader = new BlockReader(lines);
    const document = reader.mapping(0);
    return reader.done() ? (document as Record<string, Plain>) : undefined;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

class BlockReader {
  #next = 0;
  readonly #lines: Line[];

  constructor(lines: Line[]) {
    this.#lines = lines;
  }

  /**
   * Whether every line was read. A line deeper than the block it follows (a plain scalar going on, a mapping
   * under a scalar) or between two blocks' columns ends every block around it, and is left unread.
   */
  done(): boolean {
    return this.#next === this.#lines.length;
  }

  #peek(): Line | undefined {
    return this.#lines[this.#next];
  }

  /** A mapping or a sequence whose entries start at column `indent`. */
  #block(indent: number): Plain {
    const first = this.#peek();
    return first !== undefined && ITEM_LINE.test(first.text) ? this.#sequence(indent) : this.mapping(indent);
  }

  mapping(indent: number): Plain {
    const map: { [key: string]: Plain } = {};
    for (let line = this.#peek(); line !== undefined && line.indent === indent; line = this.#peek()) {
      const match = KEY_LINE.exec(line.text);
      if (!match || SPECIAL_KEY.test(match[1]!) || Object.hasOwn(map, match[1]!)) throw new NotPlain();
      this.#next++;
      map[match[1]!] = match[2] === undefined ? this.#nested(indent, true) : scalar(match[2]);
    }
    return map;
  }

  #sequence(indent: number): Plain[] {
    const items: Plain[] = [];
    for (let line = this.#peek(); line !== undefined && line.indent === indent; line = this.#peek()) {
      const match = ITEM_LINE.exec(line.text);
      if (!match) break; // the mapping this sequence is the value of goes on
      const rest = match[1];
      if (rest === undefined) {
        this.#next++;
        items.push(this.#nested(indent, false));
      } else if (KEY_LINE.test(rest) || ITEM_LINE.test(rest)) {
        // `- key: value`: a block that starts on the dash's line, at the column of its first key.
        const column = indent + line.text.length - rest.length;
        this.#lines[this.#next] = { indent: column, text: rest };
        items.push(this.#block(column));
      } else {
        this.#next++;
        items.push(scalar(rest));
      }
    }
    return items;
  }

  /** The value of a key or dash with nothing after it: a deeper block, a sequence at the key's column, or null. */
  #nested(indent: number, isKey: boolean): Plain {
    const next = this.#peek();
    if (next !== undefined && next.indent > indent) return this.#block(next.indent);
    if (isKey && next !== undefined && next.indent === indent && ITEM_LINE.test(next.text)) {
      return this.#sequence(indent);
    }
    return null;
  }
}

function scalar(text: string): Plain {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('"')) {
    // The JSON escapes mean the same in a double-quoted YAML scalar; YAML's own (\x, \e, line folding) fail here.
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new NotPlain();
    }
    return value as string;
  }
  if (text.startsWith("'")) {
    const quoted = /^'((?:[^']|'')*)'$/.exec(text);
    if (!quoted) throw new NotPlain();
    return quoted[1]!.replaceAll("''", "'");
  }
  // A plain scalar: no indicator first, no comment, no `: ` that would make it a key.
  if (
    /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/.test(text) ||
    text.includes(' #') ||
    text.includes(': ') ||
    text.endsWith(':')
  ) {
    throw new NotPlain();
  }
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return Number.parseInt(text.slice(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return Number.NaN;
    return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}
