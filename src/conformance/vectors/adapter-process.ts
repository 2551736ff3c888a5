// The adapter under test as a child process: started through the shell (`/bin/sh -c CMD`, so the command is typed
// as in a terminal), fed one request line at a time on stdin, answered one line at a time on stdout. A request
// unanswered within the timeout stops the adapter (its whole process group); once it is gone, by exiting or being
// stopped, every further request is answered `gone` with the reason, so a dead or hung adapter never hangs the run.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export type AdapterReply = { kind: 'line'; line: string } | { kind: 'gone'; reason: string };

export interface AdapterProcess {
  /** Sends one request line and waits for the next answer line (or for the adapter to be gone). */
  request(id: string, line: string): Promise<AdapterReply>;
  /** Closes stdin and waits for the adapter to exit, stopping it if it does not. */
  close(): Promise<void>;
  /** Answer lines received so far. */
  readonly answered: number;
  /** Why the adapter is gone, once it is. */
  readonly stopped: string | undefined;
}

export interface AdapterOptions {
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** An answer line longer than this is no answer: the adapter is stopped rather than buffered without end. */
const MAX_LINE = 16 * 1024 * 1024;
const STDERR_TAIL = 2000;
const EXIT_GRACE_MS = 2000;

export function startAdapter(command: string, options: AdapterOptions): AdapterProcess {
  // Its own process group, so that stopping it also stops what the shell started.
  const child: ChildProcessWithoutNullStreams = spawn(command, {
    shell: true,
    detached: true,
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const queue: string[] = [];
  let buffer = '';
  let stderr = '';
  let answered = 0;
  let stopped: string | undefined;
  let waiter: ((reply: AdapterReply) => void) | undefined;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });

  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const tail = () => {
    const text = stderr.trim();
    return text === '' ? '' : `; its stderr ends: ${text.slice(-500)}`;
  };
  const stop = (reason: string) => {
    stopped ??= reason;
    const resolve = waiter;
    waiter = undefined;
    resolve?.({ kind: 'gone', reason: stopped });
  };
  const deliver = (line: string) => {
    answered += 1;
    const resolve = waiter;
    waiter = undefined;
    if (resolve) resolve({ kind: 'line', line });
    else queue.push(line);
  };

  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      deliver(buffer.slice(0, end).replace(/\r$/, ''));
      buffer = buffer.slice(end + 1);
    }
    if (buffer.length > MAX_LINE) {
      stop(`the adapter wrote a line longer than ${MAX_LINE} bytes: it was stopped`);
      signal('SIGKILL');
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  // Writing to an adapter that has exited fails with EPIPE; its exit says why.
  child.stdin.on('error', () => {});
  child.on('error', (error) => {
    stop(`the adapter could not be started: ${error.message}`);
    markClosed();
  });
  child.on('close', (code, name) => {
    stop(`the adapter exited (${name ? `signal ${name}` : `code ${code}`})${tail()}`);
    markClosed();
  });

  return {
    get answered() {
      return answered;
    },
    get stopped() {
      return stopped;
    },
    request(id, line) {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve({ kind: 'line', line: queued });
      if (stopped !== undefined) return Promise.resolve({ kind: 'gone', reason: stopped });
      return new Promise<AdapterReply>((resolve) => {
        const timer = setTimeout(() => {
          stop(`no answer to ${id} within ${options.timeoutMs} ms: the adapter was stopped${tail()}`);
          signal('SIGKILL');
        }, options.timeoutMs);
        waiter = (reply) => {
          clearTimeout(timer);
          resolve(reply);
        };
        child.stdin.write(`${line}\n`);
      });
    },
    async close() {
      child.stdin.end();
      const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(resolve, ms, 'timeout').unref());
      if ((await Promise.race([closed, timeout(EXIT_GRACE_MS)])) !== 'timeout') return;
      signal('SIGTERM');
      if ((await Promise.race([closed, timeout(EXIT_GRACE_MS / 2)])) !== 'timeout') return;
      signal('SIGKILL');
      await Promise.race([closed, timeout(EXIT_GRACE_MS / 2)]);
    },
  };
}
