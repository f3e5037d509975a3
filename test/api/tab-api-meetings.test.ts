import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto, MeetingViewDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const rsvp = (who: string, response = 'attend') =>
  request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(as(who)).send({ sessionId: 'session-1', response });

describe('tab API: meetings and RSVP', () => {
  it('lists the meetings meant for me with no answer yet', async () => {
    const res = await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.teacherA.id));
    const meetings = res.body as MeetingViewDto[];
    expect(meetings.map((m) => m.id)).toEqual(['meeting-plg']);
    expect(meetings[0]?.sessions[0]).toMatchObject({ myStatus: null, seatsLeft: 1, open: true });
  });

  it('respects capacity: the last seat goes to the first, the next person waits', async () => {
    const first = (await rsvp(PEOPLE.ibA.id)).body as MeetingViewDto;
    expect(first.sessions[0]).toMatchObject({ myStatus: 'booked', seatsLeft: 0 });
    const second = (await rsvp(PEOPLE.ibB.id)).body as MeetingViewDto;
    expect(second.sessions[0]).toMatchObject({ myStatus: 'waitlisted', waitlistPosition: 1 });
  });

  it('gives the freed seat to the first on the waitlist', async () => {
    await rsvp(PEOPLE.ibA.id);
    await rsvp(PEOPLE.ibB.id);
    await rsvp(PEOPLE.ibA.id, 'decline').expect(200);
    const seen = (await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibB.id))).body as MeetingViewDto[];
    expect(seen[0]?.sessions[0]?.myStatus).toBe('booked');
  });

  it('neither lists nor accepts a meeting for someone it is not meant for', async () => {
    const listed = await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.leaderB.id));
    expect(listed.body).toEqual([]);
    const res = await rsvp(PEOPLE.leaderB.id);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('RSVP.NOT_INVITED');
  });
});

describe('tab API: dashboard', () => {
  it('shows the coördinator the numbers, the waitlist and per school the status only', async () => {
    await rsvp(PEOPLE.ibA.id);
    await rsvp(PEOPLE.ibB.id);
    const res = await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id));
    const d = res.body as DashboardDto;
    expect(d.schoolYear).toBe('2026-2027');
    expect(d.meetings[0]?.sessions[0]).toMatchObject({
      counts: { booked: 1, waitlisted: 1, maybe: 0, declined: 0 },
      bySchool: { 'school-a': 1 },
      byRole: { ib: 1 },
      waitlist: [{ personId: 'ib-b', position: 1, name: 'Naam ib-b' }],
    });
    expect(d.schools.map((s) => [s.id, s.niveauUpdatedThisYear, s.reflection.status])).toEqual([
      ['school-b', false, 'niet-gestart'],
      ['school-a', false, 'niet-gestart'],
    ]);
  });

  it('is for coördinatoren only', async () => {
    const res = await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(403);
  });

  it('exports the registrations as a semicolon CSV that Excel opens as UTF-8', async () => {
    await rsvp(PEOPLE.ibA.id);
    await rsvp(PEOPLE.ibB.id);
    const res = await request(f.app)
      .get('/api/tab/dashboard/meetings/meeting-plg.csv')
      .set(as(PEOPLE.coordinator.id))
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Bijeenkomst;Sessie;Naam;School;Rol;Status;Sinds');
    expect(lines[1]).toContain(';Naam ib-a;OBS De Linde;Intern begeleider (ib’er);Aangemeld;');
    expect(lines[2]).toContain(';Naam ib-b;CBS De Eik;');
    expect(lines[2]).toContain(';Op de wachtlijst;');
    expect(lines[1]).toContain('donderdag 10 december 2026, 09:00');
  });
});
