/**
 * The announcement as one recipient sees it: text, document, the acknowledgement button (or when
 * they acknowledged), and "Deel met collega's" with their own school's colleagues to pick from.
 */
import type { Acknowledgement, Announcement } from '../domain/announcement.js';
import { deadlinePassed } from '../domain/announcement.js';
import { formatDateTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, subtle, text, withBanner, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardAction, CardElement, ShowCardAction } from './types.js';
import type { Contact } from '../domain/meeting.js';
import { contactSection } from './contact-section.js';

export interface AnnouncementCardInput {
  readonly announcement: Announcement;
  readonly viewer: { readonly personId: Id; readonly teamsUserId?: string; readonly isCoordinator?: boolean };
  readonly acknowledgement: Acknowledgement | null;
  /** Colleagues of the viewer's school who do not have it yet. */
  readonly colleagues: readonly { readonly id: Id; readonly name: string }[];
  /** Name of the colleague who shared it with the viewer. */
  readonly sharedBy?: string | null;
  readonly reminder?: boolean;
  /** The partnership's contact person (config); absent = none shown. */
  readonly contact?: Contact | null;
  readonly now: Date;
  readonly locale: Locale;
}

const ref = (a: Announcement) => ({ announcementId: a.id });

export const announcementRefreshSpec = (a: Announcement, locale: Locale): ActionSpec => ({
  verb: 'announcement.refresh',
  title: t('cards:actions.refresh', locale),
  data: ref(a),
  inputs: 'none',
});

const stateSection = (input: AnnouncementCardInput): CardElement[] => {
  const { announcement: a, acknowledgement, now, locale } = input;
  if (acknowledgement) return [text(t('announcements:ack.done', locale, { when: formatDateTime(acknowledgement.at, locale) }), { color: 'good', weight: 'bolder' })];
  const lines = [text(t('announcements:ack.pending', locale), { weight: 'bolder' })];
  if (a.deadline) lines.push(subtle(t(deadlinePassed(a.deadline, now) ? 'announcements:ack.late' : 'announcements:ack.deadline', locale, { when: formatDateTime(a.deadline, locale) })));
  return lines;
};

const shareAction = (input: AnnouncementCardInput): ShowCardAction | null => {
  if (input.colleagues.length === 0) return null;
  const { announcement: a, locale } = input;
  const share: ActionSpec = { verb: 'announcement.forward', title: t('announcements:share.send', locale), data: ref(a) };
  return {
    type: 'Action.ShowCard',
    title: t('announcements:share.button', locale),
    card: {
      type: 'AdaptiveCard',
      body: [
        text(t('announcements:share.intro', locale)),
        {
          type: 'Input.ChoiceSet',
          id: 'colleagueIds',
          label: t('announcements:share.label', locale),
          isMultiSelect: true,
          style: 'expanded',
          wrap: true,
          choices: input.colleagues.map((c) => ({ title: c.name, value: c.id })),
        },
      ],
      actions: [execute(share)],
    },
  };
};

export const announcementCard = (input: AnnouncementCardInput): AdaptiveCard => {
  const { announcement: a, viewer, locale } = input;
  const specs: ActionSpec[] = [];
  if (!input.acknowledgement) specs.push({ verb: 'announcement.ack', title: a.ackLabel ?? t('announcements:ack.default', locale), data: ref(a), inputs: 'none', style: 'positive' });
  if (viewer.isCoordinator) specs.push({ verb: 'announcement.report', title: t('announcements:report.button', locale), data: ref(a), inputs: 'none' });
  const document: CardAction[] = a.documentUrl ? [{ type: 'Action.OpenUrl', title: t('announcements:document', locale), url: a.documentUrl }] : [];
  const share = shareAction(input);
  const fallback = submitFallbackSet(specs, locale);
  const base = card({
    locale,
    body: [
      heading(a.title),
      ...(input.sharedBy ? [subtle(t('announcements:sharedBy', locale, { name: input.sharedBy }))] : []),
      text(a.text),
      { type: 'Container', separator: true, items: stateSection(input) },
      ...contactSection(input.contact, locale),
    ],
    actions: [...specs.map(execute), ...document, ...(share ? [share] : []), ...(fallback ? [fallback] : [])],
    refresh: { spec: announcementRefreshSpec(a, locale), userIds: [viewer.teamsUserId ?? viewer.personId] },
  });
  return input.reminder && !input.acknowledgement ? withBanner(base, [text(t('announcements:reminder', locale), { weight: 'bolder' })], 'warning') : base;
};
