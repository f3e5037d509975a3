/**
 * Pure mapping of Microsoft Forms registrations (rows of the `Formulierantwoorden` list a Power
 * Automate flow fills, forms-list.ts) to RSVP requests: people matched by e-mail/UPN (trimmed,
 * case-insensitive), sessions by their label in the form. No I/O.
 */
import { registrantRoleOf, registrantSectorOf, type FormsRowProblem, type Id, type Meeting, type Person, type RegistrantDetails, type School } from '@samen/shared';
import { z } from 'zod';
import { ANSWER_COLUMNS, type FormResponse } from '../../store/ports-form-responses.js';

/** Columns of the list Formulierantwoorden a mapping may point a question to (docs/sharepoint.md). */
const FORM_COLUMNS = ['Name', 'Role', 'School', 'Session', ...Array.from({ length: ANSWER_COLUMNS }, (_, i) => `Answer${i + 1}`)] as const;
type FormColumn = (typeof FORM_COLUMNS)[number];

/**
 * Present: the form is open to people outside the organisation (parents, pupils): a response whose
 * e-mail is not in the directory becomes an external registrant. Which column holds their name, role
 * and sector (the flow's Name and Role columns by default; no sector unless named).
 */
export const RegistrantColumnsSchema = z.strictObject({
  name: z.enum(FORM_COLUMNS).default('Name'),
  role: z.enum(FORM_COLUMNS).default('Role'),
  sector: z.enum(FORM_COLUMNS).optional(),
});

/**
 * A meeting's registration form: which form (the FormId the flow writes) and, for a meeting with
 * several sessions, which answer to the session question means which session.
 */
export const FormsMappingSchema = z.strictObject({
  /** Optional: a mapping without a kind is a meeting's registration form (survey forms: forms-survey-rows.ts). */
  kind: z.literal('meeting').default('meeting'),
  meetingId: z.string().min(1),
  /** The text the flow puts in the FormId column for this form (docs/sharepoint.md). */
  formId: z.string().trim().min(1).max(255),
  /** Answer text of the session question → session id. Not needed for a single-session meeting. */
  sessions: z.record(z.string(), z.string()).default({}),
  /** Optional: registrations from people outside the organisation (see RegistrantColumnsSchema). */
  registrants: RegistrantColumnsSchema.optional(),
});
export type FormsMapping = z.output<typeof FormsMappingSchema>;

export type RowProblem = Exclude<FormsRowProblem, 'refused' | 'malformed'>;

export type Respondent = { readonly kind: 'person'; readonly person: Person } | { readonly kind: 'external'; readonly details: RegistrantDetails };

export type MappedRow =
  | { readonly row: number; readonly key: string; readonly ok: true; readonly who: Respondent; readonly sessionId: Id; readonly unknownSchool: string | null }
  | { readonly row: number; readonly key: string; readonly ok: false; readonly problem: RowProblem };

const norm = (v: string): string => v.replace(/\s+/g, ' ').trim();
export const normEmail = (v: string): string => norm(v).toLowerCase();

/** A response's identity in the ledger: Forms' own response number (a form's responses are numbered once). */
export const responseKey = (r: Pick<FormResponse, 'responseId'>): string => `id:${r.responseId}`;

const sessionOf = (meeting: Meeting, mapping: FormsMapping, answer: string): Id | null => {
  if (meeting.sessions.length === 1 && answer === '') return meeting.sessions[0]?.id ?? null;
  const wanted = answer.toLowerCase();
  for (const [label, id] of Object.entries(mapping.sessions)) if (norm(label).toLowerCase() === wanted) return id;
  return meeting.sessions.find((s) => s.id.toLowerCase() === wanted)?.id ?? (meeting.sessions.length === 1 ? (meeting.sessions[0]?.id ?? null) : null);
};

/** Who answered, by the e-mail address the form recorded: the person, or why the response names nobody we know. */
export const respondentOf = (
  response: FormResponse,
  people: ReadonlyMap<string, Person>,
): { readonly row: number; readonly key: string } & ({ readonly ok: true; readonly person: Person } | { readonly ok: false; readonly problem: 'no-email' | 'unknown-person' }) => {
  const row = response.responseId;
  const key = responseKey(response);
  const email = normEmail(response.email);
  if (!email) return { row, key, ok: false, problem: 'no-email' };
  const person = people.get(email);
  return person ? { row, key, ok: true, person } : { row, key, ok: false, problem: 'unknown-person' };
};

const columnOf = (response: FormResponse, column: FormColumn): string => {
  if (column === 'Name') return response.name;
  if (column === 'Role') return response.role;
  if (column === 'School') return response.school;
  if (column === 'Session') return response.session;
  return response.answers[Number(column.slice('Answer'.length)) - 1] ?? '';
};

const EmailSchema = z.email().max(254);

/** Someone outside the organisation, from a form open to them: needs a valid address and a name. */
const externalOf = (
  response: FormResponse,
  columns: z.output<typeof RegistrantColumnsSchema>,
): { readonly ok: true; readonly details: RegistrantDetails } | { readonly ok: false; readonly problem: 'bad-email' | 'no-name' } => {
  const email = norm(response.email);
  if (!EmailSchema.safeParse(email).success) return { ok: false, problem: 'bad-email' };
  const name = norm(columnOf(response, columns.name)).slice(0, 200);
  if (name === '') return { ok: false, problem: 'no-name' };
  const sector = columns.sector === undefined ? null : registrantSectorOf(columnOf(response, columns.sector));
  return { ok: true, details: { name, email, role: registrantRoleOf(columnOf(response, columns.role)), sector } };
};

export const mapRow = (
  response: FormResponse,
  mapping: FormsMapping,
  context: { readonly meeting: Meeting; readonly peopleByEmail: ReadonlyMap<string, Person>; readonly schools: readonly School[] },
): MappedRow => {
  const found = respondentOf(response, context.peopleByEmail);
  const { row, key } = found;
  let who: Respondent;
  if (found.ok) who = { kind: 'person', person: found.person };
  else if (found.problem === 'unknown-person' && mapping.registrants) {
    const external = externalOf(response, mapping.registrants);
    if (!external.ok) return { row, key, ok: false, problem: external.problem };
    who = { kind: 'external', details: external.details };
  } else return { row, key, ok: false, problem: found.problem };
  const sessionId = sessionOf(context.meeting, mapping, norm(response.session));
  if (!sessionId) return { row, key, ok: false, problem: 'unknown-session' };
  const school = norm(response.school);
  const known = who.kind === 'external' || school === '' || context.schools.some((s) => norm(s.name).toLowerCase() === school.toLowerCase());
  return { row, key, ok: true, who, sessionId, unknownSchool: known ? null : school };
};

export const peopleByEmail = (people: readonly Person[]): Map<string, Person> =>
  new Map(people.filter((p) => p.email.trim() !== '').map((p) => [normEmail(p.email), p]));
