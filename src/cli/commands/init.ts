// `swarm init`: creates the agent's identity and home: config.yaml, the 0600 raw-seed agent.key, the 0600
// management token and the database.

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { Option } from 'clipanion';
import type { Config } from '../../../generated/types.js';
import { validateEndpoint } from '../../../generated/validators/Endpoint.js';
import { validateNewAgentId } from '../../../generated/validators/NewAgentId.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../core/keys.js';
import { loadConfig, saveConfig } from '../../home/config.js';
import { newManagementToken, saveManagementToken } from '../../home/management-token.js';
import { homePaths } from '../../home/paths.js';
import { saveSeed } from '../../keystore/key-file.js';
import { Store } from '../../state/store.js';
import { SwarmCommand } from '../base.js';
import { usage } from '../errors.js';
import { isCount, needsOneOf } from './option-rules.js';

export class InitCommand extends SwarmCommand {
  static override paths = [['init']];
  static override usage = SwarmCommand.Usage({
    category: 'Agent',
    description: 'create this agent: identity key, config, management token, database',
    details: `
      Writes \`config.yaml\`, \`agent.key\` (the raw 32-byte Ed25519 seed, mode 0600), \`management.token\`
      (mode 0600) and \`swarm.db\` into the swarm home: \`$SWARM_HOME\`, or \`~/.swarm\`.

      The endpoint is what peers use to reach this agent: the base URL of its swarm routes, normally
      \`https://<host>[:port]/swarm\`. An existing identity is never replaced without \`--force\`; with it, a new key
      is made and the other settings of config.yaml are kept.
    `,
    examples: [
      ['Create an agent', '$0 init -a agent-alpha -e https://alpha.example.com/swarm'],
      [
        'Serve HTTPS on port 8443 with a certificate',
        '$0 init -a alpha -e https://127.0.0.1:8443/swarm --port 8443 --tls-cert cert.pem --tls-key key.pem',
      ],
    ],
  });

  agentId = Option.String('-a,--agent-id', { required: true, description: 'Identifier: letters, digits, _ . -' });
  endpoint = Option.String('-e,--endpoint', { required: true, description: 'https:// base URL of the swarm routes' });
  force = Option.Boolean('-f,--force', false, { description: 'Replace an existing identity' });
  name = Option.String('--name', { description: 'Display name served in /swarm/info' });
  // A certificate without its key (or the reverse) is a usage error, reported by the base class.
  static override schema = [
    needsOneOf({ tlsCert: '--tls-cert' }, { tlsKey: '--tls-key' }),
    needsOneOf({ tlsKey: '--tls-key' }, { tlsCert: '--tls-cert' }),
  ];

  host = Option.String('--host', { description: 'Address `swarm serve` binds (default 127.0.0.1)' });
  port = Option.String('--port', {
    description: 'Port `swarm serve` binds (default 8443)',
    validator: isCount(0, 65535),
  });
  tlsCert = Option.String('--tls-cert', { description: 'PEM certificate `swarm serve` presents' });
  tlsKey = Option.String('--tls-key', { description: 'PEM private key of that certificate' });
  caFile = Option.String('--ca-file', { description: 'Extra CA (PEM) trusted for peers' });
  trustProxy = Option.Boolean('--trust-proxy', false, {
    description: 'Behind a TLS proxy on loopback: take client addresses from X-Forwarded-For',
  });

  protected async run(): Promise<number> {
    const agentId = this.agentId.trim();
    const endpoint = this.endpoint.trim();
    if (!validateNewAgentId(agentId)) {
      throw usage(
        `Invalid agent ID '${agentId}': 1-256 letters, digits, underscores, dots or hyphens, not 'broadcast'`,
      );
    }
    if (!validateEndpoint(endpoint)) throw usage(`Invalid endpoint '${endpoint}': it must start with https://`);
    const port = this.port;
    const paths = homePaths(this.home);
    const exists = existsSync(paths.config) || existsSync(paths.key);
    if (exists && !this.force) {
      throw this.error(
        'ALREADY_INITIALIZED',
        `Configuration already exists at ${paths.config}`,
        'Use --force to replace it',
      );
    }
    let previous: Config | undefined;
    if (exists) {
      try {
        previous = await loadConfig(paths.config);
      } catch {
        previous = undefined;
      }
    }
    const server = { ...previous?.server };
    if (this.host !== undefined) server.host = this.host;
    if (port !== undefined) server.port = port;
    if (this.tlsCert !== undefined && this.tlsKey !== undefined) server.tls = { cert: this.tlsCert, key: this.tlsKey };
    if (this.trustProxy) server.trust_proxy = true;
    const client = { ...previous?.client };
    if (this.caFile !== undefined) client.ca_file = this.caFile;
    const config: Config = {
      ...previous,
      agent_id: agentId,
      endpoint,
      ...(this.name === undefined ? {} : { name: this.name }),
      ...(Object.keys(server).length ? { server } : {}),
      ...(Object.keys(client).length ? { client } : {}),
    };
    await mkdir(paths.home, { recursive: true, mode: 0o700 });
    const seed = generateSeed();
    await saveSeed(paths.key, seed, { overwrite: this.force });
    await saveConfig(paths.config, config);
    await saveManagementToken(paths.managementToken, newManagementToken());
    Store.open(paths.database, { agentId }).close();
    const publicKey = encodePublicKey(keyPairFromSeed(seed).publicKey);
    this.emit(
      {
        status: 'initialized',
        agent_id: agentId,
        endpoint,
        public_key: publicKey,
        config_path: paths.config,
        db_path: paths.database,
      },
      () => [
        this.style.green('Agent initialized successfully'),
        `Agent ID:   ${agentId}`,
        `Endpoint:   ${endpoint}`,
        `Public Key: ${publicKey}`,
        `Config:     ${paths.config}`,
      ],
    );
    return 0;
  }
}
