import { describe, expect, it } from 'vitest';
import { MeetingInputSchema, meetingInputErrors } from '../schemas/domain.js';
import { emptyMeetingForm, meetingToFormValues } from './meeting-form-values.js';
import { amsterdamIso, formErrorsFromPaths, formToMeetingInput } from './meeting-form-input.js';
import { twoEvenings } from './card-fixtures.test-helper.js';

describe('formToMeetingInput', () => {
  it.each([
    { date: '2027-06-15', time: '14:00', iso: '2027-06-15T14:00:00.000+02:00' },
    { date: '2026-12-08', time: '19:00', iso: '2026-12-08T19:00:00.000+01:00' },
    { date: '2026-12-08', time: '', iso: '' },
    { date: 'morgen', time: '19:00', iso: '' },
  ])('reads $date $time as Amsterdam time', ({ date, time, iso }) => {
    expect(amsterdamIso(date, time)).toBe(iso);
  });

  it('turns the form of an existing meeting into input that MeetingInputSchema accepts unchanged', () => {
    const m = twoEvenings({ audience: { roles: ['ib'], sectors: ['PO'], schoolIds: ['sch-1'] } });
    const parsed = MeetingInputSchema.safeParse(formToMeetingInput(meetingToFormValues(m)).input);
    expect(parsed.success && parsed.data).toMatchObject({
      title: m.title,
      sessions: [
        { startsAt: '2026-12-08T19:00:00.000+01:00', region: 'noord', capacity: 3 },
        { onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc', location: null },
      ],
      audience: { roles: ['ib'], sectors: ['PO'], schoolIds: ['sch-1'] },
      reminderPlan: { nonRespondersDaysBeforeDeadline: [7], attendeesDaysBefore: [1] },
    });
  });

  it('puts each schema error under the input it is about, counting skipped session slots', () => {
    const values = { ...emptyMeetingForm(), title: 'PL', s2Date: '2027-03-02', s2Start: '15:00', s2End: '14:00', s2Location: 'Zaal 1' };
    const { input, slotOfSession } = formToMeetingInput(values);
    const parsed = MeetingInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const errors = parsed.success ? {} : formErrorsFromPaths(meetingInputErrors(parsed.error, 'nl'), slotOfSession);
    expect(errors).toMatchObject({ title: 'Geef de bijeenkomst een titel van 3 tot 120 tekens.', s2End: 'De eindtijd moet na de begintijd liggen.' });
  });
});
