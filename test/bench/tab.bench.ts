/**
 * The tab's weight and speed. Weight: gzip size of the JavaScript index.html loads before anything
 * renders (entry script + modulepreloads; lazy chunks excluded; test/support/tab-weight.ts). Speed: the
 * time from navigation to the first render of the niveau-overzicht in headless Chromium (cold browser
 * cache, a new context per run, the server already warm after the first; median of RUNS), and the same
 * for a bare static page from the same server in the same browser, runs interleaved so both see the same
 * load: their ratio holds on a busy machine where wall-clock times do not. The moment level 3 appears is
 * taken inside the page (MutationObserver, ms since navigation start); for the bare page that is the
 * parser inserting the same element.
 * Prints one JSON line: {"bench":"tab","initial_js_gzip_kb":…,"first_render_ms":…,"first_render_ratio":…}.
 * Needs `npm run build -w tab` first.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../bot/src/config.js';
import { start } from '../../bot/src/main.js';
import { initialJsGzipKb } from '../support/tab-weight.js';

const DIST = path.resolve('tab/dist');
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 9;
const SCHOOL = 'school-zonnewijzer';
const IB = 'Sanne de Wit';
const MARKER = 'level-3';
/** The bare page: the tab's own HTML head, and the element the benchmark waits for, written by hand. */
const BARE = 'bench-bare.html';

const bareHtml = (indexHtml: string): string =>
  indexHtml
    .replace(/<script[^>]*>[^<]*<\/script>/g, '')
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '')
    .replace(/<body>[\s\S]*<\/body>/, `<body><main><h2>Niveau-overzicht</h2><section data-testid="${MARKER}"><h3>Niveau 3</h3></section></main></body>`);

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Render {
  readonly ms: number;
  /** gzip KB of every script fetched before the render, and the API requests started before it. */
  readonly jsGzipKb: number;
  readonly apiRequests: number;
}

const renderOnce = async (browser: Browser, url: string, dist: string, personId: string | null): Promise<Render> => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (personId !== null) {
      await page.goto(new URL('/healthz', url).href);
      await page.evaluate((id) => localStorage.setItem('samen.localSession', JSON.stringify({ personId: id, token: null, renewAt: null })), personId);
    }
    // Measured in the page (ms since navigation start), not by polling from outside.
    await page.addInitScript((marker) => {
      const w = window as unknown as { __rendered?: number };
      new MutationObserver((_m, observer) => {
        if (document.querySelector(`[data-testid="${marker}"]`)) {
          w.__rendered = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, MARKER);
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByTestId(MARKER).waitFor({ timeout: 15_000 });
    const seen = await page.evaluate(() => {
      const rendered = (window as unknown as { __rendered: number }).__rendered;
      const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= rendered).map((e) => new URL(e.name).pathname);
      return { rendered, before };
    });
    const scripts = seen.before.filter((p) => p.endsWith('.js'));
    const bytes = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(dist, p))).length, 0);
    return {
      ms: Math.round(seen.rendered),
      jsGzipKb: Math.round((bytes / 1024) * 10) / 10,
      apiRequests: seen.before.filter((p) => p.startsWith('/api/')).length,
    };
  } finally {
    await context.close();
  }
};

const firstRenders = async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'samen-bench-dist-'));
  cpSync(DIST, dist, { recursive: true });
  writeFileSync(path.join(dist, BARE), bareHtml(readFileSync(path.join(DIST, 'index.html'), 'utf8')));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-bench-tab-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: dist });
  const running = await start(config, { clock: () => new Date('2026-11-25T10:00:00+01:00'), background: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const people = await running.deps.stores.people.list({ limit: 500 });
    const ib = people.items.find((p) => p.name === IB);
    if (!ib) throw new Error(`sample person ${IB} missing`);
    const tab: Render[] = [];
    const bare: Render[] = [];
    for (let i = 0; i < RUNS; i++) {
      tab.push(await renderOnce(browser, `${running.url}/#/school/${SCHOOL}/niveaus`, dist, ib.id));
      bare.push(await renderOnce(browser, `${running.url}/${BARE}`, dist, null));
    }
    return { tab, bare };
  } finally {
    await browser.close();
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log(JSON.stringify({ bench: 'tab', skipped: 'needs tab/dist (npm run build -w tab) and /usr/bin/chromium' }));
    return;
  }
  const load = loadavg()[0]!;
  const { tab, bare } = await firstRenders();
  const ms = tab.map((r) => r.ms);
  const bareMs = median(bare.map((r) => r.ms));
  const last = tab[tab.length - 1]!;
  console.log(
    JSON.stringify({
      bench: 'tab',
      initial_js_gzip_kb: initialJsGzipKb(DIST),
      first_render_ms: median(ms),
      first_render_ratio: Math.round((median(ms) / Math.max(bareMs, 1)) * 100) / 100,
      bare_first_render_ms: bareMs,
      first_render_cold_server_ms: ms[0],
      first_render_min_ms: Math.min(...ms),
      first_screen_js_gzip_kb: last.jsGzipKb,
      first_screen_api_requests: last.apiRequests,
      runs: RUNS,
      load_avg_1m: Math.round(Math.max(load, loadavg()[0]!) * 100) / 100,
    }),
  );
};

await main();
