import { describe, expect, it } from 'vitest';
import { decideRsvp, decideRsvpOn, fail, ok, sliceOf, sliceScope, waitlistHeadLength, type Meeting, type Rsvp, type RsvpResponse, type RsvpSlice } from '@samen/shared';
import { aMeeting, anRsvp, aSession, NOW, value, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';

const lastSeatMeeting = (): Meeting => ({
  ...aMeeting(1, { sessions: [aSession(1, { capacity: 1 })] }),
  version: '1',
});

let seq = 0;
const newId = (): string => `rsvp-gen-${++seq}`;

/** What a card click does: the pure rule inside the store's transaction. */
const attend = (meeting: Meeting, personId: string) => (current: readonly Rsvp[]) =>
  decideRsvp(
    meeting,
    current,
    { meetingId: meeting.id, sessionId: 'session-1', personId, response: 'attend', source: 'card' },
    NOW,
    newId,
  );

/** The same click on the person's slice (`transactFor`), as the RSVP use case runs it. */
const answerOnSlice = (meeting: Meeting, personId: string, response: RsvpResponse = 'attend') => (slice: RsvpSlice) =>
  decideRsvpOn(meeting, slice, { meetingId: meeting.id, sessionId: response === 'attend' ? 'session-1' : null, personId, response, source: 'card' }, NOW, newId);

export const runRsvpStoreContract = (make: MakeStores): void => {
  describe('RsvpStore', () => {
    const stores = useStores(make);
    const writeAll = (writes: readonly Rsvp[]) => stores().rsvps.transact('meeting-0001', () => ok({ writes }));

    it("stores a transaction's writes and finds them by meeting and by person", async () => {
      const result = value(
        await writeAll([anRsvp(1), anRsvp(2), anRsvp(3, { meetingId: 'meeting-0001', sessionId: 'session-2' })]),
      );
      expect(result.writes.every((w) => w.version !== '')).toBe(true);
      expect(await stores().rsvps.forMeeting('meeting-0001')).toHaveLength(3);
      expect(await stores().rsvps.forPerson('person-0002')).toEqual([
        { ...anRsvp(2), version: result.writes[1]?.version },
      ]);
      expect(await stores().rsvps.forMeeting('meeting-0404')).toEqual([]);
    });

    it('keeps the answers given with an RSVP, and a meeting’s questions', async () => {
      const answers = { q1: 'Hoe organiseren we 3 × 20 minuten op niveau 3?', q2: 'vegetarisch' };
      value(await writeAll([anRsvp(1, { answers })]));
      expect((await stores().rsvps.forMeeting('meeting-0001'))[0]?.answers).toEqual(answers);
      const questions = [{ id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: true }];
      const meeting = value(await stores().meetings.upsert({ ...aMeeting(7), questions, expectedVersion: '' }));
      expect((await stores().meetings.get(meeting.id))?.questions).toEqual(questions);
    });

    it('keeps the audience "niet bij …" of a repeat meeting (by person or by school)', async () => {
      for (const [n, by] of [[9, 'person'], [10, 'school']] as const) {
        const audience = { roles: ['ib' as const], sectors: [], schoolIds: [], notAttended: { meetingId: 'meeting-0001', by } };
        const made = value(await stores().meetings.upsert({ ...aMeeting(n), audience, expectedVersion: '' }));
        expect((await stores().meetings.get(made.id))?.audience).toEqual(audience);
      }
    });

    it('keeps an application, its outcome and the attendance taken afterwards', async () => {
      const written = value(await writeAll([anRsvp(1, { status: 'applied' }), anRsvp(2, { status: 'not-selected', attended: false })]));
      const [applied] = written.writes;
      value(await writeAll([{ ...anRsvp(1, { status: 'booked', attended: true }), version: applied?.version ?? '' }]));
      const stored = await stores().rsvps.forMeeting('meeting-0001');
      expect(stored.map((r) => [r.id, r.status, r.attended])).toEqual([
        ['rsvp-0001', 'booked', true],
        ['rsvp-0002', 'not-selected', false],
      ]);
    });

    it('keeps a meeting in aanvraag mode with named sessions and a contact person', async () => {
      const contact = { name: 'Coördinator Zuid', email: 'zuid@swv.example', phone: null };
      const made = value(
        await stores().meetings.upsert({
          ...aMeeting(8, { sessions: [aSession(1, { name: 'Regio Noord — Wolvega', sectors: ['VO'] })] }),
          registrationMode: 'aanvraag',
          confirmDaysBefore: 10,
          selectionConfirmedAt: null,
          contact,
          sectorExceptions: ['person-0009'],
        }),
      );
      const read = await stores().meetings.get(made.id);
      expect(read).toEqual(made);
      expect(read).toMatchObject({ registrationMode: 'aanvraag', confirmDaysBefore: 10, contact, sectorExceptions: ['person-0009'] });
      expect(read?.sessions[0]?.name).toBe('Regio Noord — Wolvega');
    });

    it('hands decide the current RSVPs of that meeting only', async () => {
      await writeAll([anRsvp(1)]);
      await stores().rsvps.transact('meeting-0002', () => ok({ writes: [anRsvp(2, { meetingId: 'meeting-0002' })] }));
      let seen: readonly Rsvp[] = [];
      await stores().rsvps.transact('meeting-0001', (current) => {
        seen = current;
        return ok({ writes: [] });
      });
      expect(seen.map((r) => r.id)).toEqual(['rsvp-0001']);
    });

    it('writes nothing and returns the failure when decide refuses', async () => {
      const result = await stores().rsvps.transact('meeting-0001', () => fail('RSVP.DEADLINE_PASSED'));
      expect(result).toEqual({ ok: false, error: { code: 'RSVP.DEADLINE_PASSED' } });
      expect(await stores().rsvps.forMeeting('meeting-0001')).toEqual([]);
    });

    it('updates a record with the version it was read with, returning the new version', async () => {
      const [first] = value(await writeAll([anRsvp(1)])).writes;
      const [second] = value(await writeAll([{ ...first!, status: 'declined' }])).writes;
      expect(second?.version).not.toBe(first?.version);
      expect(await stores().rsvps.forMeeting('meeting-0001')).toEqual([second]);
    });

    it('refuses a batch with a stale version and writes none of it', async () => {
      const [first] = value(await writeAll([anRsvp(1)])).writes;
      await writeAll([{ ...first!, status: 'declined' }]);
      const stale = await writeAll([anRsvp(2), { ...first!, status: 'maybe' }]);
      expect(stale).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
      const now = await stores().rsvps.forMeeting('meeting-0001');
      expect(now.map((r) => [r.id, r.status])).toEqual([['rsvp-0001', 'declined']]);
    });

    it('refuses to create a record that already exists', async () => {
      await writeAll([anRsvp(1)]);
      expect(await writeAll([anRsvp(1, { status: 'maybe' })])).toEqual({
        ok: false,
        error: { code: 'STORE.CONFLICT' },
      });
    });

    it('refuses a write for another meeting than the one transacted', async () => {
      expect(await writeAll([anRsvp(1, { meetingId: 'meeting-0002' })])).toEqual({
        ok: false,
        error: { code: 'STORE.CONFLICT' },
      });
      expect(await stores().rsvps.forPerson('person-0001')).toEqual([]);
    });

    it('gives the last seat to exactly one of two people answering at the same time', async () => {
      const meeting = lastSeatMeeting();
      const results = await Promise.all([
        stores().rsvps.transact(meeting.id, attend(meeting, 'person-a')),
        stores().rsvps.transact(meeting.id, attend(meeting, 'person-b')),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      const statuses = (await stores().rsvps.forMeeting(meeting.id)).map((r) => r.status).sort();
      expect(statuses).toEqual(['booked', 'waitlisted']);
    });

    it('promotes the first on the waitlist when the booked person declines', async () => {
      const meeting = lastSeatMeeting();
      await stores().rsvps.transact(meeting.id, attend(meeting, 'person-a'));
      await stores().rsvps.transact(meeting.id, attend(meeting, 'person-b'));
      const decline = value(
        await stores().rsvps.transact(meeting.id, (current) =>
          decideRsvp(
            meeting,
            current,
            { meetingId: meeting.id, sessionId: null, personId: 'person-a', response: 'decline', source: 'tab' },
            NOW,
            newId,
          ),
        ),
      );
      expect(decline.promoted).toEqual([{ personId: 'person-b', sessionId: 'session-1' }]);
      const byPerson = Object.fromEntries(
        (await stores().rsvps.forMeeting(meeting.id)).map((r) => [r.personId, r.status]),
      );
      expect(byPerson).toEqual({ 'person-a': 'declined', 'person-b': 'booked' });
    });

    describe('transactFor: one person’s slice of the meeting', () => {
      const twoSessions = (): Meeting => ({
        ...aMeeting(1, { sessions: [aSession(1, { capacity: 2 }), aSession(2, { capacity: null })] }),
        version: '1',
      });

      it('reads their own records, counts per session and status, the front of the waitlist by instant and their place', async () => {
        // Waiting since 09:00Z written with an offset, 08:30Z, 09:00Z (same instant: id decides), 09:30Z.
        const waiting = [
          anRsvp(3, { status: 'waitlisted', statusSince: '2026-11-25T10:00:00.000+01:00' }),
          anRsvp(4, { status: 'waitlisted', statusSince: '2026-11-25T08:30:00.000Z' }),
          anRsvp(5, { status: 'waitlisted', statusSince: '2026-11-25T09:00:00.000Z' }),
          anRsvp(6, { status: 'waitlisted', statusSince: '2026-11-25T09:30:00.000Z' }),
        ];
        const others = [
          anRsvp(7, { personId: 'person-0006', sessionId: 'session-2', status: 'declined' }),
          anRsvp(8, { sessionId: 'session-2', status: 'maybe' }),
          anRsvp(9, { meetingId: 'meeting-0002', personId: 'person-0006', status: 'booked' }),
        ];
        value(await writeAll([anRsvp(1), anRsvp(2), ...waiting, ...others.slice(0, 2)]));
        await stores().rsvps.transact('meeting-0002', () => ok({ writes: [others[2]!] }));
        const meeting = twoSessions();
        let seen: RsvpSlice | null = null;
        const result = value(
          await stores().rsvps.transactFor(meeting.id, sliceScope(meeting, 'person-0006'), (slice) => {
            seen = slice;
            return ok({ writes: [] });
          }),
        );
        const slice = seen as RsvpSlice | null;
        const all = sliceOf(await stores().rsvps.forMeeting(meeting.id), meeting.id, 'person-0006');
        expect(slice?.own).toEqual(all.own);
        expect(slice?.own.map((r) => r.id)).toEqual(['rsvp-0006', 'rsvp-0007']);
        expect(slice?.counts).toEqual({ 'session-1': { booked: 2, waitlisted: 4 }, 'session-2': { declined: 1, maybe: 1 } });
        expect(all.waitlistHeads['session-1']?.map((r) => r.id)).toEqual(['rsvp-0004', 'rsvp-0003', 'rsvp-0005', 'rsvp-0006']);
        // Waiting on a full session, they can free no seat: no one in the line could be promoted by their answer.
        const head = slice?.waitlistHeads['session-1'] ?? [];
        expect(head.length).toBeGreaterThanOrEqual(waitlistHeadLength(2, 2, 4, false));
        expect(head).toEqual(all.waitlistHeads['session-1']?.slice(0, head.length));
        expect(slice?.waitlistPositions).toEqual({ 'session-1': 4 });
        expect(result.after).toEqual(slice);
        // Someone with a seat there may give it up: the front of the line is read, in waitlist order.
        let holder: RsvpSlice | null = null;
        value(
          await stores().rsvps.transactFor(meeting.id, sliceScope(meeting, 'person-0001'), (s) => {
            holder = s;
            return ok({ writes: [] });
          }),
        );
        const front = (holder as RsvpSlice | null)?.waitlistHeads['session-1'] ?? [];
        expect(front.length).toBeGreaterThanOrEqual(waitlistHeadLength(2, 2, 4, true));
        expect(front.length).toBeGreaterThanOrEqual(1);
        expect(front).toEqual(all.waitlistHeads['session-1']?.slice(0, front.length));
      });

      it('a newcomer on a full session is waitlisted behind everyone; a seat given up goes to the front of the line', async () => {
        const meeting = twoSessions();
        const waiting = [
          anRsvp(3, { status: 'waitlisted', statusSince: '2026-11-25T08:30:00.000Z' }),
          anRsvp(4, { status: 'waitlisted', statusSince: '2026-11-25T08:00:00.000Z' }),
        ];
        value(await writeAll([anRsvp(1), anRsvp(2), ...waiting]));
        const newcomer = value(await stores().rsvps.transactFor(meeting.id, sliceScope(meeting, 'person-0009'), answerOnSlice(meeting, 'person-0009')));
        expect(newcomer.promoted).toEqual([]);
        expect(newcomer.after.own.map((r) => r.status)).toEqual(['waitlisted']);
        expect(newcomer.after.waitlistPositions).toEqual({ 'session-1': 3 });
        const gaveUp = value(await stores().rsvps.transactFor(meeting.id, sliceScope(meeting, 'person-0001'), answerOnSlice(meeting, 'person-0001', 'decline')));
        expect(gaveUp.promoted).toEqual([{ personId: 'person-0004', sessionId: 'session-1' }]);
        const byPerson = Object.fromEntries((await stores().rsvps.forMeeting(meeting.id)).map((r) => [r.personId, r.status]));
        expect(byPerson).toEqual({ 'person-0001': 'declined', 'person-0002': 'booked', 'person-0003': 'waitlisted', 'person-0004': 'booked', 'person-0009': 'waitlisted' });
      });

      it('decides on the slice, writes, and answers with the slice afterwards', async () => {
        const meeting = lastSeatMeeting();
        const scope = (personId: string) => sliceScope(meeting, personId);
        const a = value(await stores().rsvps.transactFor(meeting.id, scope('person-a'), answerOnSlice(meeting, 'person-a')));
        expect(a.after.own.map((r) => r.status)).toEqual(['booked']);
        expect(a.after.own[0]?.version).not.toBe('');
        const b = value(await stores().rsvps.transactFor(meeting.id, scope('person-b'), answerOnSlice(meeting, 'person-b')));
        expect(b.after.counts['session-1']).toEqual({ booked: 1, waitlisted: 1 });
        expect(b.after.waitlistPositions).toEqual({ 'session-1': 1 });
        const c = value(await stores().rsvps.transactFor(meeting.id, scope('person-c'), answerOnSlice(meeting, 'person-c')));
        expect(c.after.waitlistPositions).toEqual({ 'session-1': 2 });
        const declined = value(await stores().rsvps.transactFor(meeting.id, scope('person-a'), answerOnSlice(meeting, 'person-a', 'decline')));
        expect(declined.promoted).toEqual([{ personId: 'person-b', sessionId: 'session-1' }]);
        expect(declined.after.counts['session-1']).toEqual({ booked: 1, waitlisted: 1, declined: 1 });
        const byPerson = Object.fromEntries((await stores().rsvps.forMeeting(meeting.id)).map((r) => [r.personId, r.status]));
        expect(byPerson).toEqual({ 'person-a': 'declined', 'person-b': 'booked', 'person-c': 'waitlisted' });
      });

      it('gives the last seat to exactly one of two people answering at the same time', async () => {
        const meeting = lastSeatMeeting();
        const results = await Promise.all(
          ['person-a', 'person-b'].map((p) => stores().rsvps.transactFor(meeting.id, sliceScope(meeting, p), answerOnSlice(meeting, p))),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        const statuses = (await stores().rsvps.forMeeting(meeting.id)).map((r) => r.status).sort();
        expect(statuses).toEqual(['booked', 'waitlisted']);
      });

      it('writes nothing and returns the failure when decide refuses', async () => {
        const meeting = lastSeatMeeting();
        const result = await stores().rsvps.transactFor(meeting.id, sliceScope(meeting, 'person-a'), () => fail('RSVP.DEADLINE_PASSED'));
        expect(result).toEqual({ ok: false, error: { code: 'RSVP.DEADLINE_PASSED' } });
        expect(await stores().rsvps.forMeeting(meeting.id)).toEqual([]);
      });
    });
  });
};
