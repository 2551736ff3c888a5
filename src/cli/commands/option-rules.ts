// Declarative option checks for the messaging commands: value validators for `Option.String(..., { validator })`
// (checked while the command line is parsed, so a bad value is a usage error, exit 2) and rules across options
// for `static schema` (checked by SwarmCommand before run()). Messages name the flags as the user types them.
import * as t from 'typanion';
import { validateAgentId } from '../../../generated/validators/AgentId.js';
import { usage } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type State = { errors?: string[]; p?: string } | undefined;

function reject(state: State, message: string): false {
  state?.errors?.push(`${state.p ?? '.'}: ${message}`);
  return false;
}

/** An integer from `min` to `max`, coerced from the option's text. */
export const isCount = (min: number, max: number) =>
  t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(min, max)]);

/** A message or swarm id; parse it again with parseUuid to get the canonical lower-case form. */
export const isUuid = t.makeValidator<unknown, string>({
  test: (value, state): value is string =>
    (typeof value === 'string' && UUID.test(value.trim())) ||
    reject(state, `expected a UUID (got ${JSON.stringify(value)})`),
});

/** An agent id as the wire admits it: 1-256 characters. */
export const isAgentId = t.makeValidator<unknown, string>({
  test: (value, state): value is string =>
    validateAgentId(value) || reject(state, `expected an agent id of 1-256 characters (got ${JSON.stringify(value)})`),
});

/** The canonical (trimmed, lower-case) form of a UUID argument, or a usage error. */
export function parseUuid(value: string, what = 'Message ID'): string {
  const id = value.trim();
  if (!UUID.test(id)) throw usage(`${what} must be a UUID: ${value}`);
  return id.toLowerCase();
}

/** Options as `{ property: '-f/--flag' }`; an option counts as given unless undefined or false. */
type Flags = Record<string, string>;

const given = (command: unknown, key: string) => {
  const value = (command as Record<string, unknown>)[key];
  return value !== undefined && value !== false;
};
const names = (flags: Flags, keys: string[]) => {
  const listed = keys.map((key) => flags[key]);
  return listed.length <= 2 ? listed.join(' or ') : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`;
};

function rule(check: (command: unknown) => string | undefined) {
  return t.makeValidator<unknown>({
    test: (command, state) => {
      const message = check(command);
      return message === undefined || reject(state, message);
    },
  });
}

/** At most one of the options. */
export const atMostOne = (flags: Flags) =>
  rule((command) => {
    const used = Object.keys(flags).filter((key) => given(command, key));
    return used.length > 1 ? `Specify only one of ${names(flags, used)}` : undefined;
  });

/** At least one of the options. */
export const atLeastOne = (flags: Flags) =>
  rule((command) =>
    Object.keys(flags).some((key) => given(command, key)) ? undefined : `Specify ${names(flags, Object.keys(flags))}`,
  );

/** Exactly one of the options: neither and both are usage errors. */
export const exactlyOne = (flags: Flags) => [atLeastOne(flags), atMostOne(flags)];

/** `option` only makes sense together with one of `partners`. */
export const needsOneOf = (option: Flags, partners: Flags) =>
  rule((command) => {
    const [key, flag] = Object.entries(option)[0] ?? [];
    if (key === undefined || !given(command, key)) return undefined;
    return Object.keys(partners).some((partner) => given(command, partner))
      ? undefined
      : `${flag} goes with ${names(partners, Object.keys(partners))}`;
  });
