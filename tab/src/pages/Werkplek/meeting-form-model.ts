/**
 * The workspace form's state, and the way to and from what the API takes (`MeetingInputSchema`'s
 * shape) and gives (a stored Meeting). Times are typed and shown in Europe/Amsterdam. A new field is a
 * line in the state, one in `toInput` and one in `fromMeeting`.
 */
import { amsterdamIso, DEFAULT_CONFIRM_DAYS_BEFORE, type Meeting, type MeetingType, type Region, type RegistrationMode, type Role, type Sector } from '@samen/shared';

export interface SessionForm {
  /** React key; stays with the row while rows are added and removed. */
  readonly key: string;
  /** The stored session's id (keeps its registrations); absent for a new row. */
  readonly id?: string;
  /** "Regio Noord — Wolvega"; empty = "Sessie n". */
  readonly name: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly onlineUrl: string;
  readonly region: Region | '';
  readonly sectors: readonly Sector[];
  readonly capacity: string;
}

export interface QuestionForm {
  readonly key: string;
  readonly label: string;
  readonly choices: string;
  readonly required: boolean;
}

export interface MeetingForm {
  readonly title: string;
  readonly type: MeetingType;
  readonly description: string;
  readonly sessionChoice: 'one' | 'each';
  readonly sessions: readonly SessionForm[];
  readonly roles: readonly Role[];
  readonly sectors: readonly Sector[];
  readonly schoolIds: readonly string[];
  readonly deadlineDate: string;
  readonly deadlineTime: string;
  readonly remindNonResponders: string;
  readonly remindAttendees: string;
  readonly questions: readonly QuestionForm[];
  readonly registrationMode: RegistrationMode;
  readonly confirmDays: string;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
}

let keys = 0;
export const newKey = (): string => `row-${++keys}`;

export const emptySession = (): SessionForm => ({
  key: newKey(), name: '', date: '', start: '', end: '', location: '', onlineUrl: '', region: '', sectors: [], capacity: '',
});

export const emptyForm = (): MeetingForm => ({
  title: '',
  type: 'plg',
  description: '',
  sessionChoice: 'one',
  sessions: [emptySession()],
  roles: [],
  sectors: [],
  schoolIds: [],
  deadlineDate: '',
  deadlineTime: '',
  remindNonResponders: '',
  remindAttendees: '',
  questions: [],
  registrationMode: 'direct',
  confirmDays: String(DEFAULT_CONFIRM_DAYS_BEFORE),
  contactName: '',
  contactEmail: '',
  contactPhone: '',
});

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "2027-01-12T14:30:00Z" → { date: "2027-01-12", time: "15:30" } in Amsterdam. */
export const amsterdamParts = (iso: string): { date: string; time: string } => {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p['year']}-${p['month']}-${p['day']}`, time: `${p['hour']}:${p['minute']}` };
};

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
/** "7, 1" → [7, 1]; a word stays a word so the API names the field. */
const days = (v: string): unknown[] => list(v).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The body's `meeting`: what MeetingInputSchema reads. Empty optional fields are sent as null. */
export const toInput = (f: MeetingForm): Record<string, unknown> => ({
  title: f.title,
  type: f.type,
  description: f.description,
  sessionChoice: f.sessionChoice,
  sessions: f.sessions.map((s) => ({
    ...(s.id ? { id: s.id } : {}),
    name: s.name.trim() === '' ? null : s.name,
    startsAt: amsterdamIso(s.date, s.start),
    endsAt: amsterdamIso(s.date, s.end),
    location: s.location.trim() === '' ? null : s.location,
    onlineUrl: s.onlineUrl.trim() === '' ? null : s.onlineUrl.trim(),
    region: s.region === '' ? null : s.region,
    sectors: s.sectors,
    capacity: s.capacity.trim() === '' ? null : Number(s.capacity),
  })),
  audience: { roles: f.roles, sectors: f.sectors, schoolIds: f.schoolIds },
  registrationDeadline: f.deadlineDate ? amsterdamIso(f.deadlineDate, f.deadlineTime || '23:59') : null,
  reminderPlan: { nonRespondersDaysBeforeDeadline: days(f.remindNonResponders), attendeesDaysBefore: days(f.remindAttendees) },
  questions: f.questions.map((q) => ({ label: q.label, choices: list(q.choices), required: q.required })),
  registrationMode: f.registrationMode,
  confirmDaysBefore: /^\d+$/.test(f.confirmDays.trim()) ? Number(f.confirmDays.trim()) : f.confirmDays,
  // No name and no address: the partnership's contact person. One of them: the API names what is missing.
  contact:
    f.contactName.trim() === '' && f.contactEmail.trim() === ''
      ? null
      : { name: f.contactName, email: f.contactEmail, phone: f.contactPhone.trim() === '' ? null : f.contactPhone },
});

export const fromMeeting = (m: Meeting): MeetingForm => {
  const deadline = m.registrationDeadline ? amsterdamParts(m.registrationDeadline) : null;
  return {
    title: m.title,
    type: m.type,
    description: m.description,
    sessionChoice: m.sessionChoice,
    sessions: m.sessions.map((s) => ({
      key: newKey(),
      id: s.id,
      name: s.name ?? '',
      date: amsterdamParts(s.startsAt).date,
      start: amsterdamParts(s.startsAt).time,
      end: amsterdamParts(s.endsAt).time,
      location: s.location ?? '',
      onlineUrl: s.onlineUrl ?? '',
      region: s.region ?? '',
      sectors: s.sectors,
      capacity: s.capacity === null ? '' : String(s.capacity),
    })),
    roles: m.audience.roles,
    sectors: m.audience.sectors,
    schoolIds: m.audience.schoolIds,
    deadlineDate: deadline?.date ?? '',
    deadlineTime: deadline?.time ?? '',
    remindNonResponders: m.reminderPlan.nonRespondersDaysBeforeDeadline.join(', '),
    remindAttendees: m.reminderPlan.attendeesDaysBefore.join(', '),
    questions: (m.questions ?? []).map((q) => ({ key: newKey(), label: q.label, choices: q.choices.join(', '), required: q.required })),
    registrationMode: m.registrationMode ?? 'direct',
    confirmDays: String(m.confirmDaysBefore ?? DEFAULT_CONFIRM_DAYS_BEFORE),
    contactName: m.contact?.name ?? '',
    contactEmail: m.contact?.email ?? '',
    contactPhone: m.contact?.phone ?? '',
  };
};

/**
 * The API's field paths → where the page shows them: "sessions.1.endsAt" stays, a path deeper than a
 * field ("reminderPlan.attendeesDaysBefore.0", "audience.roles.2") goes to its field; the first wins.
 */
export const errorsByField = (byPath: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    const [head = '', second, third] = path.split('.');
    const field =
      head === 'sessions' && second !== undefined && third !== undefined ? `sessions.${second}.${third}`
      : head === 'reminderPlan' && second !== undefined ? `reminderPlan.${second}`
      : head === 'questions' && second !== undefined ? `questions.${second}`
      : head === '' ? 'title'
      : head;
    out[field] ??= message;
  }
  return out;
};
