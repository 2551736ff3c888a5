import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { renderHtml } from '../../src/conformance/report/html.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from './run-cli.js';

describe('cli: swarm conformance server --html', () => {
  it('writes the page of the very report --json prints', async () => {
    // An agent that answers 500 to everything: every stranger check fails.
    const lax = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500, { 'content-type': 'text/html' }).end('<script>alert(1)</script>'));
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    const dir = tempDir('swarm-conformance-html-');
    try {
      const endpoint = `http://127.0.0.1:${(lax.address() as AddressInfo).port}/swarm`;
      const page = join(dir.path, 'report.html');
      const result = await runCli([
        'conformance',
        'server',
        endpoint,
        '--allow-http-loopback',
        '--html',
        page,
        '--json',
      ]);
      expect(result.code, result.stderr).to.equal(1);
      const html = readFileSync(page, 'utf8');
      expect(html).to.equal(renderHtml(JSON.parse(result.stdout)));
      expect(html).to.include('✗ FAIL');
      expect(html).to.include('id="check-stranger.health"');
      expect(html).to.include('500 (not JSON) &lt;script&gt;alert(1)&lt;/script&gt;');
    } finally {
      dir.cleanup();
      await new Promise((resolve) => lax.close(resolve));
    }
  });
});
