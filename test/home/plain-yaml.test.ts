import { expect } from 'chai';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { readPlainYaml } from '../../src/home/plain-yaml.js';

const SWARM = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** The reader's one promise: the yaml package's answer, or undefined. */
function expectAgreement(text: string): void {
  let wanted: unknown;
  try {
    wanted = parse(text, { logLevel: 'error' });
  } catch {
    expect(readPlainYaml(text), text).to.equal(undefined);
    return;
  }
  const read = readPlainYaml(text);
  if (read !== undefined) expect(read, text).to.deep.equal(wanted);
}

const written: { name: string; config: Record<string, unknown> }[] = [
  { name: 'the config swarm init writes', config: { agent_id: 'bench', endpoint: 'https://127.0.0.1:8443/swarm' } },
  {
    name: 'every kind of section',
    config: {
      agent_id: 'agent-1',
      endpoint: 'https://agent.example.com:8443/swarm',
      default_swarm: SWARM,
      name: "Ann's agent",
      server: { host: '0.0.0.0', port: 0, tls: { cert: 'tls/cert.pem', key: 'tls/key.pem' }, trust_proxy: true },
      client: { ca_file: 'ca.pem', timeout_ms: 5000, concurrency: 64 },
      protocol: { refuse_downgrade: true },
      wake: {
        method: 'tmux',
        tmux_target: 'agent:0.0',
        levels: ['urgent', 'normal'],
        rules: [
          { name: 'direct', direct: true, level: 'urgent' },
          { from: ['agent-lead', '123', 'true'], keywords: ['code red', '#x', 'a: b', '', ' pad '], level: 'urgent' },
        ],
        quiet_hours: { zone: 'Europe/Paris', start: '22:00', end: '07:00' },
        swarms: { [SWARM]: { quiet_hours: null, rules: [] } },
      },
      unknown: { empty: {}, list: [[1, 2], [], { a: -1.5 }], nothing: null },
    },
  },
];

const handWritten: { name: string; given: string; want: unknown }[] = [
  { name: 'comments on their own lines', given: '# mine\nagent_id: a\n  # indented\nendpoint: b\n', want: {} },
  { name: 'a sequence at its key column', given: 'wake:\n  levels:\n  - urgent\n  - normal\n', want: {} },
  { name: 'core-schema scalars', given: 'a: ~\nb: True\nc: 0x1F\nd: 0o17\ne: -12\nf: 1e3\ng: .inf\nh: .5\n', want: {} },
  { name: "single quotes with ''", given: "a: 'it''s'\n", want: { a: "it's" } },
  { name: 'JSON escapes in double quotes', given: 'a: "tab\\tquote\\"\\u00e9"\n', want: { a: 'tab\tquote"é' } },
  { name: 'a plain scalar with inner spaces and a #', given: 'a: one  two#three\n', want: { a: 'one  two#three' } },
  { name: 'an empty item', given: 'a:\n  -\n  - b\n', want: { a: [null, 'b'] } },
  { name: 'nested sequences', given: 'a:\n  - - 1\n    - 2\n  -\n    b: c\n', want: { a: [[1, 2], { b: 'c' }] } },
];

const unsure: { name: string; given: string }[] = [
  { name: 'a flow mapping', given: 'wake: {method: tmux}\n' },
  { name: 'a comment after a value', given: 'agent_id: a # mine\n' },
  { name: 'a duplicate key', given: 'a: 1\na: 2\n' },
  { name: 'a document marker', given: '---\na: 1\n' },
  { name: 'an anchor and an alias', given: 'a: &x 1\nb: *x\n' },
  { name: 'a block scalar', given: 'a: |\n  text\n' },
  { name: 'a multi-line plain scalar', given: 'a: one\n  two\n' },
  { name: 'a folded double-quoted scalar', given: 'a: "one\n  two"\n' },
  { name: 'a YAML-only escape', given: 'a: "\\x41"\n' },
  { name: 'a sequence on its key line', given: 'a: - b\n' },
  { name: 'a complex key on a key line', given: 'a: ? b\n' },
  { name: 'a tag', given: 'a: !!str 1\n' },
  { name: 'a tab', given: 'a:\tb\n' },
  { name: 'CRLF line ends', given: 'a: b\r\n' },
  { name: 'a quoted key', given: '"a": b\n' },
  { name: 'a null key', given: 'NULL: b\n' },
  { name: 'a __proto__ key', given: '__proto__: b\n' },
  { name: 'an indented document', given: '  a: b\n' },
  { name: 'a value under a scalar', given: 'a:\n  b\n' },
  { name: 'an empty document', given: '# nothing\n' },
  { name: 'a key that is not at its mapping column', given: 'a:\n    b: 1\n  c: 2\n' },
];

describe('home: plain YAML reader', () => {
  for (const { name, config } of written) {
    it(`reads ${name} as the yaml package does, without it`, () => {
      for (const options of [{}, { indentSeq: false }, { indent: 4 }] as const) {
        const text = stringify(config, options);
        expect(readPlainYaml(text), text).to.deep.equal(parse(text));
      }
    });
  }

  for (const { name, given, want } of handWritten) {
    it(`reads ${name}`, () => {
      const read = readPlainYaml(given);
      expect(read).to.deep.equal(parse(given));
      if (Object.keys(want as object).length > 0) expect(read).to.deep.equal(want);
    });
  }

  for (const { name, given } of unsure) {
    it(`leaves ${name} to the yaml package`, () => {
      expect(readPlainYaml(given)).to.equal(undefined);
    });
  }

  it('agrees with the yaml package on any document the package writes', () => {
    const key = fc.oneof(fc.constantFrom('agent_id', 'wake', 'rules', 'a', SWARM, 'null', 'x-y_z'), fc.string());
    const leaf = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('true', 'null', '~', '0x1F', '1e3', '.nan', '22:00', '- a', 'a: b', ' #', "it's", '"q"'),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
      list: fc.array(tie('tree'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    }));
    const document = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 6 });
    const options = fc.record({ indentSeq: fc.boolean(), indent: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(document, options, (value, opts) => expectAgreement(stringify(value, opts))),
      { numRuns: 500 },
    );
  });

  it('agrees with the yaml package on edited documents, valid or not', () => {
    const base = stringify(written[1]!.config);
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      cut: fc.nat({ max: 3 }),
      insert: fc.string({ unit: fc.constantFrom(...' \n-:#\'"[{&*!|>a1.\\\u00a0') }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = base;
        for (const { at, cut, insert } of edits) {
          const where = Math.min(at, text.length);
          text = text.slice(0, where) + insert + text.slice(where + cut);
        }
        expectAgreement(text);
      }),
      { numRuns: 2000 },
    );
  });
});
