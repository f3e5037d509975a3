import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../bot/src/config.js';
import { start } from '../../bot/src/main.js';
const DIST = path.resolve('tab/dist');
const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-trace-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: DIST });
const running = await start(config, { clock: () => new Date('2026-11-25T10:00:00+01:00'), background: false });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const people = await running.deps.stores.people.list({ limit: 500 });
const ib = people.items.find((p) => p.name === 'Sanne de Wit')!;
for (let i = 0; i < 2; i++) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${running.url}/healthz`);
  await page.evaluate((id) => localStorage.setItem('samen.localSession', JSON.stringify({ personId: id, token: null, renewAt: null })), ib.id);
  await page.addInitScript(() => {
    const w = window as any;
    new MutationObserver((_m, o) => { if (document.querySelector('[data-testid="level-3"]')) { w.__rendered = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${running.url}/#/school/school-zonnewijzer/niveaus`, { waitUntil: 'commit' });
  await page.getByTestId('level-3').waitFor({ timeout: 15000 });
  const { profile } = await cdp.send('Profiler.stop');
  const rendered = await page.evaluate(() => (window as any).__rendered);
  const navStart = await page.evaluate(() => performance.timeOrigin);
  if (i === 1) {
    // self time per (url,function) and per 100ms bucket per url
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const self: Record<string, number> = {}; const buckets: Record<string, Record<string, number>> = {};
    let t = profile.startTime;
    profile.samples!.forEach((id: number, k: number) => {
      t += profile.timeDeltas![k]!;
      const n: any = byId.get(id); const cf = n.callFrame;
      const url = (cf.url.replace(/.*\//, '') || cf.functionName || '(native)') + (cf.url ? '' : '');
      const key = `${url} ${cf.functionName}`;
      const dt = (profile.timeDeltas![k + 1] ?? 0) / 1000;
      self[key] = (self[key] ?? 0) + dt;
      const ms = (t - profile.startTime) / 1000; const b = String(Math.floor(ms / 100) * 100).padStart(5);
      (buckets[b] ??= {})[url] = ((buckets[b] ??= {})[url] ?? 0) + dt;
    });
    console.log('rendered', rendered);
    for (const [b, m] of Object.entries(buckets).sort()) console.log(b, Object.entries(m).filter(([, v]) => v > 3).sort((a, c) => c[1] - a[1]).map(([u, v]) => `${u}:${v.toFixed(0)}`).join(' '));
    console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
  }
  await context.close();
}
await browser.close(); await running.stop(); rmSync(dataDir, { recursive: true, force: true });
