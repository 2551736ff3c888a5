import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../../generated/types.js';
import { Store, type StoreOptions } from '../../src/state/index.js';

export const SWARM_ID = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
export const OTHER_SWARM_ID = '7ca7b810-9dad-11d1-80b4-00c04fd430c9';
export const ALPHA_KEY = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=';
export const BETA_KEY = 'gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=';
export const SIGNATURE = `${'A'.repeat(86)}==`;

export interface ManualClock {
  now: number;
  clock: () => number;
  advance(ms: number): void;
}

export function manualClock(start = Date.parse('2026-02-05T14:30:00.000Z')): ManualClock {
  const state: ManualClock = {
    now: start,
    clock: () => state.now,
    advance(ms) {
      state.now += ms;
    },
  };
  return state;
}

/** A fresh directory under the OS temp dir per test; `path(name)` names a file in it. */
export function useTempDir(): { dir: string; path(name?: string): string } {
  const handle = {
    dir: '',
    path: (name = 'swarm.db') => join(handle.dir, name),
  };
  beforeEach(() => {
    handle.dir = mkdtempSync(join(tmpdir(), 'asp-state-'));
  });
  afterEach(() => {
    rmSync(handle.dir, { recursive: true, force: true });
  });
  return handle;
}

/** Opens a store on a fresh file per test (closed afterwards), with a manual clock. */
export function useStore(options: StoreOptions = {}): { store: Store; time: ManualClock; path: string } {
  const temp = useTempDir();
  const handle = { store: undefined as unknown as Store, time: manualClock(), path: '' };
  beforeEach(() => {
    handle.time = manualClock();
    handle.path = temp.path();
    handle.store = Store.open(handle.path, { clock: handle.time.clock, ...options });
  });
  afterEach(() => {
    handle.store.close();
  });
  return handle;
}

let counter = 0;

/** A well-formed envelope (the signature is not checked by the state layer). */
export function envelope(overrides: Partial<Message> = {}): Message {
  counter += 1;
  const id = `550e8400-e29b-41d4-a716-${String(counter).padStart(12, '0')}`;
  return {
    protocol_version: '0.1.0',
    message_id: id,
    timestamp: '2026-02-05T14:30:00.000Z',
    sender: { agent_id: 'agent-beta', endpoint: 'https://beta.example.com/swarm' },
    recipient: 'agent-alpha',
    swarm_id: SWARM_ID,
    type: 'message',
    content: `hello ${counter}`,
    signature: SIGNATURE,
    ...overrides,
  };
}

export function createSwarm(store: Store, swarmId = SWARM_ID): void {
  store.swarms.create({
    swarmId,
    name: 'demo-swarm',
    masterId: 'agent-alpha',
    role: 'master',
    members: [
      { agentId: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm', publicKey: ALPHA_KEY },
      { agentId: 'agent-beta', endpoint: 'https://beta.example.com/swarm', publicKey: BETA_KEY },
    ],
  });
}
