/**
 * The tab's weight and speed: gzip size of the JavaScript index.html loads before anything renders
 * (entry script + modulepreloads; lazy page chunks excluded), and the time from navigation to the
 * first render of the niveau-overzicht in headless Chromium (cold browser cache, a new context per
 * run, the server already warm after the first; median of RUNS). The moment level 3 appears is
 * taken inside the page (MutationObserver, ms since navigation start).
 * Prints one JSON line: {"bench":"tab","initial_js_gzip_kb":…,"first_render_ms":…}.
 * Needs `npm run build -w tab` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../bot/src/config.js';
import { start } from '../../bot/src/main.js';

const DIST = path.resolve('tab/dist');
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;
const SCHOOL = 'school-zonnewijzer';
const IB = 'Sanne de Wit';

const initialScripts = (html: string): string[] => {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return [...new Set(srcs.map((m) => m[1]!))];
};

const initialJsGzipKb = (): number => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const bytes = initialScripts(html).reduce((sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src.replace(/^\//, '')))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
};

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const firstRenderMs = async (): Promise<{ median: number; first: number; min: number }> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-bench-tab-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: DIST });
  const running = await start(config, { clock: () => new Date('2026-11-25T10:00:00+01:00'), background: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const people = await running.deps.stores.people.list({ limit: 500 });
    const ib = people.items.find((p) => p.name === IB);
    if (!ib) throw new Error(`sample person ${IB} missing`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${running.url}/healthz`);
      await page.evaluate((id) => localStorage.setItem('samen.localSession', JSON.stringify({ personId: id, token: null, renewAt: null })), ib.id);
      // Measured in the page (ms since navigation start), not by polling from outside.
      await page.addInitScript(() => {
        const w = window as unknown as { __rendered?: number };
        new MutationObserver((_m, observer) => {
          if (document.querySelector('[data-testid="level-3"]')) {
            w.__rendered = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${running.url}/#/school/${SCHOOL}/niveaus`, { waitUntil: 'commit' });
      await page.getByTestId('level-3').waitFor({ timeout: 15_000 });
      times.push(Math.round(await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered)));
      await context.close();
    }
    return { median: median(times), first: times[0]!, min: Math.min(...times) };
  } finally {
    await browser.close();
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log(JSON.stringify({ bench: 'tab', skipped: 'needs tab/dist (npm run build -w tab) and /usr/bin/chromium' }));
    return;
  }
  const render = await firstRenderMs();
  console.log(
    JSON.stringify({
      bench: 'tab',
      initial_js_gzip_kb: initialJsGzipKb(),
      first_render_ms: render.median,
      first_render_cold_server_ms: render.first,
      first_render_min_ms: render.min,
      runs: RUNS,
    }),
  );
};

await main();
