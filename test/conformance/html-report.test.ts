import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import type { ConformanceCheckResult, ConformanceReport } from '../../generated/types.js';
import { buildReport } from '../../src/conformance/report/build.js';
import { renderHtml } from '../../src/conformance/report/html.js';
import { findChromium, runChromium } from '../helpers/chromium.js';
import { startAgentUnderTest } from './fixture.js';
import { type ProxiedAnswer, startMutantProxy } from './mutant-proxy.js';

const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output', 'conformance-html');

function result(fields: Partial<ConformanceCheckResult> & Pick<ConformanceCheckResult, 'id'>): ConformanceCheckResult {
  return {
    section: 'signature',
    requirement: 'MSG-SIG-002',
    also: [],
    level: 'MUST',
    category: 'security',
    expected: 'a tampered message is refused 401 INVALID_SIGNATURE',
    status: 'passed',
    exchanges: [],
    notes: [],
    duration_ms: 3,
    ...fields,
  };
}

function report(results: ConformanceCheckResult[], mode: ConformanceReport['mode'] = 'server'): ConformanceReport {
  return buildReport({
    mode,
    target: mode === 'vectors' ? 'node adapter.js' : 'https://agent.example/swarm',
    startedAt: '2026-01-02T03:04:05.678Z',
    durationMs: 1234,
    strict: false,
    results,
    waitedMs: 0,
    identities: [],
    leftBehind: { content_prefix: 'swarm-conformance:', messages_accepted: 0, identities_remaining: [] },
  });
}

const failed = (id: string, answer: string, extra: Partial<ConformanceCheckResult> = {}) =>
  result({
    id,
    status: 'failed',
    failure: { category: 'security', message: `accepted (${answer}); expected 401 INVALID_SIGNATURE` },
    exchanges: [{ request: 'POST /swarm/message {"content":"swarm-conformance: x"}', answer }],
    ...extra,
  });

/** The text a reader sees in a serialized DOM: no style, no tags, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).to.equal('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).to.equal('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('conformance: the report as a page', () => {
  it('shows markup from the agent as text, and the page itself has no script and fetches nothing', () => {
    const hostile = '200 (not JSON) <script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = renderHtml(
      report([failed('signature.tampered.content', hostile, { notes: ['</pre><script>alert(3)</script>'] })]),
    );
    expect(html).to.not.match(/<script|<img/i);
    expect(html).to.include('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).to.include('&lt;/pre&gt;&lt;script&gt;alert(3)');
    expect(html).to.include(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).to.not.match(/(src|href)="(https?:)?\/\//);
  });

  it('masks bearer tokens and private keys an answer may echo', () => {
    const token = randomBytes(32).toString('base64url');
    const seed = randomBytes(32).toString('base64');
    const hex = randomBytes(32).toString('hex');
    const html = renderHtml(
      report([
        failed('signature.tampered.content', `200 (not JSON) debug: Authorization: Bearer ${token}`, {
          notes: [`{"private_key":"${seed}"}`, `seed=${hex}`, '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI'],
        }),
      ]),
    );
    for (const secret of [seed, hex, 'MC4CAQAwBQYDK2VwBCIEI']) expect(html).to.not.include(secret);
    expect(html).to.include('Bearer [redacted]');
    expect(html).to.include('&quot;private_key&quot;:&quot;[redacted]');
    expect(html).to.include('[redacted] private key');
    expect(html).to.not.include(token);
  });

  it('shows control and bidi characters as escapes', () => {
    const html = renderHtml(report([failed('signature.tampered.content', '200 queued \u202eevil\u0000')]));
    expect(html).to.include('200 queued \\u202eevil\\u0000');
  });

  it('renders every mode, the mode and the target in the title', () => {
    for (const mode of ['server', 'client', 'vectors'] as const) {
      const html = renderHtml(report([failed('core.canonical.1', '200 queued', { section: 'canonical' })], mode), {
        sectionTitles: { canonical: 'The canonical string' },
      });
      const target = mode === 'vectors' ? 'node adapter.js' : 'https://agent.example/swarm';
      expect(html).to.include(`<title>FAIL: ${mode} conformance of ${target}</title>`);
      expect(html).to.include(`${mode} mode`);
      expect(html).to.include('The canonical string');
    }
  });

  it('puts failing sections first and failures first, MUST before SHOULD', () => {
    const html = renderHtml(
      report([
        result({ id: 'stranger.health', section: 'stranger', requirement: 'SRV-HEALTH-001' }),
        result({ id: 'signature.valid' }),
        failed('signature.should', '200 queued', { level: 'SHOULD' }),
        failed('signature.must', '200 queued'),
        result({ id: 'signature.skipped', status: 'skipped', reason: 'needs --listen' }),
      ]),
    );
    const at = (text: string) => html.indexOf(text);
    expect(at('id="section-signature"')).to.be.lessThan(at('id="section-stranger"'));
    expect(at('id="check-signature.must"')).to.be.lessThan(at('id="check-signature.should"'));
    expect(at('id="check-signature.should"')).to.be.lessThan(at('id="check-signature.skipped"'));
    expect(at('id="check-signature.skipped"')).to.be.lessThan(at('id="check-signature.valid"'));
    expect(visibleText(html)).to.include('signature.skipped [MSG-SIG-002 MUST] : needs --listen');
    expect(visibleText(html)).to.include('⚠ WARN signature.should');
  });

  describe('in a headless browser (chromium)', function () {
    this.timeout(120_000);
    const token = randomBytes(32).toString('base64url');
    // What a hostile agent answers to a tampered signature: a page with a script, and a credential.
    const hostileBody = `<script>document.title='PWNED'</script><img src=x onerror=alert(1)> Authorization: Bearer ${token}`;
    let page: string;
    let rendered: ConformanceReport;

    before(async () => {
      findChromium(); // fails the suite, naming the apt package, when there is no browser
      const under = await startAgentUnderTest();
      const proxy = await startMutantProxy(under.agent.endpoint, {
        answer(answer): ProxiedAnswer {
          const code = (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code;
          if (code !== 'INVALID_SIGNATURE') return answer;
          return { status: 200, headers: { 'content-type': 'text/html' }, body: hostileBody, json: undefined };
        },
      });
      try {
        rendered = await under.run({ endpoint: proxy.endpoint, only: ['stranger', 'signature'], fuzz: 0 });
      } finally {
        await proxy.close();
        await under.close();
      }
      expect(rendered.verdict).to.equal('fail');
      const dir = join(OUTPUT, new Date().toISOString().replace(/[:.]/g, '-'));
      mkdirSync(dir, { recursive: true });
      page = join(dir, 'report.html');
      writeFileSync(page, renderHtml(rendered));
      console.log(`      report page: ${page}`);
    });

    it('shows the summary figures and a failure with what was sent and received', async () => {
      const { stdout: dom, ms } = await runChromium(pathToFileURL(page).href, ['--dump-dom']);
      console.log(`      chromium --dump-dom: ${ms} ms`);
      const text = visibleText(dom);
      const { summary } = rendered;
      const must = summary.by_level.MUST;
      const observable = new Set(rendered.coverage?.observable);
      const covered = (rendered.coverage?.exercised ?? []).filter((id) => observable.has(id)).length;
      expect(text).to.include(`✗ FAIL ${rendered.target}`);
      expect(text).to.include(`${summary.passed} ✓ passed`);
      expect(text).to.include(`${summary.failed} ✗ failed`);
      expect(text).to.include(`${summary.skipped} – skipped`);
      expect(text).to.include(`MUST ${must.passed} ${must.failed} ${must.skipped}`);
      expect(text).to.include(`security ${summary.failures_by_category.security} accepted what must be refused`);
      expect(text).to.include(`${covered} / ${observable.size} requirements exercised`);
      expect(text).to.include('left behind all ');

      const failure = rendered.checks.find((c) => c.id === 'signature.tampered.content');
      expect(failure?.status).to.equal('failed');
      const article = dom.match(/<article[^>]*id="check-signature\.tampered\.content"[\s\S]*?<\/article>/)?.[0] ?? '';
      const shown = visibleText(article);
      expect(shown).to.include('✗ FAIL signature.tampered.content');
      expect(shown).to.include(`requirement ${failure?.requirement}`);
      expect(shown).to.include(`Expected ${failure?.expected}`);
      expect(shown).to.include(`Found ${failure?.failure?.message}`);
      expect(shown).to.include(`→ sent POST /swarm/message {"protocol_version":"0.1.0"`);
      // The agent's script is on the page as text, and never ran: the DOM has no script, the title is ours.
      expect(shown).to.include("← got 200 (not JSON) <script>document.title='PWNED'</script><img src=x");
      expect(dom).to.not.match(/<script|<img/i);
      expect(dom).to.match(/<title>FAIL: server conformance of https:\/\/127\.0\.0\.1:\d+\/swarm<\/title>/);
      expect(shown).to.include('Bearer [redacted]');
      expect(dom).to.not.include(token);
    });

    it('renders a screenshot, wide and narrow', async () => {
      for (const [width, height] of [
        [1280, 2000],
        [390, 1600],
      ] as const) {
        const png = join(page, '..', `report-${width}.png`);
        const { ms } = await runChromium(pathToFileURL(page).href, [
          `--screenshot=${png}`,
          `--window-size=${width},${height}`,
          '--hide-scrollbars',
        ]);
        console.log(`      screenshot (${ms} ms): ${png}`);
        expect(pngSize(png)).to.deep.equal({ width, height });
        expect(statSync(png).size).to.be.greaterThan(20_000);
      }
    });
  });
});
