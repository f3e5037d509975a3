import { describe, expect, it } from 'vitest';
import { calendarDaysUntil, reminderCard } from './reminder-card.js';
import { promotionCard } from './promotion-card.js';
import { allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import { meeting, NOW, rsvp, twoEvenings } from './card-fixtures.test-helper.js';

const me = { personId: 'p-me', isOrganiser: false };

describe('reminderCard', () => {
  it('reminds a non-responder with the deadline and still offers the RSVP buttons', () => {
    const card = reminderCard({ kind: 'non-responder', meeting: meeting(), rsvps: [], viewer: me, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Je hebt nog niet gereageerd op de uitnodiging voor PLG Lezen en dyslexie.');
    expect(text).toContain('Aanmelden kan nog tot en met dinsdag 1 juni 2027, 23:59.');
    expect(executeVerbs(card.actions ?? [])).toEqual(['rsvp.attend', 'rsvp.maybe', 'meeting.ics']);
  });

  it.each([
    { now: '2026-12-08T08:00:00+01:00', says: 'Tot straks! Consultatie-avond begint vandaag om 19:00.' },
    { now: '2026-12-07T23:30:00+01:00', says: 'Tot morgen! Consultatie-avond begint om 19:00.' },
    { now: '2026-12-06T10:00:00+01:00', says: 'Tot overmorgen! Consultatie-avond is op dinsdag 8 december 2026, 19:00.' },
    { now: '2026-12-05T10:00:00+01:00', says: 'Nog 3 dagen: Consultatie-avond is op dinsdag 8 december 2026, 19:00. Tot dan!' },
    { now: '2026-12-01T10:00:00+01:00', says: 'Tot volgende week! Consultatie-avond is op dinsdag 8 december 2026, 19:00.' },
    { now: '2026-11-24T10:00:00+01:00', says: 'Tot over 2 weken! Consultatie-avond is op dinsdag 8 december 2026, 19:00.' },
  ])('greets an attendee at $now with "$says"', ({ now, says }) => {
    const card = reminderCard({ kind: 'attendee', sessionId: 's1', meeting: twoEvenings(), rsvps: [rsvp('p-me', 'booked', 's1')], viewer: me, now: new Date(now), locale: 'nl' });
    expect(allText(card)).toContain(says);
    expect(allText(card)).toContain('Het Baken, Stationsweg 4, Amersfoort');
    expect(cardSchemaErrors(card)).toEqual([]);
  });

  it('gives an online attendee the join link', () => {
    const card = reminderCard({ kind: 'attendee', sessionId: 's2', meeting: twoEvenings(), rsvps: [rsvp('p-me', 'booked', 's2')], viewer: me, now: NOW, locale: 'en' });
    expect(JSON.stringify(card)).toContain('https://teams.microsoft.com/l/meetup-join/abc');
    expect(allText(card)).toContain('15 more days: ');
    expect(allText(card)).toContain('See you then!');
  });

  it('counts calendar days in Amsterdam, not 24-hour periods', () => {
    expect(calendarDaysUntil('2026-12-08T09:00:00+01:00', new Date('2026-12-07T23:30:00+01:00'))).toBe(1);
    expect(calendarDaysUntil('2026-12-08T23:00:00+01:00', new Date('2026-12-08T00:10:00+01:00'))).toBe(0);
  });
});

describe('promotionCard', () => {
  it('tells the promoted person their seat and lets them cancel', () => {
    const card = promotionCard({ sessionId: 's1', meeting: meeting(), rsvps: [rsvp('p-me', 'booked')], viewer: me, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Er is een plek vrijgekomen');
    expect(text).toContain('Je bent nu aangemeld voor PLG Lezen en dyslexie op dinsdag 15 juni 2027, 14:00–16:30.');
    expect(executeVerbs(card.actions ?? [])).toContain('rsvp.decline');
  });
});
