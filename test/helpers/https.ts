// Real servers for tests: bound to 127.0.0.1 on a port the OS picks, so tests never collide on fixed ports.
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import type { TestPki } from './tls.js';

export interface RunningServer {
  /** Origin of the server, e.g. `https://127.0.0.1:40123` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly server: Server | HttpsServer;
  /** Connections accepted so far (TLS handshakes completed, for HTTPS). Shows keep-alive reuse. */
  connections(): number;
  /** Drops open connections and stops listening. */
  close(): Promise<void>;
}

async function listen(
  server: Server | HttpsServer,
  scheme: 'http' | 'https',
  connectionEvent: string,
): Promise<RunningServer> {
  let connections = 0;
  server.on(connectionEvent, () => {
    connections += 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    server,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTTPS server (a handler or an express app) presenting the PKI's server certificate. */
export function startHttpsServer(handler: RequestListener, pki: TestPki): Promise<RunningServer> {
  const server = createHttpsServer({ cert: pki.certPem, key: pki.keyPem }, handler);
  return listen(server, 'https', 'secureConnection');
}

/** A plain HTTP server, for the loopback exception and for "TLS spoken to plain HTTP" failures. */
export function startHttpServer(handler: RequestListener): Promise<RunningServer> {
  return listen(createHttpServer(handler), 'http', 'connection');
}

/** A loopback port nothing listens on (bound, then released), for real "connection refused" failures. */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Answers `body` as JSON with `status`. */
export function sendJson(res: Parameters<RequestListener>[1], status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
