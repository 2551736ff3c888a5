// SwarmCommand with `static schema` checked the way every other usage mistake is reported. Clipanion runs the
// schema itself in validateAndExecute() and, when it fails, prints the error and exits 1 outside our error path
// (no JSON under --json). Here a failed rule is a USAGE_ERROR: exit 2, JSON under --json, nothing changed.
// (Candidate for src/cli/base.ts, which this work may not edit.)
import * as t from 'typanion';
import { SwarmCommand } from '../base.js';
import { usage } from '../errors.js';

export abstract class CheckedCommand extends SwarmCommand {
  override async validateAndExecute(): Promise<number> {
    const schema = (this.constructor as { schema?: t.LooseValidator<unknown, unknown>[] }).schema;
    if (schema) {
      const errors: string[] = [];
      // Typed as a plain predicate: as a type guard, its false branch would narrow `this` to never.
      const check: (value: unknown, state: { errors: string[] }) => boolean = t.applyCascade(t.isUnknown(), schema);
      if (!check(this, { errors })) {
        return this.fail(usage(errors.map((error) => error.replace(/^\.: /, '')).join('; ')));
      }
    }
    return this.execute();
  }

  /** The answer to a declined confirmation: nothing changed, exit 0 (declining is not an interrupt). */
  protected cancelled(): number {
    this.emit({ status: 'cancelled' }, () => this.style.yellow('Cancelled'));
    return 0;
  }
}
