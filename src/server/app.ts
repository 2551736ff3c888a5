// The agent's Express app: swarm routes under the base path, the management API under /api, and one error
// handler. Everything that can be prepared (validators, the management spec, the info body) is prepared
// here, once, never per request.
import { randomUUID } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ServerContext } from './context.js';
import { errorHandler } from './error-handler.js';
import { managementRoutes } from './management-routes.js';
import { routeNotFound } from './not-found.js';
import { swarmRoutes } from './swarm-routes.js';

function requestLog(ctx: ServerContext) {
  const { logger } = ctx;
  return function logRequest(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    // A caller's request id is echoed only when it is a plain token; anything else gets a fresh one.
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-ID', id);
    // Errors are logged by the error handler; the per-request line only when info is wanted.
    if (logger.enabled && !logger.enabled('info')) {
      next();
      return;
    }
    res.on('finish', () => {
      logger.log(res.statusCode >= 500 ? 'error' : 'info', 'request', {
        request_id: id,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        agent: req.headers['x-agent-id'] ?? null,
      });
    });
    next();
  };
}

export function createApp(ctx: ServerContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Behind a proxy on loopback the client address comes from X-Forwarded-For; otherwise never.
  app.set('trust proxy', ctx.options.trustProxy ? 'loopback' : false);
  app.use(requestLog(ctx));
  app.use(ctx.options.basePath, swarmRoutes(ctx));
  app.use('/api', managementRoutes(ctx));
  app.use(routeNotFound);
  app.use(errorHandler(ctx.logger));
  return app;
}
