// How a peer's URLs and request headers are derived (WIRE.md §1.2, §2.3). An endpoint is the base path of
// the swarm routes (`https://host/swarm`), so callers strip trailing `/` and append a bare route name; they
// never add `/swarm` themselves.
import { PROTOCOL_VERSION } from './envelope.js';

export type PeerRoute = 'message' | 'join' | 'info' | 'health';

/** Python's `rstrip('/')`, without a regex that backtracks on long runs of slashes. */
export function stripTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end--;
  return text.slice(0, end);
}

export function peerUrl(endpoint: string, route: PeerRoute): string {
  return `${stripTrailingSlashes(endpoint)}/${route}`;
}

/**
 * The headers every request of ours carries. Newer reference peers refuse a message whose X-Agent-ID or
 * X-Swarm-Protocol disagree with the body, so they are not optional for senders.
 */
export function protocolHeaders(agentId: string, version: string = PROTOCOL_VERSION): Record<string, string> {
  return { 'Content-Type': 'application/json', 'X-Agent-ID': agentId, 'X-Swarm-Protocol': version };
}
