import { expect } from 'chai';
import type { SystemContent } from '../../generated/types.js';
import { keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage } from '../../src/core/signature.js';
import {
  kickedContent,
  masterChangedContent,
  masterTransferContent,
  memberJoinedContent,
  memberKickedContent,
  memberLeftContent,
  memberMutedContent,
  memberUnmutedContent,
  parseSystemContent,
  serializeSystemContent,
  swarmDissolvedContent,
} from '../../src/core/system-content.js';

describe('core/system-content', () => {
  const rows: { name: string; given: SystemContent; want: string }[] = [
    { name: 'member_left', given: memberLeftContent('b'), want: '{"action":"member_left","agent_id":"b"}' },
    { name: 'kicked, empty reason dropped', given: kickedContent('b', ''), want: '{"action":"kicked","agent_id":"b"}' },
    {
      name: 'member_kicked with reason',
      given: memberKickedContent('b', 'x'),
      want: '{"action":"member_kicked","agent_id":"b","reason":"x"}',
    },
    {
      name: 'master_transfer',
      given: masterTransferContent('b', 'a', 'r'),
      want: '{"action":"master_transfer","agent_id":"b","previous_master":"a","reason":"r"}',
    },
    {
      name: 'master_changed',
      given: masterChangedContent('b', 'a'),
      want: '{"action":"master_changed","agent_id":"b","previous_master":"a"}',
    },
    {
      name: 'swarm_dissolved',
      given: swarmDissolvedContent('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'done'),
      want: '{"action":"swarm_dissolved","swarm_id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","reason":"done"}',
    },
    { name: 'swarm_dissolved, bare', given: swarmDissolvedContent(), want: '{"action":"swarm_dissolved"}' },
    {
      name: 'member_muted',
      given: memberMutedContent('c', 'spam'),
      want: '{"action":"member_muted","agent_id":"c","reason":"spam"}',
    },
    { name: 'member_unmuted', given: memberUnmutedContent('c'), want: '{"action":"member_unmuted","agent_id":"c"}' },
    {
      name: 'reason with quotes is escaped',
      given: kickedContent('b', 'said "hi"\n'),
      want: '{"action":"kicked","agent_id":"b","reason":"said \\"hi\\"\\n"}',
    },
    {
      name: 'member_joined, Python spacing and escapes, public_key after the reference keys',
      given: memberJoinedContent({
        swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        agent_id: 'é',
        endpoint: 'https://b/swarm',
        joined_at: '2026-02-05T14:59:59.250Z',
        public_key: 'gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=',
      }),
      want: '{"type": "system", "action": "member_joined", "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "agent_id": "\\u00e9", "endpoint": "https://b/swarm", "joined_at": "2026-02-05T14:59:59.250Z", "public_key": "gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q="}',
    },
  ];
  for (const row of rows) {
    it(`serialises ${row.name}`, () => {
      expect(serializeSystemContent(row.given)).to.equal(row.want);
      expect(parseSystemContent(row.want)).to.deep.equal({ kind: 'content', content: row.given });
    });
  }

  it('refuses to serialise content outside the schema', () => {
    expect(() => serializeSystemContent(kickedContent('b', 'x'.repeat(501)))).to.throw(TypeError);
    expect(() => serializeSystemContent(memberLeftContent(''))).to.throw(TypeError);
  });

  const parses = [
    { given: '{"action":"member_left","agent_id":"a","agent_id":"b"}', kind: 'content' },
    { given: '{"action":"join_request","agent_id":"a"}', kind: 'unrecognized' },
    { given: '{"action":"member_left"}', kind: 'unrecognized' },
    { given: '[1,2]', kind: 'unrecognized' },
    { given: '{"action":"kicked","agent_id":"a","reason":"x"y"}', kind: 'opaque' },
    { given: '', kind: 'opaque' },
  ];
  for (const row of parses) {
    it(`parses ${JSON.stringify(row.given)} as ${row.kind}`, () => {
      expect(parseSystemContent(row.given).kind).to.equal(row.kind);
    });
  }

  it('a kicked content signs and verifies like any message', () => {
    const pair = keyPairFromSeed(new Uint8Array(32).fill(1));
    const message = signMessage(
      {
        sender: { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' },
        recipient: 'agent-beta',
        swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        type: 'system',
        content: serializeSystemContent(kickedContent('agent-beta', 'inactive')),
        message_id: '00000000-0000-4000-8000-000000000003',
        timestamp: '2026-02-05T15:00:00.000Z',
      },
      pair,
    );
    // WIRE.md §6.4, third envelope.
    expect(message.signature).to.equal(
      'D7ilUot12jEbBGH0eVHQmbdS/Aj8ad490WjpRDat+tR7e7sXQ7D5foAQLrOqKx67SdGrPPVLpHolyv0beeggCQ==',
    );
  });
});
