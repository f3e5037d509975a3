/**
 * Pure mapping of Microsoft Forms registrations (rows of the `Formulierantwoorden` list a Power
 * Automate flow fills, forms-list.ts) to RSVP requests: people matched by e-mail/UPN (trimmed,
 * case-insensitive), sessions by their label in the form. No I/O.
 */
import type { FormsRowProblem, Id, Meeting, Person, School } from '@samen/shared';
import { z } from 'zod';
import type { FormResponse } from '../../store/ports-form-responses.js';

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
});
export type FormsMapping = z.output<typeof FormsMappingSchema>;

export type RowProblem = Exclude<FormsRowProblem, 'refused' | 'malformed'>;

export type MappedRow =
  | { readonly row: number; readonly key: string; readonly ok: true; readonly person: Person; readonly sessionId: Id; readonly unknownSchool: string | null }
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

export const mapRow = (
  response: FormResponse,
  mapping: FormsMapping,
  context: { readonly meeting: Meeting; readonly peopleByEmail: ReadonlyMap<string, Person>; readonly schools: readonly School[] },
): MappedRow => {
  const who = respondentOf(response, context.peopleByEmail);
  if (!who.ok) return who;
  const { row, key, person } = who;
  const sessionId = sessionOf(context.meeting, mapping, norm(response.session));
  if (!sessionId) return { row, key, ok: false, problem: 'unknown-session' };
  const school = norm(response.school);
  const known = school === '' || context.schools.some((s) => norm(s.name).toLowerCase() === school.toLowerCase());
  return { row, key, ok: true, person, sessionId, unknownSchool: known ? null : school };
};

export const peopleByEmail = (people: readonly Person[]): Map<string, Person> =>
  new Map(people.filter((p) => p.email.trim() !== '').map((p) => [normEmail(p.email), p]));
