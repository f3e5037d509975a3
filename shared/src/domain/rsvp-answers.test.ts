import { describe, expect, it } from 'vitest';
import { ask, decide, meeting, rsvp } from './test-fixtures.js';
import { checkAnswers, summariseAnswers } from './rsvp-answers.js';
import type { Meeting } from './meeting.js';

const withQuestions: Meeting = meeting({
  questions: [
    { id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: true },
    { id: 'q2', label: 'Dieetwensen', choices: ['geen', 'vegetarisch', 'halal'], required: false },
  ],
});

describe('checkAnswers', () => {
  it.each([
    ['a required question left empty when registering', 'attend', { q2: 'geen' }, 'RSVP.ANSWER_REQUIRED'],
    ['an option that is not offered', 'attend', { q1: 'Lezen', q2: 'alles' }, 'RSVP.INVALID_ANSWER'],
    ['an answer longer than 500 characters', 'attend', { q1: 'x'.repeat(501) }, 'RSVP.INVALID_ANSWER'],
  ] as const)('refuses %s', (_label, response, answers, code) => {
    const result = checkAnswers(withQuestions, response, answers);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it.each([
    ['trims and keeps known answers, drops unknown questions', 'attend', { q1: '  Lezen in groep 3 ', q2: 'halal', q9: 'x' }, { q1: 'Lezen in groep 3', q2: 'halal' }],
    ['lets "misschien" skip a required question', 'maybe', {}, {}],
  ] as const)('%s', (_label, response, answers, expected) => {
    expect(checkAnswers(withQuestions, response, answers)).toEqual({ ok: true, value: expected });
  });

  it('asks nothing of a meeting without questions, and nothing of a decline', () => {
    expect(checkAnswers(meeting(), 'attend', { q1: 'x' })).toEqual({ ok: true, value: undefined });
    expect(checkAnswers(withQuestions, 'decline', {})).toEqual({ ok: true, value: undefined });
  });
});

describe('answers with the RSVP rule', () => {
  it('stores the answers on the booked record', () => {
    const d = decide(withQuestions, [], { ...ask('attend'), answers: { q1: 'Samenwerken met de jeugdzorg' } });
    expect(d.writes[0]).toMatchObject({ status: 'booked', answers: { q1: 'Samenwerken met de jeugdzorg' } });
  });

  it('updates only the answers when someone already registered changes them, keeping their seat', () => {
    const booked = ({ ...rsvp('me', 'booked'), answers: { q1: 'Lezen' } });
    const d = decide(withQuestions, [booked], { ...ask('attend'), answers: { q1: 'Rekenen' } });
    expect(d.writes).toEqual([{ ...booked, answers: { q1: 'Rekenen' } }]);
    expect(decide(withQuestions, [booked], { ...ask('attend'), answers: { q1: 'Lezen' } }).unchanged).toBe(true);
  });

  it('groups the answers per question, one per person, leaving out people who declined', () => {
    const rsvps = [
      { ...rsvp('a', 'booked'), answers: { q1: 'Lezen', q2: 'halal' } },
      { ...rsvp('b', 'waitlisted'), answers: { q1: 'Ouders betrekken', q2: 'geen' } },
      { ...rsvp('c', 'declined'), answers: { q1: 'Weg', q2: 'halal' } },
    ];
    expect(summariseAnswers(withQuestions, rsvps)).toEqual([
      { questionId: 'q1', label: 'Welk knelpunt wil je inbrengen?', counts: [], texts: ['Lezen', 'Ouders betrekken'] },
      { questionId: 'q2', label: 'Dieetwensen', counts: [{ choice: 'geen', count: 1 }, { choice: 'vegetarisch', count: 0 }, { choice: 'halal', count: 1 }], texts: [] },
    ]);
  });
});
