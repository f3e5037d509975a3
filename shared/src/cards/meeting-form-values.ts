/** Between a Meeting and the raw values of the meeting form (what the inputs show and send back). */
import { DateTime } from 'luxon';
import { DEFAULT_CONFIRM_DAYS_BEFORE, registrationModeOf, type Meeting } from '../domain/meeting.js';
import { ZONE } from '../domain/school-year.js';
import { notAttendedValue } from './meeting-form-not-attended.js';
import { MAX_FORM_SESSIONS, SESSION_FIELDS, sessionFieldId, type MeetingFormValues } from '../schemas/card-actions.js';

const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
const date = (iso: string) => local(iso).toFormat('yyyy-MM-dd');
const time = (iso: string) => local(iso).toFormat('HH:mm');

/** Every field empty: a new meeting. */
export const emptyMeetingForm = (): MeetingFormValues => {
  const sessions = Object.fromEntries(
    Array.from({ length: MAX_FORM_SESSIONS }, (_, i) => SESSION_FIELDS.map((f) => [sessionFieldId(i, f), ''])).flat(),
  );
  return {
    meetingId: null,
    title: '',
    type: 'plg',
    description: '',
    sessionChoice: 'one',
    ...sessions,
    audienceRoles: '',
    audienceSectors: '',
    audienceSchoolIds: '',
    audienceNotAttended: '',
    deadlineDate: '',
    deadlineTime: '',
    remindNonResponders: '',
    remindAttendees: '',
    q1Label: '',
    q1Choices: '',
    q1Required: '',
    q2Label: '',
    q2Choices: '',
    q2Required: '',
    registrationMode: 'direct',
    confirmDaysBefore: String(DEFAULT_CONFIRM_DAYS_BEFORE),
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  } as MeetingFormValues;
};

/** A draft (or sent meeting) as form values, times in Amsterdam, for "Wijzigen". */
export const meetingToFormValues = (meeting: Meeting): MeetingFormValues => {
  const values: Record<string, string | null> = {
    ...emptyMeetingForm(),
    meetingId: meeting.id,
    title: meeting.title,
    type: meeting.type,
    description: meeting.description,
    sessionChoice: meeting.sessionChoice,
    audienceRoles: meeting.audience.roles.join(','),
    audienceSectors: meeting.audience.sectors.join(','),
    audienceSchoolIds: meeting.audience.schoolIds.join(','),
    audienceNotAttended: notAttendedValue(meeting.audience.notAttended),
    deadlineDate: meeting.registrationDeadline ? date(meeting.registrationDeadline) : '',
    deadlineTime: meeting.registrationDeadline ? time(meeting.registrationDeadline) : '',
    remindNonResponders: meeting.reminderPlan.nonRespondersDaysBeforeDeadline.join(','),
    remindAttendees: meeting.reminderPlan.attendeesDaysBefore.join(','),
    registrationMode: registrationModeOf(meeting),
    confirmDaysBefore: String(meeting.confirmDaysBefore ?? DEFAULT_CONFIRM_DAYS_BEFORE),
    contactName: meeting.contact?.name ?? '',
    contactEmail: meeting.contact?.email ?? '',
    contactPhone: meeting.contact?.phone ?? '',
  };
  (meeting.questions ?? []).slice(0, 2).forEach((q, i) => {
    values[`q${i + 1}Label`] = q.label;
    values[`q${i + 1}Choices`] = q.choices.join(', ');
    values[`q${i + 1}Required`] = q.required ? 'true' : '';
  });
  meeting.sessions.slice(0, MAX_FORM_SESSIONS).forEach((s, i) => {
    values[sessionFieldId(i, 'Date')] = date(s.startsAt);
    values[sessionFieldId(i, 'Start')] = time(s.startsAt);
    values[sessionFieldId(i, 'End')] = time(s.endsAt);
    values[sessionFieldId(i, 'Location')] = s.location ?? '';
    values[sessionFieldId(i, 'OnlineUrl')] = s.onlineUrl ?? '';
    values[sessionFieldId(i, 'Capacity')] = s.capacity === null ? '' : String(s.capacity);
    values[sessionFieldId(i, 'Region')] = s.region ?? '';
    values[sessionFieldId(i, 'Name')] = s.name ?? '';
    values[sessionFieldId(i, 'Sectors')] = s.sectors.join(',');
  });
  return values as MeetingFormValues;
};
