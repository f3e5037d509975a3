/** The coördinator's form for a new (or draft) meeting; "Voorbeeld bekijken" sends meeting.preview. */
import type { School } from '../domain/people.js';
import { t, type Locale } from '../i18n/index.js';
import { MAX_FORM_SESSIONS, type MeetingFormField, type MeetingFormValues } from '../schemas/card-actions.js';
import { card, execute, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import { audienceSection, deadlineAndRemindersSection, generalSection, questionsSection, registrationAndContactSection, sessionSection, type FormCtx } from './meeting-form-sections.js';
import { emptyMeetingForm } from './meeting-form-values.js';
import { notAttendedSection, type EarlierMeeting } from './meeting-form-not-attended.js';
import type { AdaptiveCard } from './types.js';

export interface MeetingFormCardInput {
  /** What was typed (or the draft being edited); absent for a new, empty form. */
  readonly values?: MeetingFormValues;
  /** Field-level messages, shown under their field. */
  readonly errors?: Partial<Record<MeetingFormField, string>>;
  /** Schools to choose from for the audience. */
  readonly schools: readonly School[];
  readonly locale: Locale;
  /** Earlier meetings for "Alleen wie niet bij … was" (a repeat session); absent = the choice is not shown. */
  readonly earlierMeetings?: readonly EarlierMeeting[];
}

export const meetingFormCard = ({ values = emptyMeetingForm(), errors = {}, schools, locale, earlierMeetings = [] }: MeetingFormCardInput): AdaptiveCard => {
  const ctx: FormCtx = { values, errors, locale };
  const hasErrors = Object.values(errors).some(Boolean);
  const preview: ActionSpec = {
    verb: 'meeting.preview',
    title: t('cards:actions.preview', locale),
    data: values.meetingId ? { meetingId: values.meetingId } : {},
    style: 'positive',
  };
  const fallback = submitFallbackSet([preview], locale);
  return card({
    locale,
    body: [
      heading(t(values.meetingId ? 'cards:form.titleEdit' : 'cards:form.titleNew', locale)),
      ...(hasErrors ? [text(t('cards:form.errorsIntro', locale), { color: 'attention', weight: 'bolder' })] : []),
      ...generalSection(ctx),
      ...Array.from({ length: MAX_FORM_SESSIONS }, (_, i) => sessionSection(ctx, i)).flat(),
      ...audienceSection(ctx, schools),
      ...notAttendedSection(ctx, earlierMeetings),
      ...deadlineAndRemindersSection(ctx),
      ...registrationAndContactSection(ctx),
      ...questionsSection(ctx),
    ],
    actions: [execute(preview), ...(fallback ? [fallback] : [])],
  });
};
