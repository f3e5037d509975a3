import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '@samen/shared';
import { cardClick, envelopeOf, type InvokeBody } from '../support/bot-harness.js';
import { postJson } from '../support/post-json.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess): Promise<Response> => {
  for (let i = 0; i < 120 && child.exitCode === null; i += 1) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('server did not answer');
};

describe('the server process (npm run serve, and the production bundle)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-serve-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const serve = (env: Record<string, string>, args = ['--import', 'tsx', 'bot/src/index.ts']) => {
    const { NODE_ENV: _ignored, ...parentEnv } = process.env;
    const child = spawn(process.execPath, args, {
      env: { ...parentEnv, LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    return child;
  };

  it('answers GET /healthz with 200 and JSON on the PORT it was given', async () => {
    const port = await freePort();
    const child = serve({ PORT: String(port) });
    const res = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'local', store: 'sqlite' });
  });

  it('runs from the production bundle (npm run build:server) with plain Node: health, tab and the tab API', async () => {
    const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const port = await freePort();
    const child = serve({ PORT: String(port) }, ['bot/dist/index.js']);
    const res = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'local' });
    const users = (await (await fetch(`http://127.0.0.1:${port}/api/tab/local/users`)).json()) as { name: string }[];
    expect(users.map((u) => u.name)).toContain('Sanne de Wit');
    const problem = await fetch(`http://127.0.0.1:${port}/api/tab/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl-NL' },
      body: '{"personId": 42}',
    });
    expect(problem.status).toBe(400);
    const body = (await problem.json()) as { code: string; message: string };
    expect(body).toMatchObject({ code: 'REQUEST.INVALID_BODY', message: t('errors:REQUEST.INVALID_BODY', 'nl') });

    // A card click sent in chunks takes express's path through botbuilder (bundled apart in
    // botbuilder.cjs, compiled with the V8 code cache the first start writes beside it).
    const click = JSON.stringify({
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      ...cardClick('rsvp.attend', { meetingId: 'bestaat-niet', sessionId: 'session-1' }),
      ...envelopeOf({}, 'click-1'),
    });
    const answer = await postJson(`http://127.0.0.1:${port}/api/messages`, click, 'chunked');
    expect(answer.status).toBe(200);
    const card = (await answer.json()) as InvokeBody;
    expect(card.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.value)).toContain(t('errors:RSVP.UNKNOWN_MEETING', 'nl'));
    expect(existsSync('bot/dist/chunks/botbuilder.cjs.v8cache')).toBe(true);
  });

  it('refuses to start in local mode when NODE_ENV=production, saying why in Dutch', async () => {
    const child = serve({ PORT: String(await freePort()), NODE_ENV: 'production' });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('Lokale modus');
  });
});
