import { expect } from 'chai';
import { Agent, fetch } from 'undici';
import type { AgentInfo, ConformanceReport, Message } from '../../generated/types.js';
import { prepareSuiteCa } from '../../src/conformance/client/pki.js';
import { runClientConformance } from '../../src/conformance/client/runner.js';
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
  only: string[];
  /** Check ids that must fail, each with a word its failure message must contain. */
  mustFail: Record<string, RegExp>;
  stepTimeoutMs?: number;
}

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
      expect(skipped, JSON.stringify(skipped, null, 2)).to.deep.equal([]);
      expect(failed.map((check) => check.id).sort(), JSON.stringify(failed, null, 2)).to.deep.equal(
        Object.keys(row.mustFail).sort(),
      );
      for (const check of failed) expect(check.failure?.message, check.id).to.match(row.mustFail[check.id] as RegExp);
      expect(report.verdict).to.equal(failed.some((check) => check.level === 'MUST') ? 'fail' : 'pass');
    });
  }
});
