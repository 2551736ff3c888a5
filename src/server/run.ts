// Assembles and runs one agent server: context, app, listener, and the graceful stop that `swarm serve`
// calls on SIGTERM/SIGINT (stop accepting, finish in-flight requests, flush pending commits, close the
// database).

import type { Store } from '../state/store.js';
import { createRequestHandler } from './app.js';
import {
  type AgentIdentity,
  createServerContext,
  type ServerContext,
  type ServerHooks,
  type ServerOptions,
} from './context.js';
import { type ListenOptions, listen, type RunningServer } from './listen.js';
import type { Logger } from './logger.js';

export interface AgentServerOptions {
  store: Store;
  identity: AgentIdentity;
  server: Partial<ServerOptions> & { management: ServerOptions['management'] };
  listen: ListenOptions;
  logger: Logger;
  hooks?: ServerHooks;
  /** Runs beside the server and is stopped before the store closes (the delivery worker). */
  companions?: Array<{ stop(): Promise<void> | void }>;
}

export interface AgentServer {
  ctx: ServerContext;
  running: RunningServer;
  stop(graceMs?: number): Promise<void>;
}

export async function startAgentServer(options: AgentServerOptions): Promise<AgentServer> {
  const ctx = createServerContext({
    store: options.store,
    identity: options.identity,
    options: options.server,
    logger: options.logger,
    hooks: options.hooks,
  });
  // A server runs for long: checkpoints move off its event loop.
  await options.store.checkpointInBackground();
  const running = await listen(createRequestHandler(ctx), {
    onClientError: (code, error) =>
      options.logger.log('info', 'http.client_error', { code, reason: (error as { code?: string }).code ?? null }),
    ...options.listen,
  });
  let stopping: Promise<void> | undefined;
  return {
    ctx,
    running,
    stop(graceMs) {
      stopping ??= (async () => {
        await running.close(graceMs);
        for (const companion of options.companions ?? []) await companion.stop();
        options.store.close();
      })();
      return stopping;
    },
  };
}
