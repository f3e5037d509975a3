/**
 * Survey answers as a table (CSV) and as an .xlsx workbook (answers + summary). Anonymous surveys
 * export no name, no role and no date: nothing that leads back to a person.
 */
import ExcelJS from 'exceljs';
import { answerCell, t, type KeysUnder, type Id, type Locale, type Person, type Survey, type SurveyResponse, type SurveyResults } from '@samen/shared';

const e = (key: KeysUnder<'announcements', 'export'>, locale: Locale) => t(`announcements:export.${key}`, locale);

export const surveyExportRows = (
  survey: Survey,
  responses: readonly SurveyResponse[],
  names: { readonly schools: ReadonlyMap<Id, string>; readonly people: ReadonlyMap<Id, Person> },
  locale: Locale,
): string[][] => {
  const named = !survey.anonymous;
  const withSchool = named || survey.perSchool;
  const header = [
    e('response', locale),
    ...(named ? [e('name', locale)] : []),
    ...(withSchool ? [e('school', locale)] : []),
    ...(named ? [e('roles', locale), e('submittedAt', locale)] : []),
    ...survey.questions.map((q, i) => `${i + 1}. ${q.text}`),
  ];
  const rows = responses.map((r, i) => [
    String(i + 1),
    ...(named ? [names.people.get(r.personId ?? '')?.name ?? ''] : []),
    ...(withSchool ? [r.schoolId ? (names.schools.get(r.schoolId) ?? r.schoolId) : ''] : []),
    ...(named ? [r.roles.map((role) => t(`common:roles.${role}`, locale)).join(', '), r.submittedAt] : []),
    ...survey.questions.map((q) => answerCell(r.answers[q.id])),
  ]);
  return [header, ...rows];
};

export const surveySummaryRows = (results: SurveyResults, locale: Locale): (string | number)[][] => [
  [e('question', locale), e('option', locale), e('count', locale), e('average', locale)],
  ...results.questions.flatMap((q, i) => [
    ...q.counts.map((c) => [`${i + 1}. ${q.text}`, c.option, c.count, '']),
    ...(q.average === null ? [] : [[`${i + 1}. ${q.text}`, '', q.answered, q.average]]),
    ...q.texts.map((x) => [`${i + 1}. ${q.text}`, x, 1, '']),
  ]),
];

/** A workbook with the answers (one row per response) and a summary sheet. */
export const surveyWorkbook = async (rows: readonly (readonly string[])[], summary: readonly (readonly (string | number)[])[], locale: Locale): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samen Verder';
  const answers = wb.addWorksheet(e('sheet', locale));
  for (const row of rows) answers.addRow([...row]);
  answers.getRow(1).font = { bold: true };
  const sum = wb.addWorksheet(e('summary', locale));
  for (const row of summary) sum.addRow([...row]);
  sum.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
};
