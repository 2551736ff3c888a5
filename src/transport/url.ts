// Peer URLs and the scheme rule. WIRE.md §1.2: an endpoint is the base path of the swarm routes
// (`https://host/swarm`); every caller strips trailing `/` characters and appends a bare route name, and never
// adds `/swarm` itself. That is the only way to reach reference peers at the paths they serve.
import { BlockList, isIP } from 'node:net';
import { TransportError } from './errors.js';

// The derivation itself lives in the protocol core; the transport re-exports it for its callers.
export { type PeerRoute, peerUrl, stripTrailingSlashes as peerBaseUrl } from '../core/peer.js';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * Whether a URL hostname names this machine: `localhost`, 127.0.0.0/8, `::1`, or an IPv4-mapped
 * `::ffff:127.x.y.z`. Only literal addresses and the name `localhost` count: another name could resolve anywhere.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (host.toLowerCase() === 'localhost') return true;
  const family = isIP(host);
  if (family === 4) return loopback.check(host, 'ipv4');
  if (family === 6) return loopback.check(host, 'ipv6');
  return false;
}

/**
 * Parses `url` and enforces the scheme rule: https always; plain http only when `allowHttpLoopback` is set and
 * the host is loopback (tests, a TLS proxy on the same machine). Anything else is refused with TLS_ERROR, a
 * final failure: refusing to talk in clear is the same decision as refusing a certificate that does not verify.
 */
export function checkPeerUrl(url: string | URL, allowHttpLoopback: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new TransportError('PEER_UNREACHABLE', 'invalid_url', `Not a valid URL: ${String(url)}`, String(url), {
      cause: error,
    });
  }
  if (parsed.protocol === 'https:') return parsed;
  const href = parsed.href;
  if (parsed.protocol === 'http:') {
    if (allowHttpLoopback && isLoopbackHost(parsed.hostname)) return parsed;
    const why = allowHttpLoopback ? 'plain http:// is allowed for loopback hosts only' : 'plain http:// is not allowed';
    throw new TransportError('TLS_ERROR', 'insecure_scheme', `Refusing ${href}: ${why}; use https://`, href);
  }
  throw new TransportError('TLS_ERROR', 'unsupported_scheme', `Refusing ${href}: only https:// is supported`, href);
}
