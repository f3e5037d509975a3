import { describe, expect, it } from 'vitest';
import { exampleFramework } from '../domain/handreiking-example.js';
import { newReflection } from '../domain/handreiking.js';
import { newNiveauOverzicht } from '../domain/niveau-overzicht.js';
import { meeting, rsvp } from '../domain/test-fixtures.js';
import {
  FrameworkSchema,
  MeetingInputSchema,
  MeetingSchema,
  NiveauOverzichtSchema,
  PersonSchema,
  ReflectionSchema,
  RsvpSchema,
  SchoolSchema,
  meetingInputErrors,
} from './domain.js';

const NOW = '2026-11-25T10:00:00+01:00';
const stored = { version: 'etag-1' };
const records = {
  school: {
    schema: SchoolSchema,
    value: { id: 's1', name: 'De Klimop', sector: 'PO', region: 'noord', place: 'Wolvega', ...stored },
  },
  person: {
    schema: PersonSchema,
    value: {
      id: 'p1',
      aadObjectId: 'aad-1',
      name: 'A. Jansen',
      email: 'a@school.example',
      schoolIds: ['s1'],
      roles: ['ib'],
      locale: 'nl',
      ...stored,
    },
  },
  meeting: { schema: MeetingSchema, value: meeting() },
  rsvp: { schema: RsvpSchema, value: rsvp('p1', 'waitlisted') },
  niveau: { schema: NiveauOverzichtSchema, value: { ...newNiveauOverzicht('s1', 'p1', NOW), revision: 1, ...stored } },
  framework: { schema: FrameworkSchema, value: { ...exampleFramework('2026-2027'), ...stored } },
  reflection: {
    schema: ReflectionSchema,
    value: { ...newReflection('s1', exampleFramework('2026-2027'), 'p1', NOW), ...stored },
  },
} as const;
const all = Object.entries(records).map(([name, r]) => ({ name, ...r }));

describe('record schemas', () => {
  it.each(all)('accept a well-formed $name record', ({ schema, value }) => {
    expect(schema.safeParse(value).success).toBe(true);
  });

  it.each(all)('refuse a $name record with an unknown field', ({ schema, value }) => {
    expect(schema.safeParse({ ...value, extra: 1 }).success).toBe(false);
  });

  it.each(all)('refuse a $name record without a version', ({ schema, value }) => {
    expect(schema.safeParse({ ...value, version: '' }).success).toBe(false);
  });

  it.each([
    { name: 'an RSVP with an unknown status', schema: RsvpSchema, value: { ...records.rsvp.value, status: 'gone' } },
    {
      name: 'a session time without a zone',
      schema: MeetingSchema,
      value: meeting({ createdAt: '2026-11-01T09:00:00' }),
    },
    {
      name: 'a negative pupil count',
      schema: NiveauOverzichtSchema,
      value: { ...records.niveau.value, levels: [{ ...records.niveau.value.levels[0]!, pupilCount: -1 }] },
    },
    {
      name: 'a level 6',
      schema: NiveauOverzichtSchema,
      value: { ...records.niveau.value, levels: [{ ...records.niveau.value.levels[0]!, level: 6 }] },
    },
    {
      name: 'a school year that skips a year',
      schema: ReflectionSchema,
      value: { ...records.reflection.value, schoolYear: '2026-2028' },
    },
    {
      name: 'a person with an unknown role',
      schema: PersonSchema,
      value: { ...records.person.value, roles: ['conciërge'] },
    },
  ])('refuse $name', ({ schema, value }) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

const session = {
  startsAt: '2026-12-10T09:00:00+01:00',
  endsAt: '2026-12-10T11:00:00+01:00',
  location: 'Zaal 1',
  onlineUrl: '',
  capacity: 20,
};
const input = {
  title: 'IB/OO-bijeenkomst',
  type: 'ib-oo',
  sessions: [session],
  registrationDeadline: '2026-12-01T23:59:00+01:00',
};
const errorsOf = (value: unknown, locale: 'nl' | 'en' = 'nl') => {
  const parsed = MeetingInputSchema.safeParse(value);
  return parsed.success ? {} : meetingInputErrors(parsed.error, locale);
};

describe('MeetingInputSchema', () => {
  it('accepts a complete meeting and fills in the defaults', () => {
    const parsed = MeetingInputSchema.parse(input);
    expect(parsed).toMatchObject({
      description: '',
      sessionChoice: 'each',
      audience: { roles: [], sectors: [], schoolIds: [] },
    });
    expect(parsed.sessions[0]).toMatchObject({
      location: 'Zaal 1',
      onlineUrl: null,
      region: null,
      sectors: [],
      capacity: 20,
    });
  });

  it.each([
    {
      name: 'an online-only session',
      change: { sessions: [{ ...session, location: '', onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc' }] },
    },
    { name: 'unlimited places', change: { sessions: [{ ...session, capacity: null }] } },
    { name: 'no deadline', change: { registrationDeadline: null } },
  ])('accepts $name', ({ change }) => {
    expect(errorsOf({ ...input, ...change })).toEqual({});
  });

  it.each([
    {
      name: 'a title of 2 characters',
      change: { title: 'ab' },
      path: 'title',
      message: 'Geef de bijeenkomst een titel van 3 tot 120 tekens.',
    },
    {
      name: 'a title of 121 characters',
      change: { title: 'x'.repeat(121) },
      path: 'title',
      message: 'Geef de bijeenkomst een titel van 3 tot 120 tekens.',
    },
    {
      name: 'a title that is not text',
      change: { title: 42 },
      path: 'title',
      message: 'Geef de bijeenkomst een titel van 3 tot 120 tekens.',
    },
    { name: 'no sessions', change: { sessions: [] }, path: 'sessions', message: 'Voeg minstens één sessie toe.' },
    {
      name: 'an end before the start',
      change: { sessions: [{ ...session, endsAt: '2026-12-10T08:00:00+01:00' }] },
      path: 'sessions.0.endsAt',
      message: 'De eindtijd moet na de begintijd liggen.',
    },
    {
      name: 'zero places',
      change: { sessions: [{ ...session, capacity: 0 }] },
      path: 'sessions.0.capacity',
      message: 'Vul een aantal plaatsen van 1 of meer in, of laat het leeg voor onbeperkt.',
    },
    {
      name: 'half a place',
      change: { sessions: [{ ...session, capacity: 2.5 }] },
      path: 'sessions.0.capacity',
      message: 'Vul een aantal plaatsen van 1 of meer in, of laat het leeg voor onbeperkt.',
    },
    {
      name: 'neither location nor link',
      change: { sessions: [{ ...session, location: ' ' }] },
      path: 'sessions.0.location',
      message: 'Vul een locatie of een online link in.',
    },
    {
      name: 'a link without https',
      change: { sessions: [{ ...session, onlineUrl: 'http://teams.example/abc' }] },
      path: 'sessions.0.onlineUrl',
      message: 'Gebruik een volledige link die begint met https://.',
    },
    {
      name: 'a deadline after the first session',
      change: { registrationDeadline: '2026-12-10T09:30:00+01:00' },
      path: 'registrationDeadline',
      message: 'De uiterste aanmelddatum moet vóór de eerste sessie liggen.',
    },
    {
      name: 'a start without a zone',
      change: { sessions: [{ ...session, startsAt: '2026-12-10T09:00' }] },
      path: 'sessions.0.startsAt',
      message: 'Vul een geldige begindatum en -tijd in.',
    },
    {
      name: 'an unknown field',
      change: { kleur: 'blauw' },
      path: 'kleur',
      message: 'Dit veld hoort niet bij een bijeenkomst.',
    },
  ])('refuses $name with a Dutch message on $path', ({ change, path, message }) => {
    expect(errorsOf({ ...input, ...change })[path]).toBe(message);
  });

  it('reports every wrong field at once, so the form can mark them all', () => {
    const errors = errorsOf({
      ...input,
      title: '',
      registrationDeadline: '2027-01-01T00:00:00+01:00',
      sessions: [session, { ...session, capacity: -1 }],
    });
    expect(Object.keys(errors).sort()).toEqual(['registrationDeadline', 'sessions.1.capacity', 'title']);
  });

  it('speaks English to an English user', () => {
    expect(errorsOf({ ...input, sessions: [] }, 'en')).toEqual({ sessions: 'Add at least one session.' });
  });
});
