/**
 * Pure mapping of Microsoft Forms responses (rows of the Excel table a Power Automate flow fills)
 * to RSVP requests: columns per meeting, people matched by e-mail/UPN (trimmed, case-insensitive),
 * sessions by their label in the form. No I/O.
 */
import { createHash } from 'node:crypto';
import type { FormsRowProblem, Id, Meeting, Person, School } from '@samen/shared';
import { z } from 'zod';

export type Cell = string | number | boolean | null;

/** Which column of the table holds what (header names as in the form), per meeting. */
export const FormsMappingSchema = z.strictObject({
  /** Optional: a mapping without a kind is a meeting's registration form (survey forms: forms-survey-rows.ts). */
  kind: z.literal('meeting').default('meeting'),
  meetingId: z.string().min(1),
  workbook: z.strictObject({ driveId: z.string().min(1), itemId: z.string().min(1), table: z.string().min(1) }),
  columns: z.strictObject({
    email: z.string().min(1),
    name: z.string().optional(),
    school: z.string().optional(),
    role: z.string().optional(),
    session: z.string().optional(),
    /** Forms' own response id ("ID"): the best key against importing a row twice. */
    responseId: z.string().optional(),
  }),
  /** Answer text of the session question → session id. Not needed for a single-session meeting. */
  sessions: z.record(z.string(), z.string()).default({}),
});
export type FormsMapping = z.output<typeof FormsMappingSchema>;

export type RowProblem = Exclude<FormsRowProblem, 'refused'>;

export type MappedRow =
  | { readonly index: number; readonly key: string; readonly ok: true; readonly person: Person; readonly sessionId: Id; readonly unknownSchool: string | null }
  | { readonly index: number; readonly key: string; readonly ok: false; readonly problem: RowProblem; readonly email: string };

const norm = (v: Cell | undefined): string => String(v ?? '').replace(/\s+/g, ' ').trim();
export const normEmail = (v: Cell | undefined): string => norm(v).toLowerCase();

/** The row's identity: Forms' response id when mapped, else a hash of its normalised content. */
export const rowKey = (values: readonly Cell[], headers: readonly string[], mapping: { readonly columns: { readonly responseId?: string | undefined } }): string => {
  const idColumn = mapping.columns.responseId;
  const at = idColumn ? headers.indexOf(idColumn) : -1;
  const id = at >= 0 ? norm(values[at]) : '';
  if (id) return `id:${id}`;
  return `h:${createHash('sha256').update(JSON.stringify(values.map(norm))).digest('base64url').slice(0, 32)}`;
};

const sessionOf = (meeting: Meeting, mapping: FormsMapping, answer: string): Id | null => {
  if (meeting.sessions.length === 1 && answer === '') return meeting.sessions[0]?.id ?? null;
  const wanted = answer.toLowerCase();
  for (const [label, id] of Object.entries(mapping.sessions)) if (norm(label).toLowerCase() === wanted) return id;
  return meeting.sessions.find((s) => s.id.toLowerCase() === wanted)?.id ?? (meeting.sessions.length === 1 ? (meeting.sessions[0]?.id ?? null) : null);
};

export const mapRow = (
  row: { readonly index: number; readonly values: readonly Cell[] },
  headers: readonly string[],
  mapping: FormsMapping,
  context: { readonly meeting: Meeting; readonly peopleByEmail: ReadonlyMap<string, Person>; readonly schools: readonly School[] },
): MappedRow => {
  const cell = (column: string | undefined) => (column ? row.values[headers.indexOf(column)] : undefined);
  const key = rowKey(row.values, headers, mapping);
  const email = normEmail(cell(mapping.columns.email));
  if (!email) return { index: row.index, key, ok: false, problem: 'no-email', email };
  const person = context.peopleByEmail.get(email);
  if (!person) return { index: row.index, key, ok: false, problem: 'unknown-person', email };
  const sessionId = sessionOf(context.meeting, mapping, norm(cell(mapping.columns.session)));
  if (!sessionId) return { index: row.index, key, ok: false, problem: 'unknown-session', email };
  const school = norm(cell(mapping.columns.school));
  const known = school === '' || context.schools.some((s) => norm(s.name).toLowerCase() === school.toLowerCase());
  return { index: row.index, key, ok: true, person, sessionId, unknownSchool: known ? null : school };
};

export const peopleByEmail = (people: readonly Person[]): Map<string, Person> =>
  new Map(people.filter((p) => p.email.trim() !== '').map((p) => [normEmail(p.email), p]));
