/** The coördinator's overview of an announcement: acknowledged per school and per role, and who is pending. */
import type { Announcement } from '../domain/announcement.js';
import type { AckReport } from '../domain/announcement-report.js';
import type { Id } from '../domain/ids.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardElement } from './types.js';

export interface AnnouncementReportCardInput {
  readonly announcement: Announcement;
  readonly report: AckReport;
  readonly schoolNames: ReadonlyMap<Id, string>;
  readonly personNames: ReadonlyMap<Id, string>;
  readonly locale: Locale;
}

/** Names listed before "en nog N personen". */
const MAX_PENDING_NAMES = 25;

const count = (c: { acknowledged: number; recipients: number }, locale: Locale) => t('announcements:report.count', locale, c);

const pendingSection = ({ report, personNames, locale }: AnnouncementReportCardInput): CardElement[] => {
  if (report.pending.length === 0) return [text(t('announcements:report.nobodyPending', locale), { color: 'good' })];
  const names = report.pending.slice(0, MAX_PENDING_NAMES).map((id) => personNames.get(id) ?? id);
  const rest = report.pending.length - names.length;
  return [
    text(t('announcements:report.pending', locale), { weight: 'bolder', separator: true }),
    text(names.join(', ') + (rest > 0 ? ` ${t('announcements:report.more', locale, { count: rest })}` : '')),
  ];
};

export const announcementReportCard = (input: AnnouncementReportCardInput): AdaptiveCard => {
  const { announcement: a, report, schoolNames, locale } = input;
  const refresh: ActionSpec = { verb: 'announcement.report', title: t('cards:actions.refresh', locale), data: { announcementId: a.id }, inputs: 'none' };
  const fallback = submitFallbackSet([refresh], locale);
  return card({
    locale,
    body: [
      heading(t('announcements:report.heading', locale, { title: a.title })),
      text(t('announcements:report.totals', locale, { acknowledged: report.acknowledged, count: report.recipients, forwarded: report.forwarded }), { weight: 'bolder' }),
      text(t('announcements:report.bySchool', locale), { weight: 'bolder', separator: true }),
      {
        type: 'FactSet',
        facts: report.bySchool.map((s) => ({
          title: s.schoolId === null ? t('announcements:report.noSchool', locale) : (schoolNames.get(s.schoolId) ?? s.schoolId),
          value: count(s, locale),
        })),
      },
      text(t('announcements:report.byRole', locale), { weight: 'bolder' }),
      { type: 'FactSet', facts: report.byRole.map((r) => ({ title: t(`common:roles.${r.role}`, locale), value: count(r, locale) })) },
      ...pendingSection(input),
    ],
    actions: [execute(refresh), ...(fallback ? [fallback] : [])],
  });
};
