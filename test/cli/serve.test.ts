import { expect } from 'chai';
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
});
