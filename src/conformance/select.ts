// How `--only` selects checks, in every mode: by check id or a dotted prefix of it, or by requirement id (the
// check's own or one it also exercises) or a dashed prefix of one (`MSG-SIG`, `SYS-AUTH-001`).
export interface Selectable {
  id: string;
  requirement: string;
  also?: readonly string[];
}

export function selects(check: Selectable, selector: string): boolean {
  return (
    check.id === selector ||
    check.id.startsWith(`${selector}.`) ||
    [check.requirement, ...(check.also ?? [])].some((id) => id === selector || id.startsWith(`${selector}-`))
  );
}

/** Whether `check` is in a run selected by `only` (every check when it is empty). */
export function selected(check: Selectable, only: readonly string[]): boolean {
  return only.length === 0 || only.some((selector) => selects(check, selector));
}
