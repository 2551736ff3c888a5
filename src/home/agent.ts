// An initialised agent home: config, identity key and paths, loaded together. "Initialised" means both
// config.yaml and agent.key exist.
import type { Config } from '../../generated/types.js';
import { encodePublicKey, type KeyPair, keyPairFromSeed, publicKeyFromSeed } from '../core/keys.js';
import { loadSeed } from '../keystore/key-file.js';
import { loadConfig } from './config.js';
import { type HomePaths, homePaths, resolveHome } from './paths.js';

export interface LoadedAgent {
  paths: HomePaths;
  config: Config;
  /** The signing key pair, derived on first use (commands that only read never load the signing library). */
  readonly keyPair: KeyPair;
  publicKey: string;
}

export async function loadAgent(env: Record<string, string | undefined>): Promise<LoadedAgent> {
  const paths = homePaths(resolveHome(env));
  const config = await loadConfig(paths.config);
  const seed = await loadSeed(paths.key);
  let keyPair: KeyPair | undefined;
  return {
    paths,
    config,
    get keyPair() {
      keyPair ??= keyPairFromSeed(seed);
      return keyPair;
    },
    publicKey: encodePublicKey(publicKeyFromSeed(seed)),
  };
}
