import { expect } from 'chai';
import type { WakeRule } from '../../generated/types.js';
import { compileRule, DEFAULT_RULES, keywordPattern, type WakeFacts } from '../../src/wake/rules.js';

const SELF = 'agent-self';
const message: WakeFacts = {
  messageId: '550e8400-e29b-41d4-a716-446655440000',
  swarmId: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  senderId: 'alice',
  recipient: 'broadcast',
  type: 'message',
  priority: 'normal',
  content: 'Hello, swarm!',
};

const rows: {
  name: string;
  rule: Omit<WakeRule, 'level'>;
  given: Partial<WakeFacts>;
  want: boolean;
  because: string;
}[] = [
  { name: 'no condition matches everything', rule: {}, given: {}, want: true, because: 'every message' },
  {
    name: 'direct: a message to this agent',
    rule: { direct: true },
    given: { recipient: SELF },
    want: true,
    because: 'addressed to this agent',
  },
  {
    name: 'direct: a broadcast is not direct',
    rule: { direct: true },
    given: {},
    want: false,
    because: 'recipient is broadcast',
  },
  {
    name: 'direct: a local note is not direct',
    rule: { direct: true },
    given: { recipient: null },
    want: false,
    because: 'recipient is (none)',
  },
  {
    name: 'direct false: a broadcast',
    rule: { direct: false },
    given: {},
    want: true,
    because: 'recipient is broadcast',
  },
  {
    name: 'direct false: not a direct message',
    rule: { direct: false },
    given: { recipient: SELF },
    want: false,
    because: 'addressed to this agent',
  },
  {
    name: 'from: a watched sender',
    rule: { from: ['bob', 'alice'] },
    given: {},
    want: true,
    because: 'sender alice is watched',
  },
  {
    name: 'from: ids are case-sensitive',
    rule: { from: ['Alice'] },
    given: {},
    want: false,
    because: 'sender alice is not in from',
  },
  {
    name: 'keywords: a whole word, any case',
    rule: { keywords: ['deploy'] },
    given: { content: 'Please DEPLOY now' },
    want: true,
    because: 'content has keyword "DEPLOY"',
  },
  {
    name: 'keywords: followed by punctuation',
    rule: { keywords: ['deploy'] },
    given: { content: 'ready to deploy.' },
    want: true,
    because: 'content has keyword "deploy"',
  },
  {
    name: 'keywords: not inside a word (prefix)',
    rule: { keywords: ['deploy'] },
    given: { content: 'redeploy it' },
    want: false,
    because: 'content has none of the keywords',
  },
  {
    name: 'keywords: not inside a word (suffix)',
    rule: { keywords: ['deploy'] },
    given: { content: 'the deployment' },
    want: false,
    because: 'content has none of the keywords',
  },
  {
    name: 'keywords: not glued to an underscore',
    rule: { keywords: ['deploy'] },
    given: { content: 'deploy_now' },
    want: false,
    because: 'content has none of the keywords',
  },
  {
    name: 'keywords: a phrase across white space',
    rule: { keywords: ['code red'] },
    given: { content: 'this is CODE\n  RED!' },
    want: true,
    because: 'content has keyword "CODE\n  RED"',
  },
  {
    name: 'keywords: any of several',
    rule: { keywords: ['outage', 'rollback'] },
    given: { content: 'rollback please' },
    want: true,
    because: 'content has keyword "rollback"',
  },
  {
    name: 'keywords: regex characters are literal',
    rule: { keywords: ['c++', 'a.b'] },
    given: { content: 'axb or c' },
    want: false,
    because: 'content has none of the keywords',
  },
  {
    name: 'keywords: c++ as a word',
    rule: { keywords: ['c++'] },
    given: { content: 'written in C++ today' },
    want: true,
    because: 'content has keyword "C++"',
  },
  {
    name: 'keywords: non-ASCII letters are word characters',
    rule: { keywords: ['café'] },
    given: { content: 'un CAFÉ noir' },
    want: true,
    because: 'content has keyword "CAFÉ"',
  },
  {
    name: 'keywords: an accented letter is no boundary',
    rule: { keywords: ['caf'] },
    given: { content: 'café' },
    want: false,
    because: 'content has none of the keywords',
  },
  {
    name: 'type: system messages',
    rule: { type: ['system'] },
    given: { type: 'system' },
    want: true,
    because: 'type is system',
  },
  {
    name: 'type: not listed',
    rule: { type: ['system', 'notification'] },
    given: {},
    want: false,
    because: 'type message is not system, notification',
  },
  {
    name: 'priority: listed',
    rule: { priority: ['high'] },
    given: { priority: 'high' },
    want: true,
    because: 'priority is high',
  },
  {
    name: 'priority: not listed',
    rule: { priority: ['high'] },
    given: {},
    want: false,
    because: 'priority normal is not high',
  },
  {
    name: 'all conditions must hold: all do',
    rule: { direct: true, from: ['alice'], keywords: ['deploy'], priority: ['high'] },
    given: { recipient: SELF, content: 'deploy', priority: 'high' },
    want: true,
    because: 'addressed to this agent; sender alice is watched; content has keyword "deploy"; priority is high',
  },
  {
    name: 'all conditions must hold: the first that fails is named',
    rule: { from: ['alice'], keywords: ['deploy'], type: ['system'] },
    given: { content: 'deploy' },
    want: false,
    because: 'type message is not system',
  },
];

describe('wake rules', () => {
  for (const row of rows) {
    it(row.name, () => {
      const rule = compileRule(
        { ...row.rule, level: 'urgent' },
        { path: 'wake.rules[0]', source: 'config', self: SELF },
      );
      expect(rule.test({ ...message, ...row.given })).to.deep.equal({ matched: row.want, because: row.because });
    });
  }

  it('a rule is named by its name, else by its place in the file', () => {
    const at = { path: 'wake.rules[3]', source: 'config' as const, self: SELF };
    expect(compileRule({ level: 'silent' }, at).name).to.equal('wake.rules[3]');
    expect(compileRule({ name: 'lead', level: 'silent' }, at).name).to.equal('lead');
  });

  describe('the built-in rules give the levels of before rules existed', () => {
    const table = [
      { priority: 'high', want: ['default:high-priority', 'urgent'] },
      { priority: 'normal', want: ['default:normal', 'normal'] },
      { priority: 'low', want: ['default:low-priority', 'silent'] },
    ] as const;
    for (const { priority, want } of table) {
      for (const type of ['message', 'system', 'notification'] as const) {
        it(`${type}, priority ${priority} → ${want[1]}`, () => {
          const rule = DEFAULT_RULES.find((r) => r.test({ ...message, type, priority }).matched)!;
          expect([rule.name, rule.level]).to.deep.equal(want);
        });
      }
    }
  });

  it('a keyword expression stays linear on a long content', () => {
    const pattern = keywordPattern(['a b c', 'deploy']);
    const started = Date.now();
    expect(pattern.test(`${'a '.repeat(200_000)}x`)).to.equal(false);
    expect(Date.now() - started).to.be.below(500);
  });
});
