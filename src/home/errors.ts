// Failures of the agent's home (config, key, token files), each with its catalog code.
import type { ErrorCode } from '../../generated/types.js';

export class HomeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HomeError';
  }
}
