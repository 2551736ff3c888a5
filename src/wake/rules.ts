// Wake rules (spec/schemas/WakeRule.json), each compiled once into a test that says whether a message matches
// and, either way, why: `swarm wake test` prints these words, so they are part of the output, not debug text.
import type { Message, MessageType, Priority, WakeLevel, WakeRule } from '../../generated/types.js';

/** What the rules look at in a stored message. */
export interface WakeFacts {
  messageId: string;
  swarmId: string;
  senderId: string;
  /** `broadcast`, an agent id, or null for a local note. */
  recipient: string | null;
  type: MessageType;
  priority: Priority;
  content: string;
}

export type RuleSource = 'swarm' | 'config' | 'default';

export interface RuleVerdict {
  matched: boolean;
  /** The conditions that held when matched, else the first that did not. */
  because: string;
}

export interface CompiledRule {
  readonly name: string;
  readonly path: string;
  readonly source: RuleSource;
  readonly level: WakeLevel;
  test(facts: WakeFacts): RuleVerdict;
}

/** One condition: whether it holds, and the words for either outcome. */
type Condition = (facts: WakeFacts) => [holds: boolean, words: string];

export function factsOfMessage(message: Message): WakeFacts {
  return {
    messageId: message.message_id,
    swarmId: message.swarm_id.toLowerCase(),
    senderId: message.sender.agent_id,
    recipient: message.recipient,
    type: message.type,
    priority: message.priority ?? 'normal',
    content: message.content,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A keyword matches as a whole word or phrase: no letter, digit or `_` right before or after it, any run of
 * white space inside a phrase matching any other. One expression per rule, built once.
 */
export function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = keywords.map((k) => escapeRegExp(k.trim()).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

const listed = (values: readonly string[]) => values.join(', ');

function conditionsOf(rule: WakeRule, self: string): Condition[] {
  const conditions: Condition[] = [];
  if (rule.direct !== undefined) {
    const wanted = rule.direct;
    conditions.push(({ recipient }) => {
      const direct = recipient === self;
      return [direct === wanted, direct ? 'addressed to this agent' : `recipient is ${recipient ?? '(none)'}`];
    });
  }
  if (rule.from) {
    const senders = new Set(rule.from);
    conditions.push(({ senderId }) =>
      senders.has(senderId) ? [true, `sender ${senderId} is watched`] : [false, `sender ${senderId} is not in from`],
    );
  }
  if (rule.keywords) {
    const pattern = keywordPattern(rule.keywords);
    conditions.push(({ content }) => {
      const found = pattern.exec(content);
      return found ? [true, `content has keyword "${found[0]}"`] : [false, 'content has none of the keywords'];
    });
  }
  if (rule.type) {
    const types: readonly string[] = rule.type;
    conditions.push(({ type }) =>
      types.includes(type) ? [true, `type is ${type}`] : [false, `type ${type} is not ${listed(types)}`],
    );
  }
  if (rule.priority) {
    const priorities: readonly string[] = rule.priority;
    conditions.push(({ priority }) =>
      priorities.includes(priority)
        ? [true, `priority is ${priority}`]
        : [false, `priority ${priority} is not ${listed(priorities)}`],
    );
  }
  return conditions;
}

/** `self` is this agent's id, which `direct` compares the recipient with. */
export function compileRule(rule: WakeRule, at: { path: string; source: RuleSource; self: string }): CompiledRule {
  const conditions = conditionsOf(rule, at.self);
  return {
    name: rule.name ?? at.path,
    path: at.path,
    source: at.source,
    level: rule.level,
    test(facts) {
      const held: string[] = [];
      for (const condition of conditions) {
        const [holds, words] = condition(facts);
        if (!holds) return { matched: false, because: words };
        held.push(words);
      }
      return { matched: true, because: held.length > 0 ? held.join('; ') : 'every message' };
    },
  };
}

const builtIn = (name: string, rule: Omit<WakeRule, 'name'>) =>
  compileRule(rule, { path: name, source: 'default', self: '' });

/**
 * Tried after every rule of config.yaml. They give exactly the levels the waker gave before rules existed:
 * priority high → urgent, low → silent, anything else → normal.
 */
export const DEFAULT_RULES: readonly CompiledRule[] = [
  builtIn('default:high-priority', { priority: ['high'], level: 'urgent' }),
  builtIn('default:low-priority', { priority: ['low'], level: 'silent' }),
  builtIn('default:normal', { level: 'normal' }),
];

export function isDefaultRule(name: string | undefined): boolean {
  return name === undefined || DEFAULT_RULES.some((rule) => rule.name === name);
}
