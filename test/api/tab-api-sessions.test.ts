/** #15 in the tab: sessions by name, and a session for another sector refused with a Dutch 403. */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto, MeetingViewDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await makeFixture();
  const meeting = (await f.deps.stores.meetings.get('meeting-plg'))!;
  const { version, ...rest } = meeting;
  const sessions = meeting.sessions.map((s) => ({ ...s, name: 'Regio Midden — Houten, voortgezet onderwijs', sectors: ['VO' as const, 'VSO' as const] }));
  const saved = await f.deps.stores.meetings.upsert({ ...rest, sessions, expectedVersion: version });
  if (!saved.ok) throw new Error(saved.error.code);
});
afterEach(async () => { await f.close(); });

const rsvp = (who: string) => request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(as(who)).send({ sessionId: 'session-1', response: 'attend' });

describe('tab API: named sessions for some sectors', () => {
  it('lists the session by its name', async () => {
    const meetings = (await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibA.id))).body as MeetingViewDto[];
    expect(meetings[0]?.sessions[0]?.name).toBe('Regio Midden — Houten, voortgezet onderwijs');
    const board = (await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id))).body as DashboardDto;
    expect(board.meetings[0]?.sessions[0]).toMatchObject({ name: 'Regio Midden — Houten, voortgezet onderwijs', location: expect.any(String) });
  });

  it('tells someone from a PO school before they click that the session is for other sectors; an exception opens it', async () => {
    const view = async () => ((await request(f.app).get('/api/tab/meetings').set(as(PEOPLE.ibA.id))).body as MeetingViewDto[])[0]?.sessions[0];
    expect((await view())?.forMe).toBe(false);
    const meeting = (await f.deps.stores.meetings.get('meeting-plg'))!;
    const { version, ...rest } = meeting;
    await f.deps.stores.meetings.upsert({ ...rest, sectorExceptions: [PEOPLE.ibA.id], expectedVersion: version });
    expect((await view())?.forMe).toBe(true);
  });

  it('refuses someone from a PO school with 403 and a Dutch message naming the sectors, and stores nothing', async () => {
    const res = await rsvp(PEOPLE.ibA.id);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      code: 'RSVP.SECTOR_MISMATCH',
      message: 'Deze sessie is voor VO, VSO; je school hoort daar niet bij. Kies een sessie voor jouw sector, of vraag de organisator om een uitzondering.',
    });
    expect(await f.deps.stores.rsvps.forMeeting('meeting-plg')).toEqual([]);
  });

  it('lets them in once the organiser made an exception', async () => {
    const meeting = (await f.deps.stores.meetings.get('meeting-plg'))!;
    const { version, ...rest } = meeting;
    await f.deps.stores.meetings.upsert({ ...rest, sectorExceptions: [PEOPLE.ibA.id], expectedVersion: version });
    const res = await rsvp(PEOPLE.ibA.id);
    expect(res.status).toBe(200);
    expect((res.body as MeetingViewDto).sessions[0]?.myStatus).toBe('booked');
  });
});
