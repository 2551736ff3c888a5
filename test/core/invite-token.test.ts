import { expect } from 'chai';
import fc from 'fast-check';
import type { ErrorCode } from '../../generated/types.js';
import { encodeBase64Url } from '../../src/core/base64.js';
import { InviteTokenError } from '../../src/core/errors.js';
import {
  checkTokenUsage,
  createInviteToken,
  decodeInviteToken,
  inviteTokenKey,
  verifyInviteToken,
} from '../../src/core/invite-token.js';
import { verifyInviteUrl } from '../../src/core/invite-url.js';
import { keyPairFromSeed } from '../../src/core/keys.js';

const NOW = new Date('2026-02-05T14:30:00.750Z');

function outcomeOf(run: () => unknown): ErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof InviteTokenError)) throw error;
    return error.code;
  }
}

describe('core/invite-token', () => {
  it('WIRE.md §4.7 worked example, and its natural key', () => {
    const claims = {
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      master: 'agent-alpha',
      endpoint: 'https://alpha.example.com/swarm',
      iat: 1738763800,
      expires_at: '2099-01-01T00:00:00.000Z',
      max_uses: 1,
    };
    const jwt = createInviteToken(claims, new Uint8Array(32).fill(1));
    expect(jwt.split('.')[2]).to.equal(
      '4bDBwaXxu-utzZ_EatiUvyY3M90-lWqFD0LlHqHNzoKMc4hHztS0fVcjTQyDIWDyuQzqiEKknoNRwj8_OeDyBw',
    );
    expect(inviteTokenKey(jwt)).to.equal('b7b67c5373bacfa1733dd12a010dbf6135e0f8a6a164caedfcd183527f7c3eca');
  });

  it('escapes non-ASCII claims as \\uXXXX like Python', () => {
    const jwt = createInviteToken(
      {
        swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        master: 'agent-ü',
        endpoint: 'https://ü.example/swarm',
        iat: 1,
      },
      new Uint8Array(32).fill(1),
    );
    const payload = Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString();
    expect(payload).to.equal(
      '{"swarm_id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","master":"agent-\\u00fc","endpoint":"https://\\u00fc.example/swarm","iat":1}',
    );
  });

  describe('checks beyond the reference', () => {
    const pair = keyPairFromSeed(new Uint8Array(32).fill(1));
    const claims = {
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      master: 'm',
      endpoint: 'https://h/swarm',
      iat: 1,
    };
    const jwt = createInviteToken(claims, pair);
    const rows: { name: string; run: () => unknown; want: ErrorCode | null }[] = [
      {
        name: 'own endpoint, trailing slash ignored',
        run: () => verifyInviteToken(jwt, { now: NOW, endpoint: 'https://h/swarm/' }),
        want: null,
      },
      {
        name: 'another endpoint',
        run: () => verifyInviteToken(jwt, { now: NOW, endpoint: 'https://evil/swarm' }),
        want: 'TOKEN_ENDPOINT_MISMATCH',
      },
      {
        name: 'expired at the instant after expires_at',
        run: () =>
          verifyInviteToken(createInviteToken({ ...claims, expires_at: '2026-01-01T00:00:00.000Z' }, pair), {
            now: new Date('2026-01-01T00:00:00.001Z'),
          }),
        want: 'TOKEN_EXPIRED',
      },
      {
        name: 'valid at expires_at itself',
        run: () =>
          verifyInviteToken(createInviteToken({ ...claims, expires_at: '2026-01-01T00:00:00.000Z' }, pair), {
            now: new Date('2026-01-01T00:00:00.000Z'),
          }),
        want: null,
      },
      { name: 'revoked', run: () => checkTokenUsage({ uses: 0, maxUses: 5, revoked: true }), want: 'TOKEN_REVOKED' },
      {
        name: 'exhausted',
        run: () => checkTokenUsage({ uses: 5, maxUses: 5, revoked: false }),
        want: 'TOKEN_EXHAUSTED',
      },
      { name: 'last use allowed', run: () => checkTokenUsage({ uses: 4, maxUses: 5, revoked: false }), want: null },
      { name: 'unlimited', run: () => checkTokenUsage({ uses: 10_000, maxUses: null, revoked: false }), want: null },
      {
        name: 'SPKI master key',
        run: () => verifyInviteToken(jwt, { now: NOW, publicKey: `MCowBQYDK2VwAyEA${'A'.repeat(43)}=` }),
        want: 'INVALID_SIGNATURE',
      },
      {
        name: 'claims of the wrong type',
        run: () =>
          verifyInviteToken(
            jwt.replace(/^[^.]+\.[^.]+/, (h) => `${h.split('.')[0]}.${encodeBase64Url(Buffer.from('{"swarm_id":1}'))}`),
            { now: NOW },
          ),
        want: 'INVALID_TOKEN',
      },
      {
        name: 'header typ other than JWT',
        run: () => decodeInviteToken(`${encodeBase64Url(Buffer.from('{"alg":"EdDSA","typ":"x"}'))}.e30.`),
        want: 'INVALID_TOKEN',
      },
      {
        name: 'alg that is an object',
        run: () => decodeInviteToken(`${encodeBase64Url(Buffer.from('{"alg":{"toString":1}}'))}.e30.`),
        want: 'UNSUPPORTED_ALGORITHM',
      },
      {
        name: 'swarm_id that is an object',
        run: () =>
          verifyInviteToken(`${jwt.split('.')[0]}.${encodeBase64Url(Buffer.from('{"swarm_id":{"toString":1}}'))}.`, {
            now: NOW,
            swarmId: 's',
          }),
        want: 'TOKEN_SWARM_MISMATCH',
      },
      {
        name: 'payload that is an array',
        run: () => decodeInviteToken(`${jwt.split('.')[0]}.W10.`),
        want: 'INVALID_TOKEN',
      },
    ];
    for (const row of rows) {
      it(`${row.name} -> ${String(row.want)}`, () => {
        expect(outcomeOf(row.run)).to.equal(row.want);
      });
    }
  });

  it('property: the parser throws nothing but InviteTokenError on arbitrary input', () => {
    const part = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => encodeBase64Url(Buffer.from(JSON.stringify(value) ?? 'null'))),
      fc.constant(encodeBase64Url(Buffer.from('{"alg":"EdDSA"}'))),
      fc
        .dictionary(
          fc.constantFrom('alg', 'swarm_id', 'master', 'endpoint', 'iat', 'expires_at', 'toString'),
          fc.jsonValue(),
        )
        .map((value) => encodeBase64Url(Buffer.from(JSON.stringify(value)))),
    );
    const tokens = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(part, part, part).map((parts) => parts.join('.')),
    );
    const urls = fc.oneof(
      tokens.map((jwt) => `swarm://s@h?token=${jwt}`),
      fc.string({ unit: 'binary' }).map((s) => `swarm://${s}`),
    );
    const keys = fc.constantFrom(undefined, 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=', 'garbage');
    fc.assert(
      fc.property(tokens, urls, keys, (jwt, url, publicKey) => {
        for (const run of [
          () => verifyInviteToken(jwt, { now: NOW, publicKey, swarmId: 's', endpoint: 'https://h' }),
          () => verifyInviteUrl(url, { now: NOW, publicKey }),
        ]) {
          try {
            run();
          } catch (error) {
            expect(error).to.be.instanceOf(InviteTokenError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
