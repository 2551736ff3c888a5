// An initialised agent home: config, identity key and paths, loaded together. "Initialised" means both
// config.yaml and agent.key exist.
import type { Config } from '../../generated/types.js';
import { encodePublicKey, type KeyPair, keyPairFromSeed } from '../core/keys.js';
import { loadSeed } from '../keystore/key-file.js';
import { loadConfig } from './config.js';
import { type HomePaths, homePaths, resolveHome } from './paths.js';

export interface LoadedAgent {
  paths: HomePaths;
  config: Config;
  keyPair: KeyPair;
  publicKey: string;
}

export async function loadAgent(env: Record<string, string | undefined>): Promise<LoadedAgent> {
  const paths = homePaths(resolveHome(env));
  const config = loadConfig(paths.config);
  const keyPair = keyPairFromSeed(await loadSeed(paths.key));
  return { paths, config, keyPair, publicKey: encodePublicKey(keyPair.publicKey) };
}
