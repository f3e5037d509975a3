/** The meeting's questions, asked with "Aanmelden"/"Misschien" and prefilled with my earlier answers. */
import { Field, Select, Textarea } from '@fluentui/react-components';
import { MAX_ANSWER_LENGTH, type MeetingQuestion } from '@samen/shared';
import { useT } from '../../i18n';

export type AnswerDraft = Readonly<Record<string, string>>;

interface Props {
  readonly meetingId: string;
  readonly questions: readonly MeetingQuestion[];
  readonly draft: AnswerDraft;
  readonly disabled: boolean;
  readonly onChange: (questionId: string, value: string) => void;
}

export const MeetingQuestions = ({ meetingId, questions, draft, disabled, onChange }: Props) => {
  const t = useT();
  return (
    <>
      {questions.map((q) => {
        const label = q.required ? q.label : `${q.label} ${t('tab:bijeenkomsten.optional')}`;
        const value = draft[q.id] ?? '';
        return (
          <Field key={q.id} label={label} data-testid={`question-${meetingId}-${q.id}`}>
            {q.choices.length > 0 ? (
              <Select value={value} disabled={disabled} onChange={(_e, d) => onChange(q.id, d.value)}>
                <option value="">{t('tab:bijeenkomsten.choose')}</option>
                {q.choices.map((c) => (
                  <option key={c} value={c}>{c}</option>
                ))}
              </Select>
            ) : (
              <Textarea
                value={value}
                disabled={disabled}
                maxLength={MAX_ANSWER_LENGTH}
                resize="vertical"
                onChange={(_e, d) => onChange(q.id, d.value)}
              />
            )}
          </Field>
        );
      })}
    </>
  );
};

/** Only answers to this meeting's questions, as the API takes them. */
export const answersFor = (questions: readonly MeetingQuestion[], draft: AnswerDraft): Record<string, string> =>
  Object.fromEntries(questions.map((q) => [q.id, (draft[q.id] ?? '').trim()]).filter(([, v]) => v !== ''));
