/** #15: sessions are called by their name (or "Sessie n") with their place, on every card that lists them. */
import { describe, expect, it } from 'vitest';
import { allText, cardSchemaErrors } from './card-schema.test-helper.js';
import { meeting, NOW, session } from './card-fixtures.test-helper.js';
import { invitationCard } from './invitation-card.js';
import { overviewCard } from './overview-card.js';
import { promotionCard } from './promotion-card.js';
import { reminderCard } from './reminder-card.js';
import type { CardElement, InputChoiceSet } from './types.js';

const regional = meeting({
  type: 'consultatie',
  sessions: [
    session('s1', { name: 'Regio Noord — Joure', location: 'Het Baken, Joure', startsAt: '2027-03-09T19:00:00+01:00', endsAt: '2027-03-09T21:00:00+01:00', sectors: ['VO'] }),
    session('s2', { location: null, onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc', startsAt: '2027-03-11T19:00:00+01:00', endsAt: '2027-03-11T21:00:00+01:00' }),
  ],
  registrationDeadline: '2027-03-01T23:59:00+01:00',
});
const viewer = { personId: 'p-invitee', isOrganiser: false };
const find = (body: readonly CardElement[], id: string): CardElement | undefined => {
  for (const e of body) {
    if (e.id === id) return e;
    const inner = 'items' in e && Array.isArray(e.items) ? find(e.items as CardElement[], id) : undefined;
    if (inner) return inner;
  }
  return undefined;
};

describe('session names on cards', () => {
  it('the chooser shows each session by name (or Sessie n), date, place and seats', () => {
    const card = invitationCard({ meeting: regional, rsvps: [], viewer, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    const chooser = find(card.body, 'sessionId') as InputChoiceSet;
    const titles = chooser.choices.map((c) => c.title);
    expect(titles[0]).toMatch(/^Regio Noord — Joure: .*9 maart.*, Het Baken, Joure \(/);
    expect(titles[1]).toMatch(/^Sessie 2: .*11 maart.*, online \(/);
    expect(allText(card)).toContain('Regio Noord — Joure');
  });

  it('names the session on the attendee reminder and on the promotion', () => {
    const now = new Date('2027-03-08T10:00:00+01:00');
    const reminder = reminderCard({ meeting: regional, rsvps: [], viewer, now, locale: 'nl', kind: 'attendee', sessionId: 's1' });
    expect(cardSchemaErrors(reminder)).toEqual([]);
    expect(allText(reminder)).toContain('Regio Noord — Joure · Het Baken, Joure');
    const promotion = promotionCard({ meeting: regional, rsvps: [], viewer, now, locale: 'en', sessionId: 's2' });
    expect(allText(promotion)).toContain('Session 2 · online');
  });

  it('the overview lists sessions by name and place', () => {
    const counts = { booked: 0, waitlisted: 0, maybe: 0, declined: 0, applied: 0, 'not-selected': 0 };
    const card = overviewCard({
      meeting: {
        id: 'm1',
        title: 'Consultatie',
        registrationMode: 'direct',
        type: 'consultatie',
        status: 'verstuurd',
        sessions: [
          { id: 's1', name: 'Regio Zuid — Sneek', location: 'De Wissel', onlineUrl: null, startsAt: '2027-03-09T19:00:00+01:00', capacity: 10, counts, bySchool: {}, byRole: {}, waitlist: [] },
          { id: 's2', startsAt: '2027-03-11T19:00:00+01:00', capacity: null, counts, bySchool: {}, byRole: {}, waitlist: [] },
        ],
      },
      schoolNames: new Map(),
      locale: 'nl',
    });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toMatch(/Regio Zuid — Sneek — .*9 maart.* · De Wissel/);
    expect(text).toMatch(/Sessie 2 — .*11 maart/);
  });
});
