// Every tool of `swarm mcp`, in the order hosts list them.
import type { SwarmTool } from '../tool.js';
import { markTool, readMessagesTool } from './inbox.js';
import { inviteTool, joinTool } from './invites.js';
import { approveTool, denyTool, kickTool, leaveTool } from './membership.js';
import { sendTool } from './send.js';
import { listSwarmsTool, statusTool } from './status.js';

export const TOOLS: readonly SwarmTool[] = [
  statusTool,
  listSwarmsTool,
  sendTool,
  readMessagesTool,
  markTool,
  inviteTool,
  joinTool,
  leaveTool,
  kickTool,
  approveTool,
  denyTool,
];
