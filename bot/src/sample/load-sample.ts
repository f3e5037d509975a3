/**
 * Loads the sample partnership on first local start (and in tests). Idempotent: does nothing when
 * the store already holds schools. Everything goes through the same ports and use cases as real data.
 */
import {
  answerInputId,
  defaultNiveauTemplate,
  exampleFramework,
  newNiveauOverzicht,
  templateSectorOf,
  newReflection,
  newSop,
  advanceSop,
  previousSchoolYear,
  reflectionProgress,
  schoolYearOf,
  type Person,
  type Reflection,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { respond } from '../usecases/rsvp.js';
import { SAMPLE_MEETINGS, SAMPLE_RSVPS } from './meetings.js';
import { SAMPLE_PEOPLE, SAMPLE_SCHOOLS } from './schools.js';
import { sampleAnswers } from './reflection-answers.js';
import { acknowledgeAnnouncement, broadcastAudience } from '../usecases/announcements.js';
import { answerSurvey } from '../usecases/surveys.js';
import { SAMPLE_ACKNOWLEDGED, SAMPLE_ANNOUNCEMENT, SAMPLE_SURVEY, SAMPLE_SURVEY_ANSWERS } from './broadcasts.js';

const create = { expectedVersion: '' } as const;
const NIVEAU_LAST_YEAR = 'school-kompas';

export const loadSampleData = async (deps: Deps): Promise<boolean> => {
  const existing = await deps.stores.schools.list({ limit: 1 });
  if (existing.items.length > 0) return false;
  for (const school of SAMPLE_SCHOOLS) await deps.stores.schools.upsert({ ...school, ...create });
  for (const person of SAMPLE_PEOPLE) await deps.stores.people.upsert({ ...person, ...create });
  await loadMeetings(deps);
  await loadNiveaus(deps);
  await loadHandreiking(deps);
  await loadSops(deps);
  await loadBroadcasts(deps);
  deps.logger.info({ schools: SAMPLE_SCHOOLS.length, people: SAMPLE_PEOPLE.length }, 'sample data loaded');
  return true;
};

const loadMeetings = async (deps: Deps): Promise<void> => {
  for (const meeting of SAMPLE_MEETINGS) await deps.stores.meetings.upsert({ ...meeting, ...create });
  const people = new Map(SAMPLE_PEOPLE.map((p) => [p.id, { ...p, version: '' } as Person]));
  // Each answer on its own day in the weeks after the meetings were sent, while deadlines are open.
  for (const { on, ...rsvp } of SAMPLE_RSVPS) {
    const person = people.get(rsvp.personId);
    if (!person) continue;
    const answerDeps: Deps = { ...deps, clock: () => new Date(`${on}T12:00:00+01:00`) };
    const result = await respond(answerDeps, person, { ...rsvp, source: 'card' });
    if (!result.ok) deps.logger.warn({ code: result.error.code, meetingId: rsvp.meetingId }, 'sample rsvp refused');
  }
};

const loadNiveaus = async (deps: Deps): Promise<void> => {
  const now = deps.clock().toISOString();
  for (const school of SAMPLE_SCHOOLS) {
    // One school last updated its overview in the previous school year: the dashboard shows it as not updated.
    const updatedAt = school.id === NIVEAU_LAST_YEAR ? '2026-06-12T10:00:00.000Z' : now;
    const overzicht = newNiveauOverzicht(school.id, 'person-1', updatedAt, 'nl', templateSectorOf(school.sector));
    await deps.stores.niveaus.save({ ...overzicht, ...create });
  }
  const template = defaultNiveauTemplate();
  const edited = template.map((level) =>
    level.level === 3 ? { ...level, programmes: [...level.programmes, 'Leesinterventie in kleine groep, 3 × 20 minuten per week'], pupilCount: 14 } : level,
  );
  const current = await deps.stores.niveaus.get('school-zonnewijzer');
  if (current) {
    await deps.stores.niveaus.save({ ...current, levels: edited, updatedBy: 'person-2', updatedAt: now, expectedVersion: current.version });
  }
};

const loadHandreiking = async (deps: Deps): Promise<void> => {
  const year = schoolYearOf(deps.clock());
  const lastYear = previousSchoolYear(year);
  const now = deps.clock().toISOString();
  for (const y of [lastYear, year]) {
    const framework = exampleFramework(y);
    await deps.stores.frameworks.save({ ...framework, ...create });
  }
  const lastFramework = await deps.stores.frameworks.get(lastYear);
  const thisFramework = await deps.stores.frameworks.get(year);
  if (!lastFramework || !thisFramework) return;
  const finished: Omit<Reflection, 'version'> = {
    ...newReflection('school-zonnewijzer', lastFramework, 'person-2', now),
    answers: sampleAnswers(lastFramework, 'vorig'),
    status: 'afgerond',
  };
  await deps.stores.reflections.save({ ...finished, ...create });
  const inProgress = newReflection('school-zonnewijzer', thisFramework, 'person-2', now);
  const started = await deps.stores.reflections.save({ ...inProgress, answers: { ...inProgress.answers, ...sampleAnswers(thisFramework, 'dit', 3) }, ...create });
  // How far the school is, as the reflection use case keeps it on every save (reminders show the count).
  if (started.ok) await deps.stores.reflectionDeadlines.saveProgress({ schoolId: 'school-zonnewijzer', schoolYear: year, ...reflectionProgress(thisFramework, started.value), updatedAt: now });
  const klimop: Omit<Reflection, 'version'> = { ...newReflection('school-klimop', thisFramework, 'person-5', now), answers: sampleAnswers(thisFramework, 'dit'), status: 'afgerond' };
  await deps.stores.reflections.save({ ...klimop, ...create });
};

/** Two schools on their way with this year's SOP (status only on the dashboard): one discussed with the MR, one concept. */
const loadSops = async (deps: Deps): Promise<void> => {
  const now = deps.clock();
  const year = schoolYearOf(now);
  const started = new Date('2026-10-05T10:00:00+02:00');
  const klimop = { ...newSop('school-klimop', year, null, 'person-5', started), visie: 'Elk kind leert op de eigen school, met de steun die het nodig heeft.' };
  const discussed = advanceSop(klimop, 'besproken-mr', '2026-11-12', 'person-5', now);
  if (discussed.ok) await deps.stores.sops.save({ ...discussed.value, ...create });
  else deps.logger.warn({ code: discussed.error.code }, 'sample sop refused');
  await deps.stores.sops.save({ ...newSop('school-vlinderboom', year, null, 'person-8', started), ...create });
};

/** Sent earlier (nothing is queued now): recipients fixed, a few already answered. */
const loadBroadcasts = async (deps: Deps): Promise<void> => {
  const people = new Map(SAMPLE_PEOPLE.map((p) => [p.id, { ...p, version: '' } as Person]));
  const answerDeps: Deps = { ...deps, clock: () => new Date('2026-11-18T12:00:00+01:00') };
  await deps.stores.announcements.upsert({ ...SAMPLE_ANNOUNCEMENT, ...create });
  const audience = await broadcastAudience(deps, SAMPLE_ANNOUNCEMENT.audience);
  await deps.stores.announcements.addRecipients(
    audience.map((p) => ({ announcementId: SAMPLE_ANNOUNCEMENT.id, personId: p.id, forwardedBy: null, addedAt: SAMPLE_ANNOUNCEMENT.createdAt })),
  );
  for (const id of SAMPLE_ACKNOWLEDGED) {
    const person = people.get(id);
    if (person) await acknowledgeAnnouncement(answerDeps, person, SAMPLE_ANNOUNCEMENT.id);
  }
  await deps.stores.surveys.upsert({ ...SAMPLE_SURVEY, ...create });
  for (const { personId, answers } of SAMPLE_SURVEY_ANSWERS) {
    const person = people.get(personId);
    // As the card's form sends them: one input per question.
    const form = Object.fromEntries(SAMPLE_SURVEY.questions.map((q) => [answerInputId(q), answers[q.id] ?? '']));
    const answered = person ? await answerSurvey(answerDeps, person, SAMPLE_SURVEY.id, form) : null;
    if (answered && !answered.ok) deps.logger.warn({ code: answered.error.code, surveyId: SAMPLE_SURVEY.id }, 'sample survey answer refused');
  }
};
