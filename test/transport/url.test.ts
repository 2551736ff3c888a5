import { expect } from 'chai';
import { checkPeerUrl, isLoopbackHost, type PeerRoute, peerBaseUrl, peerUrl } from '../../src/transport/url.js';

describe('transport/url', () => {
  describe('peerUrl (WIRE.md §1.2: strip trailing slashes, append the route)', () => {
    const rows: { name: string; given: [string, PeerRoute]; want: string }[] = [
      { name: 'reference endpoint', given: ['https://h/swarm', 'message'], want: 'https://h/swarm/message' },
      { name: 'one trailing slash', given: ['https://h/swarm/', 'join'], want: 'https://h/swarm/join' },
      { name: 'many trailing slashes', given: ['https://h/swarm///', 'info'], want: 'https://h/swarm/info' },
      { name: 'bare origin gets no /swarm added', given: ['https://h', 'health'], want: 'https://h/health' },
      { name: 'origin with slash', given: ['https://h/', 'message'], want: 'https://h/message' },
      { name: 'port and deeper path', given: ['https://h:8443/a/b', 'info'], want: 'https://h:8443/a/b/info' },
      { name: 'inner slashes kept', given: ['https://h//swarm', 'info'], want: 'https://h//swarm/info' },
    ];
    for (const { name, given, want } of rows) {
      it(name, () => expect(peerUrl(...given)).to.equal(want));
    }

    it('peerBaseUrl strips only trailing slashes, quickly even for long runs', () => {
      expect(peerBaseUrl('https://h/swarm/')).to.equal('https://h/swarm');
      expect(peerBaseUrl('////')).to.equal('');
      const long = `https://h/${'/'.repeat(100_000)}x`;
      expect(peerBaseUrl(long)).to.equal(long);
    });
  });

  describe('isLoopbackHost', () => {
    const rows: { name: string; given: string; want: boolean }[] = [
      { name: 'localhost', given: 'localhost', want: true },
      { name: 'LOCALHOST', given: 'LOCALHOST', want: true },
      { name: '127.0.0.1', given: '127.0.0.1', want: true },
      { name: '127.255.0.9', given: '127.255.0.9', want: true },
      { name: '[::1]', given: '[::1]', want: true },
      { name: '::1', given: '::1', want: true },
      { name: 'IPv4-mapped loopback', given: '[::ffff:7f00:1]', want: true },
      { name: '128.0.0.1', given: '128.0.0.1', want: false },
      { name: '10.0.0.1', given: '10.0.0.1', want: false },
      { name: '[::2]', given: '[::2]', want: false },
      { name: 'IPv4-mapped public', given: '[::ffff:808:808]', want: false },
      { name: 'a name that merely starts with localhost', given: 'localhost.example.com', want: false },
      { name: 'a name pointing anywhere', given: 'example.com', want: false },
    ];
    for (const { name, given, want } of rows) {
      it(name, () => expect(isLoopbackHost(given)).to.equal(want));
    }
  });

  describe('checkPeerUrl (the scheme rule)', () => {
    const rows: { name: string; given: [string, boolean]; want: string }[] = [
      { name: 'https always', given: ['https://example.com/swarm/message', false], want: 'ok' },
      { name: 'http refused by default', given: ['http://127.0.0.1:8080/x', false], want: 'insecure_scheme' },
      { name: 'http to 127.0.0.1 allowed with the flag', given: ['http://127.0.0.1:8080/x', true], want: 'ok' },
      { name: 'http to localhost allowed with the flag', given: ['http://localhost:8080/x', true], want: 'ok' },
      { name: 'http to [::1] allowed with the flag', given: ['http://[::1]:8080/x', true], want: 'ok' },
      {
        name: 'http to a remote host refused even with the flag',
        given: ['http://example.com/x', true],
        want: 'insecure_scheme',
      },
      { name: 'http to a private address refused', given: ['http://192.168.1.2/x', true], want: 'insecure_scheme' },
      { name: 'other schemes refused', given: ['ftp://127.0.0.1/x', true], want: 'unsupported_scheme' },
      { name: 'not a URL', given: ['not a url', true], want: 'invalid_url' },
    ];
    for (const { name, given, want } of rows) {
      it(name, () => {
        let got = 'ok';
        try {
          checkPeerUrl(...given);
        } catch (error) {
          got = (error as { reason: string }).reason;
          const code = (error as { code: string }).code;
          expect(code).to.equal(want === 'invalid_url' ? 'PEER_UNREACHABLE' : 'TLS_ERROR');
          expect((error as Error).message).to.include(want === 'invalid_url' ? 'not a url' : given[0]);
        }
        expect(got).to.equal(want);
      });
    }
  });
});
