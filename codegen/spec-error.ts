// Errors in spec/ are reported by file and JSON pointer, never as a stack trace.
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    detail: string,
  ) {
    super(`${file}#${pointer}: ${detail}`);
    this.name = 'SpecError';
  }
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
