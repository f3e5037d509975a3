/**
 * Survey answers from a Microsoft Forms form (the coördinator prefers Forms over the card): read
 * from the list Formulierantwoorden like registrations (question N in column AnswerN), with messy
 * real-world responses — upper-case e-mails, extra spaces, an unknown person, a rating outside 1–5,
 * a choice that is no option, a duplicate submission and a response the flow added twice.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Survey } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { formsImporter, memoryLedger, type FormsImportLedger } from '../../bot/src/usecases/forms/import.js';
import { ImportMappingSchema } from '../../bot/src/usecases/forms/mapping.js';
import { importSurveyForms } from '../../bot/src/usecases/forms/survey-import.js';
import { SurveyFormsMappingSchema } from '../../bot/src/usecases/forms/survey-rows.js';
import { createLogger } from '../../bot/src/logger.js';
import { aPerson, aSchool, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { sendSurvey, surveyResultsOf } from '../../bot/src/usecases/surveys.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, provisionedSite } from './fake-stores.js';
import { flowCreates, type FlowFields } from './form-responses.js';
import { TEST_COORDINATOR, TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';

const fake = await startGraphFake({ seed: 5 });
afterAll(() => fake.close());
const client = fakeClient(fake);

const FORM = 'peiling-oo';
const answer = (ResponseId: number, Email: string, a1: string, a2: string, a3: string | number, a4: string): FlowFields => ({
  ResponseId, Email, Answer1: a1, Answer2: a2, Answer3: a3 === '' ? '' : String(a3), Answer4: a4,
});
const RESPONSES = [
  answer(1, '  ANNA@School.example ', ' ja ', 'Scholing; advies aan  leerkrachten;', 4, '  Fijn samengewerkt '),
  answer(2, 'bram@school.example', 'Nee', 'Scholing', 7, ''),
  answer(3, 'onbekend@elders.example', 'Ja', '', 3, ''),
  // "Get response details" gives a multiple choice as a JSON list.
  answer(4, 'Carla@SCHOOL.example ', 'Weet ik niet', '[]', '5', ''),
  answer(5, 'anna@school.example', 'Ja', '["Scholing","Advies aan leerkrachten"]', 4, 'Fijn samengewerkt'),
  answer(1, '  ANNA@School.example ', ' ja ', 'Scholing; advies aan  leerkrachten;', 4, '  Fijn samengewerkt '),
  answer(6, 'daan@school.example', 'Misschien', 'Scholing', 2, ''),
];

const SURVEY: Omit<Survey, 'version'> = {
  id: 'survey-oo',
  title: 'Inzet onderwijsondersteuners',
  intro: '',
  questions: [
    { id: 'q1', kind: 'single', text: 'Wordt de ondersteuner ingezet?', required: true, options: ['Ja', 'Nee', 'Weet ik niet'] },
    { id: 'q2', kind: 'multi', text: 'Waarvoor?', required: false, options: ['Begeleiding leerlingen', 'Advies aan leerkrachten', 'Scholing'] },
    { id: 'q3', kind: 'rating', text: 'Hoe tevreden bent u?', required: true, options: [] },
    { id: 'q4', kind: 'long', text: 'Toelichting', required: false, options: [] },
  ],
  anonymous: false,
  perSchool: false,
  deadline: '2026-12-10T17:00:00+01:00',
  audience: { roles: ['ib'], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  formsUrl: 'https://forms.office.com/r/oo-inzet',
  organiserId: 'person-0001',
  status: 'concept',
  createdAt: '2026-11-21T09:00:00+01:00',
};

const mapping = SurveyFormsMappingSchema.parse({ kind: 'survey', surveyId: 'survey-oo', formId: FORM });

let deps: Deps;
let ledger: FormsImportLedger;
let source: { client: typeof client; siteId: string };

const setUp = async (survey: Partial<Survey> = {}) => {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const stores = await openSqliteStores({ memory: true });
  let n = 0;
  deps = { config, stores, clock: () => NOW, newId: () => `id-${++n}`, logger: createLogger(config), ...TEST_INFRA };
  value(await stores.schools.upsert(aSchool(1)));
  for (const [i, name] of ['anna', 'bram', 'carla', 'daan'].entries()) {
    value(await stores.people.upsert(aPerson(i + 1, { email: `${name}@school.example`, schoolIds: ['school-0001'] })));
  }
  value(await stores.surveys.upsert({ ...SURVEY, ...survey, expectedVersion: '' }));
  value(await sendSurvey(deps, TEST_COORDINATOR, SURVEY.id));
  source = { client, siteId: await provisionedSite(fake) };
  await flowCreates(fake, source.siteId, FORM, RESPONSES);
  ledger = memoryLedger();
};

beforeEach(() => setUp());

const results = async () => value(await surveyResultsOf(deps, TEST_COORDINATOR, SURVEY.id));
const question = async (id: string) => (await results()).results.questions.find((q) => q.questionId === id)!;

describe('importing survey answers from Forms', () => {
  it('records matched rows once, skips the duplicates and reports the rows it could not take', async () => {
    const report = await importSurveyForms(deps, graphFormResponses(source), mapping, ledger);
    expect(report).toEqual({
      kind: 'survey',
      surveyId: 'survey-oo',
      title: 'Inzet onderwijsondersteuners',
      recorded: 2,
      changed: 0,
      unchanged: 1,
      alreadyImported: 1,
      unmatched: [
        { row: 2, problem: 'refused', code: 'SURVEY.ANSWER_INVALID', params: { questions: '3' } },
        { row: 3, problem: 'unknown-person' },
        { row: 6, problem: 'refused', code: 'SURVEY.ANSWER_INVALID', params: { questions: '1' } },
      ],
      unknownSchools: [],
    });
    const { responses, results: r } = await results();
    expect(responses.map((x) => [x.personId, x.answers])).toEqual([
      ['person-0001', { q1: 'Ja', q2: ['Scholing', 'Advies aan leerkrachten'], q3: 4, q4: 'Fijn samengewerkt' }],
      ['person-0003', { q1: 'Weet ik niet', q3: 5 }],
    ]);
    expect(r.responses).toBe(2);
    expect((await question('q1')).counts).toEqual([
      { option: 'Ja', count: 1 },
      { option: 'Nee', count: 0 },
      { option: 'Weet ik niet', count: 1 },
    ]);
    expect((await question('q3')).average).toBe(4.5);
  });

  it('never records a row twice, retries the rows it could not take and takes a changed answer', async () => {
    await importSurveyForms(deps, graphFormResponses(source), mapping, ledger);
    await flowCreates(fake, source.siteId, FORM, [
      answer(7, 'BRAM@school.example', 'Nee', '', 3, ''),
      answer(8, 'anna@school.example ', 'Nee', '', 2, 'Toch minder'),
    ]);
    const again = await importSurveyForms(deps, graphFormResponses(source), mapping, ledger);
    expect(again).toMatchObject({ recorded: 1, changed: 1, unchanged: 0, alreadyImported: 4 });
    expect(again.unmatched.map((u) => u.row)).toEqual([2, 3, 6]);
    const { responses } = await results();
    const byPerson = [...responses].sort((a, b) => String(a.personId).localeCompare(String(b.personId)));
    expect(byPerson.map((x) => [x.personId, x.answers.q1, x.answers.q3])).toEqual([
      ['person-0001', 'Nee', 2],
      ['person-0002', 'Nee', 3],
      ['person-0003', 'Weet ik niet', 5],
    ]);
  });

  it('keeps the rules of a card answer: after the deadline nothing is recorded, and says why', async () => {
    const late = { ...deps, clock: () => new Date('2026-12-11T09:00:00+01:00') };
    const report = await importSurveyForms(late, graphFormResponses(source), mapping, ledger);
    expect(report.recorded).toBe(0);
    expect(report.unmatched.filter((u) => u.code === 'SURVEY.CLOSED').map((u) => u.row)).toEqual([1, 4, 5]);
    expect((await results()).responses).toEqual([]);
  });

  it('stores anonymous answers without a person and refuses a second answer by the same person', async () => {
    await setUp({ anonymous: true });
    const report = await importSurveyForms(deps, graphFormResponses(source), mapping, ledger);
    expect(report).toMatchObject({ recorded: 2, changed: 0, unchanged: 0, alreadyImported: 1 });
    expect(report.unmatched).toContainEqual({ row: 5, problem: 'refused', code: 'SURVEY.ANONYMOUS_FINAL' });
    const { responses } = await results();
    expect(responses).toHaveLength(2);
    expect(responses.every((x) => x.personId === null && x.roles.length === 0)).toBe(true);
    expect(JSON.stringify(responses)).not.toMatch(/person-000|@school/);
  });
});

describe('configuring survey forms', () => {
  it('reads a mapping without a kind as a meeting form, as before', () => {
    const meeting = ImportMappingSchema.parse({ meetingId: 'm-1', formId: 'aanmelding' });
    expect(meeting).toMatchObject({ kind: 'meeting', meetingId: 'm-1', formId: 'aanmelding', sessions: {} });
    expect(ImportMappingSchema.parse(mapping)).toEqual(mapping);
  });

  it.each([
    ['no form id', [{ kind: 'survey', surveyId: 'survey-oo' }]],
    ['an empty form id', [{ kind: 'survey', surveyId: 'survey-oo', formId: '  ' }]],
    ['the old workbook settings', [{ kind: 'survey', surveyId: 'survey-oo', formId: FORM, workbook: { driveId: 'd', itemId: 'i', table: 't' } }]],
    ['one form for two targets', [mapping, { meetingId: 'm-1', formId: FORM.toUpperCase() }]],
  ])('refuses FORMS_IMPORT with %s', (_, forms) => {
    expect(() => loadConfig({ LOG_LEVEL: 'silent', FORMS_IMPORT: JSON.stringify(forms) })).toThrow(/FORMS_IMPORT/);
  });
});

describe('importeer in chat', () => {
  it('tells the coördinator in Dutch what the survey import did and which rows it could not take', async () => {
    const { importCommand } = await import('../../bot/src/conversation/import-actions.js');
    const person = (await deps.stores.people.get('person-0001'))!;
    const [reply] = await importCommand(formsImporter(graphFormResponses(source), [mapping], ledger))(deps, { person, locale: 'nl', isCoordinator: true }, '');
    expect(reply).toEqual({
      type: 'text',
      text:
        'Forms-import voor vragenlijst Inzet onderwijsondersteuners: 2 nieuwe antwoorden, 0 gewijzigd, 1 al bekend, 1 eerder geïmporteerd.\n' +
        'Niet verwerkt: antwoord 2 (Kijk vraag 3 na: een verplichte vraag is niet beantwoord of een antwoord past niet.), ' +
        'antwoord 3 (e-mailadres onbekend), antwoord 6 (Kijk vraag 1 na: een verplichte vraag is niet beantwoord of een antwoord past niet.).',
    });
  });
});
