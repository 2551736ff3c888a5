// Where an agent's files live: $SWARM_HOME, else ~/.swarm. One place decides every path.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HomePaths {
  home: string;
  config: string;
  key: string;
  managementToken: string;
  database: string;
}

export function resolveHome(env: Record<string, string | undefined>): string {
  const configured = env.SWARM_HOME?.trim();
  return configured ? resolve(configured) : join(env.HOME?.trim() || homedir(), '.swarm');
}

export function homePaths(home: string): HomePaths {
  return {
    home,
    config: join(home, 'config.yaml'),
    key: join(home, 'agent.key'),
    managementToken: join(home, 'management.token'),
    database: join(home, 'swarm.db'),
  };
}

/** A path from config.yaml: absolute as is, relative to the swarm home otherwise. */
export function homeRelative(home: string, path: string): string {
  return resolve(home, path);
}
