// sealed.json (protocol 0.2): sealing with every random input pinned, and opening as a reader, a non-reader, or
// a reader of an altered object or context. A library that cannot pin the sealed box's ephemeral key may wrap
// with its own: its wrapped keys are then opened here with the readers' keys (the vector holds their seeds).
import type { RequirementId } from '../../../../generated/requirements.js';
import type { SealedContent } from '../../../../generated/types.js';
import { keyPairFromSeed } from '../../../core/keys.js';
import { openSealed } from '../../../core/sealed.js';
import { type Category, CheckFailed } from '../../model.js';
import type { StoredCase } from '../files.js';
import { accepted, same, show } from '../judge.js';
import type { VectorCheck, VectorContext } from '../model.js';

type Expected = { status: 'opened'; content: string } | { status: 'not-reader' } | { status: 'invalid' };
/** Any JSON value, as a request carries it. */
type Json = string | number | boolean | null | object;
interface Context {
  message_id: string;
  swarm_id: string;
  sender_id: string;
}
interface Reader {
  agent_id: string;
  public_key_b64: string;
  seed_hex: string;
  ephemeral_seed_hex: string;
}
interface SealCase extends StoredCase {
  kind: 'seal';
  inputs: Context & { content: string; readers: Reader[]; content_key_hex: string; nonce_hex: string };
  sealed: SealedContent;
  opens: { agent_id: string; seed_hex: string; expected: Expected }[];
}
interface OpenCase extends StoredCase {
  kind: 'open';
  change: string;
  inputs: Context & { sealed: Json };
  opener: { agent_id: string; seed_hex: string };
  expected: Expected;
}

const seedOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

/** Opens `sealed` through the adapter as `who` and judges the outcome against `expected`. */
async function judgeOpening(
  ctx: VectorContext,
  sealed: Json,
  context: Context,
  who: { agent_id: string; seed_hex: string },
  expected: Expected,
): Promise<void> {
  const outcome = await ctx.call({
    op: 'open_sealed',
    sealed,
    ...context,
    agent_id: who.agent_id,
    seed_hex: who.seed_hex,
  });
  const what = `open_sealed as ${who.agent_id}`;
  if (!outcome.ok) {
    // A refusal of an object that must not open is the same verdict as `invalid`.
    if (expected.status === 'invalid') {
      if (outcome.error.code !== 'SEALED_CONTENT_INVALID') ctx.note(`${what}: refused (${outcome.error.message})`);
      return;
    }
    throw new CheckFailed('correctness', `${what}: refused (${outcome.error.message}), expected ${expected.status}`);
  }
  const got = outcome.result;
  if (got.status !== expected.status) {
    // Content opened that must not be, or a non-reader that tried a key: what sealing protects is at stake.
    const category: Category = got.status === 'opened' || expected.status === 'not-reader' ? 'security' : 'correctness';
    const why = got.reason ? ` (${got.reason})` : '';
    throw new CheckFailed(category, `${what}: ${got.status}${why}, expected ${expected.status}`);
  }
  if (expected.status === 'opened') same(got.content, expected.content, `${what}: content`);
}

function sealCheck(c: SealCase): VectorCheck {
  const context = { message_id: c.inputs.message_id, swarm_id: c.inputs.swarm_id, sender_id: c.inputs.sender_id };
  return {
    id: `vectors.sealed.${c.name}`,
    requirement: 'SEAL-001',
    also: ['SEAL-002', 'SEAL-003'],
    category: 'correctness',
    expected: `the sealed object of the vector (${c.sealed.keys.length} reader(s)); each reader opens it, a non-reader does not try`,
    async run(ctx) {
      const { readers, content, content_key_hex, nonce_hex } = c.inputs;
      const { sealed } = accepted(
        await ctx.call({
          op: 'seal_content',
          content,
          ...context,
          readers: readers.map((r) => ({
            agent_id: r.agent_id,
            public_key: r.public_key_b64,
            ephemeral_seed_hex: r.ephemeral_seed_hex,
          })),
          content_key_hex,
          nonce_hex,
        }),
        'seal_content',
      );
      same(sealed.alg, c.sealed.alg, 'alg');
      same(sealed.nonce, c.sealed.nonce, 'nonce');
      same(sealed.ciphertext, c.sealed.ciphertext, 'ciphertext');
      same(
        sealed.keys.map((k) => k.agent_id),
        c.sealed.keys.map((k) => k.agent_id),
        'readers',
      );
      const unpinned: string[] = [];
      for (const [index, entry] of sealed.keys.entries()) {
        if (entry.wrapped === c.sealed.keys[index]?.wrapped) continue;
        const reader = readers[index] as Reader;
        const opened = openSealed({
          sealed: { ...c.sealed, keys: [entry] },
          messageId: context.message_id,
          swarmId: context.swarm_id,
          senderId: context.sender_id,
          agentId: reader.agent_id,
          keyPair: keyPairFromSeed(seedOf(reader.seed_hex)),
        });
        if (opened.status !== 'opened')
          throw new CheckFailed('correctness', `the wrapped key for ${reader.agent_id} does not open: ${show(opened)}`);
        unpinned.push(reader.agent_id);
      }
      if (unpinned.length > 0)
        ctx.note(`wrapped keys made with another ephemeral key (not pinned), each opening: ${unpinned.join(', ')}`);
      for (const open of c.opens) await judgeOpening(ctx, c.sealed, context, open, open.expected);
    },
  };
}

function openCheck(c: OpenCase): VectorCheck {
  const requirement: RequirementId = c.expected.status === 'not-reader' ? 'SEAL-003' : 'SEAL-002';
  const { sealed, ...context } = c.inputs;
  return {
    id: `vectors.sealed.${c.name}`,
    requirement,
    also: [],
    category: c.expected.status === 'opened' ? 'correctness' : 'security',
    expected: `${c.expected.status} (${c.change})`,
    async run(ctx) {
      await judgeOpening(ctx, sealed, context, c.opener, c.expected);
    },
  };
}

export function sealedChecks(cases: StoredCase[]): VectorCheck[] {
  return cases.map((c) => (c.kind === 'seal' ? sealCheck(c as SealCase) : openCheck(c as OpenCase)));
}
