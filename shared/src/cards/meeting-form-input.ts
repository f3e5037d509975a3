/**
 * From the flat form values to the shape MeetingInputSchema (schemas/domain.ts) validates, and its
 * error paths ("sessions.0.endsAt") back to the form's input ids ("s0End") to show under the field.
 */
import { DateTime } from 'luxon';
import { ZONE } from '../domain/school-year.js';
import { notAttendedInput } from './meeting-form-not-attended.js';
import { MAX_FORM_SESSIONS, SESSION_FIELDS, sessionFieldId, type MeetingFormField, type MeetingFormValues, type SessionField } from '../schemas/card-actions.js';

const csv = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const orNull = (v: string) => (v === '' ? null : v);

/** "2027-06-15" + "14:00" in Amsterdam → "2027-06-15T14:00:00.000+02:00"; '' when either is missing or invalid. */
export const amsterdamIso = (date: string, time: string): string => {
  if (!date || !time) return '';
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return dt.isValid ? (dt.toISO() ?? '') : '';
};

/** An informatiebijeenkomst without an end time lasts half an hour. */
export const INFORMATIE_MINUTES = 30;
const halfHourAfter = (startIso: string): string =>
  startIso === '' ? '' : (DateTime.fromISO(startIso, { setZone: true }).plus({ minutes: INFORMATIE_MINUTES }).toISO() ?? '');

export interface FormAsInput {
  /** Raw input for MeetingInputSchema.safeParse. */
  readonly input: Record<string, unknown>;
  /** sessions[i] came from form slot slotOfSession[i] (empty slots are skipped). */
  readonly slotOfSession: readonly number[];
}

/** All three contact fields empty = no contact of its own (the partnership's default is shown). */
const contactOf = (values: MeetingFormValues) =>
  values.contactName === '' && values.contactEmail === '' && values.contactPhone === ''
    ? null
    : { name: values.contactName, email: values.contactEmail, phone: values.contactPhone };

export const formToMeetingInput = (values: MeetingFormValues): FormAsInput => {
  const v = (i: number, f: SessionField) => values[sessionFieldId(i, f)];
  const slots = Array.from({ length: MAX_FORM_SESSIONS }, (_, i) => i).filter((i) => SESSION_FIELDS.some((f) => v(i, f) !== ''));
  const sessions = slots.map((i) => ({
    name: v(i, 'Name'),
    startsAt: amsterdamIso(v(i, 'Date'), v(i, 'Start')),
    endsAt: v(i, 'End') === '' && values.type === 'informatie' ? halfHourAfter(amsterdamIso(v(i, 'Date'), v(i, 'Start'))) : amsterdamIso(v(i, 'Date'), v(i, 'End')),
    location: orNull(v(i, 'Location')),
    onlineUrl: orNull(v(i, 'OnlineUrl')),
    region: orNull(v(i, 'Region')),
    sectors: csv(v(i, 'Sectors')),
    capacity: v(i, 'Capacity') === '' ? null : Number(v(i, 'Capacity')),
  }));
  const deadline = values.deadlineDate ? amsterdamIso(values.deadlineDate, values.deadlineTime || '23:59') : null;
  return {
    slotOfSession: slots,
    input: {
      title: values.title,
      type: values.type,
      description: values.description,
      sessions,
      sessionChoice: values.sessionChoice || 'one',
      audience: { roles: csv(values.audienceRoles), sectors: csv(values.audienceSectors), schoolIds: csv(values.audienceSchoolIds), ...notAttendedInput(values.audienceNotAttended) },
      registrationDeadline: deadline,
      questions: (['q1', 'q2'] as const)
        .filter((q) => values[`${q}Label`] !== '' || values[`${q}Choices`] !== '')
        .map((q) => ({ label: values[`${q}Label`], choices: csv(values[`${q}Choices`]), required: values[`${q}Required`] === 'true' })),
      reminderPlan: {
        nonRespondersDaysBeforeDeadline: csv(values.remindNonResponders).map(Number),
        attendeesDaysBefore: csv(values.remindAttendees).map(Number),
      },
      registrationMode: values.registrationMode || 'direct',
      confirmDaysBefore: values.confirmDaysBefore === '' ? undefined : Number(values.confirmDaysBefore),
      contact: contactOf(values),
    },
  };
};

const SESSION_PATHS: Record<string, SessionField> = {
  name: 'Name',
  startsAt: 'Date',
  endsAt: 'End',
  location: 'Location',
  onlineUrl: 'OnlineUrl',
  region: 'Region',
  sectors: 'Sectors',
  capacity: 'Capacity',
};
const CONTACT_PATHS: Record<string, MeetingFormField> = { name: 'contactName', email: 'contactEmail', phone: 'contactPhone' };
const TOP_PATHS: Record<string, MeetingFormField> = {
  title: 'title',
  type: 'type',
  description: 'description',
  sessionChoice: 'sessionChoice',
  sessions: 's0Date',
  registrationDeadline: 'deadlineDate',
  audience: 'audienceRoles',
  reminderPlan: 'remindNonResponders',
  questions: 'q1Label',
  registrationMode: 'registrationMode',
  confirmDaysBefore: 'confirmDaysBefore',
  contact: 'contactName',
};

/** Field path → message (from meetingInputErrors) to input id → message; the first message per input wins. */
export const formErrorsFromPaths = (byPath: Readonly<Record<string, string>>, slotOfSession: readonly number[]): Partial<Record<MeetingFormField, string>> => {
  const out: Partial<Record<MeetingFormField, string>> = {};
  for (const [path, message] of Object.entries(byPath)) {
    const [head = '', index, sub] = path.split('.');
    const slot = head === 'sessions' && index !== undefined ? slotOfSession[Number(index)] : undefined;
    const field =
      slot !== undefined && sub && SESSION_PATHS[sub]
        ? sessionFieldId(slot, SESSION_PATHS[sub])
        : head === 'audience' && index === 'notAttended'
          ? 'audienceNotAttended'
          : head === 'reminderPlan' && index === 'attendeesDaysBefore'
          ? 'remindAttendees'
          : head === 'contact' && index !== undefined && CONTACT_PATHS[index]
            ? CONTACT_PATHS[index]
            : (TOP_PATHS[head] ?? 'title');
    out[field] ??= message;
  }
  return out;
};
