import { expect } from 'chai';
import type { Config } from '../../generated/types.js';
import { validateWakeDecision } from '../../generated/validators/WakeDecision.js';
import { type Circumstances, compileWakePolicy } from '../../src/wake/policy.js';
import type { WakeFacts } from '../../src/wake/rules.js';

const SELF = 'agent-self';
const SWARM = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const OTHER = '0e1b5a34-7c1f-4c47-9a0e-3f3f8b1d2a90';
const message: WakeFacts = {
  messageId: '550e8400-e29b-41d4-a716-446655440000',
  swarmId: SWARM,
  senderId: 'alice',
  recipient: 'broadcast',
  type: 'message',
  priority: 'normal',
  content: 'Hello, swarm!',
};
// 23:30 in Paris (UTC+1 in March), 08:30 in Tokyo.
const NIGHT = new Date('2026-03-01T22:30:00.000Z');
const DAY = new Date('2026-03-01T10:00:00.000Z');
const calm: Circumstances = { at: DAY, muted: null, sessionActive: false };

type Wake = Config['wake'];
const decide = (wake: Wake, given: Partial<WakeFacts> = {}, circumstances: Partial<Circumstances> = {}) => {
  const decision = compileWakePolicy(wake, SELF).decide({ ...message, ...given }, { ...calm, ...circumstances });
  expect(validateWakeDecision(decision), JSON.stringify(validateWakeDecision.errors)).to.equal(true);
  return decision;
};
const summary = (d: ReturnType<typeof decide>) => [d.rule.name, d.level, d.wakes, d.reason];

describe('wake policy', () => {
  describe('without rules it decides as the waker did before rules existed', () => {
    const rows = [
      { given: {}, want: ['default:normal', 'normal', true, 'wakes'] },
      { given: { priority: 'high' }, want: ['default:high-priority', 'urgent', true, 'wakes'] },
      { given: { priority: 'low' }, want: ['default:low-priority', 'silent', false, 'level_not_listed'] },
      { given: { type: 'system' }, want: ['default:normal', 'normal', true, 'wakes'] },
      { given: { type: 'notification' }, want: ['default:normal', 'normal', true, 'wakes'] },
      { given: { recipient: SELF }, want: ['default:normal', 'normal', true, 'wakes'] },
    ] as const;
    for (const { given, want } of rows) {
      it(`${JSON.stringify(given)} → ${want.join(' ')}`, () => {
        expect(summary(decide({ method: 'tmux', tmux_target: 'a:0' }, given))).to.deep.equal(want);
      });
    }

    it('and wake.levels still picks the levels that wake', () => {
      const wake: Wake = { method: 'tmux', levels: ['silent', 'normal', 'urgent'] };
      expect(summary(decide(wake, { priority: 'low' }))).to.deep.equal([
        'default:low-priority',
        'silent',
        true,
        'wakes',
      ]);
      expect(summary(decide({ method: 'tmux', levels: ['urgent'] }))).to.deep.equal([
        'default:normal',
        'normal',
        false,
        'level_not_listed',
      ]);
    });
  });

  describe('rules, tried in order, the first match wins', () => {
    const wake: Wake = {
      method: 'webhook',
      rules: [
        { name: 'direct', direct: true, level: 'urgent' },
        { name: 'lead', from: ['lead'], level: 'urgent' },
        { name: 'incident', keywords: ['outage'], level: 'urgent' },
        { name: 'membership', type: ['system'], level: 'silent' },
        { name: 'bulk', priority: ['low'], level: 'silent' },
        { name: 'chatter', from: ['bot'], level: 'silent' },
      ],
    };
    const rows = [
      { name: 'a direct message', given: { recipient: SELF }, want: ['direct', 'urgent'] },
      { name: 'a watched sender', given: { senderId: 'lead' }, want: ['lead', 'urgent'] },
      { name: 'a keyword', given: { content: 'Outage in eu-west' }, want: ['incident', 'urgent'] },
      { name: 'a system message', given: { type: 'system' }, want: ['membership', 'silent'] },
      { name: 'a priority', given: { priority: 'low' }, want: ['bulk', 'silent'] },
      {
        name: 'nothing the operator wrote: the built-in rules',
        given: { priority: 'high' },
        want: ['default:high-priority', 'urgent'],
      },
      {
        name: 'an earlier rule wins over a later one',
        given: { senderId: 'bot', content: 'outage!' },
        want: ['incident', 'urgent'],
      },
      {
        name: 'an operator rule wins over a built-in one',
        given: { senderId: 'bot', priority: 'high' },
        want: ['chatter', 'silent'],
      },
    ] as const;
    for (const { name, given, want } of rows) {
      it(name, () => {
        const d = decide(wake, given as Partial<WakeFacts>);
        expect([d.rule.name, d.level]).to.deep.equal(want);
        expect(d.trace.at(-1)).to.include({ name: want[0], matched: true });
        expect(d.trace.slice(0, -1).every((step) => !step.matched)).to.equal(true);
      });
    }

    it('names the rule, where it is and why it matched', () => {
      const d = decide(wake, { senderId: 'lead' });
      expect(d.rule).to.deep.equal({
        name: 'lead',
        path: 'wake.rules[1]',
        source: 'config',
        because: 'sender lead is watched',
      });
      expect(d.trace.map((s) => s.detail)).to.deep.equal(['recipient is broadcast', 'sender lead is watched']);
      expect(d.explanation).to.equal('urgent by rule lead (sender lead is watched); wakes');
    });
  });

  describe('quiet hours: only urgent wakes', () => {
    const wake: Wake = {
      method: 'tmux',
      rules: [{ name: 'lead', from: ['lead'], level: 'urgent' }],
      quiet_hours: { zone: 'Europe/Paris', start: '22:00', end: '07:00' },
    };
    it('a normal message at night waits', () => {
      const d = decide(wake, {}, { at: NIGHT });
      expect(summary(d)).to.deep.equal(['default:normal', 'normal', false, 'quiet_hours']);
      expect(d.quiet_hours).to.deep.equal({
        zone: 'Europe/Paris',
        start: '22:00',
        end: '07:00',
        source: 'config',
        local_time: '23:30',
        active: true,
      });
      expect(d.explanation).to.equal(
        'normal by rule default:normal (every message); not woken: inside quiet hours 22:00-07:00 Europe/Paris, local time 23:30, when only urgent messages wake',
      );
    });
    it('an urgent one wakes at night', () => {
      const d = decide(wake, { senderId: 'lead' }, { at: NIGHT });
      expect(summary(d)).to.deep.equal(['lead', 'urgent', true, 'wakes']);
      expect(d.explanation).to.match(/wakes although inside quiet hours/);
    });
    it('a normal one wakes by day', () => {
      expect(summary(decide(wake, {}, { at: DAY }))).to.deep.equal(['default:normal', 'normal', true, 'wakes']);
    });
  });

  describe('per-swarm overrides', () => {
    const wake: Wake = {
      method: 'tmux',
      rules: [{ name: 'lead', from: ['lead'], level: 'urgent' }],
      quiet_hours: { zone: 'Europe/Paris', start: '22:00', end: '07:00' },
      swarms: {
        [SWARM.toUpperCase()]: {
          rules: [
            { name: 'noisy', level: 'silent', keywords: ['fyi'] },
            { name: 'ops', level: 'urgent', keywords: ['page'] },
          ],
          quiet_hours: { zone: 'Asia/Tokyo', start: '07:00', end: '09:00' },
        },
        [OTHER]: { quiet_hours: null, levels: ['urgent'] },
      },
    };
    it("a swarm's own rules come before wake.rules", () => {
      const d = decide(wake, { senderId: 'lead', content: 'fyi' });
      expect(d.rule).to.include({
        name: 'noisy',
        source: 'swarm',
        path: `wake.swarms.${SWARM.toUpperCase()}.rules[0]`,
      });
      expect(d.level).to.equal('silent');
    });
    it('wake.rules still apply in the swarm when none of its own match', () => {
      expect(decide(wake, { senderId: 'lead' }).rule.name).to.equal('lead');
    });
    it("a swarm's own rules do not reach other swarms", () => {
      expect(decide(wake, { swarmId: OTHER, content: 'fyi' }).rule.name).to.equal('default:normal');
    });
    it("a swarm's quiet hours replace the top-level ones", () => {
      // 08:30 in Tokyo, inside the swarm's window; 23:30 in Paris, inside the top-level one.
      const d = decide(wake, { content: 'hi' }, { at: NIGHT });
      expect(d.quiet_hours).to.include({ zone: 'Asia/Tokyo', source: 'swarm', local_time: '07:30', active: true });
      expect(d.reason).to.equal('quiet_hours');
      const morning = decide(wake, {}, { at: new Date('2026-03-01T01:00:00.000Z') });
      expect(morning.quiet_hours).to.include({ local_time: '10:00', active: false });
      expect(morning.wakes).to.equal(true);
    });
    it('quiet_hours: null means none in that swarm; levels replace wake.levels', () => {
      const d = decide(wake, { swarmId: OTHER, priority: 'high' }, { at: NIGHT });
      expect(d.quiet_hours).to.equal(null);
      expect(summary(d)).to.deep.equal(['default:high-priority', 'urgent', true, 'wakes']);
      expect(summary(decide(wake, { swarmId: OTHER }, { at: NIGHT }))).to.deep.equal([
        'default:normal',
        'normal',
        false,
        'level_not_listed',
      ]);
    });
    it('a swarm without an override keeps the top-level settings', () => {
      const third = 'a8098c1a-f86e-41da-bd43-6e8a1f0b0c11';
      const d = decide(wake, { swarmId: third }, { at: NIGHT });
      expect(d.quiet_hours).to.include({ zone: 'Europe/Paris', source: 'config' });
    });
  });

  describe('mutes always win', () => {
    const wake: Wake = {
      method: 'tmux',
      rules: [{ name: 'lead', from: ['lead'], level: 'urgent' }],
      swarms: { [SWARM]: { rules: [{ name: 'all', level: 'urgent' }] } },
    };
    it('a muted sender is not woken for, even by an urgent rule', () => {
      const d = decide(wake, { senderId: 'lead' }, { muted: 'sender' });
      expect(summary(d)).to.deep.equal(['all', 'urgent', false, 'muted']);
      expect(d.explanation).to.match(/the sender lead is muted, and no rule overrides a mute/);
    });
    it('a muted swarm is not woken for', () => {
      expect(summary(decide(wake, { senderId: 'lead' }, { muted: 'swarm' }))).to.deep.equal([
        'all',
        'urgent',
        false,
        'muted',
      ]);
    });
    it('a mute counts before quiet hours and sessions', () => {
      const d = decide(
        { ...wake, quiet_hours: { start: '00:00', end: '23:59' } },
        {},
        { muted: 'sender', sessionActive: true },
      );
      expect(d.reason).to.equal('muted');
    });
  });

  it('an active session and a missing wake method are the last gates', () => {
    expect(summary(decide({ method: 'tmux' }, {}, { sessionActive: true }))).to.deep.equal([
      'default:normal',
      'normal',
      false,
      'session_active',
    ]);
    expect(summary(decide(undefined))).to.deep.equal(['default:normal', 'normal', false, 'no_wake_method']);
  });

  it('gate: a wake asked with its level meets the same gates', () => {
    const policy = compileWakePolicy({ method: 'tmux', quiet_hours: { start: '22:00', end: '07:00' } }, SELF);
    const night = { ...calm, at: new Date('2026-03-01T23:00:00.000Z') };
    expect(policy.gate(SWARM, 'normal', night)).to.include({ wakes: false, reason: 'quiet_hours' });
    expect(policy.gate(SWARM, 'urgent', night)).to.include({ wakes: true, reason: 'wakes' });
    expect(policy.gate(SWARM, 'urgent', { ...night, muted: 'swarm' })).to.include({ wakes: false, reason: 'muted' });
  });
});
