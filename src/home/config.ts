// config.yaml: read, validated against spec/schemas/Config.json (errors name the failing key), written
// back with unknown keys kept. What a schema cannot say (a time zone Intl does not know, an empty quiet-hours
// window, two rules of one list with the same name) is checked next, with the same kind of error.
// The `yaml` package is loaded only for a file the plain reader is not sure of, and to write: every command reads
// the config, and that package would be the largest part of its start.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Config, WakeQuietHours, WakeRule } from '../../generated/types.js';
import { validateConfig } from '../../generated/validators/Config.js';
import { isTimeZone } from '../wake/quiet-hours.js';
import { HomeError } from './errors.js';
import { readPlainYaml } from './plain-yaml.js';

/** Plainer words for the patterns a reader cannot be expected to decode, by the key that failed. */
const PATTERN_WORDS: Record<string, string> = {
  start: 'must be a 24-hour time HH:MM (00:00 to 23:59)',
  end: 'must be a 24-hour time HH:MM (00:00 to 23:59)',
  zone: 'must be an IANA time zone name such as Europe/Paris',
  name: 'must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
};

/** The first schema failure as `<JSON pointer> <what is wrong>`, naming an unknown key or the allowed values. */
function describeSchemaError(errors: readonly ErrorObject[] | null | undefined): string {
  // A bad key's own error (a UUID pattern) comes before the one that says which key it was.
  const error = errors?.find((e) => e.keyword === 'propertyNames') ?? errors?.[0];
  if (!error) return '/ is invalid';
  const path = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${String(params.additionalProperty)} is not a known key`;
  }
  if (error.keyword === 'propertyNames')
    return `${error.instancePath}/${String(params.propertyName)} is not a swarm id (a UUID)`;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `${path} must be one of ${params.allowedValues.join(', ')}`;
  }
  if (error.keyword === 'pattern') {
    const words = PATTERN_WORDS[path.slice(path.lastIndexOf('/') + 1)];
    if (words) return `${path} ${words}`;
  }
  return `${path} ${error.message ?? 'is invalid'}`;
}

function quietHoursProblem(quiet: WakeQuietHours | null | undefined, path: string): string | undefined {
  if (!quiet) return undefined;
  if (quiet.zone !== undefined && !isTimeZone(quiet.zone)) return `${path}/zone ${quiet.zone} is not a known time zone`;
  if (quiet.start === quiet.end) return `${path} start and end are both ${quiet.start}: the window would be empty`;
  return undefined;
}

function rulesProblem(rules: readonly WakeRule[] | undefined, path: string): string | undefined {
  const seen = new Map<string, number>();
  for (const [index, rule] of (rules ?? []).entries()) {
    if (rule.name === undefined) continue;
    const first = seen.get(rule.name);
    if (first !== undefined) return `${path}/${index}/name ${rule.name} is already the name of ${path}/${first}`;
    seen.set(rule.name, index);
  }
  return undefined;
}

/** The checks after the schema: the first problem, as `<JSON pointer> <what is wrong>`. */
function wakeConfigProblem(wake: Config['wake']): string | undefined {
  if (!wake) return undefined;
  let problem = quietHoursProblem(wake.quiet_hours, '/wake/quiet_hours') ?? rulesProblem(wake.rules, '/wake/rules');
  for (const [id, override] of Object.entries(wake.swarms ?? {})) {
    problem ??=
      quietHoursProblem(override?.quiet_hours, `/wake/swarms/${id}/quiet_hours`) ??
      rulesProblem(override?.rules, `/wake/swarms/${id}/rules`);
  }
  return problem;
}

/** The yaml package, on first need. Through `default`: the bundle hands a CommonJS package over as module.exports. */
async function yamlPackage(): Promise<typeof import('yaml')> {
  return (await import('yaml')).default;
}

async function parseYaml(text: string, file: string): Promise<unknown> {
  const plain = readPlainYaml(text);
  if (plain !== undefined) return plain;
  const { parse } = await yamlPackage();
  try {
    return parse(text);
  } catch (error) {
    throw new HomeError('CONFIG_INVALID', `${file} is not valid YAML: ${(error as Error).message}`);
  }
}

export async function parseConfig(text: string, file: string): Promise<Config> {
  const value = await parseYaml(text, file);
  if (value === null || value === undefined) throw new HomeError('CONFIG_INVALID', `${file} is empty`);
  const problem = validateConfig(value)
    ? wakeConfigProblem((value as Config).wake)
    : describeSchemaError(validateConfig.errors);
  if (problem) {
    throw new HomeError(
      'CONFIG_INVALID',
      `${file}: ${problem}`,
      'Fix the file, or run `swarm init --force` to write a new one',
    );
  }
  return value as Config;
}

export async function loadConfig(file: string): Promise<Config> {
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
  const { stringify } = await yamlPackage();
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, stringify(config), { mode: 0o600 });
  await rename(temp, file);
}
