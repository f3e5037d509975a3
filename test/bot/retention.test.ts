/**
 * The retention job (#18.3) on both stores, with a fake clock over two school years and a restart
 * in between: a parent who registered through Forms is deleted 8 weeks after the meeting (the RSVP
 * stays, under a pseudonym); after two school years every RSVP, acknowledgement and named survey
 * answer of that year carries a pseudonym instead of a person id, counts unchanged; finished
 * outbox and ledger records go after 90 days, pending ones stay; newer data is untouched. The
 * stored plan makes a restarted server run a missed clean-up, and not repeat one it already did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPseudonym, noRetentionCounts, type Announcement, type Survey } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { createLogger } from '../../bot/src/logger.js';
import { MemoryLedger } from '../../bot/src/store/delivery-ledger.js';
import { aMeeting, anOutboxItem, anRsvp, aSession, value } from '../../bot/src/store/contract/fixtures.js';
import { aRegistrant } from '../../bot/src/store/contract/registrant-contract.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { startRetentionSchedule } from '../../bot/src/usecases/retention/schedule.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores, provisionedSite } from '../sharepoint/fake-stores.js';

const fake = await startGraphFake({ seed: 18 });
afterAll(() => fake.close());

/** Opens the same store again each time (a restart keeps the data). */
type Reopen = (clock: () => Date) => Promise<Stores>;

const sqliteOnFile = (): { reopen: Reopen; cleanUp: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'retention-'));
  return { reopen: (clock) => openSqliteStores({ dataDir: dir, clock }), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
};

const sharePointSite = (): { reopen: Reopen; cleanUp: () => void } => {
  const site = provisionedSite(fake);
  return { reopen: async (clock) => fakeStores(fake, { siteId: await site, clock }), cleanUp: () => undefined };
};

// School year 2025-2026. The old meeting is on 1 December 2025, the new one on 1 October 2026 (2026-2027).
const START = new Date('2025-11-20T10:00:00+01:00');
const OLD = 'meeting-0001';
const NEW = 'meeting-0002';
const announcement: Omit<Announcement, 'version'> = {
  id: 'ann-0001',
  title: 'Nieuwe handreiking',
  text: 'Lees de handreiking voor de volgende bijeenkomst.',
  documentUrl: null,
  ackLabel: null,
  deadline: '2025-12-15T17:00:00+01:00',
  audience: { roles: [], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  organiserId: 'person-0009',
  status: 'verstuurd',
  createdAt: '2025-11-20T10:00:00+01:00',
};
const survey: Omit<Survey, 'version'> = {
  id: 'survey-0001',
  title: 'Hoe was de PLG?',
  intro: '',
  questions: [{ id: 'q1', kind: 'long', text: 'Wat nam je mee?', required: true, options: [] }],
  anonymous: false,
  perSchool: false,
  deadline: '2025-12-20T17:00:00+01:00',
  audience: { roles: [], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  formsUrl: null,
  organiserId: 'person-0009',
  status: 'verstuurd',
  createdAt: '2025-11-20T10:00:00+01:00',
};

describe.each([
  ['sqlite', sqliteOnFile],
  ['sharepoint', sharePointSite],
] as const)('retention over two school years, across a restart (%s)', (_name, makeStore) => {
  let now: Date;
  let store: ReturnType<typeof makeStore>;
  let stores: Stores;
  let ledger: MemoryLedger;
  let deps: Deps;
  const config = loadConfig({ LOG_LEVEL: 'silent' });

  const boot = async (): Promise<void> => {
    stores = await store.reopen(() => now);
    deps = { config, stores, clock: () => now, newId: () => 'unused', logger: createLogger(config), ...TEST_INFRA };
  };
  const restart = async (): Promise<void> => {
    await stores.close();
    await boot();
  };
  /** One check of a freshly started schedule, as at the start of a server. */
  const check = async (): Promise<void> => {
    const schedule = startRetentionSchedule(deps, { ledger, every: () => () => undefined });
    await schedule.tick();
    await schedule.stop();
  };
  const personIds = async (meetingId: string) => (await stores.rsvps.forMeeting(meetingId)).map((r) => r.personId);
  const statusCounts = async (meetingId: string) =>
    (await stores.rsvps.forMeeting(meetingId)).reduce<Record<string, number>>((c, r) => ({ ...c, [r.status]: (c[r.status] ?? 0) + 1 }), {});

  beforeEach(async () => {
    now = START;
    store = makeStore();
    ledger = new MemoryLedger(() => now.getTime());
    await boot();
    const session = (day: string) => aSession(1, { startsAt: `${day}T19:00:00+01:00`, endsAt: `${day}T21:00:00+01:00`, capacity: 2 });
    value(await stores.meetings.upsert(aMeeting(1, { sessions: [session('2025-12-01')], registrationDeadline: null, createdAt: START.toISOString() })));
    value(await stores.meetings.upsert(aMeeting(2, { sessions: [session('2026-10-01')], registrationDeadline: null, createdAt: START.toISOString() })));
    value(await stores.registrants.upsert(aRegistrant(1, { meetingId: OLD })));
    value(await stores.registrants.upsert(aRegistrant(2, { meetingId: NEW })));
    const rsvps = [
      anRsvp(1, { meetingId: OLD }),
      anRsvp(2, { meetingId: OLD }),
      anRsvp(3, { meetingId: OLD, personId: 'ext-0001', status: 'waitlisted', source: 'forms' }),
      anRsvp(4, { meetingId: NEW, personId: 'person-0001' }),
      anRsvp(5, { meetingId: NEW, personId: 'ext-0002', source: 'forms' }),
    ];
    for (const meetingId of [OLD, NEW]) {
      value(await stores.rsvps.transact(meetingId, () => ({ ok: true, value: { writes: rsvps.filter((r) => r.meetingId === meetingId) } })));
    }
    value(await stores.announcements.upsert({ ...announcement, expectedVersion: '' }));
    await stores.announcements.addRecipients([
      { announcementId: announcement.id, personId: 'person-0001', forwardedBy: null, addedAt: START.toISOString() },
      { announcementId: announcement.id, personId: 'person-0002', forwardedBy: 'person-0001', addedAt: START.toISOString() },
    ]);
    await stores.announcements.acknowledge({ announcementId: announcement.id, personId: 'person-0002', at: START.toISOString() });
    value(await stores.surveys.upsert({ ...survey, expectedVersion: '' }));
    const answer = { surveyId: survey.id, schoolId: 'school-0001', roles: ['ib'] as const, answers: { q1: 'Meer tijd voor elkaar' }, submittedAt: START.toISOString() };
    value(await stores.surveys.saveResponse({ response: { ...answer, id: 'resp-1', personId: 'person-0001' }, expectedVersion: '', markAnswered: false }, null));
    // Sent on the day; the second is still waiting (a retry that never came).
    await stores.outbox.enqueue([anOutboxItem('invite-1', START.toISOString()), anOutboxItem('invite-2', START.toISOString(), undefined, 'person-0002')]);
    await stores.outbox.markSent('invite-1', 'activity-1', START);
    await ledger.begin('invite-1');
    await ledger.confirm('invite-1', 'activity-1');
  });

  afterEach(async () => {
    await stores.close();
    store.cleanUp();
  });

  it('deletes the registrant after 8 weeks, pseudonymises a school year after the next, purges delivery records after 90 days', async () => {
    // The day after the meeting, 03:00: nothing is old enough yet.
    now = new Date('2025-12-02T03:00:00+01:00');
    await check();
    const first = await stores.retention.lastRun();
    expect(first?.counts).toEqual(noRetentionCounts());
    expect(first?.nextRunAt).toBe('2025-12-03T02:00:00.000Z');

    // Later that day nothing runs: the next clean-up is planned for tomorrow 03:00.
    now = new Date('2025-12-02T15:00:00+01:00');
    await check();
    expect((await stores.retention.lastRun())?.ranAt).toBe(first?.ranAt);

    // 9 weeks after the meeting: the parent's name and address are gone, the place on the list is not.
    now = new Date('2026-02-02T03:00:00+01:00');
    await check();
    // The invitation sent on 20 November is 74 days old: it stays until 90 days have passed.
    expect((await stores.retention.lastRun())?.counts).toMatchObject({ registrantsDeleted: 1, rsvpsPseudonymised: 1, outboxDeleted: 0, ledgerDeleted: 0 });
    expect(await stores.registrants.forMeeting(OLD)).toEqual([]);
    expect((await personIds(OLD)).filter(isPseudonym)).toHaveLength(1);
    expect(await personIds(OLD)).toEqual(expect.arrayContaining(['person-0001', 'person-0002']));
    expect(await statusCounts(OLD)).toEqual({ booked: 2, waitlisted: 1 });
    // The other meeting's registrant stays until 8 weeks after that meeting.
    expect((await stores.registrants.forMeeting(NEW)).map((r) => r.id)).toEqual(['ext-0002']);
    expect((await stores.outbox.forSubject(OLD)).map((i) => i.key)).toEqual(['invite-1', 'invite-2']);

    // The server restarts; it is down over the summer. Two school years on (2027-2028), its first check runs the clean-up.
    await restart();
    now = new Date('2027-08-05T11:20:00+02:00');
    await check();
    const run = await stores.retention.lastRun();
    expect(run?.ranAt).toBe(now.toISOString());
    expect(run?.counts).toEqual({
      registrantsDeleted: 1,
      rsvpsPseudonymised: 3,
      acknowledgementsPseudonymised: 1,
      recipientsPseudonymised: 2,
      surveyAnswersPseudonymised: 1,
      outboxDeleted: 1,
      ledgerDeleted: 1,
    });
    // The sent invitation and its ledger entry are gone; the one still waiting stays.
    expect((await stores.outbox.forSubject(OLD)).map((i) => [i.key, i.status])).toEqual([['invite-2', 'pending']]);
    expect(await ledger.get('invite-1')).toBeNull();
    // 2025-2026: no person id left, counts and statuses as they were; a person's pseudonym is the same in
    // the recipients and the acknowledgements, so "read by 1 of 2" still adds up.
    expect((await personIds(OLD)).every(isPseudonym)).toBe(true);
    expect(new Set(await personIds(OLD)).size).toBe(3);
    expect(await statusCounts(OLD)).toEqual({ booked: 2, waitlisted: 1 });
    const recipients = await stores.announcements.recipients(announcement.id);
    const acks = await stores.announcements.acknowledgements(announcement.id);
    expect(recipients).toHaveLength(2);
    expect(recipients.every((r) => isPseudonym(r.personId))).toBe(true);
    expect(acks).toHaveLength(1);
    expect(recipients.map((r) => r.personId)).toContain(acks[0]?.personId);
    expect(recipients.find((r) => r.personId === acks[0]?.personId)?.forwardedBy).toBe(recipients.find((r) => r.forwardedBy === null)?.personId);
    const [response] = await stores.surveys.responses(survey.id);
    expect(response).toMatchObject({ schoolId: 'school-0001', answers: { q1: 'Meer tijd voor elkaar' } });
    expect(isPseudonym(response?.personId ?? '')).toBe(true);
    expect(await stores.surveys.responseOf(survey.id, 'person-0001')).toBeNull();
    // 2026-2027 keeps its names; only the outsider is gone from it (8 weeks after that meeting).
    expect(await personIds(NEW)).toContain('person-0001');
    expect(await stores.registrants.forMeeting(NEW)).toEqual([]);
    expect((await personIds(NEW)).filter(isPseudonym)).toHaveLength(1);

    // Restarted again after the next planned moment: it runs, finds nothing left to do, changes nothing.
    const before = { old: await personIds(OLD), recipients };
    await restart();
    now = new Date('2027-08-06T03:05:00+02:00');
    await check();
    expect(Object.values((await stores.retention.lastRun())?.counts ?? {}).every((n) => n === 0)).toBe(true);
    expect(await personIds(OLD)).toEqual(before.old);
    expect(await stores.announcements.recipients(announcement.id)).toEqual(before.recipients);
  });

  it('does every window at once when the first clean-up comes late, with the same result', async () => {
    now = new Date('2027-08-05T11:20:00+02:00');
    await check();
    expect((await stores.retention.lastRun())?.counts).toEqual({
      registrantsDeleted: 2,
      rsvpsPseudonymised: 4,
      acknowledgementsPseudonymised: 1,
      recipientsPseudonymised: 2,
      surveyAnswersPseudonymised: 1,
      outboxDeleted: 1,
      ledgerDeleted: 1,
    });
    expect((await personIds(OLD)).every(isPseudonym)).toBe(true);
    expect(await personIds(NEW)).toContain('person-0001');
  });
});
