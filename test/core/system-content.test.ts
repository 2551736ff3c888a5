import { expect } from 'chai';
import type { SystemContent } from '../../generated/types.js';
import { keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';
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
import { formatTimestamp, timestampToDate } from '../../src/core/timestamp.js';
import { loadVectors } from '../helpers/vectors.js';

const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

/** The content our builders make for the same operation and role. */
function ourContent(inputs: Record<string, unknown>, role: string): SystemContent {
  const reason = inputs.reason as string | null | undefined;
  if (role === 'member_left_broadcast') return memberLeftContent(inputs.agent_id as string);
  if (role === 'kicked_to_target') return kickedContent(inputs.target as string, reason);
  if (role === 'member_kicked_broadcast') return memberKickedContent(inputs.target as string, reason);
  if (role === 'member_joined_broadcast') {
    const joinedAt = timestampToDate(inputs.joined_at as string);
    if (joinedAt === null) throw new Error('vector joined_at has no zone');
    return memberJoinedContent({
      swarm_id: inputs.swarm_id as string,
      agent_id: inputs.new_agent_id as string,
      endpoint: inputs.new_agent_endpoint as string,
      joined_at: formatTimestamp(joinedAt),
    });
  }
  throw new Error(`no builder for role ${role}`);
}

describe('core/system-content', () => {
  describe('system_messages.json: contents and whole signed messages', () => {
    for (const c of loadVectors('system_messages.json').cases) {
      for (const m of c.messages) {
        it(`${c.name} (${m.role})`, () => {
          const built = ourContent(c.inputs, m.role);
          const content = serializeSystemContent(built);
          const parsedReference = parseSystemContent(m.content);
          if (content === m.content) {
            // Same bytes as the reference, hence the same signed message.
            const message = signMessage({ ...m.message, content }, fromHex(c.inputs.signer_seed_hex));
            expect(JSON.stringify(message)).to.equal(JSON.stringify(m.message));
          } else {
            // Reference quirk (f-string without escaping): its content is invalid JSON or carries an injected
            // second agent_id. Ours is real JSON that says exactly what the sender meant.
            expect(c.reference_quirk).to.equal(true);
            expect(JSON.parse(content)).to.deep.equal(built);
          }
          expect(parseSystemContent(content)).to.deep.equal({ kind: 'content', content: built });
          // What we make of the reference's bytes: what Python's json makes of them (last key wins), or opaque.
          if (m.content_is_valid_json) {
            expect(parsedReference).to.deep.equal({ kind: 'content', content: m.content_parsed });
            if (m.receiver_dispatch_parse_action)
              expect(m.receiver_dispatch_parse_action).to.deep.equal(m.content_parsed);
          } else {
            expect(parsedReference.kind).to.equal('opaque');
          }
          expect(verifyMessage(m.message, c.inputs.signer_public_key_b64).valid).to.equal(m.signature_valid);
        });
      }
    }
  });

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
