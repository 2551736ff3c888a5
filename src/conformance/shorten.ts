// One line of a request, an answer or a value as the reports show it: cut at `max` characters, saying how long it was.
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
