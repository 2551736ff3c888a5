// `swarm serve`: runs this agent's server (HTTPS, or plain HTTP on loopback behind a proxy) together with the
// delivery worker that works the outbox, until SIGTERM or SIGINT; then stops gracefully.
import { readFileSync } from 'node:fs';
import { Option } from 'clipanion';
import { loadManagementToken } from '../../home/management-token.js';
import { homeRelative } from '../../home/paths.js';
import { isLoopbackHost } from '../../transport/url.js';
import { SwarmCommand } from '../base.js';
import { usage } from '../errors.js';
import { isCount, needsOneOf } from './option-rules.js';

export class ServeCommand extends SwarmCommand {
  static override paths = [['serve']];
  static override usage = SwarmCommand.Usage({
    category: 'Agent',
    description: "run this agent's server and delivery worker",
    details: `
      Serves the swarm routes (\`/swarm/health\`, \`/swarm/info\`, \`/swarm/message\`, \`/swarm/join\`) and the
      management API (\`/api/...\`, bearer token, loopback only by default), and delivers queued outgoing
      messages, retrying until each recipient has answered. Stops gracefully on SIGTERM or SIGINT: stops
      accepting, finishes requests in flight, flushes pending commits and closes the database. If a sync of the
      database fails, it refuses every write from then on, stops the same way and exits 1, so that its supervisor
      restarts it and SQLite recovers what the disk holds.

      Settings come from \`server\`, \`client\` and \`wake\` in config.yaml; the options here override them. Without a
      certificate the server speaks plain HTTP and binds only a loopback address (put a TLS proxy in front).
      Logs are JSON lines on stderr. With \`--json\`, one line \`{"status":"serving",...}\` is printed when ready.
    `,
    examples: [
      ['Serve with the settings of config.yaml', '$0 serve'],
      ['HTTPS on port 8443', '$0 serve --port 8443 --tls-cert cert.pem --tls-key key.pem'],
      ['Benchmarks: no rate limits', '$0 serve --no-rate-limit'],
    ],
  });

  // A certificate without its key (or the reverse) is a usage error, reported by the base class.
  static override schema = [
    needsOneOf({ tlsCert: '--tls-cert' }, { tlsKey: '--tls-key' }),
    needsOneOf({ tlsKey: '--tls-key' }, { tlsCert: '--tls-cert' }),
  ];

  host = Option.String('--host', { description: 'Address to bind' });
  port = Option.String('--port', { description: 'Port to bind (0 picks a free one)', validator: isCount(0, 65535) });
  tlsCert = Option.String('--tls-cert', { description: 'PEM certificate' });
  tlsKey = Option.String('--tls-key', { description: 'PEM private key' });
  rateLimit = Option.Boolean('--rate-limit', true, {
    description: 'Apply the rate limits (--no-rate-limit turns them off)',
  });
  logLevel = Option.String('--log-level', 'info', { description: 'debug, info, warn or error' });

  protected async run(): Promise<number> {
    const agent = await this.agent();
    const { config, paths } = agent;
    const settings = config.server ?? {};
    const port = this.port ?? settings.port ?? 8443;
    if (!['debug', 'info', 'warn', 'error'].includes(this.logLevel))
      throw usage(`Unknown --log-level ${this.logLevel}`);
    const certFile = this.tlsCert ?? (settings.tls ? homeRelative(paths.home, settings.tls.cert) : undefined);
    const keyFile = this.tlsKey ?? (settings.tls ? homeRelative(paths.home, settings.tls.key) : undefined);
    const tls = certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : undefined;
    const host = this.host ?? settings.host ?? '127.0.0.1';
    if (!tls && !isLoopbackHost(host)) {
      throw usage(`Plain HTTP is served on loopback only; give --tls-cert and --tls-key to bind ${host}`);
    }
    const token = await loadManagementToken(paths.managementToken);

    // The server stack is loaded only here, so that other commands start fast.
    const { startServing } = await import('../serving.js');
    const serving = await startServing({
      agent,
      store: await this.store(),
      token,
      listen: { host, port, tls },
      rateLimit: this.rateLimit,
      logLevel: this.logLevel as 'info',
      stderr: this.context.stderr,
    });
    const ready = {
      status: 'serving',
      agent_id: config.agent_id,
      endpoint: config.endpoint,
      origin: serving.origin,
      port: serving.port,
    };
    this.emit(ready, () => `Serving ${config.agent_id} on ${serving.origin} (endpoint ${config.endpoint})`);
    const failure = await new Promise<Error | undefined>((resolve) => {
      const stop = () => resolve(undefined);
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      void serving.failed.then(resolve);
    });
    await serving.stop();
    if (failure) throw failure; // exit non-zero: the unit's Restart=on-failure brings the agent back
    return 0;
  }
}
