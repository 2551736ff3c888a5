// The management token: a random secret written 0600 by `swarm init`, read by the server (to check) and the
// CLI (to call the management API). Refused when group or others can read it.
import { randomBytes } from 'node:crypto';
import { open, rename, writeFile } from 'node:fs/promises';
import { HomeError } from './errors.js';

export function newManagementToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function saveManagementToken(file: string, token: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${token}\n`, { mode: 0o600 });
  await rename(temp, file);
}

export async function loadManagementToken(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HomeError('NOT_INITIALIZED', `Management token not found at ${file}`, "Run 'swarm init' first");
    }
    throw error;
  }
  try {
    const stat = await handle.stat();
    if ((stat.mode & 0o077) !== 0) {
      throw new HomeError('KEY_FILE_INVALID', `${file} is readable by group or others`, `Run: chmod 600 ${file}`);
    }
    const token = (await handle.readFile('utf8')).trim();
    if (token.length < 16) throw new HomeError('KEY_FILE_INVALID', `${file} does not hold a usable token`);
    return token;
  } finally {
    await handle.close();
  }
}
