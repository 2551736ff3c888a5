// Runs the app over HTTPS (certificate and key given) or plain HTTP on loopback (behind a TLS proxy), and
// shuts down gracefully: stop accepting, let in-flight requests finish, then the caller closes the store.
import { createServer as createHttpServer, type RequestListener, type Server, STATUS_CODES } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../../generated/types.js';
import { isLoopbackHost } from '../transport/url.js';
import { ApiError, JSON_TYPE } from './api-error.js';

export interface ListenOptions {
  host: string;
  port: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Slow-loris limits: the headers must arrive within headersMs, the whole request within requestMs. */
  timeouts?: { headersMs?: number; requestMs?: number; keepAliveMs?: number };
  /** Told of each connection answered before any route (MALFORMED_REQUEST, HEADERS_TOO_LARGE, REQUEST_TIMEOUT). */
  onClientError?: (code: ErrorCode, error: Error) => void;
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
  const headersTimeout = options.timeouts?.headersMs ?? 10_000;
  const http = {
    // Slow-loris protection: a request must arrive whole within this time.
    headersTimeout,
    requestTimeout: options.timeouts?.requestMs ?? 30_000,
    keepAliveTimeout: options.timeouts?.keepAliveMs ?? 5_000,
    // Node checks those limits only this often (30 s by default, which would triple the headers limit).
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  };
  const server: Server = options.tls
    ? createHttpsServer({ ...http, cert: options.tls.cert, key: options.tls.key }, handler)
    : createHttpServer(http, handler);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    answerClientError(error, socket, options.onClientError);
  });
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

type ClientErrorCode = Extract<ErrorCode, 'MALFORMED_REQUEST' | 'HEADERS_TOO_LARGE' | 'REQUEST_TIMEOUT'>;

/** Node's parser codes for what it could not take as a request; everything else it reports is malformed framing. */
function clientErrorCode(error: NodeJS.ErrnoException): ClientErrorCode {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'MALFORMED_REQUEST';
}

const CLIENT_ERROR_MESSAGES: Record<ClientErrorCode, string> = {
  MALFORMED_REQUEST: 'The request is not valid HTTP/1.1',
  HEADERS_TOO_LARGE: 'The request line and headers are too large',
  REQUEST_TIMEOUT: 'The request did not arrive whole in time',
};

/**
 * What Node would answer with a bare status line, in the catalog's shape instead; then the connection is closed.
 * As Node does, nothing is written when the peer is gone or an answer on this connection has already begun.
 */
function answerClientError(
  error: NodeJS.ErrnoException,
  socket: Duplex,
  onClientError: ListenOptions['onClientError'],
): void {
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || !socket.writable) {
    socket.destroy();
    return;
  }
  const code = clientErrorCode(error);
  onClientError?.(code, error);
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  // The parser's own code (e.g. HPE_INVALID_METHOD) says what was wrong with the bytes.
  const details = code === 'MALFORMED_REQUEST' ? { reason: error.code ?? null } : null;
  const answer = new ApiError(code, CLIENT_ERROR_MESSAGES[code], details);
  const body = JSON.stringify(answer.toBody());
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
      `Content-Type: ${JSON_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
  // A peer that never reads the answer does not keep the socket.
  setTimeout(() => socket.destroy(), 5_000).unref();
}
