import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { type TempDir, tempDir } from '../helpers/tmp.js';

// The package as a new user gets it: packed, installed into an empty TypeScript project and imported from its
// documented entry points. dist/ is fresh here: test/setup.ts rebuilds it for test/e2e/ when sources are newer,
// so the tarball is packed with --ignore-scripts instead of building a second time through `prepare`.
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const consumerTs = `import { createPeerApiClient as rootClient, isErrorCode, validators } from 'agent-swarm-protocol';
import { createPeerApiClient, type PeerApiClient, type paths } from 'agent-swarm-protocol/client';
import type { AgentInfo, ErrorBody, Priority } from 'agent-swarm-protocol/types';
import { validateAgentInfo, validateErrorBody, validatePriority } from 'agent-swarm-protocol/validators';

type Health = paths['/health']['get']['responses'][200]['content']['application/json'];

const info: AgentInfo = {
  agent_id: 'agent-alpha',
  endpoint: 'https://alpha.example.com/swarm',
  public_key: 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=',
  protocol_version: '0.1.0',
  capabilities: ['message'],
  metadata: null,
};
const received: unknown = JSON.parse(JSON.stringify(info));
// A validator narrows to the wire type.
const narrowed: AgentInfo | undefined = validateAgentInfo(received) ? received : undefined;
const body: ErrorBody = { error: { code: 'NOT_MEMBER', message: 'not a member', details: {} } };
const priority: Priority = 'high';
const client: PeerApiClient = createPeerApiClient({ baseUrl: 'https://alpha.example.com/swarm' });
const health = (value: Health) => value.status;

console.log(
  JSON.stringify({
    agentInfo: validateAgentInfo(info),
    narrowed: narrowed?.agent_id,
    emptyAgent: validateAgentInfo({ agent_id: '' }),
    errorBody: validateErrorBody(body),
    priority: validatePriority(priority),
    unknownPriority: validators.validatePriority('urgent'),
    errorCode: isErrorCode('NOT_MEMBER'),
    client: typeof client.GET,
    rootClient: typeof rootClient,
    health: typeof health,
  }),
);
`;

describe('the package, packed and installed into a fresh strict TypeScript project', function () {
  // Measured at about a minute on a 2-core machine: installing from the npm cache and type-checking every
  // declaration of the package and its dependencies (no skipLibCheck) are most of it.
  this.timeout(300_000);
  let tmp: TempDir;
  let consumer: string;

  before(async () => {
    tmp = tempDir('swarm-package-');
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp.path], {
      cwd: root,
    });
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    consumer = join(tmp.path, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          skipLibCheck: false,
          types: ['node'],
          outDir: 'out',
        },
        include: ['main.ts'],
      }),
    );
    writeFileSync(join(consumer, 'main.ts'), consumerTs);
    // Install scripts are skipped: they would compile better-sqlite3 from source, and nothing here opens a
    // database (its native part loads only when one is opened); sodium-native ships prebuilt binaries.
    // TypeScript is the project's own; @types/node is the version the project builds against.
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        join(tmp.path, filename),
        `@types/node@${manifest.devDependencies['@types/node']}`,
      ],
      { cwd: consumer },
    );
  });
  after(() => tmp?.cleanup());

  it('documents each entry point with types and default conditions into dist/', () => {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', manifest.name, 'package.json'), 'utf8'));
    for (const entry of ['.', './types', './validators', './client']) {
      expect(installed.exports[entry], entry).to.have.keys('types', 'default');
      expect(installed.exports[entry].types, entry).to.match(/^\.\/dist\/.*\.d\.ts$/);
    }
  });

  it('type-checks strictly, the package declarations included, and runs compiled', async () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const checked = await run(process.execPath, [tsc, '-p', consumer]).catch((error) => error);
    expect(`${checked.stdout}${checked.stderr}`).to.equal('');
    const { stdout } = await run(process.execPath, [join(consumer, 'out', 'main.js')], { cwd: consumer });
    expect(JSON.parse(stdout)).to.deep.equal({
      agentInfo: true,
      narrowed: 'agent-alpha',
      emptyAgent: false,
      errorBody: true,
      priority: true,
      unknownPriority: false,
      errorCode: true,
      client: 'function',
      rootClient: 'function',
      health: 'function',
    });
  });
});
