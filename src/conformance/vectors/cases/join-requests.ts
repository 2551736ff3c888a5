// join_requests.json: the join request a joining agent builds from an invite (URL from the token's endpoint claim,
// headers, body), refused before sending when the token has expired, and, when the joiner knows the master's key,
// refused when the token is forged. How the client then posts it and handles the answer is client behaviour,
// checked by client mode and by the client's own tests.
import type { RequirementId } from '../../../../generated/requirements.js';
import { encodePublicKey, keyPairFromSeed } from '../../../core/keys.js';
import type { StoredCase } from '../files.js';
import { accepted, lowerKeys, type ReferenceOutcome, refused, same, tokenErrorCode } from '../judge.js';
import type { VectorCheck } from '../model.js';
import { splitInviteUrl } from './invite-tokens.js';

interface JoinCase extends StoredCase {
  inputs: {
    token_url: string;
    agent_id: string;
    endpoint: string;
    joiner_seed_hex: string;
    joiner_public_key_b64?: string;
    now: string;
  };
  request: { method: string; url: string; headers: Record<string, string>; body: Record<string, unknown> } | null;
  client_outcome: ReferenceOutcome;
  server_view_of_posted_token?: { master_public_key_b64?: string; verify_invite_token?: ReferenceOutcome };
}

function joinCheck(c: JoinCase): VectorCheck {
  const i = c.inputs;
  const refusal = c.request === null ? tokenErrorCode(c.client_outcome) : null;
  const master = c.request === null ? undefined : c.server_view_of_posted_token?.master_public_key_b64;
  const forged =
    master !== undefined &&
    tokenErrorCode(c.server_view_of_posted_token?.verify_invite_token ?? { ok: true }) === 'INVALID_SIGNATURE';
  const also: RequirementId[] = ['HDR-001', 'TOK-URL-001'];
  if (refusal === 'TOKEN_EXPIRED') also.push('TOK-EXP-001');
  // TOK-URL-001: the body carries the `token` parameter alone (the reference posts everything after "?token=").
  const token = splitInviteUrl(i.token_url)?.token;
  const publicKey =
    i.joiner_public_key_b64 ?? encodePublicKey(keyPairFromSeed(Buffer.from(i.joiner_seed_hex, 'hex')).publicKey);
  const base = {
    op: 'build_join_request',
    invite_url: i.token_url,
    agent_id: i.agent_id,
    endpoint: i.endpoint,
    public_key: publicKey,
    now: i.now,
  } as const;
  return {
    id: `vectors.join_requests.${c.name}`,
    requirement: 'ID-ENDP-003',
    also,
    category: forged ? 'security' : 'correctness',
    expected:
      refusal !== null
        ? `refused before anything is sent (${refusal})`
        : `the reference's request to the token's endpoint + /join, the token parameter alone as invite_token${forged ? '; with the master key known, the forged token refused' : ''}`,
    async run(ctx) {
      const outcome = await ctx.call(base);
      if (c.request === null) return refused(ctx, outcome, refusal ?? 'any', 'build_join_request', 'correctness');
      const request = accepted(outcome, 'build_join_request');
      same(request.method, c.request.method, 'method');
      same(request.url, c.request.url, 'URL');
      same(lowerKeys(request.headers), lowerKeys(c.request.headers), 'headers');
      same(request.body, { ...c.request.body, invite_token: token }, 'body');
      if (token !== c.request.body.invite_token) {
        ctx.note('the reference posts what follows the token parameter too (its quirk); the token alone is posted');
      }
      if (master === undefined) return;
      const known = await ctx.call({ ...base, master_public_key: master });
      if (forged) return refused(ctx, known, 'INVALID_SIGNATURE', 'build_join_request with the master key', 'security');
      same(accepted(known, 'build_join_request with the master key').body, request.body, 'body with the master key');
    },
  };
}

export function joinRequestsChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => joinCheck(c as JoinCase));
}
