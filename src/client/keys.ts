// Peers' public keys. A member's key normally arrives with the membership (the join response, a master's
// member_joined); when one is missing it is fetched from the peer's own /info, checked to name the agent asked
// for, and cached in the store's key table for a while, so a busy agent does not ask a peer for it on every
// message.
import type { AgentInfo, ErrorCode } from '../../generated/types.js';
import { decodePublicKey } from '../core/keys.js';
import { stripTrailingSlashes } from '../core/peer.js';
import type { Store } from '../state/store.js';
import type { Transport } from '../transport/transport.js';
import { type PeerRequestOptions, requestInfo } from './peer-request.js';
import { type ClientResult, fail, ok } from './result.js';

export const DEFAULT_KEY_TTL_MS = 60 * 60 * 1000;

/** A failed /info fetch, thrown by fetchInfo (the server's hook contract is a promise that rejects). */
export class PeerRequestError extends Error {
  override readonly name = 'PeerRequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * GET <endpoint>/info, validated with validateAgentInfo; rejects with PeerRequestError. With `expectAgentId`
 * an answer naming another agent is refused (INVALID_RESPONSE).
 */
export async function fetchInfo(
  endpoint: string,
  options: PeerRequestOptions & { expectAgentId?: string },
): Promise<AgentInfo> {
  const result = await requestInfo(endpoint, options);
  if (result.error) {
    const { code, message, status, cause } = result.error;
    throw new PeerRequestError(code, message, status, { cause });
  }
  if (options.expectAgentId !== undefined && result.data.agent_id !== options.expectAgentId) {
    throw new PeerRequestError(
      'INVALID_RESPONSE',
      `${endpoint}/info names ${result.data.agent_id}, not ${options.expectAgentId}`,
    );
  }
  return result.data;
}

/** `fetchInfo` over a transport, in the shape of the server's `hooks.fetchInfo`. */
export function infoFetcher(transport: Transport, agentId: string): (endpoint: string) => Promise<AgentInfo> {
  // One attempt: the server fetches after answering, and a failure is only logged.
  return (endpoint) => fetchInfo(endpoint, { fetch: transport.fetch, agentId, attempts: 1 });
}

export interface ResolvedKey {
  agentId: string;
  publicKey: string;
  endpoint: string | null;
  /** Where it came from: the member list, the key cache, or a fresh /info. */
  source: 'member' | 'cache' | 'info';
}

export interface KeyResolverOptions {
  store: Store;
  request: PeerRequestOptions;
  /** How long a fetched key is trusted without asking again; default 1 h. */
  ttlMs?: number;
  now?: () => number;
}

export interface KeyResolver {
  /**
   * The key of `agentId`: from the member list of `swarmId`, else the cache while fresh, else the /info of
   * `endpoint` (or of the member's, or the cached endpoint).
   */
  resolve(agentId: string, where?: { swarmId?: string; endpoint?: string }): Promise<ClientResult<ResolvedKey>>;
}

export function createKeyResolver(options: KeyResolverOptions): KeyResolver {
  const { store } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_KEY_TTL_MS;
  const now = options.now ?? Date.now;

  return {
    async resolve(agentId, where = {}) {
      const member = where.swarmId === undefined ? undefined : store.swarms.getMember(where.swarmId, agentId);
      if (member && isValidKey(member.publicKey)) {
        return ok({ agentId, publicKey: member.publicKey, endpoint: member.endpoint, source: 'member' as const });
      }
      const endpoint = where.endpoint ?? member?.endpoint;
      const cached = store.keys.get(agentId);
      const fresh = cached && now() - Date.parse(cached.fetchedAt) < ttlMs;
      const sameEndpoint =
        endpoint === undefined ||
        cached?.endpoint == null ||
        stripTrailingSlashes(cached.endpoint) === stripTrailingSlashes(endpoint);
      if (cached && fresh && sameEndpoint) {
        return ok({ agentId, publicKey: cached.publicKey, endpoint: cached.endpoint, source: 'cache' as const });
      }
      const target = endpoint ?? cached?.endpoint ?? undefined;
      if (target === undefined) return fail('MEMBER_NOT_FOUND', `No endpoint known for ${agentId}`);
      const info = await requestInfo(target, options.request);
      if (info.error) return info;
      if (info.data.agent_id !== agentId) {
        return fail('INVALID_RESPONSE', `${target}/info names ${info.data.agent_id}, not ${agentId}`);
      }
      if (!isValidKey(info.data.public_key)) {
        return fail('INVALID_PUBLIC_KEY', `${target}/info carries a malformed public key`);
      }
      const record = await store.write(({ keys }) =>
        // The key table keeps https endpoints only (a loopback http:// test peer is cached without one).
        keys.put({ agentId, publicKey: info.data.public_key, endpoint: target.startsWith('https://') ? target : null }),
      );
      return ok({ agentId, publicKey: record.publicKey, endpoint: record.endpoint, source: 'info' as const });
    },
  };
}

function isValidKey(text: string): boolean {
  try {
    decodePublicKey(text);
    return true;
  } catch {
    return false;
  }
}
