// Checks an HTTP answer against the bundled spec (generated/openapi.json): the status must be documented
// for the operation and the body must match its schema. Used to validate every response in server tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = { [key: string]: any };

const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'openapi.json'), 'utf8'),
) as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'https://spec.local/openapi', components: spec.components });
const compiled = new Map<string, ValidateFunction>();

function resolve(node: Json): Json {
  if (typeof node?.$ref === 'string' && node.$ref.startsWith('#/')) {
    return resolve(
      node.$ref
        .slice(2)
        .split('/')
        .reduce((at: Json, key: string) => at[key.replaceAll('~1', '/')], spec),
    );
  }
  return node;
}

/** `path` is the spec's path template (e.g. `/message`, `/api/inbox/{message_id}`). */
export function responseProblem(method: string, path: string, status: number, body: unknown): string | null {
  const operation = spec.paths?.[path]?.[method.toLowerCase()];
  if (!operation) return `${method} ${path} is not in the spec`;
  const response = operation.responses?.[String(status)];
  if (!response) return `${method} ${path} does not document status ${status}`;
  const schema = resolve(resolve(response).content?.['application/json']?.schema ?? {});
  const key = `${method} ${path} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const ref = resolve(response).content?.['application/json']?.schema?.$ref as string | undefined;
    validate = ajv.compile(ref ? { $ref: `https://spec.local/openapi${ref}` } : schema);
    compiled.set(key, validate);
  }
  return validate(body) ? null : `${key}: ${ajv.errorsText(validate.errors)}`;
}
