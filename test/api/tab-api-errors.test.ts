import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTabApi } from '../../bot/src/api/index.js';
import { loadConfig } from '../../bot/src/config.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

describe('tab API: bad requests', () => {
  it('answers malformed JSON with 400 and a Dutch message, then keeps serving', async () => {
    const bad = await request(f.app)
      .put('/api/tab/schools/school-a/niveaus')
      .set(as(PEOPLE.ibA.id))
      .set('Content-Type', 'application/json')
      .send('{"levels": [');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ code: 'REQUEST.INVALID_JSON', message: 'Het verzoek is geen geldige JSON.' });
    const next = await request(f.app).get('/api/tab/me').set(as(PEOPLE.ibA.id));
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ id: 'ib-a', schoolYear: '2026-2027', isCoordinator: false });
  });

  it('refuses an unknown field and names it', async () => {
    const res = await request(f.app)
      .post('/api/tab/meetings/meeting-plg/rsvp')
      .set(as(PEOPLE.ibA.id))
      .send({ sessionId: 'session-1', response: 'attend', plusOne: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: ['plusOne'] });
    expect(res.body.message).toMatch(/ongeldige of onbekende velden/);
  });

  it.each([
    ['a response that is not one of the three', { sessionId: 'session-1', response: 'yes' }, 'response'],
    ['a missing session', { response: 'attend' }, 'sessionId'],
  ])('refuses %s', async (_name, body, field) => {
    const res = await request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(as(PEOPLE.ibA.id)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.fields).toContain(field);
  });

  it('speaks English when the browser asks for it', async () => {
    const res = await request(f.app).get('/api/tab/me').set('Accept-Language', 'en-GB,en;q=0.9');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'AUTH.UNAUTHENTICATED', message: 'You are not signed in. Open the app again in Teams.' });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await request(f.app).get('/api/tab/nothing-here').set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('REQUEST.NOT_FOUND');
  });

  it('tells a validly signed-in person who is not in the partnership that they are unknown', async () => {
    const res = await request(f.app).get('/api/tab/me').set(as('nobody'));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AUTH.UNKNOWN_USER');
  });

  it('no longer lets anyone in with a bare user id header', async () => {
    const res = await request(f.app).get('/api/tab/me').set('X-Samen-User', PEOPLE.ibA.id);
    expect(res.status).toBe(401);
  });

  it('hands the sign-in screen a short-lived token that the API then accepts', async () => {
    const issued = await request(f.app).post('/api/tab/local/token').send({ personId: PEOPLE.ibA.id });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ expiresAt: '2026-11-25T10:00:00.000Z', expiresInSeconds: 3600 });
    const me = await request(f.app).get('/api/tab/me').set('Authorization', `Bearer ${issued.body.token}`);
    expect(me.body).toMatchObject({ id: 'ib-a' });
  });

  it.each([
    ['an unknown person', { personId: 'nobody' }, 404],
    ['an extra field', { personId: 'ib-a', admin: true }, 400],
  ])('refuses a local token for %s', async (_name, body, status) => {
    expect((await request(f.app).post('/api/tab/local/token').send(body)).status).toBe(status);
  });

  it('lists the sample users for the sign-in screen in local mode', async () => {
    const res = await request(f.app).get('/api/tab/local/users');
    expect(res.status).toBe(200);
    const coordinator = (res.body as { id: string; isCoordinator: boolean }[]).find((u) => u.id === 'coord');
    expect(coordinator?.isCoordinator).toBe(true);
  });

  it('offers no sign-in list, no dev tokens and accepts no dev token in tenant mode', async () => {
    const tenant = { ...f.deps, config: loadConfig({ BOT_ID: 'bot', BOT_PASSWORD: 'x', BOT_TENANT_ID: 't', LOG_LEVEL: 'silent' }) };
    const app = express().use('/api/tab', createTabApi(tenant));
    expect((await request(app).get('/api/tab/local/users')).status).toBe(404);
    expect((await request(app).post('/api/tab/local/token').send({ personId: PEOPLE.ibA.id })).status).toBe(404);
    expect((await request(app).get('/api/tab/me').set(as(PEOPLE.ibA.id))).status).toBe(401);
  });

  it('hides an unexpected failure behind a generic message and keeps serving', async () => {
    let calls = 0;
    const flaky = {
      authenticate: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database on fire at /secret/path');
        return { ok: true as const, value: (await f.deps.stores.people.get('ib-a'))! };
      },
    };
    const app = express().use('/api/tab', createTabApi(f.deps, flaky));
    const failed = await request(app).get('/api/tab/me');
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: 'INTERNAL', message: 'Er ging iets mis. Probeer het later opnieuw.' });
    expect(failed.headers['x-correlation-id']).toMatch(/[0-9a-f-]{36}/);
    expect((await request(app).get('/api/tab/me')).status).toBe(200);
  });
});
