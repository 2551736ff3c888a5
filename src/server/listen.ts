// Runs the app over HTTPS (certificate and key given) or plain HTTP on loopback (behind a TLS proxy), and
// shuts down gracefully: stop accepting, let in-flight requests finish, then the caller closes the store.
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../transport/url.js';

export interface ListenOptions {
  host: string;
  port: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface RunningServer {
  server: Server;
  port: number;
  /** The origin, e.g. https://127.0.0.1:8443. */
  origin: string;
  /** Stops accepting, waits for in-flight requests (at most graceMs), then resolves. */
  close(graceMs?: number): Promise<void>;
}

export async function listen(handler: RequestListener, options: ListenOptions): Promise<RunningServer> {
  if (!options.tls && !isLoopbackHost(options.host)) {
    throw new Error(`Plain HTTP is only served on loopback; give a TLS certificate to bind ${options.host}`);
  }
  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : createHttpServer(handler);
  // Slow-loris protection: a request must arrive whole within this time.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `${options.tls ? 'https' : 'http'}://${host}:${port}`;
  return {
    server,
    port,
    origin,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
