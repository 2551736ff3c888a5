// What every `swarm conformance` mode shares at its end: the report printed (text, or JSON under --json), written
// as JUnit and HTML when asked, and the exit code its verdict gives.
import { writeFileSync } from 'node:fs';
import { Option } from 'clipanion';
import type { ConformanceReport } from '../../../../generated/types.js';
import { failsRun } from '../../../conformance/report/build.js';
import { SwarmCommand } from '../../base.js';

/** 0 when the verdict is pass, 1 when a MUST (or, strict, a SHOULD) check failed. */
export function exitCode(report: ConformanceReport): number {
  return report.checks.some((check) => failsRun(check, report.strict)) ? 1 : 0;
}

export abstract class ConformanceReportCommand extends SwarmCommand {
  junit = Option.String('--junit', { description: 'Also write the report as JUnit XML to this file' });
  html = Option.String('--html', { description: 'Also write the report as one self-contained HTML page to this file' });

  /** Writes the report's files, prints it, and returns the exit code. */
  protected async present(report: ConformanceReport): Promise<number> {
    if (this.junit) {
      const { renderJunit } = await import('../../../conformance/report/junit.js');
      writeFileSync(this.junit, renderJunit(report));
    }
    if (this.html) {
      const { renderHtml } = await import('../../../conformance/report/html.js');
      writeFileSync(this.html, renderHtml(report));
    }
    const { renderText } = await import('../../../conformance/report/text.js');
    this.emit(report, () => renderText(report, this.style));
    return exitCode(report);
  }
}
