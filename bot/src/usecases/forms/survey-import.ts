/**
 * Imports survey answers from a Microsoft Forms form, for a coördinator who prefers Forms over
 * the card: the same list route as the registration import (forms-import.ts), each response
 * mapped by forms-survey-rows.ts and recorded through `answerSurvey()` — the rules of a card answer
 * (recipient, deadline, one answer per person or school, anonymous answers kept without a person).
 * A response the use case took or refused is remembered in the ledger and never sent again; ones
 * with an unknown person or an answer that fits no option, and unreadable items, are reported and
 * tried again next run.
 */
import { readAnswers, type Id, type Survey } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { allPages } from '../../store/all-pages.js';
import { answerSurvey } from '../surveys.js';
import type { FormResponseSource } from '../../store/ports-form-responses.js';
import { malformedRows, surveyFormId, type FormsImportLedger, type SurveyImportReport, type UnmatchedRow } from './report.js';
import { peopleByEmail } from './rows.js';
import { mapSurveyRow, type SurveyFormsMapping } from './survey-rows.js';

/** Whether the person's named answer already holds exactly these answers. */
const sameAsBefore = async (deps: Deps, survey: Survey, personId: Id, raw: Readonly<Record<string, string>>): Promise<'new' | 'same' | 'other'> => {
  if (survey.anonymous) return 'new';
  const before = await deps.stores.surveys.responseOf(survey.id, personId);
  if (!before) return 'new';
  const now = readAnswers(survey, raw);
  return now.ok && JSON.stringify(now.value) === JSON.stringify(before.answers) ? 'same' : 'other';
};

export const importSurveyForms = async (deps: Deps, source: FormResponseSource, mapping: SurveyFormsMapping, ledger: FormsImportLedger): Promise<SurveyImportReport> => {
  const empty = { kind: 'survey', surveyId: mapping.surveyId, title: '', recorded: 0, changed: 0, unchanged: 0, alreadyImported: 0, unmatched: [], unknownSchools: [] } as const;
  const survey = await deps.stores.surveys.get(mapping.surveyId);
  if (!survey) return empty;
  const [responses, people, seen] = await Promise.all([
    source.read(mapping.formId),
    allPages((p) => deps.stores.people.list(p)),
    ledger.seen(surveyFormId(survey.id)),
  ]);
  const context = { survey, peopleByEmail: peopleByEmail(people) };
  const counts = { recorded: 0, changed: 0, unchanged: 0, alreadyImported: 0 };
  const unmatched: UnmatchedRow[] = malformedRows(responses.malformed);
  const done: string[] = [];
  for (const response of responses.rows) {
    const row = mapSurveyRow(response, context);
    const at = row.row;
    if (seen.has(row.key) || done.includes(row.key)) {
      counts.alreadyImported += 1;
      continue;
    }
    if (!row.ok) {
      unmatched.push(
        row.problem === 'invalid-answer'
          ? { row: at, problem: 'refused', code: 'SURVEY.ANSWER_INVALID', params: { questions: row.questions } }
          : { row: at, problem: row.problem },
      );
      continue;
    }
    const before = await sameAsBefore(deps, survey, row.person.id, row.raw);
    done.push(row.key);
    if (before === 'same') {
      counts.unchanged += 1;
      continue;
    }
    const result = await answerSurvey(deps, row.person, survey.id, row.raw);
    if (!result.ok) unmatched.push({ row: at, problem: 'refused', code: result.error.code, ...(result.error.params ? { params: stringParams(result.error.params) } : {}) });
    else if (before === 'other') counts.changed += 1;
    else counts.recorded += 1;
  }
  await ledger.record(surveyFormId(survey.id), done);
  deps.logger.info({ surveyId: survey.id, ...counts, unmatched: unmatched.length }, 'forms survey import');
  return { ...empty, title: survey.title, ...counts, unmatched };
};

const stringParams = (params: Readonly<Record<string, unknown>>): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
