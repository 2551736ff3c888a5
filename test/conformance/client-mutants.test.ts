import { expect } from 'chai';
import { Agent, fetch } from 'undici';
import type { AgentInfo, ConformanceReport, Message } from '../../generated/types.js';
import { prepareSuiteCa } from '../../src/conformance/client/pki.js';
import { planClientChecks, runClientConformance } from '../../src/conformance/client/runner.js';
import { peerUrl, protocolHeaders } from '../../src/core/peer.js';
import { createTransport, type Transport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { startTestAgent } from '../server/fixture.js';
import { MutantClient, type MutantFlags } from './drivers/mutant-client.js';
import { jsonAnswer, type Mutation, queued, startMutantProxy } from './mutant-proxy.js';

/** A server that obeys anyone: it answers what it should refuse, and refuses what it should accept. */
const obeysAnyone: Mutation = {
  request(request) {
    const content = (request.json as Message | undefined)?.content ?? '';
    if (/from the master$|from a member$|from a new member/.test(content)) {
      return jsonAnswer(403, { error: { code: 'NOT_MEMBER', message: 'the mutant refuses', details: null } });
    }
    return request;
  },
  answer(answer, request) {
    const code = (answer.json as { error?: { code?: string } } | undefined)?.error?.code;
    const content = (request.json as Message | undefined)?.content ?? '';
    if (code === 'NOT_AUTHORIZED' || code === 'SWARM_NOT_FOUND') return queued(request);
    if (code === 'NOT_MEMBER' && content.includes('/info names another')) return queued(request);
    return answer;
  },
};

interface Row {
  name: string;
  flags?: MutantFlags;
  proxy?: Mutation;
  /** Its server's /info lists no 0.2.0 (protocol.v02 off): a 0.1.0 implementation. */
  v01?: boolean;
  only: string[];
  /** Check ids that must fail, each with a word its failure message must contain. */
  mustFail: Record<string, RegExp>;
  /** Check ids that must be skipped, each with a word its reason must contain; any other must not be. */
  mustSkip?: Record<string, RegExp>;
  stepTimeoutMs?: number;
}

const V02_ROWS = [
  'client-protocol-02.speaks-02',
  'client-protocol-02.broadcast',
  'client-protocol-02.signature',
  'client-sealed.envelope',
  'client-sealed.opens',
  'client-sealed.readers',
  'client-sealed.ciphertext',
];
const SEALED_ROWS = V02_ROWS.filter((id) => id.startsWith('client-sealed.'));

/** The 0.2 rows, skipped for an implementation whose /info lists no 0.2.0. */
const skippedAs01 = Object.fromEntries(
  V02_ROWS.map((id) => [id, /its \/info protocol_versions does not list 0\.2\.0/]),
);

const rows: Row[] = [
  { name: 'a correct client in front of our server (the control)', only: [], mustFail: {} },
  {
    name: 'joins with a mismatched token, glues the query to it, sends no headers',
    flags: { ignoreSwarmMismatch: true, glueQuery: true, noHeaders: true },
    only: ['client-join'],
    mustFail: {
      'client-join.swarm-mismatch': /another swarm/,
      'client-join.token': /not the token parameter/,
      'client-join.headers': /X-Agent-ID is missing/,
    },
  },
  {
    name: "posts the join to the invite URL's host, with an SPKI key",
    flags: { joinFromAuthority: true, spkiKey: true },
    only: ['client-join'],
    mustFail: { 'client-join.url': /went to \/swarm\/join/, 'client-join.body': /raw 32-byte key/ },
  },
  {
    name: 'rounds timestamps, sends nulls, upper-case ids, signs with separators, misaddresses, adds a path',
    flags: {
      secondsTimestamp: true,
      nullOptionals: true,
      upperCaseIds: true,
      separatorSignature: true,
      wrongRecipient: true,
      noHeaders: true,
      extraPath: true,
    },
    only: ['client-send'],
    mustFail: {
      'client-send.key-order': /is null/,
      'client-send.timestamp': /not YYYY-MM-DDTHH:MM:SS.mmmZ/,
      'client-send.uuid': /not a lower-case/,
      'client-send.signature': /does not verify/,
      'client-send.fields': /recipient is broadcast/,
      'client-send.headers': /X-Agent-ID is missing/,
      'client-send.url': /\/swarm\/info is no route/,
    },
  },
  {
    name: 'broadcasts twice, sends a direct message to all, retries a 503 early and a 400 at all',
    flags: { broadcastTwice: true, directToAll: true, earlyRetry: true, retry400: true },
    only: ['client-delivery'],
    mustFail: {
      'client-delivery.broadcast': /received it 2 times/,
      'client-delivery.direct': /also sent to/,
      'client-delivery.retry-after': /retried \d+ ms after a 503/,
      'client-delivery.no-retry': /after a 400/,
    },
  },
  {
    name: 'leaves with a spaced member_left, not telling the master',
    flags: { spacedMemberLeft: true, leaveSkipsMaster: true },
    only: ['client-leave'],
    mustFail: {
      'client-leave.content': /a JSON encoder writes/,
      'client-leave.reach': /master, a member, was not told/,
    },
    stepTimeoutMs: 1_500,
  },
  {
    name: 'a 0.1.0 client (its /info lists no 0.2.0): every envelope 0.1.0, the 0.2 rows skipped',
    v01: true,
    only: ['client-send', 'client-protocol-02', 'client-sealed'],
    mustFail: {},
    mustSkip: skippedAs01,
  },
  {
    name: 'a 0.1.0 client that sends 0.2 to every member whatever its /info lists',
    v01: true,
    flags: { blind02: true },
    only: ['client-protocol-02', 'client-sealed'],
    mustFail: {
      'client-protocol-02.negotiated':
        /a 0\.2\.0 envelope reached conformance-\w+-(master|m2), whose \/info lists no 0\.2\.0/,
    },
    mustSkip: skippedAs01,
  },
  {
    name: 'a 0.2 client that sends 0.2 to every member, signed over the six 0.1.0 fields',
    flags: { blind02: true, v01Signature02: true },
    only: ['client-protocol-02'],
    mustFail: {
      'client-protocol-02.negotiated': /0\.2\.0 envelope reached/,
      'client-protocol-02.broadcast': /lists no 0\.2\.0, received it as 0\.2\.0/,
      'client-protocol-02.signature': /0\.2 signature does not verify/,
    },
  },
  {
    name: 'a client that lists 0.2.0 but writes 0.1.0 alone and does not know the sealed step',
    flags: { only01: true },
    only: ['client-protocol-02', 'client-sealed'],
    mustFail: {
      'client-protocol-02.speaks-02': /a 0\.1\.0 envelope to an agent whose \/info lists 0\.2\.0/,
      'client-protocol-02.broadcast': /lists 0\.2\.0, received it as 0\.1\.0/,
    },
    mustSkip: {
      'client-protocol-02.signature': /no 0\.2 envelope arrived/,
      ...Object.fromEntries(SEALED_ROWS.map((id) => [id, /does not know the step send-sealed \(it exited 64\)/])),
    },
  },
  {
    name: 'seals for a wrong key, leaves itself out of the readers, puts the text in content',
    flags: { sealWrongKey: true, sealSkipsSelf: true, plaintextContent: true },
    only: ['client-sealed'],
    mustFail: {
      'client-sealed.envelope': /content is "swarm-conformance: sealed \w+", not empty/,
      'client-sealed.opens': /cannot open it with its key/,
      'client-sealed.readers': /the sender is not among its readers/,
      'client-sealed.ciphertext': /readable in the envelope as sent/,
    },
  },
  {
    name: 'a server that obeys forgeries, ignores its master and never forgets',
    proxy: obeysAnyone,
    only: ['client-receive'],
    mustFail: {
      'client-receive.master-message': /refused/,
      'client-receive.member-message': /refused/,
      'client-receive.forged-kicked': /accepted/,
      'client-receive.forged-member-kicked': /accepted/,
      'client-receive.forged-master-transfer': /accepted/,
      'client-receive.member-joined': /still refused/,
      'client-receive.member-joined.info-mismatch': /accepted/,
      'client-receive.kicked': /accepted/,
      'client-receive.master-transfer': /accepted/,
      'client-receive.swarm-dissolved': /accepted/,
    },
  },
];

describe('conformance client mode: mutant clients', function () {
  this.timeout(60_000);
  let out: TempDir;
  let suiteCa: string;
  let transport: Transport;
  let infoDispatcher: Agent;

  before(async () => {
    out = tempDir('swarm-conformance-mutants-');
    suiteCa = (await prepareSuiteCa(out.path)).pem;
    transport = createTransport({ caPem: testPki().caPem });
    infoDispatcher = new Agent({ connect: { ca: suiteCa } });
  });

  after(async () => {
    await transport?.close();
    await infoDispatcher?.close();
    out?.cleanup();
  });

  async function runAgainst(row: Row): Promise<ConformanceReport> {
    const agentId = 'mutant-client';
    const server = await startTestAgent({
      agentId,
      ...(row.v01
        ? { server: { protocol: { v02: false, refuseDowngrade: true, peerInfoTtlMs: 60 * 60 * 1000 } } }
        : {}),
      hooks: {
        async fetchInfo(endpoint) {
          const response = await fetch(peerUrl(endpoint, 'info'), {
            headers: protocolHeaders(agentId),
            dispatcher: infoDispatcher,
          });
          if (!response.ok) throw new Error(`/info answered ${response.status}`);
          return (await response.json()) as AgentInfo;
        },
      },
    });
    const proxy = row.proxy ? await startMutantProxy(server.endpoint, row.proxy) : undefined;
    const client = new MutantClient(server, proxy?.endpoint ?? server.endpoint, suiteCa, row.flags);
    try {
      return await runClientConformance({
        host: '127.0.0.1',
        outDir: out.path,
        driver: client,
        fetch: transport.fetch as never,
        only: row.only,
        stepTimeoutMs: row.stepTimeoutMs ?? 5_000,
        graceMs: 300,
        settleMs: 1_500,
        noRetryWindowMs: 1_200,
      });
    } finally {
      await client.close();
      await proxy?.close();
      await server.close();
    }
  }

  for (const row of rows) {
    it(`${row.name}: ${Object.keys(row.mustFail).length || 'no'} checks fail`, async () => {
      const report = await runAgainst(row);
      const failed = report.checks.filter((check) => check.status === 'failed');
      const skipped = report.checks.filter((check) => check.status === 'skipped');
      const mustSkip = row.mustSkip ?? {};
      expect(skipped.map((check) => check.id).sort(), JSON.stringify(skipped, null, 2)).to.deep.equal(
        Object.keys(mustSkip).sort(),
      );
      for (const check of skipped) expect(check.reason, check.id).to.match(mustSkip[check.id] as RegExp);
      expect(failed.map((check) => check.id).sort(), JSON.stringify(failed, null, 2)).to.deep.equal(
        Object.keys(row.mustFail).sort(),
      );
      for (const check of failed) expect(check.failure?.message, check.id).to.match(row.mustFail[check.id] as RegExp);
      expect(report.verdict).to.equal(failed.some((check) => check.level === 'MUST') ? 'fail' : 'pass');
    });
  }

  it('names every client check in the mustFail of some row', () => {
    const caught = new Set(rows.flatMap((row) => Object.keys(row.mustFail)));
    const uncaught = planClientChecks()
      .map((planned) => planned.check.id)
      .filter((id) => !caught.has(id));
    expect(uncaught).to.deep.equal([]);
  });
});
