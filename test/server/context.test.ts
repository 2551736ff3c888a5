import { expect } from 'chai';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { createServerContext, DEFAULT_SERVER_OPTIONS } from '../../src/server/context.js';
import { silentLogger } from '../../src/server/logger.js';
import type { Store } from '../../src/state/store.js';

describe('server: options', () => {
  const keyPair = keyPairFromSeed(generateSeed());
  const context = (options: Parameters<typeof createServerContext>[0]['options']) =>
    createServerContext({
      store: {} as Store,
      identity: { agentId: 'a', endpoint: 'https://a/swarm', keyPair, publicKey: encodePublicKey(keyPair.publicKey) },
      options,
      logger: silentLogger,
    });
  const management = { token: 'x'.repeat(20), loopbackOnly: true };

  it('the bound on bodies held at once is never below one body of the largest size', () => {
    expect(context({ management }).bodies.limit).to.equal(64 * 1024 * 1024);
    expect(context({ management, bodyLimit: 4096, bodiesInFlight: 1024 }).bodies.limit).to.equal(4096);
    expect(context({ management, bodiesInFlight: 2 ** 27 }).bodies.limit).to.equal(2 ** 27);
  });

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
