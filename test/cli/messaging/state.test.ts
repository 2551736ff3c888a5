import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { type TempDir, tempDir } from '../../helpers/tmp.js';
import { createAgent, type TestAgent } from '../agents.js';
import { createSwarm, stateOf } from './agents.js';

describe('cli messaging: purge, export, import', function () {
  this.timeout(120_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let files: TempDir;
  let swarmId: string;

  before(async () => {
    [alpha, beta] = await Promise.all([createAgent('alpha'), createAgent('beta')]);
    files = tempDir('swarm-msg-files-');
    swarmId = createSwarm([alpha, beta]);
    // beta is not serving: the message stays queued in alpha's outbox (a row with its signed envelope).
    const sent = await alpha.run(['send', '-t', 'beta', '-m', 'queued for later', '--json']);
    expect(sent.code, sent.stdout).to.equal(3);
    await alpha.json(['mute', '-a', 'mallory', '-r', 'spam']);
    await alpha.json(['mute', '-s', '6ba7b810-9dad-41d1-80b4-00c04fd430c8']);
    alpha.withStore((store) => {
      for (const [i, status] of (['unread', 'read', 'archived', 'deleted'] as const).entries()) {
        const id = store.inbox.addNote({ swarmId, senderId: 'beta', body: `${status} note`, messageType: 'message' });
        if (i > 0) store.inbox.transition(id, 'read');
        if (status === 'archived') store.inbox.transition(id, 'archived');
        if (status === 'deleted') store.inbox.transition(id, 'deleted');
      }
    });
  });
  after(async () => {
    await Promise.all([alpha, beta].filter(Boolean).map((a) => a.cleanup()));
    files?.cleanup();
  });

  describe('export and import', () => {
    let exported: any;
    const path = () => join(files.path, 'nested', 'dir', 'state.json');

    it('exports to stdout: the 2.0.0 document', async () => {
      const result = await alpha.run(['export']);
      expect(result.code, result.stderr).to.equal(0);
      exported = JSON.parse(result.stdout);
      expect(exported).to.include({ schema_version: '2.0.0', agent_id: 'alpha' });
      expect(Object.keys(exported.swarms)).to.deep.equal([swarmId]);
      expect(exported.muted_agents).to.deep.equal(['mallory']);
      expect(exported.inbox).to.have.length(3); // deleted messages are not exported
      expect(exported.outbox).to.have.length(1);
      expect(exported.outbox[0]).to.include({ recipient_id: 'beta', status: 'queued', content: 'queued for later' });
    });

    it('exports to a new file, 0600, parent directories created', async () => {
      const summary = await alpha.json(['export', '-o', path()]);
      expect(summary).to.include({
        status: 'exported',
        path: path(),
        schema_version: '2.0.0',
        swarms: 1,
        muted_agents: 1,
        muted_swarms: 1,
        inbox: 3,
        outbox: 1,
      });
      expect(statSync(path()).mode & 0o777).to.equal(0o600);
      const text = readFileSync(path(), 'utf8');
      expect(text).to.match(/^\{\n {2}"schema_version": "2\.0\.0",\n/);
    });

    it('imports into a fresh home; exporting there gives the same document', async () => {
      const fresh = await createAgent('alpha');
      try {
        const imported = await fresh.json(['import', '-i', path(), '--yes']);
        expect(imported).to.deep.equal({
          status: 'imported',
          source: path(),
          mode: 'replace',
          schema_version: '2.0.0',
          swarms: 1,
          members: 2,
          public_keys: 0,
          muted_agents: 1,
          muted_swarms: 1,
          inbox: 3,
          outbox: 1,
        });
        const again = JSON.parse((await fresh.run(['export'])).stdout);
        const { exported_at: _a, ...was } = JSON.parse(readFileSync(path(), 'utf8'));
        const { exported_at: _b, ...now } = again;
        expect(now).to.deep.equal(was);
      } finally {
        await fresh.cleanup();
      }
    });

    it('merges without asking; replacing needs --yes without a terminal', async () => {
      const before = await stateOf(beta);
      const refused = await beta.json(['import', '-i', path()], 2);
      expect(refused.error.message).to.include('needs confirmation');
      expect(await stateOf(beta)).to.deep.equal(before);
      const merged = await beta.json(['import', '-i', path(), '--merge']);
      expect(merged).to.include({ mode: 'merge', inbox: 3, muted_agents: 1 });
      expect((await beta.json(['messages', 'count'])).total).to.equal(3);
    });

    const invalid: [string, string][] = [
      ['not JSON', '{"schema_version": "2.0.0", '],
      ['an unsupported version', JSON.stringify({ schema_version: '3.0.0' })],
      ['no version', JSON.stringify({ swarms: {} })],
      ['a schema violation', JSON.stringify({ schema_version: '2.0.0', agent_id: 'alpha' })],
      ['a JSON array', '[]'],
    ];
    for (const [name, text] of invalid) {
      it(`refuses ${name} (exit 2, IMPORT_INVALID) and changes nothing`, async () => {
        const file = join(files.path, `invalid-${name.replace(/\W/g, '-')}.json`);
        writeFileSync(file, text);
        const before = await stateOf(alpha);
        const result = await alpha.json(['import', '-i', file, '--yes'], 2);
        expect(result.error.code).to.equal('IMPORT_INVALID');
        expect(await stateOf(alpha)).to.deep.equal(before);
      });
    }

    it('refuses a document whose swarm key differs from its swarm_id, changing nothing', async () => {
      const document = JSON.parse(readFileSync(path(), 'utf8'));
      document.swarms['6ba7b810-9dad-41d1-80b4-00c04fd430c8'] = document.swarms[swarmId];
      delete document.swarms[swarmId];
      const file = join(files.path, 'mismatch.json');
      writeFileSync(file, JSON.stringify(document));
      const before = await stateOf(alpha);
      expect((await alpha.json(['import', '-i', file, '--yes'], 2)).error.code).to.equal('IMPORT_INVALID');
      expect(await stateOf(alpha)).to.deep.equal(before);
    });

    it('a missing file is exit 5', async () => {
      const missing = join(files.path, 'nope.json');
      expect((await alpha.json(['import', '-i', missing, '--yes'], 5)).error.code).to.equal('FILE_NOT_FOUND');
      expect(existsSync(missing)).to.equal(false);
    });
  });

  describe('purge', () => {
    const counts = async () => alpha.json(['messages', 'count']);

    it('asks for --yes without a terminal and purges nothing', async () => {
      const result = await alpha.json(['purge', '--messages', '--force'], 2);
      expect(result.error.code).to.equal('USAGE_ERROR');
      expect((await counts()).deleted).to.equal(1);
    });

    it('keeps deleted messages younger than the retention', async () => {
      expect(await alpha.json(['purge', '--messages', '--yes'])).to.deep.equal({
        status: 'purged',
        messages_purged: 0,
        retention_hours: 24,
      });
      expect((await counts()).deleted).to.equal(1);
    });

    it('purges every deleted (and archived) message with --force', async () => {
      expect(await alpha.json(['purge', '--messages', '--include-archived', '--force', '-y'])).to.deep.equal({
        status: 'purged',
        messages_purged: 1,
        archived_purged: 1,
      });
      expect(await counts()).to.include({ deleted: 0, archived: 0, unread: 1, read: 1, total: 2 });
    });

    it('purges sessions and delivered outbox rows', async () => {
      expect(await alpha.json(['purge', '--sessions', '--timeout-minutes', '5', '--outbox', '-y'])).to.deep.equal({
        status: 'purged',
        outbox_purged: 0,
        retention_hours: 24,
        sessions_purged: 0,
        timeout_minutes: 5,
      });
      // The queued row is not delivered: never purged.
      expect((await alpha.json(['sent', '--count'])).total).to.equal(1);
    });

    it("applies config.yaml's retention limits with --retention, and status shows the store's size", async () => {
      const config = join(alpha.home.path, 'config.yaml');
      const original = readFileSync(config, 'utf8');
      writeFileSync(config, `${original.trimEnd()}\nretention:\n  read_max_per_swarm: 0\n`);
      try {
        expect(await alpha.json(['purge', '--retention', '-y'])).to.deep.equal({
          status: 'purged',
          retention: { read: 1, archived: 0, deleted: 0, delivered: 0 },
        });
        expect(await counts()).to.include({ read: 0, unread: 1, total: 1 });
        const status = await alpha.json(['status']);
        expect(status.store).to.include({ inbox_rows: 1, outbox_rows: 1 });
        expect(status.store.bytes).to.be.greaterThan(0);
      } finally {
        writeFileSync(config, original);
      }
    });
  });

  it('export writes into an existing directory path it can create', async () => {
    mkdirSync(join(files.path, 'exists'), { recursive: true });
    const file = join(files.path, 'exists', 'again.json');
    await alpha.json(['export', '-o', file]);
    await alpha.json(['export', '-o', file]); // replaced atomically
    expect(JSON.parse(readFileSync(file, 'utf8')).schema_version).to.equal('2.0.0');
    expect(statSync(file).mode & 0o777).to.equal(0o600);
  });
});
