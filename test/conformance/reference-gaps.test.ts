// WIRE.md §10 lists what the Python reference leaves unenforced. Run against an agent that behaves that way, the
// suite must show each gap a peer can observe as a security failure. (Not observable by a peer, and so not here:
// mutes (set locally), the management API (loopback only here), the SSRF of member_joined (the agent under test is
// the master, which sends announcements rather than receiving them), a kicked agent keeping its swarm (client
// mode), the invite's endpoint claim (needs a token the master signed for another endpoint), and the absolute
// Retry-After, which is a wrong answer, not a missing check.)
import { expect } from 'chai';
import type { ConformanceReport } from '../../generated/types.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { jsonAnswer, type ProxiedAnswer, type ProxiedRequest, queued, startMutantProxy } from './mutant-proxy.js';

/** What the reference still refuses on /message: bodies it cannot parse at all. Everything else it stores. */
const STILL_REFUSED = new Set(['INVALID_JSON', 'INVALID_FORMAT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);
/** What the reference does not check on /join: use counts and revocation (it does check expiry and signatures). */
const JOIN_UNCHECKED = new Set(['TOKEN_EXHAUSTED', 'TOKEN_REVOKED']);

function codeOf(answer: ProxiedAnswer): string | undefined {
  return (answer.json as { error?: { code?: string } } | undefined)?.error?.code;
}

function referenceLike(under: AgentUnderTest) {
  return {
    answer(answer: ProxiedAnswer, request: ProxiedRequest): ProxiedAnswer {
      // The reference speaks 0.1.0 alone and does not send protocol_versions: the 0.2 checks are skipped.
      if (request.path.endsWith('/info') && answer.status === 200) {
        const { protocol_versions: _versions, ...info } = answer.json as Record<string, unknown>;
        return jsonAnswer(200, info);
      }
      if (answer.status < 400) return answer;
      const code = codeOf(answer) ?? '';
      if (request.path.endsWith('/message') && !STILL_REFUSED.has(code)) return queued(request);
      if (request.path.endsWith('/join') && JOIN_UNCHECKED.has(code)) {
        const sender = (request.json as { sender: { agent_id: string; endpoint: string; public_key: string } }).sender;
        return jsonAnswer(200, {
          status: 'accepted',
          swarm_id: under.swarmId,
          swarm_name: 'test-swarm',
          members: [sender],
        });
      }
      return answer;
    },
  };
}

/** Each observable gap of WIRE.md §10, and the checks that must show it as a security failure. */
const GAPS: [gap: string, checks: string[]][] = [
  [
    'no signature verification on /swarm/message',
    ['signature.tampered.content', 'signature.form.random-bytes', 'membership.impersonation'],
  ],
  [
    'no membership check: unknown swarms and non-member senders accepted',
    ['stranger.message.unknown-swarm', 'membership.non-member'],
  ],
  [
    'no authorisation on system messages',
    [
      'authority.member-kicked.non-master',
      'authority.member-left.other-member',
      'authority.master-transfer.non-master',
    ],
  ],
  [
    'no expiry, no replay window, no timestamp check',
    ['timestamps.window.past-outside', 'timestamps.window.future-outside', 'timestamps.expires.past'],
  ],
  ['weak de-duplication: upper and lower case ids are different rows', ['envelope.duplicate.conflict-upper-case']],
  ['recipient not checked', ['stranger.message.wrong-recipient', 'membership.recipient.other-member']],
  [
    'X-Agent-ID not checked against the sender',
    ['stranger.message.agent-id-mismatch', 'membership.agent-id-header.other-member'],
  ],
  ['protocol_version compatibility not checked', ['stranger.message.protocol-version']],
  ['invite max_uses ignored', ['joins.single-use.race']],
  ['no revocation', ['invites.revoked']],
];

describe('conformance: the gaps of the Python reference (WIRE.md §10) show as security failures', function () {
  this.timeout(60_000);
  let under: AgentUnderTest;
  let report: ConformanceReport;
  before(async () => {
    under = await startAgentUnderTest();
    const proxy = await startMutantProxy(under.agent.endpoint, referenceLike(under));
    try {
      report = await under.run({
        endpoint: proxy.endpoint,
        fuzz: 0,
        singleUseInvites: [under.invite({ maxUses: 1 })],
        specialInvites: { revoked: under.invite({ revoked: true }) },
      });
    } finally {
      await proxy.close();
    }
  });
  after(() => under.close());

  for (const [gap, checks] of GAPS) {
    it(gap, () => {
      for (const id of checks) {
        const result = report.checks.find((c) => c.id === id);
        expect(result, `check ${id} ran`).to.not.equal(undefined);
        expect([result?.status, result?.failure?.category], `${id}: ${JSON.stringify(result)}`).to.deep.equal([
          'failed',
          'security',
        ]);
      }
    });
  }

  it('skips every 0.2 check, the agent listing no 0.2.0, and does not take its storing everything for speaking 0.2', () => {
    const v02 = report.checks.filter((c) => c.section === 'protocol-02' || c.section === 'sealed');
    expect(v02.length).to.be.above(20);
    expect(v02.filter((c) => c.status !== 'skipped')).to.deep.equal([]);
    expect(v02.find((c) => c.id === 'protocol-02.advertised')?.reason).to.match(/signature does not verify/);
  });

  it('fails the run, with security failures counted in the summary', () => {
    expect(report.verdict).to.equal('fail');
    expect(report.summary.failures_by_category.security).to.be.at.least(GAPS.flatMap(([, c]) => c).length);
  });
});
