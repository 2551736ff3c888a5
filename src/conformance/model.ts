// What a conformance check is, as data: the requirement it exercises, what it needs from the run, and how it
// judges. Checks live in checks/, one file per section of the spec; the runner (runner.ts) selects, orders and
// runs them, and the report (report/) is built from their results alone.

import type { RequirementId } from '../../generated/requirements.js';
import type { ErrorCode } from '../../generated/types.js';
import type { KeyPair } from '../core/keys.js';

/**
 * What a failure means. `security`: the agent accepted what it must refuse (or refused what it must accept, where
 * that is the rule guarded); `correctness`: the right decision with the wrong code, or the wrong effect;
 * `format`: the right decision and code in the wrong shape.
 */
export type Category = 'security' | 'correctness' | 'format';

/** What a check needs from the run; a check whose needs are not met is skipped, with the reason. */
export interface Needs {
  /** Member identities joined with `--invite` (they are the suite's own agents, never the one under test). */
  members?: number;
  /** Unused `max_uses: 1` invites (`--single-use-invite`), consumed by the check. */
  singleUseInvites?: number;
  /** A live endpoint of the suite's own (`--listen`), for checks that need the agent to deliver to it. */
  listener?: boolean;
  /** An invite of a particular kind from the operator: `--expired-invite`, `--revoked-invite`, `--approval-invite`. */
  invite?: SpecialInvite;
  /** The run's 0.2 identity (`CheckContext.v02Member`), joined at the start with the members. */
  v02Member?: boolean;
  /** Runs only when asked for: `rate-limits` (slow and noisy), `fuzz` (skipped with `--fuzz 0`). */
  optIn?: 'rate-limits' | 'fuzz';
}

export type SpecialInvite = 'expired' | 'revoked' | 'approval';

/** One identity of the suite: a key pair and the endpoint it claims. */
export interface Identity {
  readonly agentId: string;
  readonly keyPair: KeyPair;
  /** Standard base64 of the raw 32-byte key. */
  readonly publicKey: string;
  readonly endpoint: string;
}

/** The swarm the suite joined, as the agent under test described it in its join answer. */
export interface SwarmUnderTest {
  readonly swarmId: string;
  readonly masterId: string;
  /** The master's key, from the join answer's member list. */
  readonly masterPublicKey: string;
  /** The raw text of the invite the members joined with. */
  readonly invite: string;
}

/** A request, fully built: a check gives a function that builds it, so that a retry after a 429 rebuilds it. */
export interface Outgoing {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: unknown;
  text: string;
}

/** One request and its answer, each in one line, as the report shows them. */
export interface Exchange {
  request: string;
  answer: string;
}

export interface SendOptions {
  /** The check is about rate limiting itself: a 429 is its answer, not something to wait out. */
  keep429?: boolean;
}

export interface CheckContext {
  /** The agent's swarm base URL, e.g. `https://host/swarm`. */
  readonly endpoint: string;
  /** Present when the run joined a swarm (checks that need members only run then). */
  readonly swarm: SwarmUnderTest | undefined;
  /** The joined identities, as many as the check's `needs.members` at least. */
  readonly members: readonly Identity[];
  /** Unused single-use invites; a check takes them with `takeSingleUseInvite`. */
  takeSingleUseInvite(): string;
  /** The operator's invite of that kind (present when the check declared it in `needs.invite`). */
  specialInvite(kind: SpecialInvite): string;
  /** The suite's own live endpoint base, when it listens. */
  readonly listener: Listener | undefined;
  /** Number of fuzzed messages the run sends. */
  readonly fuzzCount: number;
  /** The seed of the fuzz's generator: the same seed makes the same messages. */
  readonly fuzzSeed: number;
  /** An identity no swarm knows yet, at the suite's own endpoint when it listens. */
  newIdentity(label: string): Identity;
  /** Marks an identity as joined by a check, so that it leaves at the end like the others. */
  adopt(identity: Identity): void;
  /** Marks an identity as gone (the check saw it leave or be removed). */
  forget(identity: Identity): void;
  /**
   * The run's identity for protocol 0.2, for a check that declared `needs.v02Member`. It is never among `members`:
   * once the agent accepted a 0.2 message from it, it refuses its 0.1.0 messages for good ([NEG-DOWN-001]), so no
   * 0.1.0 check may use it; it leaves at the end with a 0.2 member_left.
   */
  v02Member(): Identity;
  /** Sends a request, records it, and waits out a 429 (rebuilding the request) unless told not to. */
  send(build: () => Outgoing, options?: SendOptions): Promise<Answer>;
  /** Adds a line to what the report shows of this check. */
  note(text: string): void;
  /** The content every message of the suite starts with, so an operator can find what it left. */
  readonly contentPrefix: string;
  /** Milliseconds since the epoch on the suite's clock. */
  now(): number;
  /** The body size sent to check the size limit; larger than any limit an agent should set. */
  readonly oversizeBytes: number;
}

/** What the suite's listener received: every request, with the path under its base that it was sent to. */
export interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
}

export interface Listener {
  /** The endpoint base the identities are given (`<advertise>/<agent_id>`). */
  readonly advertise: string;
  /** Waits until a request matches, or the timeout passes (then undefined). */
  waitFor(match: (received: Received) => boolean, timeoutMs: number): Promise<Received | undefined>;
  readonly received: readonly Received[];
}

export interface Check {
  /** Stable id, `<section>.<topic>[.<case>]`, e.g. `message.signature.tampered-content`. */
  id: string;
  /** The requirement it exercises; its level is the requirement's. */
  requirement: RequirementId;
  /** Further requirements it exercises on the way (counted for coverage). */
  also?: readonly RequirementId[];
  /** What a failure of this check puts at risk when the agent takes the wrong decision. */
  category: Category;
  /** What a conforming agent does, in one sentence. */
  expected: string;
  needs?: Needs;
  run(ctx: CheckContext): Promise<void>;
}

/** A section of the suite: one file of checks, named as the report groups them. */
export interface Section {
  id: string;
  title: string;
  checks: Check[];
}

/** Thrown by a check (or a judge) when the agent departs from the spec. */
export class CheckFailed extends Error {
  constructor(
    readonly category: Category,
    message: string,
  ) {
    super(message);
    this.name = 'CheckFailed';
  }
}

/** Thrown when a check cannot be judged in this run (a need found missing at run time), with the reason. */
export class CheckSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckSkipped';
  }
}

export type { ErrorCode };
