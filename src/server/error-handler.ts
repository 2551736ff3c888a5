// The one exit for errors: whatever was thrown leaves as the catalog's ErrorBody. Core, store, body-parser
// and validator errors are mapped to their codes; anything unexpected is logged and answered 500.
import type { NextFunction, Request, Response } from 'express';
import { errorCatalog } from '../../generated/errors.js';
import { ProtocolError } from '../core/errors.js';
import { catalogCodeOf, StateError } from '../state/errors.js';
import { ApiError, retryAfterSeconds } from './api-error.js';
import type { Logger } from './logger.js';

const VALIDATOR_CODES: Record<number, ApiError['code']> = {
  400: 'INVALID_FORMAT',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

interface HttpishError {
  status?: number;
  type?: string;
  code?: string;
  errors?: Array<{ path?: string; message?: string }>;
  message?: string;
}

export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof ProtocolError) return new ApiError(error.code, error.message, null, { cause: error });
  if (error instanceof StateError) {
    const code = catalogCodeOf(error);
    // Local-only codes (a database too new, an invalid import) are a fault of this agent, not the peer's request.
    return code && errorCatalog[code].scope === 'wire'
      ? new ApiError(code, error.message, error.details ?? null, { cause: error })
      : undefined;
  }
  const e = error as HttpishError;
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_BUSY')) {
    return new ApiError('SERVICE_UNAVAILABLE', 'The database is busy; retry', null, { cause: error });
  }
  // body-parser (management API bodies)
  if (e?.type === 'entity.too.large')
    return new ApiError('PAYLOAD_TOO_LARGE', 'Body too large', null, { cause: error });
  if (e?.type === 'entity.parse.failed') {
    return new ApiError('INVALID_JSON', 'Body is not valid JSON', { reason: e.message ?? null }, { cause: error });
  }
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding', null, { cause: error });
  }
  // express-openapi-validator
  if (typeof e?.status === 'number' && Array.isArray(e.errors)) {
    const code = VALIDATOR_CODES[e.status];
    if (code) {
      const errors = e.errors.map((x) => ({ pointer: x.path ?? '/', message: x.message ?? '' }));
      return new ApiError(
        code,
        e.message ?? 'Invalid request',
        { pointer: errors[0]?.pointer ?? '/', errors },
        {
          cause: error,
        },
      );
    }
  }
  return undefined;
}

/** The catalog error to answer with; anything unexpected is logged with the request and becomes INTERNAL_ERROR. */
export function errorAnswer(logger: Logger, error: unknown, request: { requestId: string; path: string }): ApiError {
  const apiError = toApiError(error);
  if (apiError) return apiError;
  logger.log('error', 'request.failed', {
    request_id: request.requestId,
    path: request.path,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new ApiError('INTERNAL_ERROR', 'Internal error; nothing was stored');
}

export function errorHandler(logger: Logger) {
  return function sendError(error: unknown, req: Request, res: Response, _next: NextFunction): void {
    const apiError = errorAnswer(logger, error, { requestId: res.locals.requestId, path: req.path });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const retryAfter = retryAfterSeconds(apiError);
    if (retryAfter !== undefined && !res.hasHeader('Retry-After')) res.setHeader('Retry-After', retryAfter);
    res.status(apiError.status).json(apiError.toBody());
  };
}
