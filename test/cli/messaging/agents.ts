// Messaging helpers on top of the shared CLI test agent.
import { randomUUID } from 'node:crypto';
import { Store } from '../../../src/state/store.js';
import type { TestAgent } from '../agents.js';

/** The same swarm (master first) written into every member's database; returns its id. */
export function createSwarm(agents: readonly TestAgent[], name = 'test swarm'): string {
  const swarmId = randomUUID();
  const master = agents[0]!;
  const members = agents.map((a) => ({ agentId: a.id, endpoint: a.endpoint, publicKey: a.publicKey }));
  for (const agent of agents) {
    agent.withStore((store) =>
      store.swarms.create({
        swarmId,
        name,
        masterId: master.id,
        role: agent === master ? 'master' : 'member',
        members,
      }),
    );
  }
  return swarmId;
}

/** The export document without its timestamp, for before/after comparisons. */
export async function stateOf(agent: TestAgent): Promise<unknown> {
  const store = Store.open(agent.database, { agentId: agent.id });
  try {
    const { exported_at: _, ...rest } = await store.exportState(agent.id);
    return rest;
  } finally {
    store.close();
  }
}
