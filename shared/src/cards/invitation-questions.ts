/** The meeting's questions as inputs on the invitation, prefilled with the viewer's earlier answers. */
import type { Id } from '../domain/ids.js';
import { MAX_ANSWER_LENGTH, type Meeting, type MeetingQuestion } from '../domain/meeting.js';
import type { Rsvp } from '../domain/rsvp-types.js';
import { t, type Locale } from '../i18n/index.js';
import type { CardElement } from './types.js';

/** Input id on the card for a question; the card-action schema knows these names. */
export const answerInputId = (questionId: Id): string => `answer_${questionId}`;

const currentAnswers = (rsvps: readonly Rsvp[], personId: Id, meetingId: Id): Readonly<Record<Id, string>> =>
  rsvps.filter((r) => r.personId === personId && r.meetingId === meetingId && r.answers).at(-1)?.answers ?? {};

const input = (q: MeetingQuestion, value: string | undefined, locale: Locale): CardElement => {
  const label = q.required ? q.label : `${q.label} ${t('cards:questions.optional', locale)}`;
  const common = { id: answerInputId(q.id), label, isRequired: false, ...(value ? { value } : {}) };
  return q.choices.length > 0
    ? { type: 'Input.ChoiceSet', ...common, style: 'compact', choices: q.choices.map((c) => ({ title: c, value: c })) }
    : { type: 'Input.Text', ...common, maxLength: MAX_ANSWER_LENGTH, isMultiline: true };
};

export const questionInputs = (meeting: Meeting, rsvps: readonly Rsvp[], personId: Id, locale: Locale): CardElement[] => {
  const questions = meeting.questions ?? [];
  if (questions.length === 0) return [];
  const given = currentAnswers(rsvps, personId, meeting.id);
  return questions.map((q) => input(q, given[q.id], locale));
};
