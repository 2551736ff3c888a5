// `swarm://<swarm_id>@<authority>?token=<jwt>` invite URLs (WIRE.md §4.1). The authority is informational
// (the join goes to the token's endpoint claim). The JWT is the `token` query parameter alone: the reference
// takes everything after `?token=`, so a further parameter would end up glued to the signature; we do not.
import type { InviteTokenClaims } from '../../generated/types.js';
import { InvalidInviteTokenError } from './errors.js';
import { type VerifiedInviteToken, type VerifyInviteOptions, verifyInviteToken } from './invite-token.js';

const SCHEME = 'swarm://';

export interface InviteUrlParts {
  swarmId: string;
  authority: string;
  jwt: string;
}

/** Python's `urlparse(endpoint).netloc`: host, port and userinfo as written, path dropped. */
export function endpointAuthority(endpoint: string): string {
  const start = endpoint.indexOf('//');
  const rest = start < 0 ? endpoint : endpoint.slice(start + 2);
  const end = rest.search(/[/?#]/);
  return end < 0 ? rest : rest.slice(0, end);
}

export function createInviteUrl(claims: Pick<InviteTokenClaims, 'swarm_id' | 'endpoint'>, jwt: string): string {
  return `${SCHEME}${claims.swarm_id}@${endpointAuthority(claims.endpoint)}?token=${jwt}`;
}

/** Splits an invite URL; throws InvalidInviteTokenError for anything that is not one. */
export function parseInviteUrl(url: string): InviteUrlParts {
  if (typeof url !== 'string' || !url.startsWith(SCHEME)) throw new InvalidInviteTokenError('Invalid token URL scheme');
  const rest = url.slice(SCHEME.length);
  const queryAt = rest.indexOf('?');
  const location = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const at = location.indexOf('@');
  if (at <= 0) throw new InvalidInviteTokenError('Invalid invite URL: expected swarm://<swarm_id>@<host>');
  const query = queryAt < 0 ? '' : rest.slice(queryAt + 1).split('#')[0];
  const jwt = new URLSearchParams(query).get('token');
  if (!jwt) throw new InvalidInviteTokenError('Invalid invite URL: no token parameter');
  return { swarmId: location.slice(0, at), authority: location.slice(at + 1).split('#')[0] ?? '', jwt };
}

/** Parses the URL and verifies its token, requiring the token's swarm_id to be the URL's. */
export function verifyInviteUrl(url: string, options: Omit<VerifyInviteOptions, 'swarmId'>): VerifiedInviteToken {
  const parts = parseInviteUrl(url);
  return verifyInviteToken(parts.jwt, { ...options, swarmId: parts.swarmId });
}
