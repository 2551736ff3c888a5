// The agent's Express app: swarm routes under the base path, the management API under /api, and one error
// handler. Everything that can be prepared (validators, the management spec, the info body) is prepared
// here, once, never per request.
import type { RequestListener } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ServerContext } from './context.js';
import { errorHandler } from './error-handler.js';
import { managementRoutes } from './management-routes.js';
import { messageFastPath } from './message-route.js';
import { routeNotFound } from './not-found.js';
import { logRequestLine, requestIdOf, wantsRequestLines } from './request-log.js';
import { swarmRoutes } from './swarm-routes.js';

function requestLog(ctx: ServerContext) {
  const { logger } = ctx;
  return function logRequest(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('X-Request-ID', requestId);
    if (wantsRequestLines(logger)) {
      res.on('finish', () =>
        logRequestLine(logger, { requestId, method: req.method, path: req.path, status: res.statusCode, started, req }),
      );
    }
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

/**
 * What the server listens with: the message fast path first (the one hot route, see message-route.ts), then the
 * Express app for everything else.
 */
export function createRequestHandler(ctx: ServerContext): RequestListener {
  const app = createApp(ctx);
  const fastPath = messageFastPath(ctx);
  return (req, res) => {
    if (!fastPath(req, res)) app(req, res);
  };
}
