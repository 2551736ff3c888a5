// Type-level tests, checked by `npm run typecheck`: the generated clients accept what the spec allows and
// refuse what it does not. Each @ts-expect-error line must fail to compile, or tsc reports it as unused.
import { createManagementApiClient, createPeerApiClient } from '../../generated/client.js';
import type { JoinAccepted, Message } from '../../generated/types.js';

declare const message: Message;
const peer = createPeerApiClient({ baseUrl: 'https://peer.example/swarm' });
const management = createManagementApiClient({ baseUrl: 'https://127.0.0.1:8443' });

export async function typeChecks(): Promise<void> {
  const sent = await peer.POST('/message', { body: message });
  if (sent.data) {
    const status: 'queued' = sent.data.status;
    void status;
  }
  if (sent.error) {
    const code: string = sent.error.error.code;
    void code;
  }

  const joined = await peer.POST('/join', {
    body: {
      type: 'system',
      action: 'join_request',
      invite_token: 'a.b.c',
      sender: { agent_id: 'a', endpoint: 'https://a/swarm', public_key: 'k' },
    },
  });
  if (joined.response.status === 200 && joined.data && joined.data.status === 'accepted') {
    const accepted: JoinAccepted = joined.data;
    void accepted;
  }

  const inbox = await management.GET('/api/inbox', { params: { query: { status: 'all', limit: 10 } } });
  void inbox.data?.messages[0]?.message_id;

  // @ts-expect-error: the management API is not served to peers
  await peer.GET('/api/inbox');
  // @ts-expect-error: a peer route is not part of the management client
  await management.POST('/message', { body: message });
  // @ts-expect-error: a message body lacks its signature
  await peer.POST('/message', { body: { ...message, signature: undefined } });
  // @ts-expect-error: `join_request` is the only join action
  await peer.POST('/join', { body: { type: 'system', action: 'leave', invite_token: 'x', sender: message.sender } });
  // @ts-expect-error: status is an enum
  await management.GET('/api/inbox', { params: { query: { status: 'pending' } } });
  // @ts-expect-error: the batch action is an enum
  await management.POST('/api/inbox/batch', { body: { message_ids: ['a'], action: 'purge' } });
}
