import { expect } from 'chai';
import fc from 'fast-check';
import { TransportError } from '../../src/transport/errors.js';
import {
  type AttemptResult,
  backoffDelay,
  classifyOutcome,
  type Outcome,
  parseRetryAfter,
} from '../../src/transport/retry.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const errorBody = (code: string, details: Record<string, unknown> | null = null) => ({
  error: { code, message: 'm', details },
});
const netError = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('transport/retry', () => {
  describe('classifyOutcome', () => {
    const rows: { name: string; given: AttemptResult; want: Partial<Outcome> }[] = [
      { name: '200 is success', given: { status: 200 }, want: { kind: 'success' } },
      { name: '202 is success', given: { status: 202 }, want: { kind: 'success' } },
      { name: '204 is success', given: { status: 204 }, want: { kind: 'success' } },
      { name: '408 is retried', given: { status: 408 }, want: { kind: 'retry' } },
      { name: '500 is retried', given: { status: 500 }, want: { kind: 'retry' } },
      {
        name: '503 keeps the body code',
        given: { status: 503, body: errorBody('SERVICE_UNAVAILABLE') },
        want: { kind: 'retry', code: 'SERVICE_UNAVAILABLE' },
      },
      {
        name: '503 with Retry-After carries the wait',
        given: { status: 503, headers: new Headers({ 'Retry-After': '2' }), now: NOW },
        want: { kind: 'retry', retryAfterMs: 2_000 },
      },
      { name: '504 is retried', given: { status: 504 }, want: { kind: 'retry' } },
      {
        name: '400 with an ErrorBody is final with its code',
        given: { status: 400, body: errorBody('TIMESTAMP_OUT_OF_WINDOW') },
        want: { kind: 'final', code: 'TIMESTAMP_OUT_OF_WINDOW', reason: 'HTTP 400 TIMESTAMP_OUT_OF_WINDOW' },
      },
      {
        name: '401 INVALID_SIGNATURE is final',
        given: { status: 401, body: errorBody('INVALID_SIGNATURE') },
        want: { kind: 'final', code: 'INVALID_SIGNATURE' },
      },
      {
        name: '404 without a body is final, no code',
        given: { status: 404 },
        want: { kind: 'final', code: undefined },
      },
      {
        name: '422 reference validation shape has no code',
        given: { status: 422, body: { detail: [{ type: 'missing' }] } },
        want: { kind: 'final', code: undefined },
      },
      {
        name: 'a code outside the catalog is not recorded',
        given: { status: 400, body: errorBody('NOPE') },
        want: { kind: 'final', code: undefined },
      },
      {
        name: '307 (redirects are not followed) is final',
        given: { status: 307 },
        want: { kind: 'final', code: 'INVALID_RESPONSE' },
      },
      {
        name: '429 with delta seconds',
        given: { status: 429, headers: new Headers({ 'Retry-After': '12' }), now: NOW },
        want: { kind: 'rate_limited', code: 'RATE_LIMITED', retryAfterMs: 12_000 },
      },
      {
        name: '429 with the reference epoch (absolute Unix seconds)',
        given: { status: 429, headers: { 'retry-after': String(NOW / 1000 + 30) }, now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: 30_000 },
      },
      {
        name: '429 with an HTTP date',
        given: { status: 429, headers: { 'Retry-After': new Date(NOW + 90_000).toUTCString() }, now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: 90_000 },
      },
      {
        name: '429 header given as an array (node IncomingHttpHeaders style)',
        given: { status: 429, headers: { 'retry-after': ['5'] }, now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: 5_000 },
      },
      {
        name: '429 without header falls back to details.retry_after',
        given: { status: 429, body: errorBody('RATE_LIMITED', { retry_after: NOW / 1000 + 7 }), now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: 7_000 },
      },
      {
        name: '429 without any hint leaves the wait to the backoff',
        given: { status: 429, headers: new Headers(), now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: undefined },
      },
      {
        name: '429 with garbage Retry-After',
        given: { status: 429, headers: { 'Retry-After': 'soon' }, now: NOW },
        want: { kind: 'rate_limited', retryAfterMs: undefined },
      },
      {
        name: 'connection refused is retried',
        given: { error: netError('ECONNREFUSED') },
        want: { kind: 'retry', code: 'PEER_UNREACHABLE' },
      },
      { name: 'DNS failure is retried', given: { error: netError('ENOTFOUND') }, want: { kind: 'retry' } },
      {
        name: 'a timeout is retried',
        given: { error: new DOMException('The operation was aborted due to timeout', 'TimeoutError') },
        want: { kind: 'retry', code: 'PEER_TIMEOUT' },
      },
      {
        name: 'a certificate failure is final',
        given: { error: netError('UNABLE_TO_VERIFY_LEAF_SIGNATURE') },
        want: { kind: 'final', code: 'TLS_ERROR' },
      },
      {
        name: 'a refused http:// URL is final',
        given: { error: new TransportError('TLS_ERROR', 'insecure_scheme', 'no', 'http://x') },
        want: { kind: 'final', code: 'TLS_ERROR' },
      },
      {
        name: 'an invalid response is final',
        given: { error: new TransportError('INVALID_RESPONSE', 'not_json', 'bad', 'https://x') },
        want: { kind: 'final', code: 'INVALID_RESPONSE' },
      },
      {
        name: 'an endpoint that is not a URL is final',
        given: { error: new TransportError('PEER_UNREACHABLE', 'invalid_url', 'bad', 'x') },
        want: { kind: 'final', code: 'PEER_UNREACHABLE' },
      },
      {
        name: 'an error wins over a status',
        given: { status: 200, error: netError('ECONNRESET') },
        want: { kind: 'retry', code: 'PEER_UNREACHABLE' },
      },
    ];
    for (const { name, given, want } of rows) {
      it(name, () => {
        const got = classifyOutcome(given);
        for (const [key, value] of Object.entries(want)) expect(got[key as keyof Outcome], key).to.equal(value);
        expect(got.reason).to.be.a('string').and.not.equal('');
      });
    }

    it('throws on a result with neither status nor error (misuse)', () => {
      expect(() => classifyOutcome({})).to.throw(TypeError);
    });
  });

  describe('parseRetryAfter', () => {
    const rows: { name: string; given: string | number | null | undefined; want: number | undefined }[] = [
      { name: 'delta seconds', given: '120', want: 120_000 },
      { name: 'zero', given: '0', want: 0 },
      { name: 'padded', given: ' 3 ', want: 3_000 },
      { name: 'fractional seconds', given: '1.5', want: 1_500 },
      { name: 'a number', given: 2, want: 2_000 },
      { name: 'just under the epoch threshold is a delay', given: '1000000000', want: 1e12 },
      { name: 'epoch in the future', given: String(NOW / 1000 + 45), want: 45_000 },
      { name: 'epoch in the past is no wait', given: String(NOW / 1000 - 45), want: 0 },
      { name: 'HTTP date', given: new Date(NOW + 60_000).toUTCString(), want: 60_000 },
      { name: 'HTTP date in the past', given: new Date(NOW - 60_000).toUTCString(), want: 0 },
      { name: 'RFC 850 date', given: 'Thursday, 01-Jan-26 12:00:10 GMT', want: 10_000 },
      { name: 'asctime date', given: 'Thu Jan  1 12:00:20 2026', want: 20_000 },
      { name: 'a number Date.parse would take', given: '2026', want: 2_026_000 },
      { name: 'negative', given: '-5', want: undefined },
      { name: 'garbage', given: 'later', want: undefined },
      { name: 'empty', given: '', want: undefined },
      { name: 'null', given: null, want: undefined },
      { name: 'absent', given: undefined, want: undefined },
    ];
    for (const { name, given, want } of rows) {
      it(name, () => expect(parseRetryAfter(given, NOW)).to.equal(want));
    }
  });

  describe('backoffDelay', () => {
    it('follows the reference schedule without jitter: min(2^i, 30) s', () => {
      const got = [0, 1, 2, 3, 4, 5, 6, 50].map((attempt) => backoffDelay(attempt, { jitter: 0 }));
      expect(got).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    });

    it('applies ±25 % at the extremes of the random source', () => {
      expect(backoffDelay(2, { random: () => 0 })).to.equal(3000);
      expect(backoffDelay(2, { random: () => 0.999999 })).to.equal(5000);
      expect(backoffDelay(2, { random: () => 0.5 })).to.equal(4000);
    });

    it('stays within [raw·(1−j), raw·(1+j)] ∩ [minMs, maxMs] for any input', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: 2000 }),
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 1, max: 120_000 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 0.999999, noNaN: true }),
          (attempt, baseMs, maxMs, jitter, r) => {
            const minMs = Math.min(100, maxMs);
            const got = backoffDelay(attempt, { baseMs, maxMs, jitter, minMs, random: () => r });
            const raw = Math.min(baseMs * 2 ** Math.min(attempt, 64), maxMs);
            const low = Math.max(minMs, raw * (1 - jitter));
            const high = Math.min(maxMs, Math.max(minMs, raw * (1 + jitter)));
            expect(Number.isFinite(got)).to.equal(true);
            expect(got).to.be.at.least(Math.floor(low)).and.at.most(Math.ceil(high));
          },
        ),
      );
    });

    it('never decreases in expectation: the jitter-free delay is monotonic in the attempt', () => {
      fc.assert(
        fc.property(fc.nat({ max: 100 }), (attempt) => {
          expect(backoffDelay(attempt + 1, { jitter: 0 })).to.be.at.least(backoffDelay(attempt, { jitter: 0 }));
        }),
      );
    });

    it('refuses a negative or fractional attempt (misuse)', () => {
      expect(() => backoffDelay(-1)).to.throw(RangeError);
      expect(() => backoffDelay(0.5)).to.throw(RangeError);
    });
  });
});
