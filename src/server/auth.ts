// Bearer-token authentication of the management API, compared in constant time, and the loopback-only
// rule. Built once by a factory that checks its options, then used as plain middleware.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { isLoopbackHost } from '../transport/url.js';
import { ApiError } from './api-error.js';

/** A client address on this machine (127.0.0.0/8, ::1, IPv4-mapped loopback). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && isLoopbackHost(address);
}

export interface ManagementAuthOptions {
  token: string;
  loopbackOnly: boolean;
}

function digest(value: string): Buffer {
  // Hashing first gives equal-length inputs, so timingSafeEqual leaks neither content nor length.
  return createHash('sha256').update(value, 'utf8').digest();
}

export function managementAuth(options: ManagementAuthOptions) {
  if (options.token.length < 16) throw new Error('The management token must be at least 16 characters');
  const expected = digest(options.token);
  return function requireManagementToken(req: Request, res: Response, next: NextFunction): void {
    if (options.loopbackOnly && !isLoopback(req.socket.remoteAddress)) {
      next(new ApiError('UNAUTHENTICATED', 'The management API answers loopback clients only'));
      return;
    }
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([^\s]+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1] as string), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      next(new ApiError('UNAUTHENTICATED', 'Missing or wrong management token'));
      return;
    }
    next();
  };
}
