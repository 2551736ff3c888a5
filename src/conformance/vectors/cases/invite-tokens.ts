// invite_tokens.json: tokens issued byte for byte, the swarm:// URL split, and what a joining client (the URL, with
// the right key, a wrong one, none) and the admitting server (the bare JWT, right and wrong key) make of each
// token, generated, expired or forged. Accepting what the reference refuses is a security failure.
import type { RequirementId } from '../../../../generated/requirements.js';
import type { ErrorCode } from '../../../../generated/types.js';
import { createInviteToken } from '../../../core/invite-token.js';
import { formatTimestamp } from '../../../core/timestamp.js';
import type { StoredCase } from '../files.js';
import { accepted, type ReferenceOutcome, refused, same, tokenErrorCode, utcForm, withoutNulls } from '../judge.js';
import type { Outcome, VectorCheck, VectorContext } from '../model.js';

interface InviteInputs {
  seed_hex: string;
  swarm_id: string;
  master: string;
  endpoint: string;
  expires_at: string | null;
  max_uses: number | null;
  iat: number;
  time_time_patched_to?: number;
}

interface InviteCase extends StoredCase {
  inputs?: InviteInputs;
  master_public_key_b64: string;
  wrong_public_key_b64: string;
  url: string;
  jwt: string;
  payload?: Record<string, unknown> | null;
  client_parse: Record<'with_correct_key' | 'with_wrong_key' | 'without_key', ReferenceOutcome>;
  server: {
    input_jwt: string;
    verify_invite_token_correct_key: ReferenceOutcome;
    verify_invite_token_wrong_key: ReferenceOutcome;
  };
}

/**
 * The vectors' fixed clock (the generator's patched time.time), for cases that do not carry their own: their
 * expiry dates lie in 2020/2024 or 2098/2099, far from it on either side.
 */
const VECTOR_CLOCK = 1770301800.75;

/** A swarm:// URL as TOK-URL-001 splits it, or undefined when it is not one. */
export function splitInviteUrl(url: string): { swarm_id: string; authority: string; token: string } | undefined {
  if (!url.startsWith('swarm://')) return undefined;
  const rest = url.slice('swarm://'.length);
  const query = rest.indexOf('?');
  const location = query < 0 ? rest : rest.slice(0, query);
  const at = location.indexOf('@');
  const token = new URLSearchParams(query < 0 ? '' : rest.slice(query + 1).split('#')[0]).get('token');
  if (at <= 0 || !token) return undefined;
  return { swarm_id: location.slice(0, at), authority: location.slice(at + 1), token };
}

/** Judges one verification against the reference's outcome for it. */
function judgeVerification(
  ctx: VectorContext,
  outcome: Outcome<'verify_invite_url' | 'verify_invite_token'>,
  reference: ReferenceOutcome,
  what: string,
): void {
  const code = tokenErrorCode(reference);
  if (code !== null) refused(ctx, outcome, code, what, 'security');
  else same(withoutNulls(accepted(outcome, what).claims), withoutNulls(reference.result), `${what}: claims`);
}

/** The requirement a case is about: its most specific refusal, else the signature check (a wrong key refused). */
function requirementOf(c: InviteCase): RequirementId {
  const outcomes = [
    c.client_parse.with_correct_key,
    c.client_parse.without_key,
    c.server.verify_invite_token_correct_key,
  ];
  const codes = new Set<ErrorCode | 'any' | null>(outcomes.map(tokenErrorCode));
  if (codes.has('UNSUPPORTED_ALGORITHM')) return 'TOK-ALG-001';
  if (codes.has('TOKEN_SWARM_MISMATCH')) return 'TOK-SWM-001';
  if (codes.has('TOKEN_EXPIRED')) return 'TOK-EXP-001';
  if ((c.server.verify_invite_token_correct_key.message_stable_prefix ?? '').startsWith('Missing required claims'))
    return 'TOK-CLM-001';
  return 'SRV-JOIN-002';
}

/** What issuing the case's inputs must give: a refusal, or the token and URL. */
function issued(c: InviteCase, inputs: InviteInputs): { refuse: true } | { refuse: false; token: string; url: string } {
  // The reference drops max_uses 0 (`if max_uses:`) and issues an unlimited token: its quirk. A token that admits
  // fewer than one join is refused.
  if (inputs.max_uses !== null && inputs.max_uses < 1) return { refuse: true };
  const utc = inputs.expires_at === null ? null : utcForm(inputs.expires_at);
  if (utc === null || utc === c.payload?.expires_at) return { refuse: false, token: c.jwt, url: c.url };
  // The reference writes an offset expires_at's wall clock with the offset dropped (its quirk); the token carries
  // the UTC instant, and so its own bytes, computed here from the same inputs.
  const token = createInviteToken(
    { ...claimsOf(inputs), expires_at: utc },
    new Uint8Array(Buffer.from(inputs.seed_hex, 'hex')),
  );
  return { refuse: false, token, url: c.url.replace(c.jwt, token) };
}

function claimsOf(inputs: InviteInputs) {
  return {
    swarm_id: inputs.swarm_id,
    master: inputs.master,
    endpoint: inputs.endpoint,
    iat: inputs.iat,
    ...(inputs.expires_at === null ? {} : { expires_at: inputs.expires_at }),
    ...(inputs.max_uses === null ? {} : { max_uses: inputs.max_uses }),
  };
}

function inviteCheck(c: InviteCase): VectorCheck {
  const requirement = requirementOf(c);
  const also = (['TOK-URL-001', 'SRV-JOIN-002'] as RequirementId[]).filter((id) => id !== requirement);
  return {
    id: `vectors.invite_tokens.${c.name}`,
    requirement,
    also,
    category: 'security',
    expected: `${c.inputs ? 'issued byte for byte; ' : ''}the URL split at its token parameter; client and server verdicts of the reference (right key, wrong key, none)`,
    async run(ctx) {
      if (c.inputs) await judgeIssuing(ctx, c, c.inputs);
      await judgeUrl(ctx, c);
      const now = formatTimestamp(new Date((c.inputs?.time_time_patched_to ?? VECTOR_CLOCK) * 1000));
      const client = [
        ['with_correct_key', c.master_public_key_b64],
        ['with_wrong_key', c.wrong_public_key_b64],
        ['without_key', undefined],
      ] as const;
      for (const [variant, key] of client) {
        const request = { op: 'verify_invite_url', url: c.url, now, ...(key ? { public_key: key } : {}) } as const;
        judgeVerification(ctx, await ctx.call(request), c.client_parse[variant], `verify_invite_url ${variant}`);
      }
      const server = [
        ['correct key', c.master_public_key_b64, c.server.verify_invite_token_correct_key],
        ['wrong key', c.wrong_public_key_b64, c.server.verify_invite_token_wrong_key],
      ] as const;
      for (const [variant, key, reference] of server) {
        const request = { op: 'verify_invite_token', token: c.server.input_jwt, public_key: key, now } as const;
        judgeVerification(ctx, await ctx.call(request), reference, `verify_invite_token, ${variant}`);
      }
    },
  };
}

async function judgeIssuing(ctx: VectorContext, c: InviteCase, inputs: InviteInputs): Promise<void> {
  const want = issued(c, inputs);
  const outcome = await ctx.call({ op: 'create_invite_token', seed_hex: inputs.seed_hex, claims: claimsOf(inputs) });
  if (want.refuse) {
    ctx.note('reference quirk: it drops max_uses below 1 and issues an unlimited token; issuing is refused');
    return refused(ctx, outcome, 'any', 'create_invite_token with max_uses below 1', 'correctness');
  }
  if (want.token !== c.jwt)
    ctx.note('reference quirk: it drops the offset of expires_at; the token carries the UTC instant');
  const issuedToken = accepted(outcome, 'create_invite_token');
  same(issuedToken.token, want.token, 'token');
  same(issuedToken.url, want.url, 'invite URL');
}

async function judgeUrl(ctx: VectorContext, c: InviteCase): Promise<void> {
  const parts = splitInviteUrl(c.url);
  const outcome = await ctx.call({ op: 'parse_invite_url', url: c.url });
  if (!parts) {
    return refused(
      ctx,
      outcome,
      'any',
      'parse_invite_url of a URL that is not swarm://<id>@<host>?token=',
      'correctness',
    );
  }
  same(accepted(outcome, 'parse_invite_url'), parts, 'parse_invite_url');
  if (parts.token !== c.jwt) ctx.note('the reference keeps what follows the token parameter in the token (its quirk)');
}

export function inviteTokensChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => inviteCheck(c as InviteCase));
}
