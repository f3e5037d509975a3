import { describe, expect, it } from 'vitest';
import { MeetingInputSchema, type Meeting } from '@samen/shared';
import { emptyForm, errorsByField, fromMeeting, toInput } from './meeting-form-model';

const MEETING: Meeting = {
  id: 'meeting-1',
  title: 'Inloopmiddag voor ib’ers',
  type: 'ib-oo',
  description: '',
  sessions: [
    // Winter (+01:00) and summer (+02:00): both shown as typed in Amsterdam.
    { id: 's1', startsAt: '2027-01-12T14:30:00Z', endsAt: '2027-01-12T16:00:00Z', location: 'Het Baken', onlineUrl: null, region: 'zuid', sectors: ['SO'], capacity: null },
    { id: 's2', startsAt: '2027-06-15T07:00:00Z', endsAt: '2027-06-15T09:00:00Z', location: null, onlineUrl: 'https://teams.example.org/x', region: null, sectors: [], capacity: 12 },
  ],
  sessionChoice: 'each',
  audience: { roles: ['ib'], sectors: [], schoolIds: ['school-a'] },
  registrationDeadline: '2027-01-05T22:59:00Z',
  organiserId: 'coord',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [7, 1], attendeesDaysBefore: [] },
  questions: [{ id: 'q1', label: 'Wat wil je bespreken?', choices: ['Aanpak', 'Overdracht'], required: true }],
  status: 'concept',
  createdAt: '2026-11-01T09:00:00Z',
  version: '3',
};

describe('the workspace form model', () => {
  it('shows a stored meeting in Amsterdam time and sends it back unchanged', () => {
    const form = fromMeeting(MEETING);
    expect(form.sessions.map((s) => [s.date, s.start, s.end])).toEqual([['2027-01-12', '15:30', '17:00'], ['2027-06-15', '09:00', '11:00']]);
    expect([form.deadlineDate, form.deadlineTime, form.remindNonResponders]).toEqual(['2027-01-05', '23:59', '7, 1']);
    const parsed = MeetingInputSchema.parse(toInput(form));
    expect(parsed.sessions.map((s) => [s.id, Date.parse(s.startsAt), Date.parse(s.endsAt), s.capacity])).toEqual(
      MEETING.sessions.map((s) => [s.id, Date.parse(s.startsAt), Date.parse(s.endsAt), s.capacity]),
    );
    expect(Date.parse(parsed.registrationDeadline ?? '')).toBe(Date.parse(MEETING.registrationDeadline ?? ''));
    expect(parsed.questions).toEqual([{ label: 'Wat wil je bespreken?', choices: ['Aanpak', 'Overdracht'], required: true }]);
    expect(parsed.reminderPlan.nonRespondersDaysBeforeDeadline).toEqual([7, 1]);
  });

  it('carries session names, the application mode with its outcome day, and the contact person both ways', () => {
    const stored: Meeting = {
      ...MEETING,
      sessions: [{ ...MEETING.sessions[0]!, name: 'Regio Zuid — Heerenveen' }, MEETING.sessions[1]!],
      registrationMode: 'aanvraag',
      confirmDaysBefore: 10,
      contact: { name: 'Fenna Visser', email: 'fenna@swv.example', phone: null },
    };
    const form = fromMeeting(stored);
    expect(form.sessions.map((s) => s.name)).toEqual(['Regio Zuid — Heerenveen', '']);
    const parsed = MeetingInputSchema.parse(toInput(form));
    expect(parsed.sessions.map((s) => s.name)).toEqual(['Regio Zuid — Heerenveen', undefined]);
    expect([parsed.registrationMode, parsed.confirmDaysBefore]).toEqual(['aanvraag', 10]);
    expect(parsed.contact).toEqual({ name: 'Fenna Visser', email: 'fenna@swv.example', phone: null });
    // Emptied contact fields: the partnership's contact person again.
    expect(MeetingInputSchema.parse(toInput({ ...form, contactName: '', contactEmail: '' })).contact).toBeNull();
    // A name without an address is named as the field to fix.
    const half = MeetingInputSchema.safeParse(toInput({ ...form, contactEmail: '' }));
    expect(half.success).toBe(false);
    expect(errorsByField(Object.fromEntries((half.error?.issues ?? []).map((i) => [i.path.join('.'), String(i.message)])))).toHaveProperty('contact');
  });

  it('sends an empty form so that the schema names the missing fields', () => {
    const result = MeetingInputSchema.safeParse(toInput(emptyForm()));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'sessions.0.startsAt', 'sessions.0.endsAt']));
  });

  it('puts a message for a part of a field beside the field', () => {
    expect(errorsByField({ 'reminderPlan.attendeesDaysBefore.0': 'a', 'audience.roles.2': 'b', 'sessions.1.endsAt': 'c', 'questions.0.label': 'd', '': 'e' })).toEqual({
      'reminderPlan.attendeesDaysBefore': 'a',
      audience: 'b',
      'sessions.1.endsAt': 'c',
      'questions.0': 'd',
      title: 'e',
    });
  });
});
