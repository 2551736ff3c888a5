// An agent under test for the conformance suite: our real server over HTTPS on loopback, mastering one swarm,
// with invites issued the way `swarm invite` issues them, and a transport that trusts the test CA.

import { type RunOptions, runConformance } from '../../src/conformance/runner.js';
import { createInviteToken } from '../../src/core/invite-token.js';
import { createInviteUrl } from '../../src/core/invite-url.js';
import type { ServerOptions } from '../../src/server/context.js';
import { DEFAULT_RATE_LIMITS } from '../../src/server/rate-limit.js';
import { createTransport, type Transport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { startTestAgent, type TestAgent } from '../server/fixture.js';

export interface InviteOptions {
  maxUses?: number;
  /** Seconds from now; negative for an invite that has already expired. */
  expiresIn?: number;
  revoked?: boolean;
  /** Another swarm of the agent (default: the one the fixture created). */
  swarmId?: string;
}

export interface AgentUnderTest {
  agent: TestAgent;
  swarmId: string;
  transport: Transport;
  /** Issues an invite to the swarm, signed by the agent as its master. */
  invite(options?: InviteOptions): string;
  /** Runs the suite against the agent with a fresh multi-use invite and whatever else `options` says. */
  run(options?: Partial<RunOptions>): ReturnType<typeof runConformance>;
  close(): Promise<void>;
}

// Every invite of a test process gets its own iat, counting down from the start: unique, and never in the future.
const FIRST_IAT = Math.floor(Date.now() / 1000);
let serial = 0;

export async function startAgentUnderTest(
  options: {
    rateLimits?: boolean;
    requireApproval?: boolean;
    allowMemberInvite?: boolean;
    server?: Partial<ServerOptions>;
  } = {},
): Promise<AgentUnderTest> {
  const agent = await startTestAgent({
    agentId: 'agent-under-test',
    server: {
      bodyLimit: 64 * 1024,
      ...(options.rateLimits ? { rateLimits: DEFAULT_RATE_LIMITS } : {}),
      ...options.server,
    },
  });
  const swarmId = agent.createSwarm([], {
    requireApproval: options.requireApproval,
    allowMemberInvite: options.allowMemberInvite,
  });
  const transport = createTransport({ caPem: testPki().caPem, timeoutMs: 10_000 });
  const invite = (inviteOptions: InviteOptions = {}) => {
    const now = Date.now();
    serial += 1;
    const expiresAt =
      inviteOptions.expiresIn === undefined ? undefined : new Date(now + inviteOptions.expiresIn * 1000).toISOString();
    const target = inviteOptions.swarmId ?? swarmId;
    const claims = {
      swarm_id: target,
      master: agent.self.agentId,
      endpoint: agent.endpoint,
      iat: FIRST_IAT - serial,
      ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
      ...(inviteOptions.maxUses === undefined ? {} : { max_uses: inviteOptions.maxUses }),
    };
    const jwt = createInviteToken(claims, agent.self.keyPair);
    agent.store.invites.issue({
      token: jwt,
      swarmId: target,
      issuedBy: agent.self.agentId,
      expiresAt: expiresAt ?? null,
      maxUses: inviteOptions.maxUses ?? null,
    });
    if (inviteOptions.revoked) agent.store.invites.revoke(jwt);
    return createInviteUrl(claims, jwt);
  };
  return {
    agent,
    swarmId,
    transport,
    invite,
    run: (runOptions = {}) =>
      runConformance({
        endpoint: agent.endpoint,
        fetch: transport.fetch as RunOptions['fetch'],
        invite: invite(),
        oversizeBytes: 128 * 1024,
        fuzz: 60,
        ...runOptions,
      }),
    async close() {
      await transport.close();
      await agent.close();
    },
  };
}
