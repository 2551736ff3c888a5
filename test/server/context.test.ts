import { expect } from 'chai';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { createServerContext, DEFAULT_SERVER_OPTIONS } from '../../src/server/context.js';
import { silentLogger } from '../../src/server/logger.js';
import type { Store } from '../../src/state/store.js';

describe('server: options', () => {
  it('an option given as undefined keeps its default (swarm serve passes unset config keys that way)', () => {
    const keyPair = keyPairFromSeed(generateSeed());
    const ctx = createServerContext({
      store: {} as Store,
      identity: { agentId: 'a', endpoint: 'https://a/swarm', keyPair, publicKey: encodePublicKey(keyPair.publicKey) },
      options: {
        basePath: undefined,
        bodyLimit: undefined,
        replayWindowMs: undefined,
        trustProxy: undefined,
        management: { token: 'x'.repeat(20), loopbackOnly: true },
      },
      logger: silentLogger,
    });
    expect(ctx.options.basePath).to.equal('/swarm');
    expect(ctx.options.bodyLimit).to.equal(DEFAULT_SERVER_OPTIONS.bodyLimit);
    expect(ctx.options.replayWindowMs).to.equal(5 * 60 * 1000);
    expect(ctx.options.trustProxy).to.equal(false);
  });
});
