import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { KeyFileError, loadSeed, saveSeed } from '../../src/keystore/key-file.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { loadVectors } from '../helpers/vectors.js';

async function rejection(promise: Promise<unknown>): Promise<KeyFileError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(KeyFileError);
    return error as KeyFileError;
  }
  return expect.fail('expected a KeyFileError');
}

describe('keystore/key-file', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  describe('keys.json: agent.key is the raw seed, mode 0600', () => {
    for (const c of loadVectors('keys.json').cases.filter((c) => c.kind === 'keypair')) {
      it(c.name, async () => {
        const path = join(dir.path, 'agent.key');
        await saveSeed(path, new Uint8Array(Buffer.from(c.seed_hex, 'hex')));
        const info = statSync(path);
        expect(info.size).to.equal(c.agent_key_file_length);
        if (process.platform !== 'win32') expect(info.mode & 0o777).to.equal(0o600);
        const seed = await loadSeed(path);
        expect(Buffer.from(seed).toString('hex')).to.equal(c.agent_key_file_hex);
      });
    }
  });

  it('refuses a key readable by group or others, naming the fix', async function () {
    if (process.platform === 'win32') this.skip();
    const path = join(dir.path, 'agent.key');
    writeFileSync(path, Buffer.alloc(32, 7));
    chmodSync(path, 0o644);
    const error = await rejection(loadSeed(path));
    expect(error.code).to.equal('KEY_FILE_INVALID');
    expect(error.message).to.match(/0644.*chmod 600/);
  });

  const sizes = [0, 31, 33, 64];
  for (const size of sizes) {
    it(`refuses a ${size}-byte key file`, async () => {
      const path = join(dir.path, 'agent.key');
      writeFileSync(path, Buffer.alloc(size, 1), { mode: 0o600 });
      expect((await rejection(loadSeed(path))).code).to.equal('KEY_FILE_INVALID');
    });
  }

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    expect((await rejection(loadSeed(join(dir.path, 'absent.key')))).code).to.equal('FILE_NOT_FOUND');
  });

  it('does not replace an existing key unless asked', async () => {
    const path = join(dir.path, 'agent.key');
    await saveSeed(path, new Uint8Array(32).fill(1));
    expect((await rejection(saveSeed(path, new Uint8Array(32).fill(2)))).code).to.equal('KEY_FILE_INVALID');
    await saveSeed(path, new Uint8Array(32).fill(2), { overwrite: true });
    expect([...(await loadSeed(path))]).to.deep.equal(new Array(32).fill(2));
  });
});
