// The parts of emitted JavaScript or TypeScript that are code, not string literals or comments, so that a
// rename or a split by braces never looks inside a schema's text. Enough for what the emitters produce (no
// template literals with substitutions); ajv writes a few regular-expression literals (`/~/g`).

/** [start, end) ranges of `code` outside string literals and comments. */
export function codeRanges(code: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let i = 0;
  const skipTo = (next: number) => {
    ranges.push([start, i]);
    i = next;
    start = next;
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      skipTo(j + 1);
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      skipTo(end < 0 ? code.length : end + 2);
    } else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i + 2);
      skipTo(end < 0 ? code.length : end);
    } else if (c === '/' && expectsOperand(code, i)) {
      // A regular-expression literal, where an operand is expected (else `/` divides).
      let j = i + 1;
      for (let inClass = false; j < code.length && (inClass || code[j] !== '/'); j++) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
      }
      skipTo(j + 1);
    } else i++;
  }
  ranges.push([start, code.length]);
  return ranges;
}

/** Whether the code before `index` ends where an operand (so a regular expression, not a division) may start. */
function expectsOperand(code: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && /\s/.test(code[k] as string)) k--;
  return k < 0 || '(,=:[!&|?{};'.includes(code[k] as string);
}

/** The brace depth at each offset where it changes: calls `visit(index, depth)` for every `{` and `}`. */
export function braces(code: string, visit: (index: number, depthAfter: number) => void): void {
  let depth = 0;
  for (const [start, end] of codeRanges(code)) {
    for (let i = start; i < end; i++) {
      if (code[i] === '{') visit(i, ++depth);
      else if (code[i] === '}') visit(i, --depth);
    }
  }
}
