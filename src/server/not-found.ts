// 404 and 405 in the catalog's shape; a 405 names the methods the route has.
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error.js';

export function methodNotAllowed(allowed: readonly string[]) {
  const allow = allowed.join(', ');
  return function refuseMethod(req: Request, res: Response, next: NextFunction): void {
    res.setHeader('Allow', allow);
    next(new ApiError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allow}`, { allow: allowed }));
  };
}

export function routeNotFound(req: Request, _res: Response, next: NextFunction): void {
  next(new ApiError('ROUTE_NOT_FOUND', `No route ${req.method} ${req.path}`));
}
