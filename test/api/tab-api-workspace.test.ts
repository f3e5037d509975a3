/**
 * The organiser's workspace through the tab API: create a draft (201), change it with the version read
 * (200; a stale version 409), field errors in Dutch per field (400), send (invitations in the outbox),
 * and only for coördinatoren (403).
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto, MeetingFieldErrorsDto, SavedMeetingDto, SendMeetingDto, WorkspaceDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const session = (day: number, extra: Record<string, unknown> = {}) => ({
  startsAt: `2027-01-${day}T15:30:00+01:00`,
  endsAt: `2027-01-${day}T17:00:00+01:00`,
  location: `Dorpshuis ${day}`,
  onlineUrl: null,
  region: 'noord',
  sectors: ['PO'],
  capacity: 20,
  ...extra,
});

const meeting = (extra: Record<string, unknown> = {}) => ({
  title: 'Thema-avond executieve functies',
  type: 'consultatie',
  description: 'Wat helpt een leerling die moeite heeft met plannen?',
  sessions: [session(12), session(14), session(19), session(21)],
  sessionChoice: 'one',
  audience: { roles: ['ib'], sectors: [], schoolIds: [] },
  registrationDeadline: '2027-01-08T23:59:00+01:00',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [3], attendeesDaysBefore: [1] },
  questions: [{ label: 'Welke vraag neem je mee?', choices: [], required: false }],
  ...extra,
});

const coordinator = as(PEOPLE.coordinator.id);
const create = (body: object, who = coordinator) => request(f.app).post('/api/tab/meetings').set(who).send(body);

describe('tab API: the organiser workspace', () => {
  it('creates a draft of four sessions (201) that is not sent yet', async () => {
    const res = await create({ meeting: meeting() });
    expect(res.status).toBe(201);
    const saved = (res.body as SavedMeetingDto).meeting;
    expect(saved).toMatchObject({ title: 'Thema-avond executieve functies', status: 'concept', organiserId: PEOPLE.coordinator.id });
    expect(saved.sessions.map((s) => s.location)).toEqual(['Dorpshuis 12', 'Dorpshuis 14', 'Dorpshuis 19', 'Dorpshuis 21']);
    expect(await f.deps.stores.meetings.get(saved.id)).toMatchObject({ status: 'concept', version: saved.version });
    expect(await f.deps.stores.outbox.forSubject(saved.id)).toEqual([]);
  });

  it('answers a bad meeting with 400 and a Dutch message beside each field, and stores nothing', async () => {
    const before = (await f.deps.stores.meetings.list({ limit: 100 })).items.length;
    const res = await create({
      meeting: meeting({ title: 'x', sessions: [session(12), session(14, { endsAt: '2027-01-14T15:00:00+01:00', location: null })] }),
    });
    expect(res.status).toBe(400);
    const body = res.body as MeetingFieldErrorsDto;
    expect(body.code).toBe('MEETING.INVALID');
    expect(body.message).toBe('De bijeenkomst is nog niet compleet. Kijk de gemarkeerde velden na.');
    expect(body.fieldErrors).toEqual({
      title: 'Geef de bijeenkomst een titel van 3 tot 120 tekens.',
      'sessions.1.endsAt': 'De eindtijd moet na de begintijd liggen.',
      'sessions.1.location': 'Vul een locatie of een online link in.',
    });
    expect((await f.deps.stores.meetings.list({ limit: 100 })).items.length).toBe(before);
  });

  it('answers in English for an English client', async () => {
    const res = await create({ meeting: meeting({ title: '' }) }).set('Accept-Language', 'en');
    expect((res.body as MeetingFieldErrorsDto).fieldErrors['title']).toBe('Give the meeting a title of 3 to 120 characters.');
  });

  it('refuses an unknown field in the envelope with 400', async () => {
    const res = await create({ meeting: meeting(), status: 'verstuurd' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', fields: ['status'] });
  });

  it('changes a draft with the version it read (200), and refuses a stale version with 409 in Dutch', async () => {
    const first = ((await create({ meeting: meeting() })).body as SavedMeetingDto).meeting;
    const sessions = first.sessions.map((s, i) => ({ ...session(12 + i), id: s.id, capacity: 25 }));
    const put = (version: string, title: string) =>
      request(f.app).put(`/api/tab/meetings/${first.id}`).set(coordinator).send({ version, meeting: meeting({ title, sessions }) });
    const changed = await put(first.version, 'Thema-avond plannen en organiseren');
    expect(changed.status).toBe(200);
    const after = (changed.body as SavedMeetingDto).meeting;
    expect(after.title).toBe('Thema-avond plannen en organiseren');
    expect(after.sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id));
    expect(after.sessions.map((s) => s.capacity)).toEqual([25, 25, 25, 25]);

    const stale = await put(first.version, 'Een oude versie');
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ code: 'STORE.CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.' });
    expect((await f.deps.stores.meetings.get(first.id))?.title).toBe('Thema-avond plannen en organiseren');
  });

  it('keeps what the page does not show (contact person) when a meeting is changed', async () => {
    const first = ((await create({ meeting: meeting() })).body as SavedMeetingDto).meeting;
    const contact = { name: 'Fenna de Boer', email: 'fenna@swv.example', phone: null };
    const withContact = await f.deps.stores.meetings.upsert({ ...first, contact, expectedVersion: first.version });
    if (!withContact.ok) throw new Error('setup');
    const res = await request(f.app)
      .put(`/api/tab/meetings/${first.id}`)
      .set(coordinator)
      .send({ version: withContact.value.version, meeting: meeting({ title: 'Een nieuwe titel' }) });
    expect(res.status).toBe(200);
    expect(await f.deps.stores.meetings.get(first.id)).toMatchObject({ title: 'Een nieuwe titel', contact });
  });

  it('lists saved drafts on the dashboard under "Concepten" (newest first) until they are sent', async () => {
    const first = ((await create({ meeting: meeting({ title: 'Eerste concept' }) })).body as SavedMeetingDto).meeting;
    const second = ((await create({ meeting: meeting({ title: 'Tweede concept', sessions: [session(21), session(12)] }) })).body as SavedMeetingDto).meeting;
    // the fixture's clock stands still: make the second one a day younger in the store
    const stored = await f.deps.stores.meetings.get(second.id);
    await f.deps.stores.meetings.upsert({ ...stored!, createdAt: '2026-11-26T09:00:00.000Z', expectedVersion: stored!.version });
    const board = async () => (await request(f.app).get('/api/tab/dashboard').set(coordinator)).body as DashboardDto;
    const before = await board();
    expect(before.drafts.filter((d) => d.id === first.id || d.id === second.id).map((d) => d.title)).toEqual(['Tweede concept', 'Eerste concept']);
    expect(before.drafts.find((d) => d.id === second.id)).toMatchObject({ type: 'consultatie', firstStartsAt: '2027-01-12T15:30:00+01:00' });
    expect(before.meetings.map((m) => m.id)).not.toContain(first.id);
    await request(f.app).post(`/api/tab/meetings/${first.id}/send`).set(coordinator);
    const after = await board();
    expect(after.drafts.map((d) => d.id)).not.toContain(first.id);
    expect(after.drafts.map((d) => d.id)).toContain(second.id);
    expect(after.meetings.map((m) => m.id)).toContain(first.id);
  });

  it('sends a draft: one invitation per ib’er in the outbox, and the dashboard lists it as sent', async () => {
    const draft = ((await create({ meeting: meeting() })).body as SavedMeetingDto).meeting;
    const sent = await request(f.app).post(`/api/tab/meetings/${draft.id}/send`).set(coordinator);
    expect(sent.status).toBe(200);
    expect(sent.body as SendMeetingDto).toEqual({ queued: 2, audience: 2 });
    const invitations = (await f.deps.stores.outbox.forSubject(draft.id)).filter((o) => o.kind === 'invitation');
    expect(invitations.map((o) => o.personId).sort()).toEqual([PEOPLE.ibA.id, PEOPLE.ibB.id]);
    const board = await request(f.app).get('/api/tab/dashboard').set(coordinator);
    const listed = (board.body as { meetings: { id: string; status: string; sessions: unknown[] }[] }).meetings.find((m) => m.id === draft.id);
    expect(listed).toMatchObject({ status: 'verstuurd' });
    expect(listed?.sessions).toHaveLength(4);
  });

  it('reads a meeting to edit, with the schools to choose from', async () => {
    const res = await request(f.app).get('/api/tab/workspace/meetings/meeting-plg').set(coordinator);
    expect(res.status).toBe(200);
    const body = res.body as WorkspaceDto;
    expect(body.meeting?.title).toBe('PLG ondersteuningsniveaus');
    expect(body.schools.map((s) => s.name)).toEqual(['CBS De Eik', 'OBS De Linde']);
    const missing = await request(f.app).get('/api/tab/workspace/meetings/nope').set(coordinator);
    expect(missing.status).toBe(404);
  });

  it('is for coördinatoren only: staff get 403 with a Dutch message and nothing is stored', async () => {
    const staff = as(PEOPLE.ibA.id);
    const res = await create({ meeting: meeting() }, staff);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ code: 'MEETING.NOT_ORGANISER', message: 'Alleen de organisator of een coördinator kan dit doen.' });
    expect((await request(f.app).get('/api/tab/workspace').set(staff)).status).toBe(403);
    expect((await request(f.app).post('/api/tab/meetings/meeting-plg/send').set(staff)).status).toBe(403);
    const put = await request(f.app).put('/api/tab/meetings/meeting-plg').set(staff).send({ version: 'x', meeting: meeting() });
    expect(put.status).toBe(403);
    expect((await f.deps.stores.meetings.get('meeting-plg'))?.title).toBe('PLG ondersteuningsniveaus');
  });
});
