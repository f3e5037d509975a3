import { describe, expect, it } from 'vitest';
import type { Meeting } from './meeting.js';
import { dueReminders, plannedReminders } from './reminders.js';

const meeting: Meeting = {
  id: 'm1',
  title: 'IB/OO-bijeenkomst',
  type: 'ib-oo',
  description: '',
  sessions: [
    { id: 's1', startsAt: '2027-06-15T09:00:00+02:00', endsAt: '2027-06-15T11:00:00+02:00', location: 'Houten', onlineUrl: null, region: null, sectors: [], capacity: 20 },
  ],
  sessionChoice: 'one',
  audience: { roles: [], sectors: [], schoolIds: [] },
  registrationDeadline: '2027-06-08T23:59:00+02:00',
  organiserId: 'p1',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [7, 2], attendeesDaysBefore: [1] },
  status: 'verstuurd',
  createdAt: '2027-05-01T10:00:00+02:00',
  version: '1',
};

describe('reminders', () => {
  it('plans non-responder reminders N days before the deadline and attendee reminders N days before each session, at 09:00 Amsterdam time', () => {
    const planned = plannedReminders(meeting);
    expect(planned.map((r) => [r.audience, r.dueAt])).toEqual([
      ['non-responders', '2027-06-01T09:00:00.000+02:00'],
      ['non-responders', '2027-06-06T09:00:00.000+02:00'],
      ['attendees', '2027-06-14T09:00:00.000+02:00'],
    ]);
  });

  it.each([
    ['before the first planned moment', '2027-06-01T06:59:00Z', []],
    ['at 09:00 on the day a week before the deadline', '2027-06-01T07:00:00Z', ['m1:deadline-7']],
    ['later that day', '2027-06-01T15:00:00Z', ['m1:deadline-7']],
    ['more than a day late (server was down)', '2027-06-02T08:00:00Z', []],
    ['the day before the session', '2027-06-14T08:00:00Z', ['m1:s1:before-1']],
    ['after the session started', '2027-06-15T08:00:00Z', []],
  ])('is due %s', (_label, now, keys) => {
    expect(dueReminders(meeting, new Date(now)).map((r) => r.key)).toEqual(keys);
  });

  it('sends nothing for a meeting that is cancelled or still a concept', () => {
    expect(dueReminders({ ...meeting, status: 'geannuleerd' }, new Date('2027-06-01T07:00:00Z'))).toEqual([]);
    expect(dueReminders({ ...meeting, status: 'concept' }, new Date('2027-06-01T07:00:00Z'))).toEqual([]);
  });
});
