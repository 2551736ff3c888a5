// Membership helpers on top of the shared CLI test agent.
import { request } from 'node:https';
import { join } from 'node:path';
import { keyPairFromSeed } from '../../../src/core/keys.js';
import { protocolHeaders } from '../../../src/core/peer.js';
import { signMessage } from '../../../src/core/signature.js';
import { loadSeed } from '../../../src/keystore/key-file.js';
import { testPki } from '../../helpers/tls.js';
import type { TestAgent } from '../agents.js';

/** Member ids of a swarm as `agent` sees it (empty when it does not know the swarm). */
export async function membersSeenBy(agent: TestAgent, swarmId: string): Promise<string[]> {
  const { swarms } = await agent.json(['list', '-s', swarmId, '-m']);
  return swarms[0] ? swarms[0].members.map((m: { agent_id: string }) => m.agent_id).sort() : [];
}

/** A message signed by `from` (its own key, read from its home) POSTed straight to `to`: status and body. */
export async function postMessageAs(
  from: TestAgent,
  to: TestAgent,
  swarmId: string,
): Promise<{ status: number; body: any }> {
  const keyPair = keyPairFromSeed(await loadSeed(join(from.home.path, 'agent.key')));
  const message = signMessage(
    {
      sender: { agent_id: from.id, endpoint: from.endpoint },
      recipient: to.id,
      swarm_id: swarmId,
      type: 'message',
      content: `hello from ${from.id}`,
    },
    keyPair,
  );
  const text = JSON.stringify(message);
  return new Promise((resolve, reject) => {
    const req = request(
      `${to.endpoint}/message`,
      {
        method: 'POST',
        ca: testPki().caPem,
        headers: { ...protocolHeaders(from.id), 'Content-Length': Buffer.byteLength(text) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: body ? JSON.parse(body) : null }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
