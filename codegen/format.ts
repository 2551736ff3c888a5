// Every generated TypeScript file goes through the project's formatter, Biome, so that generated/ reads like the
// rest of the code and a spec edit shows up as a few changed lines rather than one replaced line. One Biome
// process formats the whole set in a scratch folder (Biome's JavaScript API is a WebAssembly build that lags the
// CLI and is slower on this much code); the style is the formatter section of the project's biome.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');

/** The formatting part of the project's Biome configuration, with linting and file filters left out. */
function formatterConfig(): object {
  const project = JSON.parse(readFileSync(join(projectRoot, 'biome.json'), 'utf8')) as Record<string, unknown>;
  const javascript = project.javascript as { formatter?: unknown } | undefined;
  return {
    formatter: project.formatter,
    javascript: { formatter: javascript?.formatter },
    files: { maxSize: 16 * 1024 * 1024 },
    vcs: { enabled: false },
    linter: { enabled: false },
    assist: { enabled: false },
  };
}

/** The Biome binary for this platform, run directly; else the package's launcher script, which looks for it. */
function biomeCommand(): [string, string[]] {
  const require = createRequire(import.meta.url);
  const exe = process.platform === 'win32' ? 'biome.exe' : 'biome';
  for (const libc of ['', '-musl']) {
    try {
      return [require.resolve(`@biomejs/cli-${process.platform}-${process.arch}${libc}/${exe}`), []];
    } catch {
      // not installed for this platform: try the next
    }
  }
  return [process.execPath, [require.resolve('@biomejs/biome/bin/biome')]];
}

/** Formatted text by unformatted text: a regeneration in watch mode formats only the files that changed. */
const cache = new Map<string, string>();

/** Formats the `.ts` entries of `files` (name → content) with Biome; other entries are returned unchanged. */
export function formatSources(files: Map<string, string>): Map<string, string> {
  const out = new Map(files);
  const sources: string[] = [];
  for (const [name, text] of files) {
    const known = cache.get(text);
    if (known !== undefined) out.set(name, known);
    else if (name.endsWith('.ts')) sources.push(name);
  }
  if (sources.length === 0) return out;
  const dir = mkdtempSync(join(tmpdir(), 'swarm-codegen-format-'));
  try {
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(formatterConfig()));
    for (const name of sources) {
      mkdirSync(dirname(join(dir, 'src', name)), { recursive: true });
      writeFileSync(join(dir, 'src', name), files.get(name) as string);
    }
    const [command, prefix] = biomeCommand();
    try {
      execFileSync(command, [...prefix, 'format', '--write', '--no-errors-on-unmatched', 'src'], {
        cwd: dir,
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      // A syntax error here is a codegen bug: the emitters produced code that does not parse.
      throw new Error(`formatting generated code failed:\n${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`);
    }
    if (cache.size > 4 * files.size) cache.clear();
    for (const name of sources) {
      const formatted = readFileSync(join(dir, 'src', name), 'utf8');
      cache.set(files.get(name) as string, formatted);
      out.set(name, formatted);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
