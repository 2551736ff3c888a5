// Text from peers (message bodies, their error messages) is shown on a terminal: control characters, escape
// sequences above all, are replaced so that a message cannot move the cursor, recolour or retitle the terminal.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with control characters shown as `?`; newlines and tabs are kept unless `oneLine`. */
export function printable(text: string, options: { oneLine?: boolean } = {}): string {
  return options.oneLine ? text.replace(CONTROL_OR_NEWLINE, ' ') : text.replace(CONTROL, '?');
}
