import type { Id } from './ids.js';
import { MAX_ANSWER_LENGTH, type Meeting } from './meeting.js';
import { fail, ok, type Result } from './result.js';
import type { RsvpResponse } from './rsvp-types.js';

export type RsvpAnswers = Readonly<Record<Id, string>>;

/**
 * Checks the answers given with an RSVP against the meeting's questions: a required question must be
 * answered when registering, a choice must be one of the options, text stays short. Unknown question
 * ids are dropped. Returns the cleaned answers, or undefined when the meeting asks nothing.
 */
export const checkAnswers = (meeting: Meeting, response: RsvpResponse, given: RsvpAnswers | undefined): Result<RsvpAnswers | undefined> => {
  const questions = meeting.questions ?? [];
  if (questions.length === 0 || response === 'decline') return ok(undefined);
  const out: Record<Id, string> = {};
  for (const q of questions) {
    const answer = (given?.[q.id] ?? '').trim();
    if (answer === '') {
      if (q.required && response === 'attend') return fail('RSVP.ANSWER_REQUIRED', { question: q.label });
      continue;
    }
    const fits = answer.length <= MAX_ANSWER_LENGTH && (q.choices.length === 0 || q.choices.includes(answer));
    if (!fits) return fail('RSVP.INVALID_ANSWER', { question: q.label });
    out[q.id] = answer;
  }
  return ok(out);
};

export const sameAnswers = (a: RsvpAnswers | undefined, b: RsvpAnswers | undefined): boolean => {
  const ka = Object.keys(a ?? {});
  return ka.length === Object.keys(b ?? {}).length && ka.every((k) => a?.[k] === b?.[k]);
};

export interface AnswerSummary {
  readonly questionId: Id;
  readonly label: string;
  /** For a choice question: how often each option was chosen. */
  readonly counts: readonly { readonly choice: string; readonly count: number }[];
  /** For a free-text question: the answers, one per person. */
  readonly texts: readonly string[];
}

/** The answers of everyone registered, waiting or "maybe", grouped per question (one answer per person). */
export const summariseAnswers = (
  meeting: Meeting,
  rsvps: readonly { personId: Id; status: string; answers?: RsvpAnswers; statusSince: string }[],
): AnswerSummary[] => {
  const latest = new Map<Id, RsvpAnswers>();
  const active = rsvps
    .filter((r) => r.status !== 'declined' && r.answers)
    .sort((a, b) => (a.statusSince < b.statusSince ? -1 : 1));
  for (const r of active) latest.set(r.personId, r.answers as RsvpAnswers);
  return (meeting.questions ?? []).map((q) => {
    const given = [...latest.values()].map((a) => a[q.id]).filter((v): v is string => typeof v === 'string' && v !== '');
    return {
      questionId: q.id,
      label: q.label,
      counts: q.choices.map((choice) => ({ choice, count: given.filter((g) => g === choice).length })),
      texts: q.choices.length === 0 ? given : [],
    };
  });
};
