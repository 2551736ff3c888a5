import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

const deploy = join(import.meta.dirname, '..', '..', 'deploy');
const read = (name: string) => readFileSync(join(deploy, name), 'utf8');

describe('deploy/', () => {
  it('bootstrap.sh is valid bash and refuses missing or bad arguments', () => {
    execFileSync('bash', ['-n', join(deploy, 'bootstrap.sh')]);
    const missing = spawnSync('bash', [join(deploy, 'bootstrap.sh'), '--dry-run'], { encoding: 'utf8' });
    expect(missing.status).to.equal(2);
    const bad = spawnSync(
      'bash',
      [join(deploy, 'bootstrap.sh'), '--dry-run', '--agent-id', 'broadcast', '--domain', 'd.example', '--email', 'a@b'],
      { encoding: 'utf8' },
    );
    expect(bad.status).to.equal(2);
  });

  it('the proxy exposes the four swarm routes and never the management API', () => {
    const conf = read('angie.conf.template');
    const locations = [...conf.matchAll(/location\s+(=\s+)?(\S+)/g)].map((m) => m[2]);
    expect(locations).to.include.members(['/swarm/message', '/swarm/join', '/swarm/info', '/swarm/health']);
    expect(locations.some((l) => l?.startsWith('/api'))).to.equal(false);
    expect(conf).to.match(/location \/ \{ return 404; \}/);
  });

  it('the unit runs `swarm serve` on loopback as an unprivileged user with a graceful stop', () => {
    const unit = read('swarm-agent.service');
    expect(unit).to.match(/ExecStart=.*swarm\.js serve --host 127\.0\.0\.1/);
    expect(unit).to.match(/^User=swarm$/m);
    expect(unit).to.match(/^KillSignal=SIGTERM$/m);
    expect(read('agent.env.example')).to.match(/^SWARM_HOME=/m);
  });
});
