// Type-level tests of the client API, checked by `npm run typecheck`: results are typed from generated/ (spec
// types and the ErrorCode catalog), and misuse does not compile. Each @ts-expect-error must fail to compile.
import type { AgentInfo, ErrorCode, Health, Member, OutboxStatus } from '../../generated/types.js';
import type { ClientResult, JoinResult, OperationResult, SentMessage, SwarmClient } from '../../src/client/index.js';

declare const client: SwarmClient;
declare const swarmId: string;

export async function typeChecks(): Promise<void> {
  const info: ClientResult<AgentInfo> = await client.info('https://peer.example/swarm');
  const health: ClientResult<Health> = await client.health('https://peer.example/swarm');
  if (info.data) {
    const key: string = info.data.public_key;
    void key;
  } else {
    const code: ErrorCode = info.error.code;
    const status: number | undefined = info.error.status;
    void code;
    void status;
  }
  void health;

  const sent: ClientResult<SentMessage> = await client.send({ swarmId, to: 'b', content: 'x', priority: 'high' });
  if (sent.data) {
    const status: OutboxStatus | undefined = sent.data.deliveries[0]?.status;
    const code: ErrorCode | undefined = sent.data.deliveries[0]?.error?.code;
    void status;
    void code;
  }
  await client.send({ swarmId, broadcast: true, content: 'x' });

  const joined: ClientResult<JoinResult> = await client.join('swarm://id@host?token=a.b.c');
  if (joined.data?.status === 'accepted') {
    const members: Member[] = joined.data.members;
    void members;
  }
  const kicked: ClientResult<OperationResult> = await client.kick(swarmId, 'b', 'reason');
  if (kicked.data) {
    const action: 'kicked' | 'member_kicked' | string = kicked.data.messages[0]!.action;
    void action;
  }

  // @ts-expect-error: direct or broadcast, not both
  await client.send({ swarmId, to: 'b', broadcast: true, content: 'x' });
  // @ts-expect-error: one of them is needed
  await client.send({ swarmId, content: 'x' });
  // @ts-expect-error: system messages have their own calls
  await client.send({ swarmId, to: 'b', content: 'x', type: 'system' });
  // @ts-expect-error: priority is the spec's enum
  await client.send({ swarmId, to: 'b', content: 'x', priority: 'urgent' });
  // @ts-expect-error: error codes are the catalog's
  const notACode: ErrorCode = 'OOPS';
  void notACode;
  if (info.error) {
    // @ts-expect-error: an error result has no data
    void info.data.agent_id;
  }
}
