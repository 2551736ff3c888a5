import { createCipheriv, createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { SealedContent } from '../../generated/types.js';
import type { MessageDraft } from '../../src/core/envelope.js';
import { envelopeSigningInput, signEnvelope, verifyEnvelope } from '../../src/core/envelope-signature.js';
import { ed25519Sign, ed25519Verify, keyPairFromSeed, toPublicKeyBytes } from '../../src/core/keys.js';
import { openSealed, sealContent, sealedAssociatedData } from '../../src/core/sealed.js';
import { verifyMessage } from '../../src/core/signature.js';
import { sodium } from '../../src/core/sodium.js';
import { codePointJcs } from '../fixtures/vectors-0.2/envelope-cases.js';
import { vectorFiles } from '../fixtures/vectors-0.2/generate.js';
import { coreJcs } from '../fixtures/vectors-0.2/jcs-cases.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'vectors-0.2');
const load = (name: string): any[] => JSON.parse(readFileSync(join(dir, name), 'utf8')).cases;
const jcsCases = load('jcs.json');
const signCases = load('envelope_signatures.json');
const verifyCases = load('envelope_verify.json');
const sealCases = load('sealed.json').filter((c) => c.kind === 'seal');
const openCases = load('sealed.json').filter((c) => c.kind === 'open');

const seedOf = (hex: string) => Buffer.from(hex, 'hex');
const unsigned = ({ signature: _drop, ...rest }: Record<string, unknown>) => rest;
const openAs = (sealed: unknown, context: any, who: { agent_id: string; seed_hex: string }) =>
  openSealed({
    sealed,
    messageId: context.message_id,
    swarmId: context.swarm_id,
    senderId: context.sender_id,
    agentId: who.agent_id,
    keyPair: keyPairFromSeed(seedOf(who.seed_hex)),
  });
const outcome = (result: ReturnType<typeof openSealed>) =>
  result.status === 'opened' ? { status: 'opened', content: result.content } : { status: result.status };

describe('core: protocol 0.2 vectors (test/fixtures/vectors-0.2)', () => {
  it('the generator reproduces every committed file byte for byte, and there is no other', () => {
    const files = vectorFiles();
    for (const [name, text] of files) expect(readFileSync(join(dir, name), 'utf8'), name).to.equal(text);
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).to.deep.equal([...files.keys()].sort());
  });

  describe('jcs.json: the core’s JCS', () => {
    for (const c of jcsCases) {
      it(c.name, () => {
        const result = coreJcs(c.input);
        if (c.expected_error) expect(result.ok).to.equal(false);
        else expect(result).to.deep.equal({ ok: true, canonical: c.expected });
        if (c.ieee_hex) expect(JSON.parse(c.input)).to.equal(seedOf(c.ieee_hex).readDoubleBE(0));
      });
    }
  });

  describe('envelope_signatures.json: signEnvelope', () => {
    for (const c of signCases) {
      it(c.name, () => {
        const envelope = signEnvelope(c.draft as MessageDraft, seedOf(c.seed_hex)) as unknown as Record<
          string,
          unknown
        >;
        expect(envelope).to.deep.equal(c.envelope);
        const input = envelopeSigningInput(c.envelope);
        expect(input.ok && input.jcs).to.equal(c.jcs);
        expect(input.ok && input.bytes.toString('hex')).to.equal(c.signing_input_hex);
        expect(envelope.signature).to.equal(c.signature);
        expect(verifyEnvelope(c.envelope, c.public_key_b64)).to.deep.equal({ valid: true });
      });
    }
  });

  describe('envelope_verify.json: verifyEnvelope (and verifyMessage where the 0.1.0 verdict is given)', () => {
    for (const c of verifyCases) {
      it(`${c.name}: ${c.expected_valid ? 'valid' : 'invalid'}`, () => {
        expect(verifyEnvelope(c.envelope, c.public_key_b64).valid).to.equal(c.expected_valid);
        if (c.expected_valid_v010 !== undefined)
          expect(verifyMessage(c.envelope, c.public_key_b64).valid).to.equal(c.expected_valid_v010);
      });
    }
  });

  describe('sealed.json: sealContent and openSealed', () => {
    for (const c of sealCases) {
      it(`${c.name}: seals to the vector, and each party opens it as expected`, () => {
        const ephemeral = new Map(c.inputs.readers.map((r: any) => [r.agent_id, seedOf(r.ephemeral_seed_hex)]));
        const sealed = sealContent(
          {
            content: c.inputs.content,
            messageId: c.inputs.message_id,
            swarmId: c.inputs.swarm_id,
            senderId: c.inputs.sender_id,
            readers: c.inputs.readers.map((r: any) => ({ agentId: r.agent_id, publicKey: r.public_key_b64 })),
          },
          {
            contentKey: seedOf(c.inputs.content_key_hex),
            nonce: seedOf(c.inputs.nonce_hex),
            ephemeralSeed: (id) => ephemeral.get(id) as Buffer,
          },
        );
        expect(sealed).to.deep.equal(c.sealed);
        expect(
          sealedAssociatedData(c.inputs.message_id, c.inputs.swarm_id, c.inputs.sender_id).toString('hex'),
        ).to.equal(c.associated_data_hex);
        for (const open of c.opens)
          expect(outcome(openAs(c.sealed, c.inputs, open)), open.agent_id).to.deep.equal(open.expected);
      });

      it(`${c.name}: every wrapped key opens with plain crypto_box_seal_open to the content key`, () => {
        for (const [index, reader] of c.inputs.readers.entries()) {
          const keyPair = keyPairFromSeed(seedOf(reader.seed_hex));
          const [pk, sk, key] = [Buffer.alloc(32), Buffer.alloc(32), Buffer.alloc(32)];
          sodium().crypto_sign_ed25519_pk_to_curve25519(pk, Buffer.from(keyPair.publicKey));
          sodium().crypto_sign_ed25519_sk_to_curve25519(sk, Buffer.from(keyPair.secretKey));
          expect(pk.toString('hex')).to.equal(reader.x25519_public_key_hex);
          const wrapped = Buffer.from(c.sealed.keys[index].wrapped, 'base64');
          expect(sodium().crypto_box_seal_open(key, wrapped, pk, sk), reader.agent_id).to.equal(true);
          expect(key.toString('hex')).to.equal(c.inputs.content_key_hex);
        }
      });
    }
    for (const c of openCases) {
      it(`${c.name}: ${c.expected.status}`, () => {
        expect(outcome(openAs(c.inputs.sealed, c.inputs, c.opener))).to.deep.equal(c.expected);
      });
    }
  });

  // A mutant of the core must disagree with at least one vector: the vectors pin what the mutant would change.
  describe('mutants of the core disagree with the vectors', () => {
    const PREFIX = 'agent-swarm-protocol/0.2 envelope\n';
    const signWith = (c: any, message: string | Buffer) =>
      Buffer.from(ed25519Sign(Buffer.from(message), keyPairFromSeed(seedOf(c.seed_hex)))).toString('base64');
    const verifyWith = (canonical: (value: Record<string, unknown>) => string) => (c: any) => {
      try {
        const signature = Buffer.from(String(c.envelope.signature), 'base64');
        const text = canonical(unsigned(c.envelope));
        return (
          c.envelope.protocol_version?.startsWith?.('0.2.') === true &&
          ed25519Verify(signature, Buffer.from(text, 'utf8'), toPublicKeyBytes(c.public_key_b64))
        );
      } catch {
        return false;
      }
    };
    const dropNulls = (value: unknown): unknown =>
      value === null || typeof value !== 'object'
        ? value
        : Array.isArray(value)
          ? value.map(dropNulls)
          : Object.fromEntries(
              Object.entries(value)
                .filter(([, v]) => v !== null)
                .map(([k, v]) => [k, dropNulls(v)]),
            );
    const KNOWN = ['protocol_version', 'message_id', 'timestamp', 'sender', 'recipient', 'swarm_id', 'type', 'content'];
    const jcs = (value: unknown) => (envelopeSigningInput({ v: value }) as { jcs: string }).jcs.slice(5, -1);

    const signingMutants: [string, (c: any) => string][] = [
      ['signing without the domain prefix', (c) => signWith(c, jcs(unsigned(c.envelope)))],
      ['JCS replaced by JSON.stringify', (c) => signWith(c, PREFIX + JSON.stringify(unsigned(c.envelope)))],
      ['keys sorted by code point', (c) => signWith(c, PREFIX + codePointJcs(unsigned(c.envelope)))],
      [
        'a SHA-256 pre-hash of the signing input signed',
        (c) =>
          signWith(
            c,
            createHash('sha256')
              .update(PREFIX + c.jcs)
              .digest(),
          ),
      ],
    ];
    for (const [name, sign] of signingMutants) {
      it(`signing: ${name}`, () => {
        expect(signCases.filter((c) => sign(c) !== c.signature)).not.to.be.empty;
      });
    }

    const verifyMutants: [string, (c: any) => boolean][] = [
      ['without the domain prefix', verifyWith((e) => jcs(e))],
      ['over JSON.stringify', verifyWith((e) => PREFIX + JSON.stringify(e))],
      ['keys in code-point order', verifyWith((e) => PREFIX + codePointJcs(e))],
      ['null values dropped before JCS', verifyWith((e) => PREFIX + jcs(dropNulls(e)))],
      [
        'only the known keys signed',
        verifyWith((e) => PREFIX + jcs(Object.fromEntries(Object.entries(e).filter(([k]) => KNOWN.includes(k))))),
      ],
      [
        'any 0.x version verified under 0.2',
        (c) => verifyEnvelope({ ...c.envelope, protocol_version: '0.2.0' }, c.public_key_b64).valid,
      ],
    ];
    for (const [name, verify] of verifyMutants) {
      it(`verifying: ${name}`, () => {
        expect(verifyCases.filter((c) => verify(c) !== c.expected_valid).map((c) => c.name)).not.to.be.empty;
      });
    }

    const na = () => sodium();
    /** The ciphertext a mutant sealer makes with the case's content key and nonce. */
    const sealMutants: [string, (c: any) => string][] = [
      [
        'additional data without lower-casing the UUIDs',
        (c) => {
          const ad = `agent-swarm-protocol/0.2 sealed\n${c.inputs.message_id}\n${c.inputs.swarm_id}\n${c.inputs.sender_id}`;
          return xchacha(c, Buffer.from(ad));
        },
      ],
      ['no additional data', (c) => xchacha(c, null)],
      [
        'ChaCha20-Poly1305-IETF with the first 12 bytes of the nonce',
        (c) => {
          const cipher = createCipheriv(
            'chacha20-poly1305',
            seedOf(c.inputs.content_key_hex),
            seedOf(c.inputs.nonce_hex).subarray(0, 12),
            {
              authTagLength: 16,
            },
          );
          const plaintext = Buffer.from(c.inputs.content, 'utf8');
          cipher.setAAD(Buffer.from(c.associated_data_hex, 'hex'), { plaintextLength: plaintext.length });
          return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]).toString('base64');
        },
      ],
    ];
    function xchacha(c: any, ad: Buffer | null): string {
      const plaintext = Buffer.from(c.inputs.content, 'utf8');
      const out = Buffer.alloc(plaintext.length + 16);
      na().crypto_aead_xchacha20poly1305_ietf_encrypt(
        out,
        plaintext,
        ad,
        null,
        seedOf(c.inputs.nonce_hex),
        seedOf(c.inputs.content_key_hex),
      );
      return out.toString('base64');
    }
    for (const [name, seal] of sealMutants) {
      it(`sealing: ${name}`, () => {
        expect(sealCases.filter((c) => seal(c) !== (c.sealed as SealedContent).ciphertext)).not.to.be.empty;
      });
    }

    it('opening: a receiver that tries every listed key when it is not a reader disagrees (SEAL-003)', () => {
      const triesEveryKey = (sealed: any, context: any, who: { agent_id: string; seed_hex: string }) => {
        const mine = openAs(sealed, context, who);
        if (mine.status !== 'not-reader') return outcome(mine);
        const opened = sealed.keys.some((entry: { agent_id: string }) => {
          const asIf = openAs({ ...sealed, keys: [{ ...entry, agent_id: who.agent_id }] }, context, who);
          return asIf.status === 'opened';
        });
        return { status: opened ? 'opened' : 'invalid' };
      };
      const openings = [
        ...sealCases.flatMap((c) =>
          c.opens.map((o: any) => ({ sealed: c.sealed, context: c.inputs, who: o, want: o.expected })),
        ),
        ...openCases.map((c) => ({ sealed: c.inputs.sealed, context: c.inputs, who: c.opener, want: c.expected })),
      ];
      const wrong = openings.filter(
        (o) => JSON.stringify(triesEveryKey(o.sealed, o.context, o.who)) !== JSON.stringify(o.want),
      );
      expect(wrong).not.to.be.empty;
    });
  });
});
