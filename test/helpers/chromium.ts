// A real headless browser for tests: Debian's `chromium`, run once per call with a fresh profile, bounded by a
// timeout, in a process group of its own so that it and every helper process it forks are killed afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_MISSING =
  'chromium is not installed: install the Debian package `chromium` (apt-get install -y chromium); .ci/run installs it';

/** The chromium binary, or throws naming the package: a test that needs a browser must not pass without one. */
export function findChromium(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(CHROMIUM_MISSING);
  }
}

export interface ChromiumRun {
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `chromium --headless … <args> <url>` and resolves with its output once it exits with status 0. */
export function runChromium(url: string, args: string[], timeoutMs = 60_000): Promise<ChromiumRun> {
  const binary = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'swarm-chromium-'));
  const started = Date.now();
  const child = spawn(
    binary,
    [
      '--headless',
      '--disable-gpu',
      // Root in a container has no user namespaces for the sandbox; the page is our own file, and has no script.
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      `--user-data-dir=${profile}`,
      ...args,
      url,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise<ChromiumRun>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`chromium did not finish within ${timeoutMs} ms:\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Helpers (zygote, utility processes) normally leave with it; make sure none outlives the run.
      killGroup();
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) resolve({ stdout, stderr, ms: Date.now() - started });
      else reject(new Error(`chromium exited ${code ?? signal}:\n${stderr.slice(-2000)}`));
    });
  });
}
