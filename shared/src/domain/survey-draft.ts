/** From the survey form's flat values to a survey draft; empty question slots are skipped. */
import { audienceFromForm, deadlineFromForm, isWebUrl, remindDaysFromForm, type FieldProblems } from './announcement-draft.js';
import { QUESTION_KINDS, SURVEY_LIMITS, questionProblem, type QuestionKind, type Survey, type SurveyQuestion } from './survey.js';

export type SurveyDraft = Omit<Survey, 'id' | 'organiserId' | 'status' | 'createdAt' | 'version'>;

const yes = (v: string | undefined): boolean => v === 'true' || v === '1' || v === 'ja';

/** Options typed one per line (or separated by ";"). */
const optionsOf = (v: string): string[] => v.split(/\r?\n|;/).map((s) => s.trim()).filter(Boolean);

const slotId = (slot: number, f: string): string => `q${slot}${f}`;

/** Problems are keyed by input id (title, deadlineDate, q3Text …); values are i18n keys. */
export const surveyFromForm = (
  v: Readonly<Record<string, string>>,
  now: Date,
): { ok: true; draft: SurveyDraft } | { ok: false; problems: FieldProblems<string> } => {
  const get = (k: string): string => v[k] ?? '';
  const problems: FieldProblems<string> = {};
  if (get('title') === '' || get('title').length > SURVEY_LIMITS.title) problems.title = 'title';
  if (get('intro').length > SURVEY_LIMITS.intro) problems.intro = 'text';
  if (get('formsUrl') !== '' && !isWebUrl(get('formsUrl'))) problems.formsUrl = 'url';
  const questions: SurveyQuestion[] = [];
  for (let slot = 1; slot <= SURVEY_LIMITS.questions; slot++) {
    const text = get(slotId(slot, 'Text'));
    if (text === '' && get(slotId(slot, 'Options')) === '') continue;
    const kind = get(slotId(slot, 'Kind')) || 'single';
    if (!(QUESTION_KINDS as readonly string[]).includes(kind)) {
      problems[slotId(slot, 'Kind')] = 'kind';
      continue;
    }
    const choice = kind === 'single' || kind === 'multi';
    const q = { kind: kind as QuestionKind, text, required: yes(get(slotId(slot, 'Required'))), options: choice ? optionsOf(get(slotId(slot, 'Options'))) : [] };
    const problem = questionProblem(q);
    if (problem) problems[slotId(slot, problem === 'text' ? 'Text' : 'Options')] = problem === 'text' ? 'question' : 'options';
    else questions.push({ ...q, id: `q${questions.length + 1}` });
  }
  if (questions.length === 0 && get('formsUrl') === '' && !problems.q1Text) problems.q1Text = 'noQuestions';
  const deadline = deadlineFromForm(get('deadlineDate'), get('deadlineTime'));
  if (deadline === 'invalid' || (deadline !== null && new Date(deadline) <= now)) problems.deadlineDate = 'deadline';
  const audience = audienceFromForm(get('audienceRoles'), get('audienceSchoolIds'));
  if (audience === 'invalid') problems.audienceRoles = 'audience';
  const days = remindDaysFromForm(get('remindDays'));
  if (days === 'invalid') problems.remindDays = 'remindDays';
  if (Object.keys(problems).length > 0 || deadline === 'invalid' || audience === 'invalid' || days === 'invalid') return { ok: false, problems };
  return {
    ok: true,
    draft: {
      title: get('title'),
      intro: get('intro'),
      questions,
      anonymous: yes(get('anonymous')),
      perSchool: yes(get('perSchool')),
      formsUrl: get('formsUrl') === '' ? null : get('formsUrl'),
      deadline,
      audience,
      reminderDaysBeforeDeadline: deadline === null ? [] : days,
    },
  };
};
