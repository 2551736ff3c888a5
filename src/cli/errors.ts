// The CLI's error type and how any failure becomes a message and an exit code. Exit codes come from the
// catalog (spec/schemas/ErrorCode.json, x-exit-code): 1 error, 2 bad arguments, 3 network, 4 auth,
// 5 not found, 130 interrupted.
import { UsageError } from 'clipanion';
import { errorCatalog, isErrorCode } from '../../generated/errors.js';
import type { ErrorCode } from '../../generated/types.js';
import { catalogCodeOf, StateError } from '../state/errors.js';

export class CliError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usage(message: string, hint?: string): CliError {
  return new CliError('USAGE_ERROR', message, hint);
}

export interface Failure {
  code: ErrorCode;
  message: string;
  hint?: string;
  details: Record<string, unknown> | null;
  exitCode: number;
}

/** Any thrown value as a Failure: our errors keep their code, the rest are INTERNAL_ERROR. */
export function toFailure(error: unknown): Failure {
  if (error instanceof UsageError) {
    return { code: 'USAGE_ERROR', message: error.message, details: null, exitCode: 2 };
  }
  if (error instanceof StateError) {
    const code = catalogCodeOf(error);
    if (code) {
      const hint =
        error.code === 'STORE_FAILED' ? 'Check the disk and the file system, then run the command again' : undefined;
      return {
        code,
        message: error.message,
        hint,
        details: error.details ?? null,
        exitCode: errorCatalog[code].exitCode,
      };
    }
  }
  const e = error as { code?: unknown; message?: string; hint?: string; details?: unknown };
  if (error instanceof Error && isErrorCode(e.code)) {
    const code = e.code as ErrorCode;
    const details = e.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : null;
    return { code, message: error.message, hint: e.hint, details, exitCode: errorCatalog[code].exitCode };
  }
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_BUSY')) {
    return { code: 'SERVICE_UNAVAILABLE', message: 'The database is busy; try again', details: null, exitCode: 1 };
  }
  return {
    code: 'INTERNAL_ERROR',
    message: error instanceof Error ? error.message : String(error),
    details: null,
    exitCode: 1,
  };
}
