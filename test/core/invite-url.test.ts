import { expect } from 'chai';
import { InvalidInviteTokenError } from '../../src/core/errors.js';
import { createInviteUrl, endpointAuthority, parseInviteUrl } from '../../src/core/invite-url.js';

describe('core/invite-url', () => {
  const authorities = [
    { given: 'https://master.example.com/swarm', want: 'master.example.com' },
    { given: 'https://master.example.com:8443/swarm', want: 'master.example.com:8443' },
    { given: 'https://user@Host.example:443', want: 'user@Host.example:443' },
    { given: 'https://h?q#f', want: 'h' },
  ];
  for (const row of authorities) {
    it(`authority of ${row.given} is ${row.want} (as written, like urlparse().netloc)`, () => {
      expect(endpointAuthority(row.given)).to.equal(row.want);
    });
  }

  it('takes the token parameter alone, wherever it is in the query', () => {
    expect(parseInviteUrl('swarm://s@h?token=a.b.c&ref=chat').jwt).to.equal('a.b.c');
    expect(parseInviteUrl('swarm://s@h?ref=chat&token=a.b.c#frag').jwt).to.equal('a.b.c');
    expect(parseInviteUrl('swarm://s@h?token=a.b.c&token=d.e.f').jwt).to.equal('a.b.c');
  });

  const refusals = [
    'https://s@h?token=a.b.c',
    'swarm://h?token=a.b.c',
    'swarm://@h?token=a.b.c',
    'swarm://s@h',
    'swarm://s@h?token=',
    'swarm://s@h?ref=1',
  ];
  for (const url of refusals) {
    it(`refuses ${url}`, () => {
      expect(() => parseInviteUrl(url)).to.throw(InvalidInviteTokenError);
    });
  }

  it('createInviteUrl writes the endpoint netloc, not its path', () => {
    expect(createInviteUrl({ swarm_id: 's', endpoint: 'https://h:1/swarm/' }, 'a.b.c')).to.equal(
      'swarm://s@h:1?token=a.b.c',
    );
  });
});
