// `swarm conformance adapter`: placeholder while it is written; replaced in this session.
import { SwarmCommand } from '../../base.js';

export class ConformanceAdapterCommand extends SwarmCommand {
  static override paths = [['conformance', 'adapter']];
  static override usage = SwarmCommand.Usage({ category: 'Tools', description: 'not written yet' });

  protected async run(): Promise<number> {
    return 2;
  }
}
