// config.yaml: read, validated against spec/schemas/Config.json (errors name the failing key), written
// back with unknown keys kept.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Config } from '../../generated/types.js';
import { validateConfig } from '../../generated/validators/Config.js';
import { HomeError } from './errors.js';

export function parseConfig(text: string, file: string): Config {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new HomeError('CONFIG_INVALID', `${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) throw new HomeError('CONFIG_INVALID', `${file} is empty`);
  if (!validateConfig(value)) {
    const first = validateConfig.errors?.[0];
    throw new HomeError(
      'CONFIG_INVALID',
      `${file}: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`,
      'Fix the file, or run `swarm init --force` to write a new one',
    );
  }
  return value as Config;
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HomeError('NOT_INITIALIZED', `Config not found at ${file}`, "Run 'swarm init' first");
    }
    throw new HomeError('CONFIG_INVALID', `Cannot read ${file}: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}

/** Writes atomically (temp file + rename), so a crash never leaves half a config. */
export async function saveConfig(file: string, config: Config): Promise<void> {
  if (!validateConfig(config))
    throw new TypeError(`refusing to write an invalid config: ${JSON.stringify(validateConfig.errors)}`);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, stringify(config), { mode: 0o600 });
  await rename(temp, file);
}
