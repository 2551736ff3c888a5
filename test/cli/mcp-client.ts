// `swarm mcp` of a test agent as a real child process, driven by the SDK's own Client over stdio.
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { type CallToolResult, ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import type { TestAgent } from './agents.js';

export const bin = join(import.meta.dirname, '..', '..', 'bin', 'swarm.js');

export interface McpSession {
  client: Client;
  /** Every resources/updated received, with the time it arrived. */
  updates: { uri: string; at: number }[];
  /** Calls a tool; the result as the SDK returned it (the SDK checked structured content against the schema). */
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** Calls a tool that must succeed; its structured content. */
  ok(name: string, args?: Record<string, unknown>): Promise<any>;
  /** Calls a tool that must fail; its ErrorBody. */
  fails(name: string, args?: unknown): Promise<{ error: { code: string; message: string; details: unknown } }>;
  /** Resolves with the first resources/updated for `uri` at or after `since`. */
  updated(uri: string, since: number, timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

export async function startMcp(agent: TestAgent, env: Record<string, string> = {}): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, 'mcp'],
    env: { ...(process.env as Record<string, string>), NO_COLOR: '1', ...agent.env, ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: `test-${agent.id}`, version: '0.0.0' });
  const updates: { uri: string; at: number }[] = [];
  const waiters = new Set<() => void>();
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (notification) => {
    updates.push({ uri: notification.params.uri, at: Date.now() });
    for (const wake of waiters) wake();
  });
  await client.connect(transport);
  const call = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  return {
    client,
    updates,
    call,
    async ok(name, args) {
      const result = await call(name, args);
      expect(result.isError, `${name}: ${JSON.stringify(result.content)} ${stderr}`).to.not.equal(true);
      return result.structuredContent;
    },
    async fails(name, args) {
      const result = (await client.callTool({ name, arguments: args as Record<string, unknown> })) as CallToolResult;
      expect(result.isError, `${name} ${JSON.stringify(args)?.slice(0, 200)}`).to.equal(true);
      expect(result.structuredContent).to.equal(undefined);
      const [first] = result.content;
      return JSON.parse(first?.type === 'text' ? first.text : 'null');
    },
    updated(uri, since, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = updates.find((u) => u.uri === uri && u.at >= since);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(look);
          resolve(found.at);
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`no resources/updated for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(look);
        look();
      });
    },
    close: () => client.close(),
  };
}
