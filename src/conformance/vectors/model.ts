// Vector mode as data: each golden-vector case becomes one check that sends the adapter under test the requests
// of spec/schemas/VectorAdapterRequest.json and judges its answers against the case. The shapes of requests and
// answers are the generated types; what each op must return is RESULT_KEYS (the answer schema allows every key
// for every op, so the keys an op owes are checked here).
import type { RequirementId } from '../../../generated/requirements.js';
import type { VectorAdapterAnswer, VectorAdapterRequest } from '../../../generated/types.js';
import type { Category } from '../model.js';

export type Op = VectorAdapterRequest['op'];
/** A request as a check writes it: the runner adds the id. */
export type RequestOf<O extends Op> = Omit<Extract<VectorAdapterRequest, { op: O }>, 'id'>;
export type AdapterResult = Extract<VectorAdapterAnswer, { ok: true }>['result'];
export type Refusal = Extract<VectorAdapterAnswer, { ok: false }>['error'];

/** The result keys each op must return (optional ones, such as `reason`, are not listed). */
export const RESULT_KEYS = {
  derive_public_key: ['public_key'],
  decode_public_key: ['public_key_hex'],
  normalize_timestamp: ['signed', 'utc'],
  canonical_string: ['fields', 'canonical_string', 'sha256_hex'],
  sign: ['fields', 'signature'],
  verify_message: ['valid'],
  parse_invite_url: ['swarm_id', 'authority', 'token'],
  create_invite_token: ['token', 'url'],
  verify_invite_url: ['claims'],
  verify_invite_token: ['claims'],
  encode_system_content: ['content'],
  parse_system_content: ['json'],
  peer_request: ['url', 'headers'],
  build_join_request: ['method', 'url', 'headers', 'body'],
  jcs: ['jcs'],
  sign_envelope: ['envelope', 'jcs'],
  verify_envelope: ['valid'],
  seal_content: ['sealed'],
  open_sealed: ['status'],
} as const satisfies Record<Op, readonly (keyof AdapterResult)[]>;

export type ResultOf<O extends Op> = AdapterResult & Required<Pick<AdapterResult, (typeof RESULT_KEYS)[O][number]>>;

/** What the adapter made of a request: its result, or its refusal. */
export type Outcome<O extends Op> = { ok: true; result: ResultOf<O> } | { ok: false; error: Refusal };

/**
 * What a vector check may do. `call` throws CheckFailed (`format`) for an answer outside the protocol, CheckFailed
 * when the adapter is gone (died or hung), and CheckSkipped when the adapter says it does not implement the op.
 */
export interface VectorContext {
  call<O extends Op>(request: RequestOf<O> & { op: O }): Promise<Outcome<O>>;
  note(text: string): void;
}

export interface VectorCheck {
  /** `vectors.<kind>.<case name>`. */
  id: string;
  requirement: RequirementId;
  also: RequirementId[];
  category: Category;
  expected: string;
  run(ctx: VectorContext): Promise<void>;
}

/** One vector file's checks, named as the report groups them. */
export interface VectorSection {
  id: string;
  title: string;
  checks: VectorCheck[];
}
