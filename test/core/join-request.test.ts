import { expect } from 'chai';
import { validateJoinRequest } from '../../generated/validators.js';
import { InvalidPublicKeyError } from '../../src/core/errors.js';
import { createInviteToken } from '../../src/core/invite-token.js';
import { createInviteUrl } from '../../src/core/invite-url.js';
import { buildJoinRequest } from '../../src/core/join-request.js';

// The reference's join requests (join_requests.json) are checked by the vector suite (test/conformance/vectors.test.ts).
describe('core/join-request', () => {
  const claims = {
    swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    master: 'agent-alpha',
    endpoint: 'https://alpha.example.com/swarm/',
    iat: 1738763800,
  };
  const url = createInviteUrl(claims, createInviteToken(claims, new Uint8Array(32).fill(1)));
  const now = new Date('2026-02-05T14:31:00Z');

  it('encodes a raw joiner key and refuses a malformed one', () => {
    const raw = new Uint8Array(32).fill(2);
    const request = buildJoinRequest(url, { agentId: 'b', endpoint: 'https://b/swarm', publicKey: raw }, { now });
    expect(validateJoinRequest(request.body)).to.equal(true);
    expect(request.url).to.equal('https://alpha.example.com/swarm/join');
    expect(request.body.sender.public_key).to.equal('AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=');
    expect(() =>
      buildJoinRequest(
        url,
        { agentId: 'b', endpoint: 'https://b/swarm', publicKey: 'AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI' },
        { now },
      ),
    ).to.throw(InvalidPublicKeyError);
  });
});
