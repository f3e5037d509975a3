import { describe, expect, it } from 'vitest';
import type { Meeting } from '../domain/meeting.js';
import type { Rsvp } from '../domain/rsvp-types.js';
import { proposeSelection } from '../domain/selection.js';
import { invitationCard } from './invitation-card.js';
import { outcomeCard, selectionCard } from './selection-card.js';
import { allActions, allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import { meeting, NOW, rsvp, session } from './card-fixtures.test-helper.js';
import type { InputChoiceSet } from './types.js';

const me = { personId: 'p-me', isOrganiser: false };

const aanvraag = (overrides: Partial<Meeting> = {}): Meeting =>
  meeting({
    type: 'informatie',
    registrationMode: 'aanvraag',
    sessionChoice: 'each',
    questions: [{ id: 'q1', label: 'Ik ben', choices: ['ouder', 'leerling', 'leerkracht'], required: true }],
    sessions: [session('s1', { capacity: 2, sectors: [] })],
    contact: { name: 'Ineke de Vries', email: 'ineke@swv.example', phone: null },
    ...overrides,
  });

const applied = (personId: string, minute: number, group: string): Rsvp => ({
  ...rsvp(personId, 'applied', 's1', `2027-05-20T09:${String(minute).padStart(2, '0')}:00+02:00`),
  answers: { q1: group },
});

const inputs = (node: unknown): InputChoiceSet[] => {
  const out: InputChoiceSet[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Input.ChoiceSet') out.push(o as unknown as InputChoiceSet);
    for (const key of ['body', 'items']) visit(o[key]);
  };
  visit(node);
  return out;
};

describe('invitation card in aanvraag mode', () => {
  it('explains how applying works and shows the capacity as after selection', () => {
    const card = invitationCard({ meeting: aanvraag(), rsvps: [], viewer: me, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Er is beperkt plek. Meld je aan; de organisator stelt een gemengde groep samen en je hoort uiterlijk dinsdag 1 juni 2027 of je kunt deelnemen.');
    expect(text).toContain('2 plaatsen (na selectie)');
    expect(text).not.toContain('plekken vrij');
  });

  it('after applying: the application is in, by when you hear, and no second "Aanmelden" or calendar file', () => {
    const card = invitationCard({ meeting: aanvraag(), rsvps: [{ ...applied('p-me', 1, 'ouder') }], viewer: me, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain(
      'Je aanvraag voor dinsdag 15 juni 2027, 14:00–16:30 is ontvangen. Je hoort uiterlijk dinsdag 1 juni 2027 of je kunt deelnemen.',
    );
    expect(executeVerbs(card.actions ?? [])).toEqual(['rsvp.decline', 'rsvp.attend']);
    expect(allText(card)).not.toContain('wachtlijst');
  });

  it('the organiser sees the number of applications', () => {
    const rsvps = [applied('a', 1, 'ouder'), applied('b', 2, 'ouder'), applied('c', 3, 'leerling')];
    const card = invitationCard({ meeting: aanvraag(), rsvps, viewer: { personId: 'coord', isOrganiser: true }, now: NOW, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('{"title":"Aanvragen","value":"3"}');
  });

  it('in direct mode the card keeps its seats wording', () => {
    const card = invitationCard({ meeting: meeting(), rsvps: [], viewer: me, now: NOW, locale: 'nl' });
    expect(allText(card)).not.toContain('na selectie');
    expect(allText(card)).not.toContain('beperkt plek');
  });
});

describe('selectionCard', () => {
  const m = aanvraag();
  const rsvps = [applied('o1', 1, 'ouder'), applied('o2', 2, 'ouder'), applied('l1', 3, 'leerling')];
  const names = new Map([
    ['o1', 'Anouk Smit'],
    ['o2', 'Bram Visser'],
    ['l1', 'Chris Bakker'],
  ]);
  const input = { meeting: m, proposals: proposeSelection(m, rsvps, new Map()), names, rsvps, confirmedAt: null, locale: 'nl' as const };

  it('lists the applicants per session with the proposal ticked, and a confirm button', () => {
    const card = selectionCard(input);
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Selectie voor PLG Lezen en dyslexie');
    expect(text).toContain('Er zijn 3 aanvragen binnen.');
    expect(text).toContain('over de antwoorden op "Ik ben"');
    expect(text).toContain('Anouk Smit — ouder · donderdag 20 mei 2027');
    const [selected, reserve] = inputs(card);
    expect(selected).toMatchObject({ id: 'sel_0', isMultiSelect: true, value: 'o1,l1' });
    expect(reserve).toMatchObject({ id: 'res_0', isMultiSelect: true, value: 'o2' });
    expect(selected!.choices.map((c) => c.value)).toEqual(['o1', 'o2', 'l1']);
    expect(executeVerbs(card.actions ?? [])).toEqual(['selection.confirm']);
    expect(allActions(card).filter((a) => a.type === 'Action.Submit')).toHaveLength(1);
  });

  it('says one application in the singular', () => {
    const one = [applied('o1', 1, 'ouder')];
    const card = selectionCard({ ...input, rsvps: one, proposals: proposeSelection(m, one, new Map()) });
    expect(allText(card)).toContain('Er is 1 aanvraag binnen.');
  });

  it('names who falls outside the session’s sectors', () => {
    const vo = aanvraag({ sessions: [session('s1', { capacity: 2, sectors: ['VO'] })] });
    const card = selectionCard({
      ...input,
      meeting: vo,
      proposals: proposeSelection(vo, rsvps, new Map([['o2', { roles: ['leerkracht'], sectors: ['PO'] }]])),
    });
    expect(allText(card)).toContain('1 aanvraag valt buiten de sectoren van deze sessie en is niet voorgesteld: Bram Visser.');
  });

  it('after confirmation shows how it ended, without buttons', () => {
    const done = [rsvp('o1', 'booked'), rsvp('l1', 'booked'), rsvp('o2', 'waitlisted')];
    const card = selectionCard({ ...input, rsvps: done, confirmedAt: '2027-06-02T10:00:00+02:00' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('De selectie is bevestigd op woensdag 2 juni 2027, 10:00.');
    expect(allText(card)).toContain('2 met een plaats, 1 op de reservelijst, 0 helaas.');
    expect(card.actions ?? []).toEqual([]);
  });

  it('arrives proactively with the reason on top', () => {
    expect(allText(selectionCard({ ...input, notice: true }))).toContain('Aanvragen voor PLG Lezen en dyslexie is gesloten. Er ligt een selectievoorstel voor je klaar.');
  });
});

describe('outcomeCard', () => {
  const confirmed = { ...aanvraag(), selectionConfirmedAt: '2027-06-02T10:00:00+02:00' };
  const base = { meeting: confirmed, viewer: me, now: new Date('2027-06-01T09:00:00+02:00'), locale: 'nl' as const, sessionId: 's1' };

  it('confirmed: good news with the calendar file', () => {
    const card = outcomeCard({ ...base, rsvps: [rsvp('p-me', 'booked')], outcome: 'confirmed' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Je kunt deelnemen');
    expect(allText(card)).toContain('Goed nieuws: er is een plaats voor je bij PLG Lezen en dyslexie op dinsdag 15 juni 2027, 14:00–16:30.');
    expect(executeVerbs(card.actions ?? [])).toContain('meeting.ics');
  });

  it('waitlisted: the place on the reserve list', () => {
    const rsvps = [
      rsvp('a', 'waitlisted', 's1', '2027-06-01T08:00:00.000Z'),
      rsvp('p-me', 'waitlisted', 's1', '2027-06-01T08:00:00.001Z'),
    ];
    const card = outcomeCard({ ...base, rsvps, outcome: 'waitlisted' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Je staat op de reservelijst, op plek 2.');
  });

  it('not selected: a kind "helaas" with the contact person, no buttons', () => {
    const card = outcomeCard({ ...base, rsvps: [rsvp('p-me', 'not-selected')], outcome: 'not-selected' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Helaas, deze keer geen plaats');
    expect(allText(card)).toContain('Bij een volgende bijeenkomst ben je weer van harte welkom.');
    expect(allText(card)).toContain('Vragen? Neem contact op met Ineke de Vries (ineke@swv.example).');
    expect(card.actions ?? []).toEqual([]);
  });

  it('speaks English to an English reader', () => {
    const card = outcomeCard({ ...base, locale: 'en', rsvps: [rsvp('p-me', 'not-selected')], outcome: 'not-selected' });
    expect(allText(card)).toContain('Sorry, no place this time');
  });
});
