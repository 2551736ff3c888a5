import { expect } from 'chai';
import { validateJoinRequest } from '../../generated/validators.js';
import { InvalidPublicKeyError, InviteTokenError } from '../../src/core/errors.js';
import { parseInviteUrl } from '../../src/core/invite-url.js';
import { buildJoinRequest } from '../../src/core/join-request.js';
import { timestampToDate } from '../../src/core/timestamp.js';
import { loadVectors } from '../helpers/vectors.js';

describe('core/join-request', () => {
  describe('join_requests.json: the request a joiner POSTs', () => {
    for (const c of loadVectors('join_requests.json').cases) {
      const i = c.inputs;
      const now = timestampToDate(i.now) ?? new Date(Number.NaN);
      const joiner = { agentId: i.agent_id, endpoint: i.endpoint, publicKey: i.joiner_public_key_b64 };
      it(c.name, () => {
        if (c.request === null) {
          // The reference refused before sending: so do we, with the catalog code of its reason.
          expect(c.client_outcome.message_stable_prefix).to.match(/^Token expired/);
          expect(() => buildJoinRequest(i.token_url, joiner, { now }))
            .to.throw(InviteTokenError)
            .with.property('code', 'TOKEN_EXPIRED');
          return;
        }
        const request = buildJoinRequest(i.token_url, joiner, { now });
        expect(validateJoinRequest(request.body)).to.equal(true);
        expect({ method: request.method, url: request.url, headers: request.headers }).to.deep.equal({
          method: c.request.method,
          url: c.request.url,
          headers: c.request.headers,
        });
        // Reference quirk: it posts everything after "?token=", so a later query parameter leaks into the
        // token. We post the `token` parameter alone; otherwise the bodies are identical.
        const token = parseInviteUrl(i.token_url).jwt;
        expect(request.body).to.deep.equal({ ...c.request.body, invite_token: token });
        if (token !== c.request.body.invite_token) expect(c.reference_quirk).to.equal(true);
        // With the master's key the joiner can refuse a forged token before posting it; the reference cannot.
        const master = c.server_view_of_posted_token?.master_public_key_b64;
        if (master) {
          const run = () => buildJoinRequest(i.token_url, joiner, { now, masterPublicKey: master });
          if (c.server_view_of_posted_token.verify_invite_token.exception === 'TokenSignatureError') {
            expect(run).to.throw(InviteTokenError).with.property('code', 'INVALID_SIGNATURE');
          } else {
            expect(run().body.invite_token).to.equal(token);
          }
        }
      });
    }
  });

  it('encodes a raw joiner key and refuses a malformed one', () => {
    const url = loadVectors('join_requests.json').cases[0].inputs.token_url;
    const now = new Date('2026-02-05T14:31:00Z');
    const raw = new Uint8Array(32).fill(2);
    const body = buildJoinRequest(url, { agentId: 'b', endpoint: 'https://b/swarm', publicKey: raw }, { now }).body;
    expect(body.sender.public_key).to.equal('AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=');
    expect(() =>
      buildJoinRequest(
        url,
        { agentId: 'b', endpoint: 'https://b/swarm', publicKey: 'AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI' },
        { now },
      ),
    ).to.throw(InvalidPublicKeyError);
  });
});
