/**
 * Imports registrations from a Microsoft Forms form into the RSVPs. Forms has no Graph API for
 * responses: a Power Automate flow adds each response as an item to the `Formulierantwoorden`
 * list (docs/sharepoint.md); this reads the form's items (forms-list.ts), maps each (forms-rows.ts)
 * and merges it through `respond()` — the same rules as a card click (invitation, capacity,
 * waitlist, deadline). A response is imported once: the ledger remembers its number. Responses
 * that name no known person or session, and items the import cannot read, are reported (by
 * response number or list item id), not remembered, so they are tried again once the coördinator
 * has fixed the person, the mapping or the flow. Survey forms (mapping kind 'survey') go the same
 * way through forms-survey-import.ts.
 */
import { ok, type Id, type Meeting, type Result } from '@samen/shared';
import type { Deps, FormsImporter } from '../../deps.js';
import { allPages } from '../../store/all-pages.js';
import { registerExternal } from '../registrants.js';
import { respond } from '../rsvp.js';
import type { ImportMapping } from './mapping.js';
import type { FormResponseSource } from '../../store/ports-form-responses.js';
import { malformedRows, runOf, type FormsImportLedger, type FormsReport, type MeetingImportReport, type UnmatchedRow } from './report.js';
import { mapRow, peopleByEmail, type FormsMapping, type Respondent } from './rows.js';
import { importSurveyForms } from './survey-import.js';

export { memoryLedger, type FormsImportLedger, type ImportCounts, type SurveyImportReport, type UnmatchedRow } from './report.js';

export type ImportReport = MeetingImportReport;

/** A staff member answers as on the card; someone outside the organisation is registered (usecases/registrants.ts). */
const answerOf = async (deps: Deps, meeting: Meeting, who: Respondent, sessionId: Id): Promise<Result<{ personId: Id; unchanged: boolean }>> => {
  if (who.kind === 'person') {
    const answered = await respond(deps, who.person, { meetingId: meeting.id, sessionId, response: 'attend', source: 'forms' });
    return answered.ok ? ok({ personId: who.person.id, unchanged: answered.value.unchanged }) : answered;
  }
  const registered = await registerExternal(deps, meeting, who.details, sessionId);
  return registered.ok ? ok({ personId: registered.value.registrant.id, unchanged: registered.value.unchanged }) : registered;
};

export const importForms = async (deps: Deps, source: FormResponseSource, mapping: FormsMapping, ledger: FormsImportLedger): Promise<ImportReport> => {
  const meeting = await deps.stores.meetings.get(mapping.meetingId);
  if (!meeting) return { kind: 'meeting', meetingId: mapping.meetingId, title: '', booked: 0, waitlisted: 0, unchanged: 0, alreadyImported: 0, unmatched: [], unknownSchools: [] };
  const [responses, people, schools, seen] = await Promise.all([
    source.read(mapping.formId),
    allPages((p) => deps.stores.people.list(p)),
    allPages((p) => deps.stores.schools.list(p)),
    ledger.seen(meeting.id),
  ]);
  const context = { meeting, peopleByEmail: peopleByEmail(people), schools };
  const report = { booked: 0, waitlisted: 0, unchanged: 0, alreadyImported: 0 };
  const unmatched: UnmatchedRow[] = malformedRows(responses.malformed);
  const unknownSchools: { row: number; school: string }[] = [];
  const done: string[] = [];
  const imported: { personId: Id; sessionId: Id }[] = [];
  for (const response of responses.rows) {
    const row = mapRow(response, mapping, context);
    if (seen.has(row.key) || done.includes(row.key)) {
      report.alreadyImported += 1;
      continue;
    }
    if (!row.ok) {
      unmatched.push({ row: row.row, problem: row.problem });
      continue;
    }
    const result = await answerOf(deps, meeting, row.who, row.sessionId);
    done.push(row.key);
    if (!result.ok) {
      unmatched.push({ row: row.row, problem: 'refused', code: result.error.code });
      continue;
    }
    if (result.value.unchanged) report.unchanged += 1;
    else imported.push({ personId: result.value.personId, sessionId: row.sessionId });
    // Only for rows that were processed: a refused row is reported once, with its reason.
    if (row.unknownSchool !== null) unknownSchools.push({ row: row.row, school: row.unknownSchool });
  }
  await ledger.record(meeting.id, done);
  const after = await deps.stores.rsvps.forMeeting(meeting.id);
  for (const i of imported) {
    const status = after.find((r) => r.personId === i.personId && r.sessionId === i.sessionId)?.status;
    if (status === 'booked') report.booked += 1;
    if (status === 'waitlisted') report.waitlisted += 1;
  }
  return { kind: 'meeting', meetingId: meeting.id, title: meeting.title, ...report, unmatched, unknownSchools };
};

export type { FormsImporter } from '../../deps.js';
export type { FormsReport } from './report.js';

/**
 * Without a ledger the importer remembers rows in the store (`deps.stores.formsImports`), across
 * restarts. Runs of one importer (the schedule and `importeer`) take turns, never overlap.
 */
export const formsImporter = (source: FormResponseSource, mappings: readonly ImportMapping[], ledger?: FormsImportLedger): FormsImporter => {
  const runAll = async (deps: Deps): Promise<FormsReport[]> => {
    const rows = ledger ?? deps.stores.formsImports;
    const reports: FormsReport[] = [];
    for (const mapping of mappings) {
      const report = mapping.kind === 'survey' ? await importSurveyForms(deps, source, mapping, rows) : await importForms(deps, source, mapping, rows);
      await deps.stores.formsImports.saveRun(runOf(report, deps.clock().toISOString()));
      reports.push(report);
    }
    return reports;
  };
  let last: Promise<unknown> = Promise.resolve();
  return {
    run: (deps) => {
      const next = last.then(() => runAll(deps), () => runAll(deps));
      last = next.catch(() => undefined);
      return next;
    },
  };
};
