// Human output: plain text and simple tables, coloured only on a terminal. Machine output is JSON, written by
// the command base class.
import type { Writable } from 'node:stream';

export function isTty(stream: Writable): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

export interface Styler {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const plain: Styler = { bold: (t) => t, dim: (t) => t, red: (t) => t, green: (t) => t, yellow: (t) => t };
const ansi = (open: number, close: number) => (t: string) => `\u001b[${open}m${t}\u001b[${close}m`;
const colored: Styler = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  green: ansi(32, 39),
  yellow: ansi(33, 39),
};

export function styler(stream: Writable, env: Record<string, string | undefined>): Styler {
  return isTty(stream) && env.NO_COLOR === undefined ? colored : plain;
}

/** A left-aligned table with a header row; cells are stringified and control characters removed. */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const clean = (value: unknown) =>
    String(value ?? '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, ' ');
  const cells = [headers.map(clean), ...rows.map((row) => row.map(clean))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
