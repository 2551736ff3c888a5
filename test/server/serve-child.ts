// A server process for crash tests: `node --import tsx serve-child.ts <db> <cert> <key> <seed-hex> <agent-id>`.
// Prints `listening <port>` when ready. The test kills it with SIGKILL mid-burst.
import { readFileSync } from 'node:fs';
import { encodePublicKey, keyPairFromSeed } from '../../src/core/keys.js';
import { silentLogger } from '../../src/server/logger.js';
import { startAgentServer } from '../../src/server/run.js';
import { Store } from '../../src/state/store.js';

const [dbPath, certFile, keyFile, seedHex, agentId, endpoint] = process.argv.slice(2) as string[];
const keyPair = keyPairFromSeed(Buffer.from(seedHex!, 'hex'));
const store = Store.open(dbPath!, { agentId });
const server = await startAgentServer({
  store,
  identity: { agentId: agentId!, endpoint: endpoint!, keyPair, publicKey: encodePublicKey(keyPair.publicKey) },
  server: {
    management: { token: 'crash-test-token-0123456789', loopbackOnly: true },
    rateLimits: { enabled: false, perSenderPerMinute: 1, perSwarmPerMinute: 1, joinsPerIpPerHour: 1 },
  },
  listen: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 0),
    tls: { cert: readFileSync(certFile!), key: readFileSync(keyFile!) },
  },
  logger: silentLogger,
});
process.stdout.write(`listening ${server.running.port}\n`);
