// Client mode as data. The suite runs a swarm of its own and drives the implementation under test through steps
// (join, send, leave); what the implementation sends is recorded as evidence, and two kinds of checks use it:
// judged checks read the evidence after the run, probe checks send to the implementation's own server during it
// (the suite is its master then). The runner (runner.ts) decides which stages and probes a selection needs.
import type { IncomingHttpHeaders } from 'node:http';
import type { RequirementId } from '../../../generated/requirements.js';
import type { ConformanceDriverStep, Message } from '../../../generated/types.js';
import type { OpenResult } from '../../core/sealed.js';
import type { Answer, Category, Exchange, Identity } from '../model.js';

/** The driven stages, in the order a run makes them. */
export const STAGES = [
  'join-mismatch',
  'join',
  'broadcast',
  'direct',
  'sealed',
  'retry-after',
  'no-retry',
  'leave',
] as const;
export type StageName = (typeof STAGES)[number];

/** One request the implementation sent to the suite's server (its client or its server), as received. */
export interface Arrival {
  /** Order of arrival, from 1. */
  seq: number;
  method: string;
  /** The path as sent, e.g. `/conformance-1a2b3c-master/message`. */
  path: string;
  /** `/<agent_id>/<route>` read from the path, when it has that form. */
  target?: { agentId: string; route: string };
  headers: IncomingHttpHeaders;
  /** The body exactly as received (key order and spacing are evidence). */
  text: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
  /** When the request was whole, and when the suite answered it (ms since the epoch). */
  at: number;
  answeredAt: number;
  status: number;
  /** The answer in a few words, e.g. `503 SERVICE_UNAVAILABLE (Retry-After: 2)`. */
  answer: string;
  /** Sealed content sent to an agent of the suite that speaks 0.2: what that agent got opening it with its key. */
  opened?: OpenResult;
}

/** What running the driver for one step gave. */
export interface StepOutcome {
  /** null when the step was only printed (no --drive), or the command was killed. */
  exitCode: number | null;
  timedOut: boolean;
  /** The end of what the command printed (stdout and stderr). */
  output: string;
  manual: boolean;
}

export interface StepRecord {
  step: ConformanceDriverStep;
  /** What the suite meant by it, e.g. `join (token names another swarm)`. */
  label: string;
  outcome: StepOutcome;
  startedAt: number;
  endedAt: number;
}

/** The implementation as its first admitted join request described it. */
export interface Implementation {
  agentId: string;
  endpoint: string;
  publicKey: string;
}

export type JoinKind = 'mismatch' | 'tricky' | 'plain' | 'rejoin';

export interface JoinAttempt {
  kind: JoinKind;
  invite: string;
  /** The JWT the invite carries. */
  jwt: string;
  step: StepRecord;
  /** Every join request that arrived while the attempt was open (wherever it was sent). */
  arrivals: Arrival[];
  admitted: boolean;
}

export type SendKind = 'broadcast' | 'direct' | 'sealed' | 'retry-after' | 'no-retry';

export interface SendRecord {
  kind: SendKind;
  text: string;
  /** The addressee of a direct send. */
  recipient?: string;
  /** Who was a member when it was sent (the recipients a broadcast owes). */
  members: string[];
  step: StepRecord;
}

export interface LeaveRecord {
  /** The suite members the implementation was told of when it joined: each is owed the member_left. */
  members: string[];
  step: StepRecord;
}

/** Everything a run observed; judged checks read only this. */
export interface Evidence {
  swarmId: string;
  arrivals: readonly Arrival[];
  joins: JoinAttempt[];
  impl?: Implementation;
  /** The suite's agents the join answer listed (the members the implementation was told of). */
  membersAtJoin?: string[];
  /** The suite's agents whose /info lists 0.2.0 (the others list nothing: 0.1.0 alone, as the reference). */
  v02Agents: string[];
  /** What the implementation's own /info listed in `protocol_versions`, read once it joined (NEG-001). */
  implVersions?: { listed: unknown } | { problem: string };
  sends: Partial<Record<SendKind, SendRecord>>;
  leave?: LeaveRecord;
  /** A stage that could not be made, with why (e.g. the implementation never joined). */
  problems: Partial<Record<StageName, string>>;
  stages: StageName[];
  endedAt: number;
}

/** What a judge gives the report: the exchanges it looked at and its notes. */
export interface Recorder {
  exchange(arrival: Arrival): void;
  note(text: string): void;
}

interface BaseCheck {
  /** Stable id, `client-<section>.<topic>[.<case>]`. */
  id: string;
  requirement: RequirementId;
  also?: readonly RequirementId[];
  category: Category;
  expected: string;
}

/** Judges what the implementation sent, once the run is over. */
export interface JudgedCheck extends BaseCheck {
  /** The stages whose evidence it needs. */
  stages: readonly StageName[];
  judge(evidence: Evidence, recorder: Recorder): void;
}

/** Sends to the implementation's server as the suite's agents, during the run. */
export interface ProbeCheck extends BaseCheck {
  /** `member`: while the first membership lasts; `end`: after the implementation left (it joins again). */
  phase: 'member' | 'end';
  probe(ctx: ProbeContext): Promise<void>;
}

export type ClientCheck = JudgedCheck | ProbeCheck;

export function isProbe(check: ClientCheck): check is ProbeCheck {
  return 'probe' in check;
}

export interface ClientSection {
  id: string;
  title: string;
  checks: ClientCheck[];
}

/** The suite's agents, as probes use them. */
export interface SwarmView {
  readonly swarmId: string;
  /** The current master, and the other agents of the suite by label (`m1`, `m2`, …, made on first use). */
  master(): Identity;
  agent(label: string): Identity;
  /** Makes `label` the master (after a master_transfer the implementation accepted). */
  setMaster(label: string): void;
  /** Marks `label` a member (true) or not, as the master would have announced it. */
  setMember(label: string, member: boolean): void;
  /** /info of `label` will name `otherId` instead of its own id. */
  lieAbout(label: string, otherId: string): void;
  /**
   * A signed message from `from` (content defaults to the suite's prefix and `what`): a 0.2 envelope when `from`
   * lists 0.2.0 and so does the implementation ([NEG-002] binds the suite's agents too), else 0.1.0.
   */
  message(from: Identity, what: string, draft?: Partial<Message>): Message;
  /** A signed system message from `from` with this content, in the version `message` would use. */
  system(from: Identity, recipient: string, content: object): Message;
  dissolved: boolean;
}

export interface ProbeContext {
  readonly swarm: SwarmView;
  readonly impl: Implementation;
  /** POSTs `message` to the implementation's /message with `from`'s protocol headers; records the exchange. */
  deliver(from: Identity, message: object): Promise<Answer>;
  /** Makes sure the implementation is a member (driving a join with a new invite when it left or was removed). */
  ensureMember(): Promise<void>;
  /** Marks the implementation gone from the swarm (kicked, dissolved). */
  forgetImplementation(): void;
  /** Waits for a request of the implementation that matches (already received ones count). */
  waitForArrival(match: (arrival: Arrival) => boolean, timeoutMs: number): Promise<Arrival | undefined>;
  /** How long a probe waits for the implementation to act on a system message (fetch /info, admit). */
  readonly settleMs: number;
  note(text: string): void;
  sleep(ms: number): Promise<void>;
}

export type { Exchange };
