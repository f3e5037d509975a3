/** From the flat form values (strings) to an announcement or survey draft, with field-level problems. */
import { DateTime } from 'luxon';
import type { Audience } from './meeting.js';
import { ROLES, type Role } from './people.js';
import { ZONE } from './school-year.js';
import { ANNOUNCEMENT_LIMITS, type Announcement } from './announcement.js';

const csv = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

/** "2027-06-07" + "17:00" in Amsterdam → ISO with offset; null when absent, 'invalid' when wrong. */
export const deadlineFromForm = (date: string, time: string): string | null | 'invalid' => {
  if (date === '') return null;
  const dt = DateTime.fromISO(`${date}T${time || '23:59'}`, { zone: ZONE });
  return dt.isValid ? (dt.toISO() as string) : 'invalid';
};

export const audienceFromForm = (roles: string, schoolIds: string): Audience | 'invalid' => {
  const r = csv(roles);
  if (r.some((x) => !(ROLES as readonly string[]).includes(x))) return 'invalid';
  return { roles: r as Role[], sectors: [], schoolIds: csv(schoolIds) };
};

/** "7, 2" → [7, 2]; days between 1 and 60. */
export const remindDaysFromForm = (v: string): number[] | 'invalid' => {
  const days = csv(v).map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 1 && d <= 60) ? [...new Set(days)] : 'invalid';
};

/** A web link (https, or http on the loopback in development). */
export const isWebUrl = (v: string): boolean => {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname));
  } catch {
    return false;
  }
};

/** What is wrong with a field of an announcement or survey form (its words: `announcements:form.errors.*`). */
export type FormProblem = 'title' | 'text' | 'url' | 'deadline' | 'audience' | 'remindDays' | 'kind' | 'question' | 'options' | 'noQuestions';

export type FieldProblems<F extends string> = Partial<Record<F, FormProblem>>;

export interface AnnouncementFormInput {
  readonly title: string;
  readonly text: string;
  readonly documentUrl: string;
  readonly ackLabel: string;
  readonly deadlineDate: string;
  readonly deadlineTime: string;
  readonly audienceRoles: string;
  readonly audienceSchoolIds: string;
  readonly remindDays: string;
}

type AnnouncementField = keyof AnnouncementFormInput;
export type AnnouncementDraft = Omit<Announcement, 'id' | 'organiserId' | 'status' | 'createdAt' | 'version'>;

/** The draft, or the problems per field (values are i18n keys under `announcements:form.errors`). */
export const announcementFromForm = (
  v: AnnouncementFormInput,
  now: Date,
): { ok: true; draft: AnnouncementDraft } | { ok: false; problems: FieldProblems<AnnouncementField> } => {
  const problems: FieldProblems<AnnouncementField> = {};
  if (v.title === '' || v.title.length > ANNOUNCEMENT_LIMITS.title) problems.title = 'title';
  if (v.text === '' || v.text.length > ANNOUNCEMENT_LIMITS.text) problems.text = 'text';
  if (v.documentUrl !== '' && !isWebUrl(v.documentUrl)) problems.documentUrl = 'url';
  const deadline = deadlineFromForm(v.deadlineDate, v.deadlineTime);
  if (deadline === 'invalid' || (deadline !== null && new Date(deadline) <= now)) problems.deadlineDate = 'deadline';
  const audience = audienceFromForm(v.audienceRoles, v.audienceSchoolIds);
  if (audience === 'invalid') problems.audienceRoles = 'audience';
  const days = remindDaysFromForm(v.remindDays);
  if (days === 'invalid') problems.remindDays = 'remindDays';
  if (Object.keys(problems).length > 0 || deadline === 'invalid' || audience === 'invalid' || days === 'invalid') return { ok: false, problems };
  return {
    ok: true,
    draft: {
      title: v.title,
      text: v.text,
      documentUrl: v.documentUrl === '' ? null : v.documentUrl,
      ackLabel: v.ackLabel === '' ? null : v.ackLabel,
      deadline,
      audience,
      reminderDaysBeforeDeadline: deadline === null ? [] : days,
    },
  };
};

