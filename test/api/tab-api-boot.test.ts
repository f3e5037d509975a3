/** GET /api/tab/boot: the tab's first screen in one request, each part as its own route answers it. */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BootDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

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

  it('refuses an unknown query field with a Dutch 400, and an unsigned request with 401', async () => {
    const bad = await get('/boot?niveau=school-a', PEOPLE.ibA.id);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: ['niveau'] });
    expect(bad.body.message).toMatch(/[a-z]/);
    expect((await request(f.app).get('/api/tab/boot')).status).toBe(401);
  });
});
