import { describe, expect, it } from 'vitest';
import { parseCardAction } from '../schemas/card-actions.js';
import { invitationCard, type CardViewer } from './invitation-card.js';
import { allActions, allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import { meeting, NOW, rsvp, session, twoEvenings } from './card-fixtures.test-helper.js';
import type { Meeting } from '../domain/meeting.js';
import type { Rsvp } from '../domain/rsvp-types.js';
import type { ExecuteAction, SubmitAction } from './types.js';

const me: CardViewer = { personId: 'p-me', isOrganiser: false };
const AFTER_DEADLINE = new Date('2027-06-05T10:00:00+02:00');
const full = meeting({ sessions: [session('s1', { capacity: 1 })] });

interface Case {
  readonly name: string;
  readonly meeting: Meeting;
  readonly rsvps: readonly Rsvp[];
  readonly viewer?: CardViewer;
  readonly now?: Date;
  readonly buttons: readonly string[];
  readonly says: string;
}

const CASES: Case[] = [
  { name: 'an invitee who has not answered', meeting: meeting(), rsvps: [], buttons: ['rsvp.attend', 'rsvp.maybe', 'meeting.ics'], says: 'Je hebt nog niet gereageerd.' },
  { name: 'a booked invitee', meeting: meeting(), rsvps: [rsvp('p-me', 'booked')], buttons: ['rsvp.decline', 'meeting.ics'], says: 'Je bent aangemeld voor dinsdag 15 juni 2027, 14:00–16:30.' },
  {
    name: 'the second person on the waitlist',
    meeting: full,
    rsvps: [rsvp('p-a', 'booked'), rsvp('p-b', 'waitlisted', 's1', '2026-11-20T09:00:00+01:00'), rsvp('p-me', 'waitlisted', 's1', '2026-11-21T09:00:00+01:00')],
    buttons: ['rsvp.decline', 'meeting.ics'],
    says: 'Je staat op de wachtlijst (plek 2)',
  },
  { name: 'an invitee who declined', meeting: meeting(), rsvps: [rsvp('p-me', 'declined')], buttons: ['rsvp.attend', 'rsvp.maybe'], says: 'Je hebt je afgemeld.' },
  { name: 'an invitee who said maybe', meeting: meeting(), rsvps: [rsvp('p-me', 'maybe')], buttons: ['rsvp.attend', 'rsvp.decline', 'meeting.ics'], says: 'Je hebt “misschien” geantwoord.' },
  { name: 'a non-responder after the deadline', meeting: meeting(), rsvps: [], now: AFTER_DEADLINE, buttons: ['meeting.ics'], says: 'Aanmelden is gesloten.' },
  { name: 'a booked invitee after the deadline (may still cancel)', meeting: meeting(), rsvps: [rsvp('p-me', 'booked')], now: AFTER_DEADLINE, buttons: ['rsvp.decline', 'meeting.ics'], says: 'Je bent aangemeld' },
  { name: 'an invitee of a cancelled meeting', meeting: meeting({ status: 'geannuleerd' }), rsvps: [rsvp('p-me', 'booked')], buttons: [], says: 'Deze bijeenkomst gaat niet door.' },
  { name: 'an invitee after the meeting', meeting: meeting(), rsvps: [rsvp('p-me', 'booked')], now: new Date('2027-07-01T10:00:00+02:00'), buttons: [], says: 'Deze bijeenkomst is voorbij.' },
  { name: 'the organiser', meeting: meeting(), rsvps: [rsvp('p-a', 'booked')], viewer: { personId: 'coord', isOrganiser: true }, buttons: ['meeting.refresh', 'meeting.edit'], says: 'Overzicht aanmeldingen' },
  { name: 'an invitee choosing one of two evenings', meeting: twoEvenings(), rsvps: [], buttons: ['rsvp.attend', 'rsvp.maybe'], says: 'Kies een sessie' },
  { name: 'an invitee booked for the second evening', meeting: twoEvenings(), rsvps: [rsvp('p-me', 'booked', 's2')], buttons: ['rsvp.decline', 'meeting.ics'], says: 'Je bent aangemeld voor donderdag 10 december 2026, 19:00–21:00.' },
];

const build = (c: Case, locale: 'nl' | 'en' = 'nl') =>
  invitationCard({ meeting: c.meeting, rsvps: c.rsvps, viewer: c.viewer ?? me, now: c.now ?? NOW, locale });

describe('invitationCard', () => {
  it.each(CASES)('is a valid Adaptive Card 1.5 for $name', (c) => {
    expect(cardSchemaErrors(build(c))).toEqual([]);
    expect(cardSchemaErrors(build(c, 'en'))).toEqual([]);
  });

  it.each(CASES)('gives $name the buttons $buttons', (c) => {
    expect(executeVerbs(build(c).actions ?? [])).toEqual(c.buttons);
  });

  it.each(CASES)('tells $name where they stand', (c) => {
    expect(allText(build(c))).toContain(c.says);
  });

  it('shows the seats left and a full session as "vol — wachtlijst"', () => {
    expect(allText(build(CASES[0]!))).toContain('nog 3 plaatsen');
    expect(allText(build(CASES[2]!))).toContain('vol — wachtlijst');
  });

  it('says "nog 1 plaats" for the last seat, and offers "Zet in agenda" (not "Agenda", which reads as the programme)', () => {
    const lastSeat = meeting({ sessions: [session('s1', { capacity: 2 })] });
    const card = invitationCard({ meeting: lastSeat, rsvps: [rsvp('p-other', 'booked')], viewer: me, now: NOW, locale: 'nl' });
    expect(allText(card)).toContain('nog 1 plaats');
    expect(allText(card)).not.toContain('nog 1 plaatsen');
    const ics = allActions(card).filter((a) => a.type === 'Action.Execute' && a.verb === 'meeting.ics');
    expect(ics.map((a) => a.title)).toEqual(['Zet in agenda']);
    const en = invitationCard({ meeting: lastSeat, rsvps: [], viewer: me, now: NOW, locale: 'en' });
    expect(allActions(en).filter((a) => a.type === 'Action.Execute' && a.verb === 'meeting.ics').map((a) => a.title)).toEqual(['Add to calendar']);
  });

  it('shows date, time, place, region and the deadline in Amsterdam time', () => {
    const text = allText(build(CASES[0]!));
    for (const part of ['dinsdag 15 juni 2027', '14:00–16:30', 'Het Baken, Stationsweg 4, Amersfoort', 'Midden', 'Primair onderwijs', 'dinsdag 1 juni 2027, 23:59'])
      expect(text).toContain(part);
  });

  it('shows "Online" and a join link for an online session', () => {
    const card = build(CASES[10]!);
    expect(allText(card)).toContain('Online');
    expect(allActions(card)).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://teams.microsoft.com/l/meetup-join/abc' }));
  });

  it('gives each session of an "each" meeting its own row of buttons', () => {
    const track = twoEvenings({ sessionChoice: 'each' });
    const card = invitationCard({ meeting: track, rsvps: [rsvp('p-me', 'booked', 's1')], viewer: me, now: NOW, locale: 'nl' });
    const rows = card.body.filter((e) => e.type === 'Container').map((c) => executeVerbs(allActions(c)));
    expect(rows).toEqual([[], ['rsvp.decline', 'meeting.ics'], ['rsvp.attend', 'rsvp.maybe', 'meeting.ics']]);
    expect(cardSchemaErrors(card)).toEqual([]);
  });

  it('shows the organiser the totals per session against capacity', () => {
    const c = CASES[9]!;
    const card = build({ ...c, rsvps: [rsvp('p-a', 'booked'), rsvp('p-b', 'maybe'), rsvp('p-c', 'declined')] });
    const facts = card.body.flatMap((e) => (e.type === 'Container' ? e.items : [])).find((e) => e.type === 'FactSet');
    expect(facts).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Aangemeld', value: '1' },
        { title: 'Wachtlijst', value: '0' },
        { title: 'Misschien', value: '1' },
        { title: 'Afgemeld', value: '1' },
        { title: 'Capaciteit', value: '3' },
      ],
    });
  });

  it('refreshes automatically for the viewer, preferring their Teams user id', () => {
    expect(build(CASES[0]!).refresh?.userIds).toEqual(['p-me']);
    const card = invitationCard({ meeting: meeting(), rsvps: [], viewer: { ...me, teamsUserId: '29:abc' }, now: NOW, locale: 'nl' });
    expect(card.refresh?.userIds).toEqual(['29:abc']);
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'meeting.refresh', data: { verb: 'meeting.refresh', meetingId: 'm1' } });
  });

  it.each(CASES)('gives every Execute button of $name a Submit twin with the same verb and data', (c) => {
    const actions = allActions(build(c));
    const executes = actions.filter((a): a is ExecuteAction => a.type === 'Action.Execute');
    const submits = actions.filter((a): a is SubmitAction => a.type === 'Action.Submit');
    for (const e of executes) {
      expect(e.data.verb).toBe(e.verb);
      expect(e.fallback).toEqual(expect.objectContaining({ type: 'Action.Submit', data: e.data }));
      expect(submits.map((s) => s.data)).toContainEqual(e.data);
    }
  });

  it.each(CASES)('sends data the bot can parse from every button of $name', (c) => {
    for (const a of allActions(build(c))) {
      if (a.type !== 'Action.Execute' && a.type !== 'Action.Submit') continue;
      const chosen = a.associatedInputs === 'none' ? {} : { sessionId: 's2' };
      expect(parseCardAction({ ...a.data, ...chosen })).toMatchObject({ ok: true });
    }
  });

  it('speaks English when the locale is en', () => {
    const text = allText(build(CASES[2]!, 'en'));
    expect(text).toContain('You are on the waiting list (place 2)');
    expect(text).toContain('Tuesday 15 June 2027');
    expect(executeVerbs(build(CASES[0]!, 'en').actions ?? [])).toHaveLength(3);
    expect(text).not.toContain('Afmelden');
  });
});
