import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'chai';
import { validateErrorBody } from '../../generated/validators/ErrorBody.js';
import { validateMcpInbox } from '../../generated/validators/McpInbox.js';
import { validateMcpMessage } from '../../generated/validators/McpMessage.js';
import { createAgent, eventually, type TestAgent } from './agents.js';
import { bin, type McpSession, startMcp } from './mcp-client.js';
import { createSwarm, stateOf } from './messaging/agents.js';
import { runCli } from './run-cli.js';

const specDir = join(import.meta.dirname, '..', '..', 'spec', 'schemas');
const readSpec = (name: string) => JSON.parse(readFileSync(join(specDir, `${name}.json`), 'utf8'));

const TOOL_SCHEMAS: Record<string, [string, string]> = {
  status: ['McpStatusInput', 'McpStatusOutput'],
  list_swarms: ['McpListSwarmsInput', 'McpListSwarmsOutput'],
  send: ['McpSendInput', 'McpSendOutput'],
  read_messages: ['McpReadMessagesInput', 'McpReadMessagesOutput'],
  mark: ['McpMarkInput', 'McpMarkOutput'],
  invite: ['McpInviteInput', 'McpInviteOutput'],
  join: ['McpJoinInput', 'McpJoinOutput'],
  leave: ['McpLeaveInput', 'McpMembershipOutput'],
  kick: ['McpKickInput', 'McpMembershipOutput'],
  approve: ['McpJoinDecisionInput', 'McpMembershipOutput'],
  deny: ['McpJoinDecisionInput', 'McpMembershipOutput'],
};

const dropFileKeys = (schema: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema' && k !== '$id' && !k.startsWith('x-')));

/** Every `$ref` replaced by what it names: spec files (`X.json`) on one side, `#/$defs/X` on the other. */
function inline(node: unknown, resolve: (ref: string) => unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(item, resolve));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') out[key] = inline(resolve(value as string), resolve);
    else if (key !== '$defs') out[key] = inline(value, resolve);
  }
  return out;
}

const fromSpec = (name: string) =>
  inline(dropFileKeys(readSpec(name)), (ref) => dropFileKeys(readSpec(ref.replace(/\.json$/, ''))));
const fromHost = (schema: Record<string, any>) =>
  inline(schema, (ref) => schema.$defs[ref.replace('#/$defs/', '')] as unknown);

const inboxOf = (swarmId: string) => `swarm://${swarmId}/inbox`;

async function readJson(session: McpSession, uri: string): Promise<any> {
  const [content] = (await session.client.readResource({ uri })).contents;
  expect(content).to.include({ uri, mimeType: 'application/json' });
  return JSON.parse(content && 'text' in content ? content.text : 'null');
}

describe('swarm mcp', function () {
  this.timeout(90_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let swarmId: string;
  let a: McpSession;
  let b: McpSession;

  before(async () => {
    [alpha, beta] = await Promise.all([
      createAgent('mcp-alpha', { serve: true }),
      createAgent('mcp-beta', { serve: true }),
    ]);
    swarmId = createSwarm([alpha, beta], 'mcp');
    [a, b] = await Promise.all([startMcp(alpha), startMcp(beta)]);
  });

  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await Promise.all([alpha?.cleanup(), beta?.cleanup()]);
  });

  it('lists every tool with the input and output schemas of its spec/schemas files', async () => {
    const { tools } = await a.client.listTools();
    expect(tools.map((t) => t.name)).to.deep.equal(Object.keys(TOOL_SCHEMAS));
    const ajv = new Ajv2020({ strict: false });
    for (const tool of tools) {
      const [input, output] = TOOL_SCHEMAS[tool.name]!;
      expect(fromHost(tool.inputSchema), `${tool.name} input`).to.deep.equal(fromSpec(input));
      expect(fromHost(tool.outputSchema!), `${tool.name} output`).to.deep.equal(fromSpec(output));
      expect(tool.description, tool.name).to.be.a('string').that.is.not.empty;
      const check = ajv.compile(tool.inputSchema);
      for (const example of readSpec(input).examples ?? []) {
        expect(check(example), `${tool.name} ${JSON.stringify(example)}`).to.equal(true);
      }
    }
  });

  it('delivers a message sent on one agent to another over HTTPS; the receiver is told and reads it', async () => {
    const uri = inboxOf(swarmId);
    await b.client.subscribeResource({ uri });
    const since = Date.now();
    const sent = await a.ok('send', { text: 'hello beta', recipient: beta.id, priority: 'high' });
    expect(sent).to.include({ status: 'sent', swarm_id: swarmId, recipient: beta.id });
    expect(sent.deliveries).to.have.length(1);
    expect(sent.deliveries[0]).to.include({ recipient_id: beta.id, status: 'delivered', status_code: 200 });
    const notifiedAt = await b.updated(uri, since);
    const read = await b.ok('read_messages', { swarm_id: swarmId });
    expect(read).to.include({ swarm_id: swarmId, status: 'unread', count: 1, marked_read: 1 });
    expect(read.messages[0]).to.include({
      message_id: sent.message_id,
      sender_id: alpha.id,
      recipient_id: beta.id,
      content: 'hello beta',
      priority: 'high',
      status: 'unread',
    });
    const storedAt = Date.parse(read.messages[0].received_at);
    console.log(`      resources/updated ${notifiedAt - storedAt} ms after the message was stored`);
    expect((await b.ok('read_messages', {})).count).to.equal(0);
    await b.client.unsubscribeResource({ uri });
  });

  it('serves each inbox and each message as resources, reading them marks nothing', async () => {
    const sent = await b.ok('send', { text: 'for the resources', in_reply_to: randomId() });
    const { resources } = await a.client.listResources();
    expect(resources.map((r) => r.uri)).to.deep.equal([inboxOf(swarmId)]);
    const { resourceTemplates } = await a.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).to.deep.equal(['swarm://{swarm_id}/messages/{message_id}']);
    const document = await readJson(a, inboxOf(swarmId));
    expect(validateMcpInbox(document), JSON.stringify(validateMcpInbox.errors)).to.equal(true);
    expect(document.messages[0]).to.include({ message_id: sent.message_id, status: 'unread' });
    const message = await readJson(a, `swarm://${swarmId}/messages/${sent.message_id}`);
    expect(validateMcpMessage(message)).to.equal(true);
    expect(message).to.include({ content: 'for the resources', status: 'unread', sender_id: beta.id });
    const missing = `swarm://${swarmId}/messages/${randomId()}`;
    const refused = await a.client.readResource({ uri: missing }).catch((error: { code: number }) => error);
    expect(refused).to.have.property('code', -32002);
    const marked = await a.ok('mark', {
      message_ids: [sent.message_id, sent.message_id.toUpperCase()],
      as: 'archived',
    });
    expect(marked).to.deep.equal({
      as: 'archived',
      messages: [{ message_id: sent.message_id, from: 'unread', changed: true }],
    });
  });

  it('answers bad arguments to every tool with a tool error and its catalog code, and changes nothing', async () => {
    const unknownSwarm = randomId();
    const cases: [string, unknown, string, string?][] = [
      ['status', { verbose: true }, 'USAGE_ERROR'],
      ['list_swarms', { swarm_id: 'not-a-uuid' }, 'USAGE_ERROR'],
      ['send', { swarm_id: unknownSwarm, text: 'hi' }, 'SWARM_NOT_FOUND', `This agent is not in swarm ${unknownSwarm}`],
      [
        'send',
        { text: 'hi', recipient: 'mcp-nobody' },
        'MEMBER_NOT_FOUND',
        `mcp-nobody is not a member of swarm ${swarmId}`,
      ],
      ['send', { text: '' }, 'USAGE_ERROR', 'Message content required'],
      [
        'send',
        { text: 'x'.repeat(65_537) },
        'USAGE_ERROR',
        'Message content cannot exceed 65536 characters (got 65537)',
      ],
      [
        'send',
        { text: '😀'.repeat(40_000) },
        'USAGE_ERROR',
        'Message content cannot exceed 65536 characters (got 80000)',
      ],
      ['send', { text: 42 }, 'USAGE_ERROR', 'Invalid arguments for send: /text must be string'],
      ['send', { text: 'hi', priority: 'urgent' }, 'USAGE_ERROR'],
      ['send', { text: 'hi', in_reply_to: 'nope' }, 'USAGE_ERROR'],
      ['send', { text: 'hi', to: beta.id }, 'USAGE_ERROR', "Invalid arguments for send: / has no argument 'to'"],
      ['send', undefined, 'USAGE_ERROR'],
      ['read_messages', { swarm_id: unknownSwarm }, 'SWARM_NOT_FOUND', `Not a member of swarm ${unknownSwarm}`],
      ['read_messages', { limit: 0 }, 'USAGE_ERROR'],
      ['read_messages', { limit: '5' }, 'USAGE_ERROR'],
      ['read_messages', { status: 'new' }, 'USAGE_ERROR'],
      ['mark', { message_ids: [randomId()], as: 'read' }, 'MESSAGE_NOT_FOUND'],
      ['mark', { message_ids: [], as: 'read' }, 'USAGE_ERROR'],
      ['mark', { message_ids: [randomId()], as: 'unread' }, 'USAGE_ERROR'],
      ['invite', { swarm_id: unknownSwarm }, 'SWARM_NOT_FOUND'],
      ['invite', { max_uses: 0 }, 'USAGE_ERROR'],
      ['invite', { expires_hours: 'soon' }, 'USAGE_ERROR'],
      ['join', { invite_url: 'https://example.com/join' }, 'USAGE_ERROR'],
      ['join', { invite_url: `swarm://${unknownSwarm}@127.0.0.1:1?token=a.b.c` }, 'INVALID_TOKEN'],
      ['join', {}, 'USAGE_ERROR'],
      ['leave', { swarm_id: unknownSwarm }, 'SWARM_NOT_FOUND'],
      ['leave', {}, 'MASTER_CANNOT_LEAVE', 'Cannot leave swarm as master'],
      ['kick', { swarm_id: unknownSwarm, agent_id: beta.id }, 'SWARM_NOT_FOUND'],
      ['kick', { agent_id: 'mcp-nobody' }, 'MEMBER_NOT_FOUND', `Agent mcp-nobody is not a member of swarm ${swarmId}`],
      ['kick', { agent_id: alpha.id }, 'USAGE_ERROR', 'The master cannot kick itself'],
      ['kick', { agent_id: beta.id, reason: 'r'.repeat(501) }, 'USAGE_ERROR'],
      ['kick', { agent_id: 7 }, 'USAGE_ERROR'],
      [
        'approve',
        { agent_id: 'mcp-nobody' },
        'MEMBER_NOT_FOUND',
        `No pending join request from mcp-nobody in swarm ${swarmId}`,
      ],
      ['approve', { swarm_id: unknownSwarm, agent_id: beta.id }, 'SWARM_NOT_FOUND'],
      ['deny', { agent_id: 'mcp-nobody' }, 'MEMBER_NOT_FOUND'],
      ['deny', { agent_id: '' }, 'USAGE_ERROR'],
    ];
    const before = await Promise.all([stateOf(alpha), stateOf(beta)]);
    for (const [tool, args, code, message] of cases) {
      const body = await a.fails(tool, args);
      expect(validateErrorBody(body), JSON.stringify(body)).to.equal(true);
      expect(body.error.code, `${tool} ${JSON.stringify(args)?.slice(0, 100)}: ${body.error.message}`).to.equal(code);
      if (message) expect(body.error.message).to.equal(message);
    }
    // Only the master approves, and beta is not one.
    expect((await b.fails('approve', { agent_id: 'mcp-nobody' })).error.code).to.equal('NOT_MASTER');
    expect(await Promise.all([stateOf(alpha), stateOf(beta)])).to.deep.equal(before);
    const unknown = await a.client.callTool({ name: 'teleport', arguments: {} }).catch((error) => error);
    expect(unknown).to.have.property('code', -32602);
  });

  it('invites, admits after approval, denies, kicks and lets a member leave, through the tools', async () => {
    const gamma = await createAgent('mcp-gamma', { serve: true });
    const g = await startMcp(gamma);
    try {
      const gated = (await alpha.json(['create', '-n', 'gated', '--require-approval'])).swarm_id;
      const first = await a.ok('invite', { swarm_id: gated, max_uses: 2, expires_hours: 1 });
      expect(first).to.include({ swarm_id: gated, max_uses: 2 });
      expect(await g.ok('join', { invite_url: first.invite_url })).to.include({ status: 'pending', swarm_id: gated });
      const [listed] = (await a.ok('list_swarms', { swarm_id: gated })).swarms;
      expect(listed.pending.map((p: { agent_id: string }) => p.agent_id)).to.deep.equal([gamma.id]);
      expect(await a.ok('approve', { swarm_id: gated, agent_id: gamma.id })).to.include({ status: 'approved' });
      const joined = await g.ok('join', { invite_url: first.invite_url });
      expect(joined).to.include({ status: 'joined', swarm_id: gated, master: alpha.id, member_count: 2 });
      expect((await g.client.listResources()).resources.map((r) => r.uri)).to.deep.equal([inboxOf(gated)]);
      const left = await g.ok('leave', { swarm_id: gated });
      expect(left).to.include({ status: 'left', swarm_id: gated, agent_id: gamma.id });
      expect(left.deliveries).to.deep.include({
        message_id: left.deliveries[0].message_id,
        action: 'member_left',
        recipient_id: alpha.id,
        status: 'delivered',
        attempts: 1,
        status_code: 200,
        error: null,
      });

      const second = await a.ok('invite', { swarm_id: gated });
      expect((await g.ok('join', { invite_url: second.invite_url })).status).to.equal('pending');
      expect(await a.ok('deny', { swarm_id: gated, agent_id: gamma.id })).to.deep.equal({
        status: 'denied',
        swarm_id: gated,
        agent_id: gamma.id,
        deliveries: [],
      });
      expect((await g.fails('join', { invite_url: second.invite_url })).error.code).to.equal('JOIN_DENIED');

      const open = (await alpha.json(['create', '-n', 'open'])).swarm_id;
      const third = await a.ok('invite', { swarm_id: open });
      expect((await g.ok('join', { invite_url: third.invite_url })).status).to.equal('joined');
      expect((await g.ok('send', { swarm_id: open, text: 'hi from gamma' })).status).to.equal('sent');
      const kicked = await a.ok('kick', { swarm_id: open, agent_id: gamma.id, reason: 'done' });
      expect(kicked).to.include({ status: 'kicked', agent_id: gamma.id, reason: 'done' });
      expect(kicked.deliveries.map((d: { action: string; status: string }) => [d.action, d.status])).to.deep.equal([
        ['kicked', 'delivered'],
      ]);
      await eventually(async () => (await g.ok('list_swarms', { swarm_id: open })).swarms.length === 0, 'the kick');
    } finally {
      await g.close();
      await gamma.cleanup();
    }
  });

  it('prints the configuration a host needs, and exits 0', async () => {
    const result = await runCli(['mcp', '--print-config', '--name', 'swarm-alpha'], { env: alpha.env });
    expect(result.code, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal({
      mcpServers: {
        'swarm-alpha': { command: process.execPath, args: [bin, 'mcp'], env: { SWARM_HOME: alpha.home.path } },
      },
    });
  });

  it('answers on stdout only, and exits 0 once its stdin closes', async () => {
    const child = spawn(process.execPath, [bin, 'mcp'], { env: { ...process.env, ...alpha.env }, stdio: 'pipe' });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
    };
    child.stdin.write(`${JSON.stringify(initialize)}\n`);
    await eventually(async () => stdout.includes('\n'), 'the initialize answer');
    child.stdin.end();
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).to.equal(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.nested.include({ id: 1, 'result.serverInfo.name': 'agent-swarm-protocol' });
  });
});

const randomId = () => randomUUID();
