/**
 * The tab's files go to a browser compressed: the build writes a brotli and a gzip copy beside each script
 * (tab/vite.config.ts) and the server sends the one the browser accepts, with the file's own type, or the file
 * itself to a client that accepts neither. The tab API's answers of 1 KB and more are compressed as they go
 * (brotli, else gzip); smaller ones, and clients that accept neither, get them as they are.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { start, type Running } from '../../bot/src/main.js';

const SCRIPT = `export const greeting = ${JSON.stringify('Welkom bij Samen Verder. '.repeat(200))};\n`;

/** A raw GET (fetch would unpack the body and hide what came over the wire). */
const get = (url: string, acceptEncoding: string | null, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });

describe('the tab’s files, compressed for the browser', () => {
  let running: Running;
  const dist = mkdtempSync(path.join(tmpdir(), 'samen-dist-'));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-static-'));

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    const page = `<!doctype html><html lang="nl"><body><div id="root"></div>${'<!-- ruimte -->'.repeat(100)}</body></html>`;
    writeFileSync(path.join(dist, 'index.html'), page);
    writeFileSync(path.join(dist, 'index.html.br'), brotliCompressSync(page));
    writeFileSync(path.join(dist, 'index.html.gz'), gzipSync(page));
    writeFileSync(path.join(dist, 'assets', 'app.js'), SCRIPT);
    writeFileSync(path.join(dist, 'assets', 'app.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(path.join(dist, 'assets', 'app.js.gz'), gzipSync(SCRIPT));
    writeFileSync(path.join(dist, 'assets', 'plain.js'), SCRIPT);
    running = await start(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAB_DIST_DIR: dist }), { background: false });
  });
  afterAll(async () => {
    await running?.stop();
    rmSync(dist, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that accepts it, as JavaScript, varying by Accept-Encoding', async () => {
    const res = await get(`${running.url}/assets/app.js`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(String(res.headers['vary'])).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy where brotli is not accepted, and the file itself where nothing is', async () => {
    const gz = await get(`${running.url}/assets/app.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get(`${running.url}/assets/app.js`, null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('lets the browser keep the hashed build files for a year, and asks it to check the page every time', async () => {
    const script = await get(`${running.url}/assets/app.js`, 'br');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const encoding of ['br', 'gzip', null]) {
      const page = await get(`${running.url}/`, encoding);
      expect(page.headers['cache-control'], String(encoding)).toBe('no-cache');
    }
    writeFileSync(path.join(dist, 'favicon.png'), 'png');
    expect((await get(`${running.url}/favicon.png`, null)).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends a file without copies as it is, and the page on / (compressed, as HTML)', async () => {
    const res = await get(`${running.url}/assets/plain.js`, 'br');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(SCRIPT);
    const page = await get(`${running.url}/`, 'br');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(page.body).toString()).toContain('<div id="root">');
  });

  it('compresses the tab API’s larger answers (the sign-in list, a token with the boot call), not the small ones', async () => {
    const plain = await get(`${running.url}/api/tab/local/users`, null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const users = JSON.parse(plain.body.toString()) as { id: string; name: string }[];
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await get(`${running.url}/api/tab/local/users`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(users);
    const gz = await get(`${running.url}/api/tab/local/users`, 'gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(users);
    // A refusal (a few dozen bytes) goes as it is.
    const refused = await get(`${running.url}/api/tab/local/token`, 'br', 'POST', JSON.stringify({ personId: 'niemand' }));
    expect(refused.status).toBe(404);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString())).toMatchObject({ code: 'PERSON.NOT_FOUND' });
    const signIn = await get(`${running.url}/api/tab/local/token`, 'br', 'POST', JSON.stringify({ personId: users[0]!.id, boot: {} }));
    expect(signIn.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(signIn.body).toString())).toMatchObject({ boot: { me: { id: users[0]!.id } } });
  });
});
