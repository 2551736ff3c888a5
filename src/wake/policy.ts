// The wake policy: config.yaml's `wake` section compiled once, and what it decides for one message at one moment.
// Pure: the caller says whether the sender or the swarm is muted and whether a session is active, so the server's
// waker and `swarm wake test` decide with the same code and tests need no store.
//
// A message's level comes from the first rule that matches, tried in order: the swarm's own rules
// (wake.swarms.<id>.rules), then wake.rules, then the built-in rules (rules.ts). First match rather than "most
// specific" because the order is the operator's to see and to change in the file; specificity would need a
// ranking of conditions nobody could read off the config. Then the gates, the first that stops the wake being
// the reason: mute, level not listed, quiet hours (all but urgent), active session, no method.
import type { Config, WakeDecision, WakeLevel } from '../../generated/types.js';
import { compileQuietHours, type QuietWindow } from './quiet-hours.js';
import { type CompiledRule, compileRule, DEFAULT_RULES, type WakeFacts } from './rules.js';

export type WakeMethod = WakeDecision['method'];
export type WakeReason = WakeDecision['reason'];
export type WakeTrace = WakeDecision['trace'];

/** The levels that wake when config.yaml says nothing: every message but a low-priority one, as before rules. */
export const DEFAULT_LEVELS: readonly WakeLevel[] = ['normal', 'urgent'];

export interface Circumstances {
  at: Date;
  muted: 'sender' | 'swarm' | null;
  sessionActive: boolean;
}

export interface Classification {
  rule: CompiledRule;
  because: string;
  trace: WakeTrace;
}

export interface Gate {
  wakes: boolean;
  reason: WakeReason;
  levels: readonly WakeLevel[];
  quietHours: WakeDecision['quiet_hours'];
}

export interface WakePolicy {
  readonly method: WakeMethod;
  /** The rule that gives the message its level, and every rule tried before it. */
  classify(facts: WakeFacts): Classification;
  /** The gates for a message of this swarm at this level (POST /api/wake comes with its level). */
  gate(swarmId: string, level: WakeLevel, circumstances: Circumstances): Gate;
  decide(facts: WakeFacts, circumstances: Circumstances): WakeDecision;
}

interface Scope {
  rules: readonly CompiledRule[];
  levels: readonly WakeLevel[];
  quiet: { window: QuietWindow; source: 'config' | 'swarm' } | undefined;
}

/** `self` is this agent's id (for `direct`). The config must have passed loadConfig's checks. */
export function compileWakePolicy(wake: Config['wake'], self: string): WakePolicy {
  const method: WakeMethod = wake?.method ?? 'none';
  const rules = (wake?.rules ?? []).map((rule, i) =>
    compileRule(rule, { path: `wake.rules[${i}]`, source: 'config', self }),
  );
  const base: Scope = {
    rules: [...rules, ...DEFAULT_RULES],
    levels: wake?.levels ?? DEFAULT_LEVELS,
    quiet: wake?.quiet_hours ? { window: compileQuietHours(wake.quiet_hours), source: 'config' } : undefined,
  };
  const swarms = new Map<string, Scope>();
  for (const [id, override] of Object.entries(wake?.swarms ?? {})) {
    if (!override) continue;
    const own = (override.rules ?? []).map((rule, i) =>
      compileRule(rule, { path: `wake.swarms.${id}.rules[${i}]`, source: 'swarm', self }),
    );
    let quiet = base.quiet;
    if (override.quiet_hours === null) quiet = undefined;
    else if (override.quiet_hours) quiet = { window: compileQuietHours(override.quiet_hours), source: 'swarm' };
    swarms.set(id.toLowerCase(), {
      rules: [...own, ...base.rules],
      levels: override.levels ?? base.levels,
      quiet,
    });
  }
  const scopeOf = (swarmId: string) => swarms.get(swarmId.toLowerCase()) ?? base;

  const classify = (facts: WakeFacts): Classification => {
    const trace: WakeTrace = [];
    for (const rule of scopeOf(facts.swarmId).rules) {
      const verdict = rule.test(facts);
      trace.push({ name: rule.name, path: rule.path, matched: verdict.matched, detail: verdict.because });
      if (verdict.matched) return { rule, because: verdict.because, trace };
    }
    // default:normal matches every message.
    throw new Error('unreachable: no wake rule matched');
  };

  const gate = (swarmId: string, level: WakeLevel, { at, muted, sessionActive }: Circumstances): Gate => {
    const { levels, quiet } = scopeOf(swarmId);
    const now = quiet?.window.at(at);
    const quietHours =
      quiet && now
        ? {
            zone: quiet.window.zone,
            start: quiet.window.start,
            end: quiet.window.end,
            source: quiet.source,
            local_time: now.localTime,
            active: now.active,
          }
        : null;
    let reason: WakeReason = 'wakes';
    if (muted) reason = 'muted';
    else if (!levels.includes(level)) reason = 'level_not_listed';
    else if (now?.active && level !== 'urgent') reason = 'quiet_hours';
    else if (sessionActive) reason = 'session_active';
    else if (method === 'none') reason = 'no_wake_method';
    return { wakes: reason === 'wakes', reason, levels, quietHours };
  };

  return {
    method,
    classify,
    gate,
    decide(facts, circumstances) {
      const { rule, because, trace } = classify(facts);
      const verdict = gate(facts.swarmId, rule.level, circumstances);
      return {
        message_id: facts.messageId,
        swarm_id: facts.swarmId,
        sender_id: facts.senderId,
        level: rule.level,
        rule: { name: rule.name, path: rule.path, source: rule.source, because },
        at: circumstances.at.toISOString(),
        levels: [...verdict.levels],
        quiet_hours: verdict.quietHours,
        muted: circumstances.muted,
        session_active: circumstances.sessionActive,
        method,
        wakes: verdict.wakes,
        reason: verdict.reason,
        explanation: explain(facts, rule, because, verdict, circumstances.muted),
        trace,
      };
    },
  };
}

function explain(
  facts: WakeFacts,
  rule: CompiledRule,
  because: string,
  verdict: Gate,
  muted: Circumstances['muted'],
): string {
  const level = `${rule.level} by rule ${rule.name} (${because})`;
  const q = verdict.quietHours;
  const window = q ? `quiet hours ${q.start}-${q.end} ${q.zone}, local time ${q.local_time}` : '';
  switch (verdict.reason) {
    case 'muted':
      return `${level}; not woken: ${muted === 'sender' ? `the sender ${facts.senderId}` : 'the swarm'} is muted, and no rule overrides a mute`;
    case 'level_not_listed':
      return `${level}; not woken: ${rule.level} is not one of the levels that wake (${verdict.levels.join(', ') || 'none'})`;
    case 'quiet_hours':
      return `${level}; not woken: inside ${window}, when only urgent messages wake`;
    case 'session_active':
      return `${level}; not woken again: a conversation with ${facts.senderId} in this swarm was woken within the session timeout`;
    case 'no_wake_method':
      return `${level}; would wake, but no wake method is configured (wake.method is none)`;
    case 'wakes':
      return `${level}; wakes${q?.active ? ` although inside ${window}: urgent wakes at any time` : ''}`;
  }
}
