/**
 * Child process for survey-marker-restart.test.ts: starts the real app (main.ts, local mode, no
 * LINK_SECRET and no SURVEY_MARKER_SECRET) on a data folder, then either answers an anonymous survey
 * or reports what a second attempt by the same person gets. Prints one JSON line.
 */
import { answerInputId, type Person } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import { start } from '../../bot/src/main.js';
import { SAMPLE_SURVEY } from '../../bot/src/sample/broadcasts.js';
import { answerState, answerSurvey } from '../../bot/src/usecases/surveys.js';

const [dataDir = '', step = ''] = process.argv.slice(2);
const NOW = new Date('2026-11-25T10:00:00+01:00');
const SURVEY_ID = 'survey-anoniem';
const RESPONDENT = 'person-5';

const env = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', TAB_DIST_DIR: './does-not-exist' };
const running = await start(loadConfig(env), { clock: () => NOW, background: false });
const { deps } = running;
const form = { [answerInputId({ id: 'q1' })]: '1' };
const person = (await deps.stores.people.get(RESPONDENT)) as Person;

if (step === 'answer') {
  await deps.stores.surveys.upsert({ ...SAMPLE_SURVEY, id: SURVEY_ID, anonymous: true, perSchool: false, expectedVersion: '' });
  const answered = await answerSurvey(deps, person, SURVEY_ID, form);
  console.log(JSON.stringify({ answered: answered.ok }));
} else {
  const survey = await deps.stores.surveys.get(SURVEY_ID);
  const state = survey ? await answerState(deps, survey, person) : null;
  const again = await answerSurvey(deps, person, SURVEY_ID, form);
  const responses = await deps.stores.surveys.responses(SURVEY_ID);
  console.log(JSON.stringify({ alreadyAnswered: state?.answered ?? null, again: again.ok ? 'accepted' : again.error.code, responses: responses.length }));
}
await running.stop();
