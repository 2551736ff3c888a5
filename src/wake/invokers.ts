// How the local agent is woken: a line typed into a tmux pane, a command run with the message in its
// environment, or a webhook POST. Each takes the wake request (with the level and the rule that fired) and
// resolves when done; failures reject and are logged by the caller, never seen by the peer.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config, WakeRequest } from '../../generated/types.js';
import { isDefaultRule } from './rules.js';

const run = promisify(execFile);

export type Invoker = (request: WakeRequest) => Promise<void>;

/** Only safe printable characters reach a terminal: ids come from peers. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}

/** The line typed into the pane. A built-in rule keeps the line of before rules existed; an operator's is named. */
export function tmuxLine(request: WakeRequest): string {
  const rule = isDefaultRule(request.rule) ? '' : ` (rule ${request.rule})`;
  return printable(
    `Wake: new ${request.notification_level} message ${request.message_id} from ${request.sender_id} in swarm ${request.swarm_id}${rule}. Read it with: swarm messages`,
  );
}

function tmuxInvoker(target: string, gapMs: number): Invoker {
  return async (request) => {
    // Enter is sent separately, after a pause: one call with both did not reliably submit the line.
    await run('tmux', ['send-keys', '-t', target, '-l', tmuxLine(request)], { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    await run('tmux', ['send-keys', '-t', target, 'Enter'], { timeout: 5000 });
  };
}

function commandInvoker(argv: readonly string[], timeoutMs: number): Invoker {
  const [program, ...args] = argv;
  if (!program) throw new Error('wake.command needs a program');
  return (request) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(program, args, {
        stdio: 'ignore',
        env: {
          ...process.env,
          SWARM_MESSAGE_ID: request.message_id,
          SWARM_SWARM_ID: request.swarm_id,
          SWARM_SENDER_ID: request.sender_id,
          SWARM_NOTIFICATION_LEVEL: request.notification_level,
          SWARM_WAKE_RULE: request.rule ?? '',
        },
      });
      const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`wake command exited with ${signal ?? code}`));
      });
    });
}

function webhookInvoker(url: string, timeoutMs: number): Invoker {
  return async (request) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`wake webhook answered ${response.status}`);
  };
}

/** The configured invoker, or undefined for `none` (then waking is unavailable). Bad settings throw at start. */
export function createInvoker(
  wake: Config['wake'],
  options: { tmuxGapMs?: number; timeoutMs?: number } = {},
): Invoker | undefined {
  const timeoutMs = options.timeoutMs ?? 30_000;
  switch (wake?.method ?? 'none') {
    case 'none':
      return undefined;
    case 'tmux':
      if (!wake?.tmux_target) throw new Error("wake.method 'tmux' needs wake.tmux_target");
      return tmuxInvoker(wake.tmux_target, options.tmuxGapMs ?? 500);
    case 'command':
      if (!wake?.command?.length) throw new Error("wake.method 'command' needs wake.command");
      return commandInvoker(wake.command, timeoutMs);
    case 'webhook':
      if (!wake?.webhook_url) throw new Error("wake.method 'webhook' needs wake.webhook_url");
      return webhookInvoker(wake.webhook_url, Math.min(timeoutMs, 5000));
    default:
      throw new Error(`Unknown wake method '${wake?.method}'`);
  }
}
