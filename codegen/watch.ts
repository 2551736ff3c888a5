// `npm run codegen -- --watch`: runs a regeneration whenever a file of spec/ is saved. Saves are debounced (an
// editor's save, or a `git checkout`, is many events) and runs never overlap: a save during a run starts one
// more run after it.
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LEDGER_FILE } from './ledger.js';

/** Calls `onEvent` with the path (relative to `dir`) of every file event below `dir`; returns a stop function. */
export function watchTree(dir: string, onEvent: (file: string) => void): () => void {
  try {
    const watcher = watch(dir, { recursive: true }, (_event, name) => onEvent(String(name ?? '')));
    return () => watcher.close();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
  }
  // Without recursive watching, one watcher per folder rather than per file: a folder watcher also sees the
  // editors that save by writing a new file and renaming it over the old one, which a file watcher loses.
  const watchers: FSWatcher[] = [];
  const add = (folder: string) => {
    watchers.push(watch(folder, (_event, name) => onEvent(join(relative(dir, folder), String(name ?? '')))));
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) add(join(folder, entry.name));
    }
  };
  add(dir);
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}

/** Spec files are JSON and YAML; the ledger is written by codegen itself and must not start another run. */
function isSpecFile(file: string): boolean {
  return /\.(json|ya?ml)$/.test(file) && `spec/${file}` !== LEDGER_FILE && !basename(file).startsWith('.');
}

/** Runs `run` after each burst of saves in `<root>/spec`, `delayMs` after the last one; returns a stop function. */
export function watchSpec(root: string, run: () => Promise<void>, delayMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const start = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, delayMs);
  };
  const stop = watchTree(join(root, 'spec'), (file) => {
    if (isSpecFile(file)) schedule();
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
