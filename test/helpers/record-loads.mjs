// `node --import <this file>` with RECORD_LOADS=<file>: appends to that file, one a line, the URL of every ES
// module the process loads and the resolved path of every CommonJS module it requires. Plain JavaScript, so a
// child process runs it without tsx. In the main thread it registers itself as the loader hooks' module.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';

let out = process.env.RECORD_LOADS;

if (isMainThread && out) {
  register(import.meta.url, { data: { out } });
  const load = Module._load;
  Module._load = function recordRequire(request, parent, isMain, ...rest) {
    let resolved = request;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {
      // the real load below reports it
    }
    appendFileSync(out, `${isAbsolute(resolved) ? pathToFileURL(resolved).href : resolved}\n`);
    return load.call(this, request, parent, isMain, ...rest);
  };
}

/** Loader hook (runs in the hooks thread). */
export function initialize(data) {
  out = data.out;
}

/** Loader hook (runs in the hooks thread). */
export async function load(url, context, next) {
  appendFileSync(out, `${url}\n`);
  return next(url, context);
}
