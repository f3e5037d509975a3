import { describe, expect, it } from 'vitest';
import { decideRsvp } from './rsvp.js';
import type { Rsvp } from './rsvp-types.js';
import type { Meeting } from './meeting.js';
import { applyChoice, outcomeMoment, outcomeNotBefore, proposeSelection, selectionDue, type ApplicantProfile } from './selection.js';
import { NOW, after, ask, decide, meeting, rsvp, sequentialIds, session, statusOf } from './test-fixtures.js';

const aanvraag = (overrides: Partial<Meeting> = {}): Meeting =>
  meeting({
    registrationMode: 'aanvraag',
    questions: [{ id: 'q1', label: 'Ik ben', choices: ['ouder', 'leerling', 'leerkracht'], required: true }],
    ...overrides,
  });

/** An application by `personId` at minute `minute` of 20 Nov, with a group answer. */
const applied = (personId: string, minute: number, group?: string, sessionId = 's1'): Rsvp => ({
  ...rsvp(personId, 'applied', sessionId, `2026-11-20T09:${String(minute).padStart(2, '0')}:00+01:00`),
  ...(group ? { answers: { q1: group } } : {}),
});

const staff = (roles: ApplicantProfile['roles'] = ['leerkracht'], sectors: ApplicantProfile['sectors'] = ['PO']): ApplicantProfile => ({ roles, sectors });

const ids = (list: readonly { personId: string }[]) => list.map((c) => c.personId);

describe('decideRsvp in aanvraag mode', () => {
  it('records an application instead of a seat, even when the session has room', () => {
    const d = decide(aanvraag({ questions: [] }), [], ask('attend'));
    expect(d.writes.map((w) => w.status)).toEqual(['applied']);
    expect(d.promoted).toEqual([]);
  });

  it('takes more applications than seats: no waitlist', () => {
    const existing = ['a', 'b', 'c'].map((p, i) => applied(p, i));
    const d = decide(aanvraag({ questions: [] }), existing, ask('attend'));
    expect(statusOf(after(existing, d), 'me')).toBe('applied');
  });

  it('a second click changes nothing', () => {
    const existing = [applied('me', 1)];
    expect(decide(aanvraag({ questions: [] }), existing, ask('attend')).unchanged).toBe(true);
  });

  it('decline withdraws the application', () => {
    const existing = [applied('me', 1)];
    expect(statusOf(after(existing, decide(aanvraag(), existing, ask('decline'))), 'me')).toBe('declined');
  });

  it("moves the application to another session of a 'one' meeting", () => {
    const m = aanvraag({ questions: [], sessionChoice: 'one', sessions: [session('s1'), session('s2')] });
    const existing = [applied('me', 1)];
    const next = after(existing, decide(m, existing, ask('attend', 's2')));
    expect(statusOf(next, 'me', 's1')).toBe('declined');
    expect(statusOf(next, 'me', 's2')).toBe('applied');
  });

  it('refuses new applications after the deadline, but a withdrawal still goes through', () => {
    const late = new Date('2026-12-02T10:00:00+01:00');
    const refused = decideRsvp(aanvraag({ questions: [] }), [], ask('attend'), late, sequentialIds());
    expect(refused).toEqual({ ok: false, error: { code: 'RSVP.DEADLINE_PASSED' } });
    const existing = [applied('me', 1)];
    const withdrawn = decideRsvp(aanvraag(), existing, ask('decline'), late, sequentialIds());
    expect(withdrawn.ok && withdrawn.value.writes[0]?.status).toBe('declined');
  });

  it('after the selection is confirmed a late answer queues behind the reserves, as in direct mode', () => {
    const m = aanvraag({ questions: [], registrationDeadline: null, selectionConfirmedAt: '2026-11-24T10:00:00+01:00' });
    const existing = [rsvp('a', 'booked'), rsvp('b', 'booked'), rsvp('c', 'waitlisted')];
    expect(statusOf(after(existing, decide(m, existing, ask('attend'))), 'me')).toBe('waitlisted');
  });

  it('direct mode is untouched: a click books', () => {
    expect(decide(meeting(), [], ask('attend')).writes[0]?.status).toBe('booked');
  });
});

describe('proposeSelection', () => {
  it.each([
    {
      name: 'balances over the groups of the first choice question',
      capacity: 3,
      rsvps: [applied('o1', 1, 'ouder'), applied('o2', 2, 'ouder'), applied('o3', 3, 'ouder'), applied('l1', 4, 'leerling'), applied('k1', 5, 'leerkracht')],
      proposed: ['o1', 'l1', 'k1'],
      reserve: ['o2', 'o3'],
    },
    {
      name: 'first come within a group',
      capacity: 2,
      rsvps: [applied('late', 9, 'ouder'), applied('early', 1, 'ouder')],
      proposed: ['early', 'late'],
      reserve: [],
    },
    {
      name: 'orders within a group by id when applied at the same moment',
      capacity: 1,
      rsvps: [applied('zz', 1, 'ouder'), applied('aa', 1, 'ouder')],
      proposed: ['aa'],
      reserve: ['zz'],
    },
    {
      name: 'a tie between groups goes to the group whose next applicant came first',
      capacity: 3,
      rsvps: [applied('k1', 1, 'leerkracht'), applied('o1', 2, 'ouder'), applied('k2', 3, 'leerkracht'), applied('o2', 4, 'ouder')],
      proposed: ['k1', 'o1', 'k2'],
      reserve: ['o2'],
    },
    {
      name: 'fills every seat when one group has all applicants',
      capacity: 2,
      rsvps: [applied('o1', 1, 'ouder'), applied('o2', 2, 'ouder'), applied('o3', 3, 'ouder')],
      proposed: ['o1', 'o2'],
      reserve: ['o3'],
    },
    {
      name: 'applicants without an answer form a group of their own',
      capacity: 2,
      rsvps: [applied('x1', 1), applied('x2', 2), applied('o1', 3, 'ouder')],
      proposed: ['x1', 'o1'],
      reserve: ['x2'],
    },
    {
      name: 'proposes fewer than the capacity when fewer applied',
      capacity: 5,
      rsvps: [applied('o1', 1, 'ouder')],
      proposed: ['o1'],
      reserve: [],
    },
    {
      name: 'proposes everyone when the session has no limit',
      capacity: null,
      rsvps: [applied('o1', 1, 'ouder'), applied('o2', 2, 'ouder'), applied('k1', 3, 'leerkracht')],
      proposed: ['o1', 'k1', 'o2'],
      reserve: [],
    },
  ])('$name', ({ capacity, rsvps, proposed, reserve }) => {
    const m = aanvraag({ sessions: [session('s1', { capacity })] });
    const [p] = proposeSelection(m, rsvps, new Map());
    expect(ids(p!.proposed)).toEqual(proposed);
    expect(ids(p!.reserve)).toEqual(reserve);
  });

  it('balances over roles within a group', () => {
    const m = aanvraag({ questions: [], sessions: [session('s1', { capacity: 3 })] });
    const profiles = new Map([
      ['ib1', staff(['ib'])],
      ['ib2', staff(['ib'])],
      ['ib3', staff(['ib'])],
      ['lk1', staff(['leerkracht'])],
      ['dir', staff(['schoolleider'])],
    ]);
    const rsvps = [applied('ib1', 1), applied('ib2', 2), applied('ib3', 3), applied('lk1', 4), applied('dir', 5)];
    const [p] = proposeSelection(m, rsvps, profiles);
    expect(ids(p!.proposed)).toEqual(['ib1', 'lk1', 'dir']);
  });

  it("respects the session's sectors, unless the organiser made an exception", () => {
    const m = aanvraag({ questions: [], sessions: [session('s1', { capacity: 3, sectors: ['VO', 'VSO'] })], sectorExceptions: ['po2'] });
    const profiles = new Map([
      ['vo', staff(['leerkracht'], ['VO'])],
      ['po1', staff(['leerkracht'], ['PO'])],
      ['po2', staff(['leerkracht'], ['PO'])],
      ['both', staff(['ib'], ['PO', 'VSO'])],
    ]);
    const rsvps = [applied('po1', 1), applied('vo', 2), applied('po2', 3), applied('both', 4), applied('parent', 5)];
    const [p] = proposeSelection(m, rsvps, profiles);
    // roles balance too: after 'vo' (leerkracht) the ib'er and the parent (role unknown) come before 'po2'
    expect(ids(p!.proposed)).toEqual(['vo', 'both', 'parent']);
    expect(ids(p!.reserve)).toEqual(['po2']);
    expect(ids(p!.ineligible)).toEqual(['po1']);
  });

  it('looks only at applications of each session', () => {
    const m = aanvraag({ sessions: [session('s1', { capacity: 1 }), session('s2', { capacity: 1 })] });
    const rsvps = [applied('a', 1, 'ouder', 's1'), applied('b', 2, 'ouder', 's2'), rsvp('c', 'declined'), rsvp('d', 'maybe', 's2')];
    expect(proposeSelection(m, rsvps, new Map()).map((p) => ids(p.proposed))).toEqual([['a'], ['b']]);
  });
});

describe('applyChoice', () => {
  it('books the selected, waitlists the reserve in the given order and tells the rest "helaas"', () => {
    const m = aanvraag();
    const rsvps = [applied('a', 1), applied('b', 2), applied('c', 3), applied('d', 4), rsvp('e', 'declined')];
    const writes = applyChoice(m, rsvps, [{ sessionId: 's1', selected: ['b', 'a'], reserve: ['d', 'c', 'a', 'stranger'] }], NOW);
    expect(writes.map((w) => [w.rsvp.personId, w.rsvp.status, w.outcome])).toEqual([
      ['a', 'booked', 'confirmed'],
      ['b', 'booked', 'confirmed'],
      ['c', 'waitlisted', 'waitlisted'],
      ['d', 'waitlisted', 'waitlisted'],
    ]);
    const order = writes.filter((w) => w.outcome === 'waitlisted').sort((x, y) => x.rsvp.statusSince.localeCompare(y.rsvp.statusSince));
    expect(order.map((w) => w.rsvp.personId)).toEqual(['d', 'c']);
  });

  it('someone the organiser left out of both lists is not selected', () => {
    const writes = applyChoice(aanvraag(), [applied('a', 1)], [], NOW);
    expect(writes.map((w) => [w.rsvp.status, w.outcome])).toEqual([['not-selected', 'not-selected']]);
  });
});

describe('outcome timing', () => {
  const s = session('s1', { startsAt: '2027-03-18T19:00:00+01:00' });
  it('is the session start minus the confirm days, at 09:00 in Amsterdam', () => {
    const m = aanvraag({ sessions: [s] });
    expect(outcomeMoment(m, s)).toBe('2027-03-04T09:00:00.000+01:00');
    expect(outcomeNotBefore(m, s, NOW)).toBe('2027-03-04T08:00:00.000Z');
  });
  it('follows summer time and the meeting’s own number of days', () => {
    const summer = session('s1', { startsAt: '2027-06-13T19:00:00+02:00' });
    const m = aanvraag({ sessions: [summer], confirmDaysBefore: 7 });
    expect(outcomeNotBefore(m, summer, NOW)).toBe('2027-06-06T07:00:00.000Z');
  });
  it('is now when that moment has passed', () => {
    const m = aanvraag({ sessions: [session('s1')], confirmDaysBefore: 20 });
    expect(outcomeNotBefore(m, m.sessions[0]!, NOW)).toBe(NOW.toISOString());
  });
});

describe('selectionDue', () => {
  const late = new Date('2026-12-02T10:00:00+01:00');
  it.each([
    { name: 'after the deadline of an aanvraag meeting', m: aanvraag(), now: late, due: true },
    { name: 'not before the deadline', m: aanvraag(), now: NOW, due: false },
    { name: 'not once confirmed', m: aanvraag({ selectionConfirmedAt: '2026-12-02T09:00:00+01:00' }), now: late, due: false },
    { name: 'never in direct mode', m: meeting(), now: late, due: false },
    { name: 'not for a cancelled meeting', m: aanvraag({ status: 'geannuleerd' }), now: late, due: false },
  ])('$name', ({ m, now, due }) => expect(selectionDue(m, now)).toBe(due));
});
