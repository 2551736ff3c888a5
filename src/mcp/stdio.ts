// Runs the swarm MCP server over stdio until its input ends: the host closing our stdin is how it says goodbye
// (the SDK's transport does not watch for that itself). Tool calls in flight finish first, then the watch and
// the connection close; the caller closes the store.
import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { McpContext } from './context.js';
import { createSwarmMcpServer, type SwarmMcpServerOptions } from './server.js';

export interface StdioOptions extends SwarmMcpServerOptions {
  stdin: Readable;
  stdout: Writable;
  /** Settles the wait early (a signal): the server then closes as if its input had ended. */
  stop?: AbortSignal;
}

export async function serveStdio(context: McpContext, options: StdioOptions): Promise<void> {
  const { stdin, stdout, stop } = options;
  const mcp = createSwarmMcpServer(context, options);
  const transport = new StdioServerTransport(stdin, stdout);
  const ended = new Promise<void>((resolve) => {
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    transport.onclose = resolve;
    if (stop?.aborted) resolve();
    stop?.addEventListener('abort', () => resolve(), { once: true });
  });
  await mcp.server.connect(transport);
  await ended;
  await mcp.close();
  try {
    await context.close();
  } finally {
    stdin.destroy();
  }
}
