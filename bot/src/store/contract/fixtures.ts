/** Records for the contract suites. Fixed dates: "today" is 2026-11-25 (school year 2026-2027). */
import type { Framework, Meeting, NiveauOverzicht, Person, Reflection, Rsvp, School, Session } from '@samen/shared';
import type { Expected, NewOutboxItem, OutboxMessage, Stores } from '../ports.js';

export type MakeStores = () => Promise<Stores>;

export const NOW = new Date('2026-11-25T10:00:00+01:00');
export const pad = (n: number): string => String(n).padStart(4, '0');

type New<T> = Omit<T, 'version'> & Expected;

export const aSchool = (n = 1, over: Partial<New<School>> = {}): New<School> => ({
  id: `school-${pad(n)}`,
  name: `Basisschool De Linde ${n}`,
  sector: 'PO',
  region: 'midden',
  place: 'Amersfoort',
  expectedVersion: '',
  ...over,
});

export const aPerson = (n = 1, over: Partial<New<Person>> = {}): New<Person> => ({
  id: `person-${pad(n)}`,
  aadObjectId: `aad-${pad(n)}`,
  name: `Medewerker ${n}`,
  email: `medewerker${n}@school.example`,
  schoolIds: ['school-0001', 'school-0002'],
  roles: ['ib', 'leerkracht'],
  locale: 'nl',
  expectedVersion: '',
  ...over,
});

export const aSession = (n = 1, over: Partial<Session> = {}): Session => ({
  id: `session-${n}`,
  startsAt: `2027-01-1${n}T19:00:00+01:00`,
  endsAt: `2027-01-1${n}T21:00:00+01:00`,
  location: 'Zaal 2, Stadhuisplein 1',
  onlineUrl: null,
  region: 'noord',
  sectors: ['PO', 'SBO'],
  capacity: 20,
  ...over,
});

export const aMeeting = (n = 1, over: Partial<New<Meeting>> = {}): New<Meeting> => ({
  id: `meeting-${pad(n)}`,
  title: `PLG lezen ${n}`,
  type: 'plg',
  description: 'Samen kijken naar leesonderwijs.',
  sessions: [aSession(1), aSession(2, { capacity: null, location: null, onlineUrl: 'https://teams.example/x' })],
  sessionChoice: 'one',
  audience: { roles: ['ib', 'leesspecialist'], sectors: ['PO'], schoolIds: [] },
  registrationDeadline: '2027-01-08T23:59:00+01:00',
  organiserId: 'person-0001',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [7, 2], attendeesDaysBefore: [1] },
  status: 'verstuurd',
  createdAt: '2026-11-20T09:00:00+01:00',
  expectedVersion: '',
  ...over,
});

export const anRsvp = (n = 1, over: Partial<Rsvp> = {}): Rsvp => ({
  id: `rsvp-${pad(n)}`,
  meetingId: 'meeting-0001',
  sessionId: 'session-1',
  personId: `person-${pad(n)}`,
  status: 'booked',
  statusSince: '2026-11-25T09:00:00.000Z',
  source: 'card',
  version: '',
  ...over,
});

export const aNiveau = (
  schoolId = 'school-0001',
  title = 'Basisondersteuning',
): Omit<NiveauOverzicht, 'version' | 'revision'> & Expected => ({
  schoolId,
  levels: [
    {
      level: 1,
      title,
      whatHappens: ['Goede instructie in de groep', 'Observeren en signaleren'],
      responsible: 'Leerkracht',
      parentCycle: 'Startgesprek en twee voortgangsgesprekken',
      programmes: [],
      pupilCount: null,
    },
    {
      level: 3,
      title: 'Extra ondersteuning',
      whatHappens: ['Handelingsplan met ib'],
      responsible: 'Intern begeleider',
      parentCycle: 'Elke zes weken',
      programmes: ['Bouw!'],
      pupilCount: 12,
    },
  ],
  updatedAt: '2026-11-25T10:00:00+01:00',
  updatedBy: 'person-0001',
  expectedVersion: '',
});

export const aFramework = (schoolYear = '2026-2027'): Omit<Framework, 'version' | 'revision'> & Expected => ({
  schoolYear,
  items: [
    { id: 'u1', kind: 'uitgangspunt', title: 'Thuisnabij onderwijs', explanation: 'Zo dicht mogelijk bij huis.' },
    { id: 'b1', kind: 'bouwsteen', title: 'Samen met ouders', explanation: 'Ouders als partner.' },
  ],
  isExample: true,
  expectedVersion: '',
});

export const aReflection = (schoolId = 'school-0001', over: Partial<New<Reflection>> = {}): New<Reflection> => ({
  schoolId,
  schoolYear: '2026-2027',
  frameworkRevision: 1,
  answers: { u1: { waarStaanWij: 'Vertrouwelijk antwoord', houdenErinAnders: 'Meer overleg', aanpak: 'Planning' } },
  status: 'concept',
  grants: [],
  updatedAt: '2026-11-25T10:00:00+01:00',
  updatedBy: 'person-0001',
  expectedVersion: '',
  ...over,
});

export type NewOutbox = NewOutboxItem;

/** An invitation to meeting-0001 for person-0001 unless `message` says what else (kind, subject, payload). */
export const anOutboxItem = (
  key: string,
  notBefore = '2026-11-25T09:00:00.000Z',
  message: OutboxMessage = { kind: 'invitation', meetingId: 'meeting-0001', payload: {} },
  personId = 'person-0001',
): NewOutboxItem => ({ ...message, key, personId, notBefore });

/** Unwraps an ok Result or fails the test with the error code. */
export const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  return r.value;
};
