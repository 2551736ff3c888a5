// `swarm mcp`'s server: the tools, the inbox resources and their subscriptions, on the official SDK's protocol
// layer. It is built on the SDK's `Server` rather than `McpServer` because McpServer takes zod schemas and would
// turn them back into JSON Schema of its own: here each tool's schemas are spec/schemas files, announced as they
// are (made self-contained) and checked by the validators generated from them.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { McpContext } from './context.js';
import { InboxWatch } from './inbox-watch.js';
import { hasInbox, listResources, notFound, parseResourceUri, readResource, resourceTemplates } from './resources.js';
import type { SwarmTool } from './tool.js';
import { type JsonSchema, selfContainedSchema } from './tool-schemas.js';
import { TOOLS } from './tools/index.js';

export interface SwarmMcpServerOptions {
  /** The package version, told to the host. */
  version: string;
  /** How often the subscription watch reads data_version; default 250 ms. */
  watchIntervalMs?: number;
  /** Where problems that reach no caller are reported (stderr: stdout carries the protocol). */
  log?: (line: string) => void;
}

export interface SwarmMcpServer {
  readonly server: Server;
  /** Waits for tool calls in flight, stops the watch and closes the connection. The store stays the caller's. */
  close(): Promise<void>;
}

export function createSwarmMcpServer(context: McpContext, options: SwarmMcpServerOptions): SwarmMcpServer {
  const log = options.log ?? (() => undefined);
  const tools = new Map<string, SwarmTool>(TOOLS.map((tool) => [tool.name, tool]));
  const listed = TOOLS.map((tool) => describeTool(tool));
  const server = new Server(
    { name: 'agent-swarm-protocol', title: `Agent swarm (${context.self})`, version: options.version },
    {
      capabilities: { tools: {}, resources: { subscribe: true, listChanged: true } },
      instructions: instructions(context.self),
    },
  );
  const calls = new Set<Promise<unknown>>();
  const subscriptions = new InboxSubscriptions(context, server, options.watchIntervalMs, log);

  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: listed }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const tool = tools.get(request.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    const call = tool.invoke(request.params.arguments, context);
    calls.add(call);
    const outcome = await call.finally(() => calls.delete(call));
    if (outcome.error) {
      // The project's one error shape: the catalog code, the CLI's message, details or null.
      return { isError: true, content: [{ type: 'text', text: JSON.stringify({ error: outcome.error }) }] };
    }
    if (tool.listChanged) server.sendResourceListChanged().catch(() => undefined);
    return { content: [{ type: 'text', text: JSON.stringify(outcome.data) }], structuredContent: outcome.data };
  });
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: listResources(context.store) }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) =>
    readResource(context.store, request.params.uri),
  );
  server.setRequestHandler(SubscribeRequestSchema, async (request) => {
    subscriptions.add(request.params.uri);
    return {};
  });
  server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
    subscriptions.remove(request.params.uri);
    return {};
  });

  return {
    server,
    async close() {
      await Promise.allSettled([...calls]);
      subscriptions.close();
      await server.close();
    },
  };
}

/** A tool as tools/list shows it, its schemas built once from spec/. */
function describeTool(tool: SwarmTool) {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: selfContainedSchema(tool.inputSchema) as JsonSchema & { type: 'object' },
    outputSchema: selfContainedSchema(tool.outputSchema) as JsonSchema & { type: 'object' },
    annotations: { title: tool.title, ...tool.annotations },
  };
}

function instructions(self: string): string {
  return [
    `This server is agent ${self} of an agent swarm: signed messages between agents, peer to peer over HTTPS.`,
    'Call `status` first: it names the swarms this agent is in and their unread counts.',
    'Read with `read_messages` (marks them read), answer with `send` (`in_reply_to` the message_id).',
    'Subscribe to the resource swarm://<swarm_id>/inbox to be told when a message arrives.',
  ].join(' ');
}

/**
 * The inbox subscriptions. The watch (a read connection and its timer) exists only while some inbox is
 * subscribed; each new message leads to one `notifications/resources/updated` per subscribed inbox it reached,
 * however many arrived in one tick.
 */
class InboxSubscriptions {
  readonly #context: McpContext;
  readonly #server: Server;
  readonly #intervalMs: number | undefined;
  readonly #log: (line: string) => void;
  /** swarm id → the URIs subscribed for it, as the client wrote them. */
  readonly #uris = new Map<string, Set<string>>();
  #watch: InboxWatch | undefined;
  #lastProblem: string | undefined;

  constructor(context: McpContext, server: Server, intervalMs: number | undefined, log: (line: string) => void) {
    this.#context = context;
    this.#server = server;
    this.#intervalMs = intervalMs;
    this.#log = log;
  }

  add(uri: string): void {
    const ref = parseResourceUri(uri);
    if (ref?.kind !== 'inbox') {
      throw new McpError(ErrorCode.InvalidParams, `Only inboxes (swarm://<swarm_id>/inbox) can be subscribed: ${uri}`);
    }
    const { store } = this.#context;
    if (!hasInbox(store, ref.swarmId)) throw notFound(uri, 'SWARM_NOT_FOUND', `Not a member of swarm ${ref.swarmId}`);
    const uris = this.#uris.get(ref.swarmId) ?? new Set<string>();
    uris.add(uri);
    this.#uris.set(ref.swarmId, uris);
    this.#watch ??= new InboxWatch({
      path: store.path,
      intervalMs: this.#intervalMs,
      onMessages: (swarms) => {
        for (const swarmId of swarms) this.#notify(this.#uris.get(swarmId));
      },
      onReset: () => {
        for (const uris of this.#uris.values()) this.#notify(uris);
      },
      onError: (error) => {
        // Once per distinct problem: a file that stays unreadable would otherwise fill stderr four times a second.
        const line = `inbox watch: ${error instanceof Error ? error.message : String(error)}`;
        if (line !== this.#lastProblem) this.#log(line);
        this.#lastProblem = line;
      },
    });
  }

  remove(uri: string): void {
    const ref = parseResourceUri(uri);
    const uris = ref && this.#uris.get(ref.swarmId);
    uris?.delete(uri);
    if (ref && uris?.size === 0) this.#uris.delete(ref.swarmId);
    if (this.#uris.size === 0) this.close();
  }

  close(): void {
    this.#watch?.close();
    this.#watch = undefined;
  }

  #notify(uris: Set<string> | undefined): void {
    for (const uri of uris ?? []) {
      this.#server.sendResourceUpdated({ uri }).catch((error: unknown) => {
        this.#log(`resources/updated for ${uri} not sent: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }
}
