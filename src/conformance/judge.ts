// How a check judges an answer. The decision comes first (accepted or refused), then the code, then the shape,
// so that a failure is classed by the worst thing it shows: a wrong decision is the check's own category, a
// right decision with the wrong status or code is `correctness`, the right code in the wrong shape is `format`.
import { errorCatalog } from '../../generated/errors.js';
import type { ErrorCode } from '../../generated/types.js';
import { validateErrorBody } from '../../generated/validators/ErrorBody.js';
import { validateMessageQueued } from '../../generated/validators/MessageQueued.js';
import { type Answer, type Category, CheckFailed } from './model.js';

/** A generated validator, whatever type it checks. */
export type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

/** The first schema violation of `body`, or undefined when it is valid. */
export function schemaProblem(validate: Validator, body: unknown): string | undefined {
  if (validate(body)) return undefined;
  const first = validate.errors?.[0];
  return `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`;
}

/** The code of an error answer in the catalog's shape, if it has one. */
export function errorCodeOf(answer: Answer): string | undefined {
  const code = (answer.body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `403 NOT_MEMBER`, `200 queued`, `500 (not JSON)`: an answer in a few words. */
export function summarize(answer: Answer): string {
  const code = errorCodeOf(answer);
  if (code) return `${answer.status} ${code}`;
  const status = (answer.body as { status?: unknown } | undefined)?.status;
  if (typeof status === 'string') return `${answer.status} ${status}`;
  return answer.body === undefined && answer.text !== '' ? `${answer.status} (not JSON)` : `${answer.status}`;
}

function isSuccess(answer: Answer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/**
 * The agent must refuse with `code` (and the catalog's status for it), in the one error shape. `category` is what
 * accepting it would mean.
 */
export function expectRefused(answer: Answer, code: ErrorCode, category: Category): void {
  const status = errorCatalog[code].status;
  if (isSuccess(answer)) throw new CheckFailed(category, `accepted (${summarize(answer)}); expected ${status} ${code}`);
  if (answer.status >= 500) {
    throw new CheckFailed('correctness', `${summarize(answer)}: a server error where ${status} ${code} is expected`);
  }
  const shape = schemaProblem(validateErrorBody, answer.body);
  const got = errorCodeOf(answer);
  if (answer.status !== status || (got !== undefined && got !== code)) {
    throw new CheckFailed('correctness', `${summarize(answer)}; expected ${status} ${code}`);
  }
  if (shape) throw new CheckFailed('format', `${summarize(answer)} is not in the error shape: ${shape}`);
}

/** The agent must refuse, with any catalog code (where the spec fixes no code, only the decision). */
export function expectAnyRefusal(answer: Answer, category: Category): void {
  if (isSuccess(answer)) throw new CheckFailed(category, `accepted (${summarize(answer)}); expected a refusal`);
  if (answer.status >= 500) throw new CheckFailed('correctness', `${summarize(answer)}: a server error`);
  const shape = schemaProblem(validateErrorBody, answer.body);
  if (shape) throw new CheckFailed('format', `${summarize(answer)} is not in the error shape: ${shape}`);
  const code = errorCodeOf(answer) as ErrorCode;
  if (errorCatalog[code].status !== answer.status) {
    throw new CheckFailed(
      'correctness',
      `${summarize(answer)}: the catalog answers ${code} with ${errorCatalog[code].status}`,
    );
  }
}

/** The agent must store (or harmlessly acknowledge) the message: 200 with a MessageQueued body. */
export function expectAccepted(answer: Answer, category: Category): void {
  if (answer.status >= 500) throw new CheckFailed('correctness', `${summarize(answer)}: a server error`);
  if (answer.status !== 200) throw new CheckFailed(category, `refused (${summarize(answer)}); expected 200 queued`);
  const shape = schemaProblem(validateMessageQueued as Validator, answer.body);
  if (shape) throw new CheckFailed('format', `200 with a body that is not MessageQueued: ${shape}`);
}

/** The answer must be 200 with a body valid against `validate`. */
export function expectBody(answer: Answer, validate: Validator, what: string): void {
  if (answer.status !== 200) throw new CheckFailed('correctness', `${summarize(answer)}; expected 200 with ${what}`);
  const shape = schemaProblem(validate, answer.body);
  if (shape) throw new CheckFailed('format', `200 with a body that is not ${what}: ${shape}`);
}
