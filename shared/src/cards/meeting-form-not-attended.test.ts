import { describe, expect, it } from 'vitest';
import type { School } from '../domain/people.js';
import { MeetingInputSchema } from '../schemas/domain.js';
import { parseCardAction } from '../schemas/card-actions.js';
import { allText, cardSchemaErrors } from './card-schema.test-helper.js';
import { twoEvenings } from './card-fixtures.test-helper.js';
import { meetingFormCard } from './meeting-form-card.js';
import { formErrorsFromPaths, formToMeetingInput } from './meeting-form-input.js';
import { emptyMeetingForm, meetingToFormValues } from './meeting-form-values.js';
import type { CardElement, InputChoiceSet } from './types.js';

const schools: School[] = [{ id: 'sch-1', name: 'De Regenboog', sector: 'PO', region: 'noord', place: 'Zwolle', version: 'v' }];
const earlierMeetings = [{ id: 'm-plg-1', title: 'PLG gedrag, ronde 1' }];
const choiceSet = (body: readonly CardElement[]) => body.find((e) => e.id === 'audienceNotAttended') as InputChoiceSet | undefined;

describe('"Alleen wie niet bij … was" on the meeting form', () => {
  it('lists earlier meetings per person and per school, in Dutch, on a valid card', () => {
    const card = meetingFormCard({ schools, locale: 'nl', earlierMeetings });
    expect(cardSchemaErrors(card)).toEqual([]);
    const input = choiceSet(card.body);
    expect(input?.label).toBe('Alleen wie niet bij … was');
    expect(input?.choices.map((c) => [c.value, c.title])).toEqual([
      ['', 'Iedereen uit de doelgroep'],
      ['m-plg-1|person', 'Niet bij “PLG gedrag, ronde 1” — per persoon'],
      ['m-plg-1|school', 'Niet bij “PLG gedrag, ronde 1” — scholen waarvan niemand er was'],
    ]);
    expect(allText(card)).toContain('herhalingssessie');
  });

  it('is left out when there is no earlier meeting to choose', () => {
    expect(choiceSet(meetingFormCard({ schools, locale: 'nl' }).body)).toBeUndefined();
  });

  it('round-trips from the card through MeetingInputSchema and back to the form', () => {
    const parsed = parseCardAction({ verb: 'meeting.preview', ...emptyMeetingForm(), meetingId: '', audienceNotAttended: 'm-plg-1|school' });
    expect(parsed.ok && parsed.value.verb === 'meeting.preview' && parsed.value.audienceNotAttended).toBe('m-plg-1|school');
    const values = { ...meetingToFormValues(twoEvenings()), audienceNotAttended: 'm-plg-1|school' };
    const input = MeetingInputSchema.safeParse(formToMeetingInput(values).input);
    expect(input.success && input.data.audience.notAttended).toEqual({ meetingId: 'm-plg-1', by: 'school' });
    const back = meetingToFormValues(twoEvenings({ audience: { roles: [], sectors: [], schoolIds: [], notAttended: { meetingId: 'm-plg-1', by: 'person' } } }));
    expect(back.audienceNotAttended).toBe('m-plg-1|person');
  });

  it('shows a forged value as an error under the choice, not a crash', () => {
    const values = { ...meetingToFormValues(twoEvenings()), audienceNotAttended: 'm-plg-1|iedereen' };
    const { input, slotOfSession } = formToMeetingInput(values);
    const result = MeetingInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = formErrorsFromPaths(Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), 'fout'])), slotOfSession);
    expect(Object.keys(errors)).toEqual(['audienceNotAttended']);
  });
});
