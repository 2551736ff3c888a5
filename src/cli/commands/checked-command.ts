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
      if (!t.applyCascade(t.isUnknown(), schema)(this, { errors })) {
        return this.fail(usage(errors.map((error) => error.replace(/^\.: /, '')).join('; ')));
      }
    }
    return this.execute();
  }
}
