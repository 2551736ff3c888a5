// libsodium is loaded on first use: loading its native addon costs a CLI command that never signs (status, list,
// messages) more than the rest of its start-up. Its own module, and never re-exported, so that the package's
// declarations do not name sodium-native's (untyped) module.
import { createRequire } from 'node:module';
import type Sodium from 'sodium-native';

const require = createRequire(import.meta.url);
let loaded: typeof Sodium | undefined;

export function sodium(): typeof Sodium {
  loaded ??= require('sodium-native') as typeof Sodium;
  return loaded;
}
