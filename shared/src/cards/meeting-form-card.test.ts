import { describe, expect, it } from 'vitest';
import { parseCardAction } from '../schemas/card-actions.js';
import type { School } from '../domain/people.js';
import { meetingFormCard } from './meeting-form-card.js';
import { emptyMeetingForm, meetingToFormValues } from './meeting-form-values.js';
import { previewCard } from './preview-card.js';
import { allActions, allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import { meeting, NOW, twoEvenings } from './card-fixtures.test-helper.js';
import type { CardElement } from './types.js';

const schools: School[] = [{ id: 'sch-1', name: 'De Regenboog', sector: 'PO', region: 'noord', place: 'Zwolle', version: 'v' }];
const byId = (body: readonly CardElement[], id: string) => body.find((e) => e.id === id);

describe('meetingFormCard', () => {
  it('is a valid card with up to four sessions that sends meeting.preview', () => {
    const card = meetingFormCard({ schools, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(executeVerbs(card.actions ?? [])).toEqual(['meeting.preview']);
    for (const id of ['s0Date', 's3Date', 's3Capacity', 'audienceSchoolIds', 'deadlineDate', 'remindAttendees']) expect(byId(card.body, id)).toBeDefined();
    expect(byId(card.body, 's4Date')).toBeUndefined();
  });

  it('keeps what was typed and shows each error in Dutch right under its field', () => {
    const values = { ...emptyMeetingForm(), title: 'PLG rekenen', s0Date: '2027-03-02', s0Start: '15:00', s0End: '14:00', s0Capacity: '20' };
    const card = meetingFormCard({ values, errors: { s0End: 'De eindtijd ligt voor de begintijd.' }, schools, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(byId(card.body, 'title')).toMatchObject({ value: 'PLG rekenen' });
    expect(byId(card.body, 's0Capacity')).toMatchObject({ value: 20 });
    const i = card.body.findIndex((e) => e.id === 's0End');
    expect(card.body[i + 1]).toMatchObject({ type: 'TextBlock', text: 'De eindtijd ligt voor de begintijd.', color: 'attention' });
    expect(allText(card)).toContain('Nog niet alles klopt.');
  });

  it('round-trips a meeting through its form values in Amsterdam time', () => {
    const values = meetingToFormValues(twoEvenings({ audience: { roles: ['ib'], sectors: [], schoolIds: ['sch-1'] } }));
    expect(values).toMatchObject({ meetingId: 'm1', s0Date: '2026-12-08', s0Start: '19:00', s1OnlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc', s2Date: '', deadlineTime: '23:59', audienceRoles: 'ib', remindNonResponders: '7' });
    const card = meetingFormCard({ values, schools, locale: 'en' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Edit meeting');
    const preview = card.actions?.[0] as unknown as { data: Record<string, unknown> };
    expect(parseCardAction({ ...values, ...preview.data })).toMatchObject({ ok: true, value: { verb: 'meeting.preview', meetingId: 'm1', s0Start: '19:00' } });
  });
});

describe('previewCard', () => {
  it('shows the invitation as invitees will see it, with Versturen and Wijzigen', () => {
    const card = previewCard({ meeting: meeting({ status: 'concept' }), now: NOW, locale: 'nl', recipients: 120 });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('PLG Lezen en dyslexie');
    expect(text).toContain('Je hebt nog niet gereageerd.');
    expect(text).toContain('Wordt verstuurd naar 120 personen.');
    expect(executeVerbs(card.actions ?? [])).toEqual(['meeting.send', 'meeting.edit']);
  });

  it('shows the invitee buttons disabled, so only Versturen and Wijzigen do something', () => {
    const card = previewCard({ meeting: twoEvenings({ status: 'concept', sessionChoice: 'each' }), now: NOW, locale: 'nl' });
    const live = allActions(card).flatMap((a) =>
      (a.type === 'Action.Execute' || a.type === 'Action.Submit') && a.isEnabled !== false ? [a.data.verb] : [],
    );
    expect(new Set(live)).toEqual(new Set(['meeting.send', 'meeting.edit']));
    expect(allText(card)).toContain('Aanmelden');
  });
});
