import { describe, expect, it } from 'vitest';
import type { Person } from './people.js';
import { decideSurveyAnswer, readAnswers, type AnswerState } from './survey-answer.js';
import type { Survey, SurveyResponse } from './survey.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const survey = (o: Partial<Survey> = {}): Survey => ({
  id: 's1', title: 'T', intro: '', anonymous: false, perSchool: false, deadline: '2026-12-10T17:00:00+01:00',
  audience: { roles: [], sectors: [], schoolIds: [] }, reminderDaysBeforeDeadline: [], formsUrl: null, organiserId: 'c',
  status: 'verstuurd', createdAt: '', version: '1',
  questions: [
    { id: 'q1', kind: 'rating', text: 'Tevreden?', required: true, options: [] },
    { id: 'q2', kind: 'multi', text: 'Waarvoor?', required: false, options: ['Lezen', 'Rekenen'] },
    { id: 'q3', kind: 'short', text: 'Woord', required: false, options: [] },
  ],
  ...o,
});
const person: Person = { id: 'p1', aadObjectId: 'a', name: 'N', email: '', schoolIds: ['school-a'], roles: ['ib'], locale: 'nl', version: '1' };
const response = (o: Partial<SurveyResponse> = {}): SurveyResponse => ({ id: 'r1', surveyId: 's1', personId: 'p1', schoolId: 'school-a', roles: ['ib'], answers: { q1: 3 }, submittedAt: '', version: '4', ...o });
const none: AnswerState = { mine: null, school: null, answered: false };
const decide = (s: Survey, state: AnswerState = none, now = NOW) => decideSurveyAnswer(s, person, 'school-a', state, { q1: 4 }, now, () => 'new');

describe('readAnswers', () => {
  it.each([
    ['a rating and two choices', { answer_q1: '4', answer_q2: '1,0' }, { q1: 4, q2: ['Rekenen', 'Lezen'] }],
    ['a short text, trimmed', { answer_q1: '1', answer_q3: '  ja ' }, { q1: 1, q3: 'ja' }],
  ])('reads %s', (_n, raw, expected) => {
    expect(readAnswers(survey(), raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a required question left empty', { answer_q2: '0' }, '1'],
    ['a rating of 6', { answer_q1: '6' }, '1'],
    ['a choice that does not exist', { answer_q1: '2', answer_q2: '0,7' }, '2'],
    ['a short answer over 200 characters', { answer_q1: '2', answer_q3: 'x'.repeat(201) }, '3'],
  ])('refuses %s, naming the question', (_n, raw, questions) => {
    expect(readAnswers(survey(), raw)).toEqual({ ok: false, error: { code: 'SURVEY.ANSWER_INVALID', params: { questions } } });
  });
});

describe('decideSurveyAnswer', () => {
  it.each([
    ['after the deadline', survey(), none, new Date('2026-12-10T17:00:01+01:00'), 'SURVEY.CLOSED'],
    ['for a draft', survey({ status: 'concept' }), none, NOW, 'SURVEY.NOT_FOUND'],
    ['a second anonymous answer', survey({ anonymous: true }), { ...none, answered: true }, NOW, 'SURVEY.ANONYMOUS_FINAL'],
    ['when a colleague answered for the school', survey({ perSchool: true }), { ...none, school: response({ personId: 'p9' }) }, NOW, 'SURVEY.SCHOOL_ANSWERED'],
    ['when the school answered anonymously', survey({ perSchool: true, anonymous: true }), { ...none, school: response({ personId: null }) }, NOW, 'SURVEY.SCHOOL_ANSWERED'],
  ])('refuses an answer %s', (_n, s, state, now, code) => {
    expect(decide(s, state, now)).toMatchObject({ ok: false, error: { code } });
  });

  it('replaces the person’s own named answer, keeping its id and naming its version', () => {
    expect(decide(survey(), { ...none, mine: response() })).toMatchObject({ ok: true, value: { expectedVersion: '4', response: { id: 'r1', personId: 'p1', answers: { q1: 4 } } } });
  });

  it('stores an anonymous answer with no person, no roles, no school and only the date', () => {
    const decided = decide(survey({ anonymous: true }));
    expect(decided).toEqual({
      ok: true,
      value: { markAnswered: true, expectedVersion: '', response: { id: 'new', surveyId: 's1', personId: null, schoolId: null, roles: [], answers: { q1: 4 }, submittedAt: '2026-11-25' } },
    });
  });
});
