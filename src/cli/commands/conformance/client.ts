// `swarm conformance client`: placeholder while it is written; replaced in this session.
import { SwarmCommand } from '../../base.js';

export class ConformanceClientCommand extends SwarmCommand {
  static override paths = [['conformance', 'client']];
  static override usage = SwarmCommand.Usage({ category: 'Tools', description: 'not written yet' });

  protected async run(): Promise<number> {
    return 2;
  }
}
