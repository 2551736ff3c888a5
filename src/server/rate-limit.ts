// Sliding-window rate limiting kept in memory: per key, the times of the requests admitted in the last
// window. A refusal says exactly when the oldest admitted request leaves the window, as a delay in
// seconds (the reference sends an absolute epoch there, which is not what Retry-After means).
export interface LimitRule {
  /** Requests admitted per window. */
  limit: number;
  windowMs: number;
}

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until a request is admitted again (allowed: until the window frees one). */
  resetSeconds: number;
}

/** Keys kept at most; past it the stalest are dropped, so hostile key churn cannot grow memory. */
const MAX_KEYS = 100_000;

export class SlidingWindowLimiter {
  readonly #rule: LimitRule;
  readonly #hits = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(rule: LimitRule, now: () => number = Date.now) {
    this.#rule = rule;
    this.#now = now;
  }

  /** Admits and records the request, or refuses it without recording it. */
  take(key: string): LimitDecision {
    const now = this.#now();
    const { limit, windowMs } = this.#rule;
    const since = now - windowMs;
    let hits = this.#hits.get(key);
    if (hits) {
      let drop = 0;
      while (drop < hits.length && (hits[drop] as number) <= since) drop++;
      if (drop > 0) hits.splice(0, drop);
      // Re-insert to keep the map in least-recently-used order for eviction.
      this.#hits.delete(key);
    } else {
      hits = [];
    }
    this.#hits.set(key, hits);
    if (this.#hits.size > MAX_KEYS) {
      const oldest = this.#hits.keys().next().value;
      if (oldest !== undefined) this.#hits.delete(oldest);
    }
    const reset = (oldest: number) => Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    if (hits.length >= limit) {
      return { allowed: false, limit, remaining: 0, resetSeconds: reset(hits[0] as number) };
    }
    hits.push(now);
    return { allowed: true, limit, remaining: limit - hits.length, resetSeconds: reset(hits[0] as number) };
  }
}

export interface RateLimitConfig {
  enabled: boolean;
  perSenderPerMinute: number;
  perSwarmPerMinute: number;
  joinsPerIpPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  enabled: true,
  perSenderPerMinute: 60,
  perSwarmPerMinute: 100,
  joinsPerIpPerHour: 10,
};

/** The three limits of the protocol: messages per sender, messages per swarm, joins per client address. */
export class RateLimits {
  readonly enabled: boolean;
  readonly sender: SlidingWindowLimiter;
  readonly swarm: SlidingWindowLimiter;
  readonly joins: SlidingWindowLimiter;

  constructor(config: RateLimitConfig, now?: () => number) {
    this.enabled = config.enabled;
    this.sender = new SlidingWindowLimiter({ limit: config.perSenderPerMinute, windowMs: 60_000 }, now);
    this.swarm = new SlidingWindowLimiter({ limit: config.perSwarmPerMinute, windowMs: 60_000 }, now);
    this.joins = new SlidingWindowLimiter({ limit: config.joinsPerIpPerHour, windowMs: 3_600_000 }, now);
  }
}
