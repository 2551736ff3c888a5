// agent.key on disk: exactly the 32-byte Ed25519 seed, raw, mode 0600 (the reference's format, so a key
// file can move between implementations). This is the one I/O module beside the pure core: it refuses a
// key that group or others can read, because such a key must be presumed leaked.
import { chmod, type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import { ProtocolError } from '../core/errors.js';
import { SEED_BYTES } from '../core/keys.js';

export class KeyFileError extends ProtocolError {
  constructor(
    code: 'KEY_FILE_INVALID' | 'FILE_NOT_FOUND',
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** POSIX permission bits are meaningless on Windows; there the check is skipped. */
const checksMode = process.platform !== 'win32';

export async function loadSeed(path: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const message = missing ? `Key file not found: ${path}` : `Cannot read key file ${path}`;
    throw new KeyFileError(missing ? 'FILE_NOT_FOUND' : 'KEY_FILE_INVALID', path, message, { cause });
  }
  try {
    // Checked on the open descriptor, so the file cannot be swapped between the check and the read.
    const info = await handle.stat();
    if (!info.isFile()) throw new KeyFileError('KEY_FILE_INVALID', path, `Key file ${path} is not a regular file`);
    if (checksMode && (info.mode & 0o077) !== 0) {
      const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
      throw new KeyFileError(
        'KEY_FILE_INVALID',
        path,
        `Key file ${path} has mode ${mode}: group and others must have no access (run: chmod 600 ${path})`,
      );
    }
    // Read at most one byte more than a seed, so a huge file is refused without loading it.
    const buffer = Buffer.alloc(SEED_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead !== SEED_BYTES) {
      const found = bytesRead > SEED_BYTES ? 'more' : String(bytesRead);
      const message = `Key file ${path} must hold exactly ${SEED_BYTES} raw bytes (the Ed25519 seed), found ${found}`;
      throw new KeyFileError('KEY_FILE_INVALID', path, message);
    }
    return new Uint8Array(buffer.subarray(0, SEED_BYTES));
  } finally {
    await handle.close();
  }
}

/**
 * Writes the seed with mode 0600 through a temporary file and a rename, so a crash never leaves a truncated
 * key behind. Refuses to replace an existing key unless `overwrite` is set.
 */
export async function saveSeed(path: string, seed: Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  if (seed.byteLength !== SEED_BYTES)
    throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.byteLength}`);
  if (!options.overwrite) {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (exists) throw new KeyFileError('KEY_FILE_INVALID', path, `Key file ${path} already exists`);
  }
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(seed);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await chmod(temporary, 0o600); // a umask may have cleared bits of 0600; set it exactly
  await rename(temporary, path);
}
