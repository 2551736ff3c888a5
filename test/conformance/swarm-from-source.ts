// `swarm` from the TypeScript sources (`node --import tsx swarm-from-source.ts ARGS`): the vector tests run the real
// commands without depending on a build of dist/.
import { run } from '../../src/cli/main.js';

await run(process.argv.slice(2));
