// `swarm conformance requirements`: every requirement of spec/ with its level, the party it binds and the checks
// that exercise it, and how many of the wire-observable server-side MUSTs the suite covers.
import { SwarmCommand } from '../../base.js';

export class ConformanceRequirementsCommand extends SwarmCommand {
  static override paths = [['conformance', 'requirements']];
  static override usage = SwarmCommand.Usage({
    category: 'Tools',
    description: 'list the requirements of spec/ and the conformance checks that exercise each',
    details: `
      One line per requirement id: its level (MUST, SHOULD, MAY), the party it binds (sender, receiver, client,
      server, store), and the checks of \`swarm conformance\` that exercise it. A requirement no request can observe
      (the export format, the local management API, durability across a crash) is listed as local, with the reason;
      one that binds the sending side is left to client mode.

      JSON: \`{"requirements": [{"id", "level", "party", "text", "checks", "status", "reason"?}], "totals"}\`.
    `,
    examples: [
      ['Coverage of the suite', '$0 conformance requirements'],
      ['As JSON', '$0 conformance requirements --json'],
    ],
  });

  protected async run(): Promise<number> {
    const { requirementCoverage } = await import('../../../conformance/coverage.js');
    const rows = requirementCoverage();
    // Server-side MUSTs a suite can observe over the wire: neither local nor left to client mode.
    const observable = rows.filter(
      (r) =>
        r.level === 'MUST' &&
        (r.status === 'exercised' || r.status === 'missing') &&
        (r.party === 'receiver' || r.party === 'server'),
    );
    const exercised = observable.filter((r) => r.status === 'exercised');
    const totals = {
      requirements: rows.length,
      exercised: rows.filter((r) => r.status === 'exercised').length,
      server_must_observable: observable.length,
      server_must_exercised: exercised.length,
      missing: rows.filter((r) => r.status === 'missing').map((r) => r.id),
    };
    this.emit({ requirements: rows, totals }, () => [
      ...rows.map((r) => {
        const what =
          r.status === 'exercised'
            ? r.checks.join(', ')
            : r.status === 'missing'
              ? this.style.red('not exercised')
              : this.style.dim(`${r.status}: ${r.reason}`);
        return `${r.id} ${r.level} ${r.party}: ${what}`;
      }),
      '',
      `receiver- and server-side MUST requirements exercised over the wire: ${exercised.length} of ${observable.length}`,
      `all requirements exercised by some check: ${totals.exercised} of ${rows.length}`,
    ]);
    return 0;
  }
}
