/**
 * One mapping per record between the domain and SharePoint list fields (column names from
 * infra/sharepoint/lists.ts). Items read back are validated with the shared domain schemas.
 * SharePoint leaves empty columns out of `fields`, so an absent value reads as null.
 */
import {
  grantsFromStored,
  isSharedWithSwv,
  FrameworkSchema,
  MeetingSchema,
  PersonSchema,
  ReflectionSchema,
  RsvpSchema,
  SchoolSchema,
  type Framework,
  type Meeting,
  type Person,
  type Reflection,
  type Rsvp,
  type School,
} from '@samen/shared';
import type { Fields } from './list-client.js';
import type { ListMapping } from './record-list.js';

type F = Readonly<Record<string, unknown>>;

export const json = (value: unknown): string => JSON.stringify(value ?? null);
export const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : undefined);
export const orNull = (value: unknown): unknown => value ?? null;
/** Title is SharePoint's built-in column: kept readable for people browsing the list. */
const title = (s: string): string => s.slice(0, 255);

export const schoolMapping: ListMapping<School> = {
  keyColumn: 'RecordId',
  keyOf: (s) => s.id,
  toFields: (s) => ({ Title: title(s.name), RecordId: s.id, Name: s.name, Sector: s.sector, Region: s.region, Place: s.place }),
  toDomain: (f: F, version) =>
    SchoolSchema.parse({ id: f.RecordId, name: f.Name, sector: f.Sector, region: f.Region, place: f.Place ?? '', version }),
};

export const personMapping: ListMapping<Person> = {
  keyColumn: 'RecordId',
  keyOf: (p) => p.id,
  toFields: (p) => ({
    Title: title(p.id),
    RecordId: p.id,
    AadObjectId: p.aadObjectId,
    Name: p.name,
    Email: p.email,
    Locale: p.locale,
    SchoolIds: json(p.schoolIds),
    Roles: json(p.roles),
  }),
  toDomain: (f: F, version) =>
    PersonSchema.parse({
      id: f.RecordId,
      aadObjectId: f.AadObjectId,
      name: f.Name ?? '',
      email: f.Email ?? '',
      locale: f.Locale,
      schoolIds: fromJson(f.SchoolIds),
      roles: fromJson(f.Roles),
      version,
    }),
};

export const meetingMapping: ListMapping<Meeting> = {
  keyColumn: 'RecordId',
  keyOf: (m) => m.id,
  toFields: (m) => ({
    Title: title(m.title),
    RecordId: m.id,
    Status: m.status,
    MeetingType: m.type,
    OrganiserId: m.organiserId,
    CreatedAt: m.createdAt,
    Data: json({
      title: m.title,
      description: m.description,
      sessions: m.sessions,
      sessionChoice: m.sessionChoice,
      audience: m.audience,
      registrationDeadline: m.registrationDeadline,
      reminderPlan: m.reminderPlan,
      ...(m.questions ? { questions: m.questions } : {}),
      ...(m.registrationMode ? { registrationMode: m.registrationMode } : {}),
      ...(m.confirmDaysBefore !== undefined ? { confirmDaysBefore: m.confirmDaysBefore } : {}),
      ...(m.selectionConfirmedAt !== undefined ? { selectionConfirmedAt: m.selectionConfirmedAt } : {}),
      ...(m.contact !== undefined ? { contact: m.contact } : {}),
      ...(m.sectorExceptions ? { sectorExceptions: m.sectorExceptions } : {}),
    }),
  }),
  toDomain: (f: F, version) => {
    const data = fromJson(f.Data);
    return MeetingSchema.parse({
      ...(typeof data === 'object' && data !== null ? data : {}),
      id: f.RecordId,
      type: f.MeetingType,
      status: f.Status,
      organiserId: f.OrganiserId,
      createdAt: f.CreatedAt,
      version,
    });
  },
};

export const rsvpKey = (r: Pick<Rsvp, 'meetingId' | 'sessionId' | 'personId'>): string => `${r.meetingId}|${r.sessionId}|${r.personId}`;

export const rsvpMapping: ListMapping<Rsvp> = {
  keyColumn: 'RecordId',
  keyOf: (r) => r.id,
  toFields: (r): Fields => ({
    Title: title(r.id),
    RecordId: r.id,
    RsvpKey: rsvpKey(r),
    MeetingId: r.meetingId,
    SessionId: r.sessionId,
    PersonId: r.personId,
    Status: r.status,
    StatusSince: r.statusSince,
    Source: r.source,
    Answers: r.answers ? json(r.answers) : null,
    Attendance: r.attended === undefined ? null : r.attended ? 'aanwezig' : 'afwezig',
  }),
  toDomain: (f: F, version) =>
    RsvpSchema.parse({
      ...(typeof f.Answers === 'string' && f.Answers !== '' ? { answers: fromJson(f.Answers) } : {}),
      id: f.RecordId,
      meetingId: f.MeetingId,
      sessionId: f.SessionId,
      personId: f.PersonId,
      status: f.Status,
      statusSince: f.StatusSince,
      source: f.Source,
      ...(f.Attendance === 'aanwezig' || f.Attendance === 'afwezig' ? { attended: f.Attendance === 'aanwezig' } : {}),
      version,
    }),
};

export const frameworkFields = (fw: Omit<Framework, 'version' | 'revision'>, revision: number): Fields => ({
  Title: fw.schoolYear,
  SchoolYear: fw.schoolYear,
  Revision: revision,
  IsExample: fw.isExample,
  Items: json(fw.items),
});

export const frameworkToDomain = (f: F, version: string): Framework =>
  FrameworkSchema.parse({ schoolYear: f.SchoolYear, items: fromJson(f.Items), isExample: f.IsExample ?? false, revision: f.Revision, version });

export const reflectionKey = (schoolId: string, schoolYear: string): string => `${schoolId}|${schoolYear}`;

export const reflectionMapping: ListMapping<Reflection> = {
  keyColumn: 'ReflectionKey',
  keyOf: (r) => reflectionKey(r.schoolId, r.schoolYear),
  toFields: (r) => ({
    Title: title(reflectionKey(r.schoolId, r.schoolYear)),
    ReflectionKey: reflectionKey(r.schoolId, r.schoolYear),
    SchoolId: r.schoolId,
    SchoolYear: r.schoolYear,
    FrameworkRevision: r.frameworkRevision,
    Status: r.status,
    SharedWithSwv: isSharedWithSwv(r),
    Grants: json(r.grants),
    UpdatedAt: r.updatedAt,
    UpdatedBy: r.updatedBy,
    Answers: json(r.answers),
  }),
  toDomain: (f: F, version) =>
    ReflectionSchema.parse({
      schoolId: f.SchoolId,
      schoolYear: f.SchoolYear,
      frameworkRevision: f.FrameworkRevision,
      answers: fromJson(f.Answers),
      status: f.Status,
      grants: grantsOfItem(f),
      updatedAt: f.UpdatedAt,
      updatedBy: f.UpdatedBy,
      version,
    }),
};

/**
 * The grants of a reflection item (school list or partnership mirror). No `Grants` yet: an item
 * from before grants, its `SharedWithSwv` read as a partnership grant.
 */
export const grantsOfItem = (f: F): unknown =>
  typeof f.Grants === 'string' && f.Grants !== ''
    ? fromJson(f.Grants)
    : grantsFromStored(null, f.SharedWithSwv === true, String(f.UpdatedBy), String(f.UpdatedAt));
