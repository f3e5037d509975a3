import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideRsvp, decideRsvpOn, fail, ok, sliceScope, type Meeting, type Rsvp, type RsvpSlice } from '@samen/shared';
import { aMeeting, anOutboxItem, aSchool, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import { StorageUnavailable } from '../../bot/src/store/errors.js';
import { MIGRATIONS, migrate, openSqliteStores, SQLITE_FILE_NAME } from '../../bot/src/store/sqlite/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samen-sqlite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const raw = () => new BetterSqlite3(join(dir, SQLITE_FILE_NAME));

describe('opening the SQLite store', () => {
  it('creates the data folder and the database file in WAL mode', async () => {
    const stores = await openSqliteStores({ dataDir: join(dir, 'nested', 'data') });
    await stores.close();
    const db = new BetterSqlite3(join(dir, 'nested', 'data', SQLITE_FILE_NAME));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies every migration once, however often it is reopened', async () => {
    for (let i = 0; i < 3; i++) await (await openSqliteStores({ dataDir: dir })).close();
    const db = raw();
    const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toBe(0);
    db.close();
  });

  it('indexes the schools of people already in a file made before the membership index', async () => {
    const db = raw();
    migrate(db, MIGRATIONS.filter((m) => m.version < 5));
    db.prepare(
      `INSERT INTO people (id, version, aad_object_id, name, email, locale, school_ids, roles)
       VALUES ('person-old', 1, 'aad-old', 'Oud', 'oud@school.example', 'nl', '["school-x","school-y"]', '["ib"]')`,
    ).run();
    db.close();
    const stores = await openSqliteStores({ dataDir: dir });
    expect((await stores.people.atSchools(['school-y'])).map((p) => p.id)).toEqual(['person-old']);
    await stores.close();
  });

  it('refuses a file written by a newer version of the app', async () => {
    await (await openSqliteStores({ dataDir: dir })).close();
    const db = raw();
    db.prepare("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01T00:00:00Z')").run();
    db.close();
    await expect(openSqliteStores({ dataDir: dir })).rejects.toThrow(/newer/);
  });

  it('keeps data across a restart', async () => {
    const first = await openSqliteStores({ dataDir: dir });
    const school = value(await first.schools.upsert(aSchool(1)));
    await first.close();
    const second = await openSqliteStores({ dataDir: dir });
    expect(await second.schools.get(school.id)).toEqual(school);
    await second.close();
  });
});

describe('SQLite failures reach callers as store errors', () => {
  it('reports a write that cannot get the lock in time as STORE.UNAVAILABLE', async () => {
    const stores = await openSqliteStores({ dataDir: dir, busyTimeoutMs: 20 });
    const other = raw();
    other.exec('BEGIN IMMEDIATE');
    const result = await stores.schools.upsert(aSchool(1));
    other.exec('ROLLBACK');
    other.close();
    expect(result).toEqual({ ok: false, error: { code: 'STORE.UNAVAILABLE' } });
    await stores.close();
  });

  it('throws StorageUnavailable for a stored row that is no longer valid', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    await stores.schools.upsert(aSchool(1));
    const db = raw();
    db.prepare("UPDATE schools SET sector = 'XX'").run();
    db.close();
    await expect(stores.schools.get('school-0001')).rejects.toBeInstanceOf(StorageUnavailable);
    await stores.close();
  });

  it('gives a stored outbox row it cannot read up as unreadable, in the file too, and claims the rest', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    await stores.outbox.enqueue([anOutboxItem('good')]);
    const db = raw();
    db.prepare(
      `INSERT INTO outbox (key, kind, person_id, meeting_id, payload, status, attempts, not_before, not_before_ms, last_error, activity_id, updated_at)
       VALUES ('odd', 'fax', 'person-0001', 'meeting-0001', '{}', 'pending', 0, ?, 0, NULL, NULL, ?), ('torn', 'invitation', 'person-0001', 'meeting-0001', '{not json', 'pending', 0, ?, 0, NULL, NULL, ?)`,
    ).run(NOW.toISOString(), NOW.toISOString(), NOW.toISOString(), NOW.toISOString());
    const claimed = await stores.outbox.claim(NOW, 10);
    expect(claimed.items.map((i) => i.key)).toEqual(['good']);
    expect(claimed.unreadable.map((u) => u.key)).toEqual(['odd', 'torn']);
    expect(db.prepare("SELECT key, status, last_error FROM outbox WHERE key <> 'good' ORDER BY key").all()).toEqual([
      { key: 'odd', status: 'failed', last_error: 'unreadable' },
      { key: 'torn', status: 'failed', last_error: 'unreadable' },
    ]);
    db.close();
    await stores.close();
  });

  it('throws StorageUnavailable when used after close, and refuses writes', async () => {
    const stores = await openSqliteStores({ memory: true });
    await stores.close();
    await expect(stores.meetings.get('meeting-0001')).rejects.toBeInstanceOf(StorageUnavailable);
    await expect(stores.outbox.claim(NOW, 1)).rejects.toBeInstanceOf(StorageUnavailable);
    expect(await stores.schools.upsert(aSchool(1))).toEqual({ ok: false, error: { code: 'STORE.UNAVAILABLE' } });
  });
});

const lastSeatMeetings = (count: number): Meeting[] =>
  Array.from({ length: count }, (_, i) => ({
    ...aMeeting(i + 1, { sessions: [aSession(1, { capacity: 1 })] }),
    version: '1',
  }));

const RACER = new URL('./rsvp-race.worker.ts', import.meta.url).href;

const race = (personId: string, meetings: readonly Meeting[], barrier: SharedArrayBuffer, racers: number) =>
  new Promise<string[]>((resolve, reject) => {
    const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
      workerData: { entry: RACER, dataDir: dir, personId, meetings, now: NOW.toISOString(), barrier, racers },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`racer ${personId} exited (${code}) without an answer`)));
  });

describe('two processes answering for the last seat', () => {
  it('books exactly one person and waitlists the other, for every meeting', async () => {
    await (await openSqliteStores({ dataDir: dir })).close();
    const meetings = lastSeatMeetings(20);
    const barrier = new SharedArrayBuffer(4);
    const results = await Promise.all([race('person-a', meetings, barrier, 2), race('person-b', meetings, barrier, 2)]);
    expect(results.flat().every((code) => code === 'ok')).toBe(true);
    const stores = await openSqliteStores({ dataDir: dir });
    for (const meeting of meetings) {
      const statuses = (await stores.rsvps.forMeeting(meeting.id)).map((r) => r.status).sort();
      expect(statuses, meeting.id).toEqual(['booked', 'waitlisted']);
    }
    await stores.close();
  });

  it('books one of two stores on the same file answering at the same time', async () => {
    const [a, b] = [await openSqliteStores({ dataDir: dir }), await openSqliteStores({ dataDir: dir })];
    const [meeting] = lastSeatMeetings(1) as [Meeting];
    const attend = (personId: string) => (current: readonly Rsvp[]) =>
      decideRsvp(
        meeting,
        current,
        { meetingId: meeting.id, sessionId: 'session-1', personId, response: 'attend', source: 'card' },
        NOW,
        () => `${personId}-1`,
      );
    await Promise.all([
      a.rsvps.transact(meeting.id, attend('person-a')),
      b.rsvps.transact(meeting.id, attend('person-b')),
    ]);
    const statuses = (await b.rsvps.forMeeting(meeting.id)).map((r) => r.status).sort();
    expect(statuses).toEqual(['booked', 'waitlisted']);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('RSVP answers asked in the same turn: one transaction, one commit', () => {
  const [meeting] = lastSeatMeetings(1) as [Meeting];
  const twoSeats: Meeting = { ...meeting, sessions: [aSession(1, { capacity: 2 })] };
  let seq = 0;
  const attend = (personId: string) => (slice: RsvpSlice) =>
    decideRsvpOn(twoSeats, slice, { meetingId: twoSeats.id, sessionId: 'session-1', personId, response: 'attend', source: 'card' }, NOW, () => `rsvp-${String(++seq).padStart(3, '0')}`);
  const answer = (stores: Awaited<ReturnType<typeof openSqliteStores>>, personId: string) =>
    stores.rsvps.transactFor(twoSeats.id, sliceScope(twoSeats, personId), attend(personId));

  it('decides in the order asked, each on what the ones before wrote; a refusal, a lost race or a bug touch only their own caller', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    const stale: Rsvp = { id: 'rsvp-stale', meetingId: twoSeats.id, sessionId: 'session-1', personId: 'person-s', status: 'booked', statusSince: NOW.toISOString(), source: 'card', version: '7' };
    const results = await Promise.all([
      answer(stores, 'person-1'),
      stores.rsvps.transactFor(twoSeats.id, sliceScope(twoSeats, 'person-r'), () => fail('RSVP.DEADLINE_PASSED')),
      answer(stores, 'person-2'),
      stores.rsvps.transactFor(twoSeats.id, sliceScope(twoSeats, 'person-s'), () => ok({ writes: [stale] })),
      stores.rsvps
        .transactFor(twoSeats.id, sliceScope(twoSeats, 'person-b'), () => {
          throw new TypeError('a bug');
        })
        .catch((e: unknown) => e),
      answer(stores, 'person-3'),
      answer(stores, 'person-4'),
    ]);
    expect(results[1]).toEqual({ ok: false, error: { code: 'RSVP.DEADLINE_PASSED' } });
    expect(results[3]).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
    expect(results[4]).toBeInstanceOf(TypeError);
    const answered = [results[0], results[2], results[5], results[6]].map((r) => value(r as Parameters<typeof value>[0]) as { after: RsvpSlice });
    expect(answered.map((a) => a.after.own.map((r) => r.status))).toEqual([['booked'], ['booked'], ['waitlisted'], ['waitlisted']]);
    expect(answered.map((a) => a.after.waitlistPositions['session-1'] ?? null)).toEqual([null, null, 1, 2]);
    const stored = Object.fromEntries((await stores.rsvps.forMeeting(twoSeats.id)).map((r) => [r.personId, r.status]));
    expect(stored).toEqual({ 'person-1': 'booked', 'person-2': 'booked', 'person-3': 'waitlisted', 'person-4': 'waitlisted' });
    await stores.close();
  });

  it('hands each caller its answer in a turn of its own: the first answer is sent before the next caller draws its card', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    const heard: string[] = [];
    await Promise.all(
      ['person-1', 'person-2', 'person-3'].map((p) =>
        answer(stores, p).then((result) => {
          heard.push(`${p} ${value(result).after.own[0]?.status}`);
          // Node writes an HTTP answer out on the next tick after res.end.
          process.nextTick(() => heard.push(`${p} sent`));
        }),
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['person-1 booked', 'person-1 sent', 'person-2 booked', 'person-2 sent', 'person-3 waitlisted', 'person-3 sent']);
    await stores.close();
  });

  it('a conversation save refused by the file (one statement, no savepoint) fails alone; the answers and saves around it are kept', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    const other = raw();
    other.exec(`CREATE TRIGGER refuse_conv BEFORE INSERT ON conversations WHEN NEW.conversation_id = 'conv-bad' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    other.close();
    const save = (conversationId: string) =>
      stores.conversations.save({ personId: null, scope: 'personal', conversationId, reference: { conversationId }, updatedAt: NOW.toISOString() });
    const results = await Promise.allSettled([answer(stores, 'person-1'), save('conv-good-1'), save('conv-bad'), save('conv-good-2'), answer(stores, 'person-2')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await stores.conversations.get('conv-bad')).toBeNull();
    expect((await stores.conversations.get('conv-good-1'))?.reference).toEqual({ conversationId: 'conv-good-1' });
    expect((await stores.conversations.get('conv-good-2'))?.reference).toEqual({ conversationId: 'conv-good-2' });
    expect((await stores.rsvps.forMeeting(twoSeats.id)).map((r) => [r.personId, r.status])).toEqual([
      ['person-1', 'booked'],
      ['person-2', 'booked'],
    ]);
    await stores.close();
  });

  it('answers every step STORE.UNAVAILABLE and writes nothing when the write lock cannot be had', async () => {
    const stores = await openSqliteStores({ dataDir: dir, busyTimeoutMs: 20 });
    const other = raw();
    other.exec('BEGIN IMMEDIATE');
    const results = await Promise.all(['person-1', 'person-2', 'person-3'].map((p) => answer(stores, p)));
    other.exec('ROLLBACK');
    other.close();
    expect(results).toEqual(Array(3).fill({ ok: false, error: { code: 'STORE.UNAVAILABLE' } }));
    expect(await stores.rsvps.forMeeting(twoSeats.id)).toEqual([]);
    await stores.close();
  });
});

describe('meetings read again and again (a storm of clicks)', () => {
  it('are the stored meeting each time: changed through the store or by another process on the same file', async () => {
    const stores = await openSqliteStores({ dataDir: dir });
    const first = value(await stores.meetings.upsert(aMeeting(1)));
    expect(await stores.meetings.get(first.id)).toEqual(first);
    const renamed = value(await stores.meetings.upsert({ ...first, title: 'Nieuwe titel', expectedVersion: first.version }));
    expect(await stores.meetings.get(first.id)).toEqual(renamed);
    const db = raw();
    db.prepare("UPDATE meetings SET data = json_set(data, '$.title', 'Van elders') WHERE id = ?").run(first.id);
    expect((await stores.meetings.get(first.id))?.title).toBe('Van elders');
    db.prepare('DELETE FROM meetings WHERE id = ?').run(first.id);
    expect(await stores.meetings.get(first.id)).toBeNull();
    db.close();
    await stores.close();
  });
});
