// Mocha global setup: CLI tests run bin/swarm.js, which runs the compiled dist/. Rebuild it when any source is
// newer, so a test never exercises stale code (npm test also builds first, through pretest).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Whether this run may spawn the CLI: a whole-suite run, or one naming a file under test/cli or test/e2e. */
function runsTheCli(): boolean {
  const files = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
  return files.length === 0 || files.some((file) => /(^|\/)test\/(cli|e2e)\//.test(file));
}

export function mochaGlobalSetup(): void {
  // A run of a few files that never start the CLI needs no build (nor a tree that type-checks as a whole).
  if (!runsTheCli()) return;
  const marker = join(root, 'dist', 'cli', 'main.js');
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'generated')));
  if (sources > built) {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    // An unchanged bundle keeps its old time; the marker must still say "built after the sources".
    const now = new Date();
    execFileSync('touch', ['-d', now.toISOString(), marker]);
  }
}
