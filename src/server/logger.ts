// Structured logs: one JSON object per line, with the request id when there is one. The sink is
// injectable so tests and the CLI decide where lines go.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
  /** Whether a line at this level would be written (lets hot paths skip building it). */
  enabled?(level: LogLevel): boolean;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  options: { level?: LogLevel; sink?: (line: string) => void; fields?: Record<string, unknown> } = {},
): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  const base = options.fields ?? {};
  return {
    log(level, event, fields) {
      if (ORDER[level] < threshold) return;
      sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...base, ...fields }));
    },
    child(fields) {
      return createLogger({ level: options.level, sink, fields: { ...base, ...fields } });
    },
    enabled(level) {
      return ORDER[level] >= threshold;
    },
  };
}

export const silentLogger: Logger = {
  log() {},
  child() {
    return silentLogger;
  },
  enabled() {
    return false;
  },
};
