import { Writable } from 'node:stream';
import { expect } from 'chai';
import { startServing } from '../../src/cli/serving.js';
import { loadAgent } from '../../src/home/agent.js';
import { loadManagementToken } from '../../src/home/management-token.js';
import { Store } from '../../src/state/store.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from './run-cli.js';

describe('cli: swarm serve', () => {
  it('refuses to serve plain HTTP beyond loopback, and a bad port, as usage errors', async () => {
    const home = tempDir('swarm-serve-');
    try {
      const env = { SWARM_HOME: home.path };
      expect((await runCli(['init', '-a', 'srv', '-e', 'https://127.0.0.1:1/swarm', '--json'], { env })).code).to.equal(
        0,
      );
      const exposed = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--json'], { env });
      expect(exposed.code).to.equal(2);
      expect(JSON.parse(exposed.stdout).error.code).to.equal('USAGE_ERROR');
      const badPort = await runCli(['serve', '--port', '70000', '--json'], { env });
      expect(badPort.code).to.equal(2);
      const halfTls = await runCli(['serve', '--tls-cert', 'x.pem', '--json'], { env });
      expect(halfTls.code).to.equal(2);
    } finally {
      home.cleanup();
    }
  });

  it('logs a failed sync of the database and resolves `failed`, on which `swarm serve` stops and exits 1', async () => {
    const home = tempDir('swarm-serve-');
    const env = { SWARM_HOME: home.path };
    try {
      const init = await runCli(['init', '-a', 'srv', '-e', 'https://127.0.0.1:1/swarm', '--json'], { env });
      expect(init.code, init.stderr).to.equal(0);
      const agent = await loadAgent(env);
      const store = Store.open(agent.paths.database, {
        agentId: 'srv',
        syncFile: () => Promise.reject(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })),
      });
      const lines: string[] = [];
      const serving = await startServing({
        agent,
        store,
        token: await loadManagementToken(agent.paths.managementToken),
        listen: { host: '127.0.0.1', port: 0 },
        rateLimit: false,
        logLevel: 'info',
        stderr: new Writable({
          write(chunk, _encoding, done) {
            lines.push(...String(chunk).trim().split('\n'));
            done();
          },
        }),
      });
      try {
        // A server takes its checkpoints off the event loop.
        expect(store.checkpointStats?.mode).to.equal('background');
        const refused = await store.write(() => 1).catch((error: unknown) => error);
        expect((refused as { code?: string }).code).to.equal('STORE_FAILED');
        const failure = await serving.failed;
        expect(failure).to.equal(store.writeFailure);
        const logged = lines.map((line) => JSON.parse(line)).find((line) => line.event === 'store.failed');
        expect(logged?.error).to.match(/EIO/);
      } finally {
        await serving.stop();
      }
    } finally {
      home.cleanup();
    }
  });
});
