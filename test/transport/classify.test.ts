import { expect } from 'chai';
import { toTransportError } from '../../src/transport/classify.js';
import { isTransient, isTransportError, TransportError } from '../../src/transport/errors.js';

const URL_ = 'https://peer.example/swarm/message';
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

describe('transport/classify toTransportError', () => {
  const rows: { name: string; given: unknown; want: { code: string; reason: string } }[] = [
    {
      name: 'ECONNREFUSED',
      given: fetchFailed(coded('ECONNREFUSED')),
      want: { code: 'PEER_UNREACHABLE', reason: 'ECONNREFUSED' },
    },
    {
      name: 'ENOTFOUND',
      given: fetchFailed(coded('ENOTFOUND')),
      want: { code: 'PEER_UNREACHABLE', reason: 'ENOTFOUND' },
    },
    {
      name: 'ECONNRESET',
      given: fetchFailed(coded('ECONNRESET')),
      want: { code: 'PEER_UNREACHABLE', reason: 'ECONNRESET' },
    },
    {
      name: 'socket closed',
      given: fetchFailed(coded('UND_ERR_SOCKET', 'other side closed')),
      want: { code: 'PEER_UNREACHABLE', reason: 'UND_ERR_SOCKET' },
    },
    {
      name: 'AggregateError of every address tried',
      given: fetchFailed(new AggregateError([coded('ECONNREFUSED'), coded('EHOSTUNREACH')], 'all failed')),
      want: { code: 'PEER_UNREACHABLE', reason: 'EHOSTUNREACH' },
    },
    {
      name: 'abort-signal timeout',
      given: new DOMException('aborted due to timeout', 'TimeoutError'),
      want: { code: 'PEER_TIMEOUT', reason: 'timeout' },
    },
    {
      name: 'undici headers timeout',
      given: fetchFailed(coded('UND_ERR_HEADERS_TIMEOUT')),
      want: { code: 'PEER_TIMEOUT', reason: 'UND_ERR_HEADERS_TIMEOUT' },
    },
    {
      name: 'undici connect timeout',
      given: fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT')),
      want: { code: 'PEER_TIMEOUT', reason: 'UND_ERR_CONNECT_TIMEOUT' },
    },
    { name: 'ETIMEDOUT', given: fetchFailed(coded('ETIMEDOUT')), want: { code: 'PEER_TIMEOUT', reason: 'ETIMEDOUT' } },
    {
      name: 'caller abort',
      given: new DOMException('aborted', 'AbortError'),
      want: { code: 'CANCELLED', reason: 'aborted' },
    },
    {
      name: 'closed dispatcher',
      given: fetchFailed(coded('UND_ERR_CLOSED')),
      want: { code: 'CANCELLED', reason: 'UND_ERR_CLOSED' },
    },
    ...[
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'EPROTO',
    ].map((code) => ({ name: code, given: fetchFailed(coded(code)), want: { code: 'TLS_ERROR', reason: code } })),
    {
      name: 'TLS outranks a reset found beside it',
      given: new AggregateError([coded('ECONNRESET'), fetchFailed(coded('CERT_HAS_EXPIRED'))]),
      want: { code: 'TLS_ERROR', reason: 'CERT_HAS_EXPIRED' },
    },
    { name: 'a bare string', given: 'boom', want: { code: 'PEER_UNREACHABLE', reason: 'network_error' } },
    {
      name: 'an error without a code',
      given: new Error('odd'),
      want: { code: 'PEER_UNREACHABLE', reason: 'network_error' },
    },
  ];
  for (const { name, given, want } of rows) {
    it(name, () => {
      const got = toTransportError(given, URL_);
      expect(got).to.be.instanceOf(TransportError);
      expect({ code: got.code, reason: got.reason }).to.deep.equal(want);
      expect(got.url).to.equal(URL_);
      expect(got.message).to.include(URL_).and.include(want.reason);
      expect(got.cause).to.equal(given);
    });
  }

  it('passes a TransportError through unchanged', () => {
    const error = new TransportError('INVALID_RESPONSE', 'not_json', 'bad', URL_);
    expect(toTransportError(error, 'https://other')).to.equal(error);
  });

  it('survives a cause cycle', () => {
    const a = coded('ECONNRESET') as Error & { cause?: unknown };
    a.cause = fetchFailed(a);
    expect(toTransportError(a, URL_).code).to.equal('PEER_UNREACHABLE');
  });

  it('names the timeout when it is known', () => {
    const got = toTransportError(new DOMException('x', 'TimeoutError'), URL_, { timeoutMs: 250 });
    expect(got.message).to.include('250 ms');
  });

  it('isTransient: retry unreachable, timeouts and cancellation; never TLS or bad answers', () => {
    const make = (code: TransportError['code'], reason = 'r') => new TransportError(code, reason, 'm');
    expect(isTransient(make('PEER_UNREACHABLE'))).to.equal(true);
    expect(isTransient(make('PEER_TIMEOUT'))).to.equal(true);
    expect(isTransient(make('CANCELLED'))).to.equal(true);
    expect(isTransient(make('TLS_ERROR'))).to.equal(false);
    expect(isTransient(make('INVALID_RESPONSE'))).to.equal(false);
    expect(isTransient(make('PEER_UNREACHABLE', 'invalid_url'))).to.equal(false);
    expect(isTransportError(make('TLS_ERROR'), 'TLS_ERROR')).to.equal(true);
    expect(isTransportError(new Error('x'))).to.equal(false);
  });
});
