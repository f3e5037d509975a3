/**
 * GET /api/tab/boot: the tab's first screen in one request, each part as its own route answers it; in local
 * mode also inside the token request's answer (POST /local/token with `boot`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BootDto, LocalTokenDto } from '@samen/shared';
import { FIRST_SCREEN_DIR, FIRST_SCREEN_FILE } from '../../bot/src/api/first-screen.js';
import { createHttpServer } from '../../bot/src/server.js';
import { as, LOCAL_CONFIG, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const get = (path: string, who: string) => request(f.app).get(`/api/tab${path}`).set(as(who));

describe('tab API: boot', () => {
  it('answers who I am, my schools and the asked niveau-overzicht as /me, /schools and its own route do', async () => {
    const boot = await get('/boot?niveaus=school-a', PEOPLE.ibA.id);
    expect(boot.status).toBe(200);
    const body = boot.body as BootDto;
    expect(body.me).toEqual((await get('/me', PEOPLE.ibA.id)).body);
    expect(body.schools).toEqual((await get('/schools', PEOPLE.ibA.id)).body);
    expect(body.niveaus).toEqual({ ok: true, value: (await get('/schools/school-a/niveaus', PEOPLE.ibA.id)).body });
  });

  it('carries no niveau-overzicht when none is asked', async () => {
    const body = (await get('/boot', PEOPLE.teacherA.id)).body as BootDto;
    expect(body.me.id).toBe(PEOPLE.teacherA.id);
    expect(body.schools.map((s) => s.id)).toEqual(['school-a']);
    expect(body.niveaus).toBeNull();
  });

  it('carries the refusal of another school’s overzicht, in the words its own route uses', async () => {
    const own = await get('/schools/school-a/niveaus', PEOPLE.ibB.id);
    const boot = await get('/boot?niveaus=school-a', PEOPLE.ibB.id);
    expect(boot.status).toBe(200);
    expect((boot.body as BootDto).niveaus).toEqual({ ok: false, status: own.status, code: own.body.code, message: own.body.message });
    expect(own.status).toBe(403);
  });

  it('comes with local mode’s token when the token request asks for it: the same answer GET /boot gives with that token', async () => {
    for (const [who, boot] of [[PEOPLE.ibA.id, { niveaus: 'school-a' }], [PEOPLE.ibB.id, { niveaus: 'school-a' }], [PEOPLE.teacherA.id, {}]] as const) {
      const signIn = await request(f.app).post('/api/tab/local/token').set('Accept-Language', 'en').send({ personId: who, boot });
      expect(signIn.status).toBe(200);
      const { token, boot: carried } = signIn.body as LocalTokenDto;
      const query = 'niveaus' in boot ? `?niveaus=${boot.niveaus}` : '';
      const alone = await request(f.app).get(`/api/tab/boot${query}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'en');
      expect(carried).toEqual(alone.body);
    }
    // ib'er B is refused school A's overzicht inside the answer, in the asked language, as on its own.
    const refused = await request(f.app).post('/api/tab/local/token').send({ personId: PEOPLE.ibB.id, boot: { niveaus: 'school-a' } });
    expect((refused.body as LocalTokenDto).boot?.niveaus).toMatchObject({ ok: false, status: 403 });
    // Asked without `boot`, the token comes alone.
    expect((await request(f.app).post('/api/tab/local/token').send({ personId: PEOPLE.ibA.id })).body).not.toHaveProperty('boot');
  });

  it('refuses a token request whose boot query is not one, with a Dutch 400 and no token', async () => {
    for (const boot of [{ niveau: 'school-a' }, { render: 'roze' }, 'school-a', { niveaus: '' }]) {
      const bad = await request(f.app).post('/api/tab/local/token').send({ personId: PEOPLE.ibA.id, boot });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY' });
      expect(bad.body).not.toHaveProperty('token');
      expect(bad.body.message).toMatch(/[a-z]/);
    }
  });

  it('refuses an unknown query field with a Dutch 400, and an unsigned request with 401', async () => {
    const bad = await get('/boot?niveau=school-a', PEOPLE.ibA.id);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: ['niveau'] });
    expect(bad.body.message).toMatch(/[a-z]/);
    expect((await request(f.app).get('/api/tab/boot')).status).toBe(401);
  });
});

/** The first screen rendered by the server needs the built tab (its renderer is tab/dist/server/first-screen.cjs). */
const DIST = path.resolve('tab/dist');
const built = existsSync(path.join(DIST, FIRST_SCREEN_DIR, FIRST_SCREEN_FILE));
const describeBuilt = built || process.env.CI === 'true' ? describe : describe.skip;

describeBuilt('tab API: boot with the first screen rendered (render=<theme>)', () => {
  let g: Fixture;
  beforeEach(async () => { g = await makeFixture({ ...LOCAL_CONFIG, tabDistDir: DIST }); });
  afterEach(async () => { await g.close(); });
  const boot = (query: string, who: string, language = 'nl') =>
    request(g.app).get(`/api/tab/boot${query}`).set(as(who)).set('Accept-Language', language);

  it('renders the asked school’s niveau-overzicht with its styles, in Dutch or English', async () => {
    const nl = (await boot('?niveaus=school-a&render=default', PEOPLE.ibA.id)).body as BootDto;
    expect(nl.firstScreen?.html).toContain('data-testid="level-3"');
    expect(nl.firstScreen?.html).toContain('Niveau 3');
    expect(nl.firstScreen?.html).toContain('OBS De Linde');
    expect(nl.firstScreen?.styles).toMatch(/^<style /);
    if (!nl.niveaus?.ok) throw new Error('own school refused');
    for (const level of nl.niveaus.value.levels) expect(nl.firstScreen?.html).toContain(level.title.replace(/&/g, '&amp;'));
    const en = (await boot('?niveaus=school-a&render=dark', PEOPLE.ibA.id, 'en')).body as BootDto;
    expect(en.firstScreen?.html).toContain('Level 3');
    expect(en.firstScreen?.html).not.toContain('Niveau 3');
    expect(en.firstScreen?.html).toContain('data-theme="dark"');
  });

  it('renders a screen the same whatever was rendered before it (one style renderer for all screens)', async () => {
    const first = ((await boot('?niveaus=school-a&render=default', PEOPLE.ibA.id)).body as BootDto).firstScreen;
    await boot('?niveaus=school-a&render=contrast', PEOPLE.ibA.id, 'en');
    await boot('?niveaus=school-b&render=dark', PEOPLE.ibB.id);
    const again = ((await boot('?niveaus=school-a&render=default', PEOPLE.ibA.id)).body as BootDto).firstScreen;
    expect(again).toEqual(first);
  });

  it('renders the same screen inside local mode’s token answer as for GET /boot with that token', async () => {
    const signIn = await request(g.app).post('/api/tab/local/token').send({ personId: PEOPLE.ibA.id, boot: { niveaus: 'school-a', render: 'contrast' } });
    const { token, boot: carried } = signIn.body as LocalTokenDto;
    expect(carried?.firstScreen?.html).toContain('data-testid="level-3"');
    const alone = await request(g.app).get('/api/tab/boot?niveaus=school-a&render=contrast').set('Authorization', `Bearer ${token}`);
    expect(carried?.firstScreen).toEqual((alone.body as BootDto).firstScreen);
  });

  it('escapes what people wrote', async () => {
    const view = (await boot('?niveaus=school-a', PEOPLE.ibA.id)).body as BootDto;
    if (!view.niveaus?.ok) throw new Error('own school refused');
    const levels = view.niveaus.value.levels.map((l) => (l.level === 3 ? { ...l, title: '<img src=x onerror=alert(1)>' } : l));
    expect((await request(g.app).put('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.ibA.id)).send({ levels, expectedVersion: '' })).status).toBe(200);
    const html = ((await boot('?niveaus=school-a&render=default', PEOPLE.ibA.id)).body as BootDto).firstScreen?.html ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('renders nothing for a school the user may not open: the refusal comes as without render', async () => {
    const body = (await boot('?niveaus=school-a&render=default', PEOPLE.ibB.id)).body as BootDto;
    expect(body.niveaus).toMatchObject({ ok: false, status: 403 });
    expect(body.firstScreen).toBeUndefined();
    expect(((await boot('?niveaus=school-a', PEOPLE.ibA.id)).body as BootDto).firstScreen).toBeUndefined();
  });

  it('does not serve the renderer to browsers, only the tab beside it', async () => {
    expect((await request(g.app).get(`/${FIRST_SCREEN_DIR}/${FIRST_SCREEN_FILE}`)).status).toBe(404);
    expect((await request(g.app).get('/index.html')).status).toBe(200);
  });

  it('refuses an unknown theme with a Dutch 400', async () => {
    const bad = await boot('?niveaus=school-a&render=roze', PEOPLE.ibA.id);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: ['render'] });
  });
});

/**
 * A tab build whose first-screen renderer is a stand-in (the real one needs the tab build): `source(global)`
 * is its CommonJS code, `global` a name of its own on globalThis for it to report through.
 */
const standInBuild = (source: (global: string) => string): { dist: string; reported: () => unknown } => {
  const dist = mkdtempSync(path.join(tmpdir(), 'samen-first-screen-'));
  mkdirSync(path.join(dist, FIRST_SCREEN_DIR));
  const global = `samenFirstScreen${path.basename(dist).replace(/\W/g, '')}`;
  writeFileSync(path.join(dist, FIRST_SCREEN_DIR, FIRST_SCREEN_FILE), source(global));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  return { dist, reported: () => (globalThis as Record<string, unknown>)[global] };
};

describe('tab API: the first-screen renderer after a start', () => {
  it('is loaded once the server listens, before any page or boot call asks for it, and the boot call uses it', async () => {
    // A stand-in renderer that says when it was loaded.
    const { dist, reported: loaded } = standInBuild(
      (marker) => `globalThis.${marker} = 'loaded';
       exports.prepareFirstScreen = async () => { globalThis.${marker} = 'prepared'; };
       exports.renderFirstScreen = async ({ schoolId }) => ({ html: '<p>' + schoolId + '</p>', styles: '' });`,
    );
    const g = await makeFixture({ ...LOCAL_CONFIG, tabDistDir: dist });
    const server = createHttpServer(g.deps);
    try {
      expect(loaded()).toBeUndefined();
      await new Promise<void>((resolve) => server.listen(0, resolve));
      expect(loaded()).toBeUndefined();
      await expect.poll(loaded).toBe('prepared');
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/api/tab/boot?niveaus=school-a&render=default`, { headers: as(PEOPLE.ibA.id) });
      expect(((await res.json()) as BootDto).firstScreen?.html).toBe('<p>school-a</p>');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await g.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('draws a screen again only when what it shows changed: the same user opening it again gets the one drawn before', async () => {
    // A stand-in renderer that counts its renders.
    const { dist, reported: renders } = standInBuild(
      (counter) => `exports.prepareFirstScreen = async () => {};
       exports.renderFirstScreen = async ({ boot, theme }) => {
         globalThis.${counter} = (globalThis.${counter} ?? 0) + 1;
         return { html: '<p>' + boot.me.name + ' ' + theme + ' ' + boot.niveaus.value.levels[2].title + '</p>', styles: '' };
       };`,
    );
    const g = await makeFixture({ ...LOCAL_CONFIG, tabDistDir: dist });
    const screen = async (who: string, theme = 'default') =>
      ((await request(g.app).get(`/api/tab/boot?niveaus=school-a&render=${theme}`).set(as(who))).body as BootDto).firstScreen?.html;
    try {
      const first = await screen(PEOPLE.ibA.id);
      expect(await screen(PEOPLE.ibA.id)).toBe(first);
      expect(renders()).toBe(1);
      await screen(PEOPLE.ibA.id, 'dark');
      await screen(PEOPLE.teacherA.id);
      expect(renders()).toBe(3);
      // A change to the overzicht shows at once.
      const view = (await request(g.app).get('/api/tab/boot?niveaus=school-a').set(as(PEOPLE.ibA.id))).body as BootDto;
      if (!view.niveaus?.ok) throw new Error('own school refused');
      const levels = view.niveaus.value.levels.map((l) => (l.level === 3 ? { ...l, title: 'Samen met het zorgteam' } : l));
      expect((await request(g.app).put('/api/tab/schools/school-a/niveaus').set(as(PEOPLE.ibA.id)).send({ levels, expectedVersion: '' })).status).toBe(200);
      expect(await screen(PEOPLE.ibA.id)).toContain('Samen met het zorgteam');
      expect(renders()).toBe(4);
    } finally {
      await g.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
