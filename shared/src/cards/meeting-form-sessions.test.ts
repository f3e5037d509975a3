/** #15: named sessions with sectors, registration mode and contact person survive the meeting form. */
import { describe, expect, it } from 'vitest';
import { draftMeeting } from '../domain/meeting-factory.js';
import type { School } from '../domain/people.js';
import { parseCardAction } from '../schemas/card-actions.js';
import { MeetingInputSchema, meetingInputErrors } from '../schemas/domain.js';
import { allText, cardSchemaErrors } from './card-schema.test-helper.js';
import { twoEvenings } from './card-fixtures.test-helper.js';
import { meetingFormCard } from './meeting-form-card.js';
import { formErrorsFromPaths, formToMeetingInput } from './meeting-form-input.js';
import { emptyMeetingForm, meetingToFormValues } from './meeting-form-values.js';
import type { CardElement } from './types.js';

const schools: School[] = [{ id: 'sch-1', name: 'De Regenboog', sector: 'PO', region: 'noord', place: 'Joure', version: 'v' }];
const byId = (body: readonly CardElement[], id: string) => body.find((e) => e.id === id);
let n = 0;
const newId = () => `id${++n}`;

const typed = {
  ...emptyMeetingForm(),
  title: 'Consultatie-avonden voortgezet onderwijs',
  type: 'consultatie',
  s0Name: 'Regio Noord — Joure',
  s0Date: '2027-03-09',
  s0Start: '19:00',
  s0End: '21:00',
  s0Location: 'Het Baken, Joure',
  s0Region: 'noord',
  s0Sectors: 'VO,VSO',
  s0Capacity: '12',
  s1Date: '2027-03-11',
  s1Start: '19:00',
  s1End: '21:00',
  s1OnlineUrl: 'https://teams.microsoft.com/l/meetup-join/xyz',
  registrationMode: 'aanvraag',
  confirmDaysBefore: '10',
  contactName: 'Femke de Boer',
  contactEmail: 'f.deboer@swv-voorbeeld.nl',
  contactPhone: '0513 123 456',
};

const parse = (values: typeof typed) => {
  const { input, slotOfSession } = formToMeetingInput(values);
  const parsed = MeetingInputSchema.safeParse(input);
  return { parsed, slotOfSession };
};

describe('meeting form: sessions, mode and contact', () => {
  it('shows name, sectors per session, mode, confirm days and contact as inputs of a valid card', () => {
    const card = meetingFormCard({ values: typed, schools, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(byId(card.body, 's0Name')).toMatchObject({ type: 'Input.Text', value: 'Regio Noord — Joure' });
    expect(byId(card.body, 's0Sectors')).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, value: 'VO,VSO' });
    expect(byId(card.body, 's3Sectors')).toBeDefined();
    expect(byId(card.body, 'registrationMode')).toMatchObject({ value: 'aanvraag' });
    expect(byId(card.body, 'confirmDaysBefore')).toMatchObject({ type: 'Input.Number', value: 10 });
    expect(byId(card.body, 'contactEmail')).toMatchObject({ style: 'email', value: 'f.deboer@swv-voorbeeld.nl' });
    expect(allText(card)).toContain('Contactpersoon');
    const values = parseCardAction({ ...typed, verb: 'meeting.preview' });
    expect(values).toMatchObject({ ok: true, value: { s0Name: 'Regio Noord — Joure', registrationMode: 'aanvraag', contactPhone: '0513 123 456' } });
  });

  it('a new form starts in direct mode with 14 days and no contact of its own', () => {
    expect(emptyMeetingForm()).toMatchObject({ registrationMode: 'direct', confirmDaysBefore: '14', contactName: '' });
    const { parsed } = parse({ ...emptyMeetingForm(), title: 'IB-netwerk', s0Date: '2027-03-09', s0Start: '15:00', s0End: '16:30', s0Location: 'Zaal 2' });
    expect(parsed.success && parsed.data).toMatchObject({ registrationMode: 'direct', confirmDaysBefore: 14, contact: null });
    expect(parsed.success && parsed.data.sessions[0]?.name).toBeUndefined();
  });

  it('round-trips names, sectors, mode and contact through a stored meeting and back to the form', () => {
    const { parsed } = parse(typed);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const draft = draftMeeting(parsed.data, { id: 'm9', organiserId: 'p1', nowIso: '2027-01-10T10:00:00Z', newId });
    expect(draft).toMatchObject({
      registrationMode: 'aanvraag',
      confirmDaysBefore: 10,
      contact: { name: 'Femke de Boer', email: 'f.deboer@swv-voorbeeld.nl', phone: '0513 123 456' },
      sessions: [
        { name: 'Regio Noord — Joure', sectors: ['VO', 'VSO'], region: 'noord', capacity: 12, location: 'Het Baken, Joure' },
        { sectors: [], onlineUrl: 'https://teams.microsoft.com/l/meetup-join/xyz' },
      ],
    });
    expect('name' in (draft.sessions[1] ?? {})).toBe(false);
    const back = meetingToFormValues({ ...draft, version: '1' });
    for (const k of ['s0Name', 's0Sectors', 's0Region', 's1OnlineUrl', 'registrationMode', 'confirmDaysBefore', 'contactName', 'contactEmail', 'contactPhone'] as const) {
      expect(back[k]).toBe(typed[k]);
    }
  });

  it('a stored meeting without these fields opens as direct, 14 days, no contact', () => {
    expect(meetingToFormValues(twoEvenings())).toMatchObject({ registrationMode: 'direct', confirmDaysBefore: '14', contactName: '', s0Name: '', s0Sectors: 'PO' });
  });

  it('puts contact and confirm-days mistakes under their own inputs, in Dutch', () => {
    const { parsed, slotOfSession } = parse({ ...typed, contactName: '', contactEmail: 'femke-at-swv', confirmDaysBefore: '0', s0Sectors: 'VO,HBO' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(formErrorsFromPaths(meetingInputErrors(parsed.error, 'nl'), slotOfSession)).toMatchObject({
      contactName: expect.stringContaining('naam van de contactpersoon'),
      contactEmail: 'Vul een geldig e-mailadres van de contactpersoon in.',
      confirmDaysBefore: 'Vul een aantal dagen van 1 tot en met 60 in.',
      s0Sectors: 'Kies alleen bestaande sectoren.',
    });
  });

  it('an informatiebijeenkomst without an end time lasts half an hour', () => {
    const { parsed } = parse({ ...emptyMeetingForm(), title: 'Informatiebijeenkomst PLG', type: 'informatie', s0Date: '2027-03-09', s0Start: '16:00', s0OnlineUrl: 'https://teams.microsoft.com/l/meetup-join/info' } as typeof typed);
    expect(parsed.success && parsed.data.sessions[0]).toMatchObject({ startsAt: '2027-03-09T16:00:00.000+01:00', endsAt: '2027-03-09T16:30:00.000+01:00' });
    const card = meetingFormCard({ values: { ...emptyMeetingForm(), type: 'informatie' }, schools, locale: 'nl' });
    expect(allText(card)).toContain('halfuur');
    expect(byId(card.body, 'type')).toMatchObject({ choices: expect.arrayContaining([{ value: 'informatie', title: 'Informatiebijeenkomst' }]) });
  });
});
