/**
 * Issue #18, "done when", on both stores: a coördinator's export holds every record the app has of a
 * person; after erasure no store (every SQLite table, every SharePoint list item on every site), no
 * outbox item, no export and no log line contains the person's name or e-mail address (or id), the
 * meeting's counts are unchanged, a second erasure changes nothing, and the person starts fresh.
 * Driven through the tab API as the tab does it.
 */
import pino from 'pino';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErasureResultDto, PersonDataExport, PrivacyPeopleDto, Rsvp } from '@samen/shared';
import { LISTS } from '../../infra/sharepoint/lists.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores, type SqliteStores } from '../../bot/src/store/sqlite/index.js';
import { answeredMarker } from '../../bot/src/usecases/survey-marker.js';
import { resolvePerson } from '../../bot/src/usecases/people.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores, provisionedSite } from '../sharepoint/fake-stores.js';
import { flowCreates } from '../sharepoint/form-responses.js';
import { as, makeFixture, MEETING, NOW, PEOPLE, type Fixture } from '../api/fixture.js';

const IB = PEOPLE.ibA;
const PARENT = { name: 'Ouder Vermeulen', email: 'Ouder.Vermeulen@thuis.example' };
const forbidden = [IB.name, IB.email, IB.id, IB.aadObjectId];

interface Backend {
  readonly stores: Stores;
  /** Every stored value as text, whatever table or list it is in. */
  dump(): string;
  /** What the Power Automate flow stores from Microsoft Forms; false where Forms answers are not kept (SQLite). */
  formAnswer(email: string, name: string): Promise<boolean>;
  close(): Promise<void>;
}

const sqliteBackend = async (): Promise<Backend> => {
  const stores: SqliteStores = await openSqliteStores({ memory: true, clock: () => NOW });
  const db = (stores as unknown as { db: import('better-sqlite3').Database }).db;
  return {
    stores,
    dump: () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
        .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t.name}`).all()))
        .join('\n'),
    formAnswer: async () => false,
    close: () => stores.close(),
  };
};

const sharePointBackend = async (): Promise<Backend> => {
  const fake: GraphFake = await startGraphFake();
  const siteId = await provisionedSite(fake);
  const stores = await fakeStores(fake, { clock: () => NOW, siteId });
  return {
    stores,
    formAnswer: async (email, name) => (await flowCreates(fake, siteId, 'form-plg', [{ ResponseId: 7, Email: email, Name: name, Session: 'Sessie 1', SubmittedAt: NOW.toISOString() }])).length === 1,
    dump: () => [...fake.sites.values()].flatMap((s) => s.lists.flatMap((l) => [...l.items.values()].map((i) => JSON.stringify(i.fields)))).join('\n'),
    close: async () => {
      await stores.close();
      await fake.close();
    },
  };
};

describe.each([
  ['sqlite', sqliteBackend],
  ['sharepoint (Graph fake)', sharePointBackend],
] as const)('AVG export and erasure on %s', (_name, open) => {
  let backend: Backend;
  let f: Fixture;
  let logLines: string[];

  beforeEach(async () => {
    backend = await open();
    logLines = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
    f = await makeFixture(undefined, backend.stores, undefined, logger);
    const s = f.deps.stores;
    // What the person did: booked the last seat (a colleague waits), was reached in chat, got an
    // announcement (read it, passed it on), answered a named and an anonymous survey, is a meeting's
    // contact, has a sector exception, last saved the school's niveau-overzicht.
    expect((await request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(as(IB.id)).send({ sessionId: 'session-1', response: 'attend' })).status).toBe(200);
    expect((await request(f.app).post('/api/tab/meetings/meeting-plg/rsvp').set(as(PEOPLE.teacherA.id)).send({ sessionId: 'session-1', response: 'attend' })).status).toBe(200);
    await s.conversations.save({ personId: IB.id, scope: 'personal', conversationId: 'a:chat-ib-a', reference: { user: { id: IB.aadObjectId, name: IB.name } }, updatedAt: NOW.toISOString() });
    await s.outbox.enqueue([
      { kind: 'invitation', meetingId: MEETING.id, payload: {}, key: `invitation:${MEETING.id}:${IB.id}`, personId: IB.id, notBefore: NOW.toISOString() },
      { kind: 'reminder', meetingId: MEETING.id, payload: { audience: 'attendees', sessionId: 'session-1' }, key: `reminder:${MEETING.id}:${IB.id}`, personId: IB.id, notBefore: '2026-12-09T09:00:00+01:00' },
    ]);
    await s.outbox.markSent(`invitation:${MEETING.id}:${IB.id}`, 'activity-1', NOW);
    const audience = { roles: [], sectors: [], schoolIds: [] };
    await s.announcements.upsert({ id: 'ann-1', title: 'Nieuwe route', text: 'Lees dit.', documentUrl: null, ackLabel: null, deadline: null, audience, reminderDaysBeforeDeadline: [], organiserId: 'coord', status: 'verstuurd', createdAt: NOW.toISOString(), expectedVersion: '' });
    await s.announcements.addRecipients([
      { announcementId: 'ann-1', personId: IB.id, forwardedBy: null, addedAt: NOW.toISOString() },
      { announcementId: 'ann-1', personId: PEOPLE.teacherA.id, forwardedBy: IB.id, addedAt: NOW.toISOString() },
    ]);
    await s.announcements.acknowledge({ announcementId: 'ann-1', personId: IB.id, at: NOW.toISOString() });
    const survey = { title: 'Peiling', intro: '', questions: [{ id: 'q1', kind: 'short' as const, text: 'Hoe?', required: true, options: [] }], perSchool: false, deadline: null, audience, reminderDaysBeforeDeadline: [], formsUrl: null, organiserId: 'coord', status: 'verstuurd' as const, createdAt: NOW.toISOString(), expectedVersion: '' };
    await s.surveys.upsert({ ...survey, id: 'survey-named', anonymous: false });
    await s.surveys.upsert({ ...survey, id: 'survey-anon', title: 'Anonieme peiling', anonymous: true });
    await s.surveys.saveResponse({ response: { id: 'resp-1', surveyId: 'survey-named', personId: IB.id, schoolId: 'school-a', roles: ['ib'], answers: { q1: 'Prima' }, submittedAt: NOW.toISOString() }, expectedVersion: '', markAnswered: false }, null);
    await s.surveys.saveResponse(
      { response: { id: 'resp-2', surveyId: 'survey-anon', personId: null, schoolId: null, roles: [], answers: { q1: 'Anoniem' }, submittedAt: '2026-11-25' }, expectedVersion: '', markAnswered: true },
      answeredMarker(f.deps.secrets.surveyMarker, 'survey-anon', IB.id),
    );
    await s.meetings.upsert({ ...MEETING, id: 'meeting-contact', title: 'Consultatie', contact: { name: IB.name, email: IB.email, phone: null }, sectorExceptions: [IB.id], expectedVersion: '' });
    await s.niveaus.save({ schoolId: 'school-a', levels: [], updatedAt: NOW.toISOString(), updatedBy: IB.id, expectedVersion: '' });
    // They shared the school's reflection with the partnership (a grant carries who gave it), and set a
    // reflection deadline (its stamp names who set it).
    await s.reflections.save({
      schoolId: 'school-a', schoolYear: '2026-2027', frameworkRevision: 1, answers: {}, status: 'concept',
      grants: [{ kind: 'swv', grantedBy: IB.id, grantedAt: NOW.toISOString() }],
      updatedAt: NOW.toISOString(), updatedBy: PEOPLE.teacherA.id, expectedVersion: '',
    });
    await s.reflectionDeadlines.save({ schoolYear: '2026-2027', date: '2027-03-15', reminderDaysBefore: [14], updatedAt: NOW.toISOString(), updatedBy: IB.id, expectedVersion: '' });
    // Someone from outside registered for the meeting through Forms.
    await s.registrants.upsert({ id: 'ext-1', meetingId: MEETING.id, ...PARENT, role: 'ouder', sector: 'PO', createdAt: NOW.toISOString(), expectedVersion: '' });
    const parentRsvp: Rsvp = { id: 'rsvp-forms-1', meetingId: MEETING.id, sessionId: 'session-1', personId: 'ext-1', status: 'waitlisted', statusSince: NOW.toISOString(), source: 'forms', version: '' };
    await s.rsvps.transact(MEETING.id, () => ({ ok: true, value: { writes: [parentRsvp] } }));
  });
  afterEach(async () => {
    await f.close();
  });

  const statuses = async () => (await f.deps.stores.rsvps.forMeeting(MEETING.id)).map((r) => r.status).sort();
  const exportAs = (who: string, subject: unknown, format = 'json') => request(f.app).post(`/api/tab/privacy/export?format=${format}`).set(as(who)).send({ subject });
  const erase = (subject: unknown) => request(f.app).post('/api/tab/privacy/erase').set(as(PEOPLE.coordinator.id)).send({ subject, confirm: true });

  it("exports every record of a staff member: profile, RSVP, chat, announcement, survey answers, messages, meeting roles, document stamp", async () => {
    const res = await exportAs(PEOPLE.coordinator.id, { kind: 'staff', personId: IB.id });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?gegevens-2026-11-25\.json/);
    const data = JSON.parse(res.text) as PersonDataExport;
    expect(data.profile).toMatchObject({ name: IB.name, email: IB.email, roles: ['ib'], schools: [{ id: 'school-a', name: 'OBS De Linde' }] });
    expect(data.rsvps).toEqual([expect.objectContaining({ meetingTitle: MEETING.title, sessionId: 'session-1', status: 'booked', sessionStartsAt: '2026-12-10T09:00:00+01:00' })]);
    expect(data.chats).toEqual([{ scope: 'personal', updatedAt: NOW.toISOString() }]);
    expect(data.announcements.map((a) => `${a.title}:${a.as}:${a.acknowledgedAt !== null}`).sort()).toEqual(['Nieuwe route:forwarder:false', 'Nieuwe route:recipient:true']);
    expect(data.surveyAnswers).toEqual([expect.objectContaining({ title: 'Peiling', answers: { q1: 'Prima' } })]);
    expect(data.anonymousSurveys).toEqual([{ surveyId: 'survey-anon', title: 'Anonieme peiling' }]);
    expect(data.messages.map((m) => `${m.kind}:${m.status}`).sort()).toEqual(['invitation:sent', 'reminder:pending']);
    expect(data.organised.map((o) => `${o.id}:${o.role}`).sort()).toEqual(['meeting-contact:contact', 'meeting-contact:sectorException']);
    expect(data.documentEdits.map((d) => `${d.record}:${d.owner}`).sort()).toEqual(['niveau:school-a', 'reflectionDeadline:2026-2027', 'reflectionGrant:school-a']);
    expect(data.registrations).toEqual([]);

    const html = await exportAs(PEOPLE.coordinator.id, { kind: 'staff', personId: IB.id }, 'html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain('<html lang="nl">');
    expect(html.text).toContain(`Gegevens van ${IB.name}`);
    expect(html.text).toContain('Aanmeldingen voor bijeenkomsten');
    expect(html.text).toContain(MEETING.title);
  });

  it('exports an external registrant by address (any case), and a staff member only their own data', async () => {
    const res = await exportAs(PEOPLE.coordinator.id, { kind: 'registrant', email: 'ouder.vermeulen@THUIS.example' });
    expect(res.status).toBe(200);
    const data = JSON.parse(res.text) as PersonDataExport;
    expect(data.registrations).toEqual([expect.objectContaining({ name: PARENT.name, email: PARENT.email, meetingTitle: MEETING.title })]);
    expect(data.rsvps).toEqual([expect.objectContaining({ status: 'waitlisted', source: 'forms' })]);

    const mine = await request(f.app).get('/api/tab/privacy/mine').set(as(PEOPLE.teacherA.id));
    expect(mine.status).toBe(200);
    const own = JSON.parse(mine.text) as PersonDataExport;
    expect(own.profile?.id).toBe(PEOPLE.teacherA.id);
    expect(mine.text).not.toContain(IB.email);
    // A staff member cannot ask for someone else, erase, or see the list.
    expect((await exportAs(PEOPLE.teacherA.id, { kind: 'staff', personId: IB.id })).status).toBe(403);
    expect((await request(f.app).post('/api/tab/privacy/erase').set(as(PEOPLE.teacherA.id)).send({ subject: { kind: 'staff', personId: IB.id }, confirm: true })).status).toBe(403);
    expect((await request(f.app).get('/api/tab/privacy/people').set(as(PEOPLE.teacherA.id))).status).toBe(403);
    // Bad input: a clear Dutch 400, never a crash.
    const bad = await exportAs(PEOPLE.coordinator.id, { kind: 'registrant', email: 'geen adres' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY' });
    expect((await request(f.app).post('/api/tab/privacy/erase').set(as(PEOPLE.coordinator.id)).send({ subject: { kind: 'staff', personId: IB.id } })).status).toBe(400);
    expect((await exportAs(PEOPLE.coordinator.id, { kind: 'staff', personId: 'nobody' })).status).toBe(404);
  });

  it('erases a staff member: nothing of them is left anywhere, counts stay, again changes nothing, they start fresh', async () => {
    const before = await statuses();
    for (const text of forbidden) expect(backend.dump()).toContain(text);

    const res = await erase({ kind: 'staff', personId: IB.id });
    expect(res.status).toBe(200);
    const result = res.body as ErasureResultDto;
    expect(result.erased).toBe(true);
    expect(result.counts).toMatchObject({ profile: 1, conversations: 1, pendingMessages: 1, messages: 1, rsvps: 1, announcementRecipients: 2, acknowledgements: 1, surveyResponses: 1, meetingContacts: 1, sectorExceptions: 1 });
    // Niveau stamp, deadline stamp, the grant (SharePoint also rewrites the partnership site's mirror and shared copy).
    expect(result.counts.stamps).toBeGreaterThanOrEqual(3);

    const dump = backend.dump();
    for (const text of forbidden) expect(dump).not.toContain(text);
    expect(await statuses()).toEqual(before);
    const outbox = await f.deps.stores.outbox.forSubject(MEETING.id);
    expect(outbox.map((m) => m.status)).toEqual(['sent']);
    expect(JSON.stringify(outbox)).not.toContain(IB.id);
    // Another person's export, the people list and the log lines say nothing of them either.
    const other = await exportAs(PEOPLE.coordinator.id, { kind: 'staff', personId: PEOPLE.teacherA.id });
    const people = await request(f.app).get('/api/tab/privacy/people').set(as(PEOPLE.coordinator.id));
    for (const text of [IB.name, IB.email]) {
      expect(other.text).not.toContain(text);
      expect(people.text).not.toContain(text);
      expect(logLines.join('\n')).not.toContain(text);
    }
    const log = (people.body as PrivacyPeopleDto).erasures;
    expect(log).toEqual([expect.objectContaining({ byPersonId: 'coord', subjectKind: 'staff', id: result.logEntryId })]);

    const again = await erase({ kind: 'staff', personId: IB.id });
    expect(again.body).toMatchObject({ erased: false, logEntryId: null });
    expect(((await request(f.app).get('/api/tab/privacy/people').set(as(PEOPLE.coordinator.id))).body as PrivacyPeopleDto).erasures).toHaveLength(1);
    expect(backend.dump()).toBe(dump);

    // Their tab token opens nothing any more; when they reinstall the bot, they start as a new, empty person.
    expect((await request(f.app).get('/api/tab/me').set(as(IB.id))).status).toBe(403);
    const fresh = await resolvePerson(f.deps, { aadObjectId: IB.aadObjectId, name: IB.name, email: IB.email, locale: 'nl' });
    expect(fresh.ok && fresh.value.id).not.toBe(IB.id);
    expect(fresh.ok && fresh.value.schoolIds).toEqual([]);
    const mine = JSON.parse((await request(f.app).get('/api/tab/privacy/mine').set(as(IB.id))).text) as PersonDataExport;
    expect(mine.rsvps).toEqual([]);
    expect(mine.anonymousSurveys).toEqual([]);
  });

  it('erases an external registrant: record and Forms answers gone everywhere, their place still counts', async () => {
    const forms = await backend.formAnswer('ouder.VERMEULEN@thuis.example', PARENT.name);
    const exported = JSON.parse((await exportAs(PEOPLE.coordinator.id, { kind: 'registrant', email: PARENT.email })).text) as PersonDataExport;
    expect(exported.formAnswers.map((a) => `${a.formId}#${a.responseId}`)).toEqual(forms ? ['form-plg#7'] : []);
    const before = await statuses();
    const res = await erase({ kind: 'registrant', email: PARENT.email.toUpperCase() });
    expect(res.body).toMatchObject({ erased: true, counts: expect.objectContaining({ registrants: 1, rsvps: 1, formAnswers: forms ? 1 : 0 }) });
    const dump = backend.dump();
    for (const text of [PARENT.name, PARENT.email, PARENT.email.toLowerCase(), 'ext-1']) expect(dump).not.toContain(text);
    expect(await statuses()).toEqual(before);
    expect(backend.dump()).toContain(IB.email);
  });

  it('keeps the erasure log free of whom: no name, address or id of the erased person', async () => {
    await erase({ kind: 'staff', personId: IB.id });
    const list = LISTS.erasures.name;
    expect(list).toBe('Verwijderverzoeken');
    const entries = await f.deps.stores.erasures.list();
    expect(entries).toHaveLength(1);
    for (const text of forbidden) expect(JSON.stringify(entries)).not.toContain(text);
  });
});
