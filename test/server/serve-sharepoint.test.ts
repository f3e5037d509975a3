/**
 * `npm run start:sharepoint` without a tenant: the Graph fake with lists from the real provisioner
 * (scripts/local-sharepoint.ts, as scripts/start.mjs starts it) and the server on STORE=sharepoint
 * with sample data; an ib'er saves her school's niveau-overzicht through the tab API over HTTP and it
 * lands in the SharePoint list.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalTokenDto, LocalUserDto, NiveauViewDto } from '@samen/shared';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const children: ChildProcess[] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-serve-sp-'));
afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

const spawnTsx = (script: string, env: Record<string, string>) => {
  const { NODE_ENV: _ignored, ...parentEnv } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...parentEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
};

const localSharePointEnv = (child: ChildProcess): Promise<Record<string, string>> =>
  new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('SHAREPOINT_ENV '));
      if (line) resolve(JSON.parse(line.slice('SHAREPOINT_ENV '.length)) as Record<string, string>);
    });
    child.on('exit', (code) => reject(new Error(`local-sharepoint stopped (${code})`)));
  });

const waitForHealth = async (url: string, child: ChildProcess): Promise<Response> => {
  for (let i = 0; i < 240 && child.exitCode === null; i += 1) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('server did not answer');
};

describe('SharePoint mode locally (npm run start:sharepoint)', () => {
  it('runs the app on SharePoint lists of the Graph fake, and a tab save reaches the list', async () => {
    const graph = await localSharePointEnv(spawnTsx('scripts/local-sharepoint.ts', {}));
    expect(graph).toMatchObject({ STORE: 'sharepoint', GRAPH_BASE_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    const port = await freePort();
    const server = spawnTsx('bot/src/index.ts', { ...graph, PORT: String(port), LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    const base = `http://127.0.0.1:${port}`;
    expect(await (await waitForHealth(`${base}/healthz`, server)).json()).toMatchObject({ status: 'ok', mode: 'local', store: 'sharepoint' });

    const users = (await (await fetch(`${base}/api/tab/local/users`)).json()) as LocalUserDto[];
    const sanne = users.find((u) => u.name === 'Sanne de Wit') as LocalUserDto;
    const tokenRes = await fetch(`${base}/api/tab/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: sanne.id }) });
    const { token } = (await tokenRes.json()) as LocalTokenDto;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const niveaus = `${base}/api/tab/schools/${sanne.schoolIds[0]}/niveaus`;
    const view = (await (await fetch(niveaus, { headers })).json()) as NiveauViewDto;
    const levels = view.levels.map((l) => (l.level === 3 ? { ...l, title: 'Leesspecialist in de klas' } : l));
    const saved = await fetch(niveaus, { method: 'PUT', headers, body: JSON.stringify({ levels, expectedVersion: view.overzicht?.version ?? '' }) });
    expect(saved.status).toBe(200);

    const site = encodeURIComponent(graph.SHAREPOINT_SITE_ID as string);
    const items = await fetch(`${graph.GRAPH_BASE_URL}/v1.0/sites/${site}/lists/Niveau-overzicht/items?$expand=fields`, { headers: { authorization: 'Bearer test' } });
    const stored = ((await items.json()) as { value: { fields: { SchoolId: string; Levels: string } }[] }).value;
    expect(stored.filter((i) => i.fields.SchoolId === sanne.schoolIds[0]).some((i) => i.fields.Levels.includes('Leesspecialist in de klas'))).toBe(true);
  });
});
