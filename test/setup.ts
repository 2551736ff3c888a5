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

export function mochaGlobalSetup(): void {
  const marker = join(root, 'dist', 'src', 'cli', 'main.js');
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'generated')));
  if (sources > built) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    // tsc leaves main.js untouched when unchanged; the marker must still say "built after the sources".
    const now = new Date();
    execFileSync('touch', ['-d', now.toISOString(), marker]);
  }
}
