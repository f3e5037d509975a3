/** Announcement buttons: form → preview → send (coördinator), acknowledge, share, report. */
import { announcementFormCard, announcementPreviewCard, announcementReportCard, cardText, errorMessage, t, withBanner, type CardActionOf, type DomainError } from '@samen/shared';
import type { Deps } from '../deps.js';
import { acknowledgeAnnouncement, announcementReport, broadcastAudience, forwardAnnouncement, saveAnnouncementDraft, sendAnnouncement } from '../usecases/announcements.js';
import { errorResult, type ActionResult, type ActionTable } from './action-types.js';
import { announcementFor } from './broadcast-cards.js';
import type { AdaptiveCardJson } from './card-json.js';
import { allSchools } from './schools.js';
import type { Turn } from './turn.js';

const notice = (card: AdaptiveCardJson, message: string, style: 'good' | 'warning' | 'accent'): AdaptiveCardJson =>
  withBanner(card, [cardText(message, { weight: 'bolder', ...(style === 'warning' ? { color: 'attention' as const } : {}) })], style);

/** The viewer's current card, optionally with a banner saying what just happened (or why not). */
const viewerCard = async (deps: Deps, turn: Turn, id: string, error?: DomainError, done?: string): Promise<ActionResult> => {
  const announcement = await deps.stores.announcements.get(id);
  if (!announcement) return errorResult({ code: 'ANNOUNCEMENT.NOT_FOUND' }, turn);
  const card = await announcementFor(deps, announcement, turn);
  if (error) return { card: notice(card, errorMessage(error, turn.locale), 'warning'), error };
  return { card: done ? notice(card, done, 'good') : card };
};

const report = async (deps: Deps, turn: Turn, id: string): Promise<ActionResult> => {
  const data = await announcementReport(deps, turn.person, id);
  if (!data.ok) return errorResult(data.error, turn);
  const schoolNames = new Map((await allSchools(deps)).map((s) => [s.id, s.name]));
  return { card: announcementReportCard({ ...data.value, schoolNames, locale: turn.locale }) };
};

export const ANNOUNCEMENT_ACTIONS: ActionTable = {
  'announcement.create': async (deps, turn) => ({ card: announcementFormCard({ schools: await allSchools(deps), locale: turn.locale }) }),

  'announcement.preview': async (deps, turn, action) => {
    const { verb: _verb, ...values } = action;
    const outcome = await saveAnnouncementDraft(deps, turn.person, values);
    if (!outcome.ok) return errorResult(outcome.error, turn);
    if (outcome.value.kind === 'invalid') return { card: announcementFormCard({ values, problems: outcome.value.problems, schools: await allSchools(deps), locale: turn.locale }) };
    const a = outcome.value.value;
    return { card: announcementPreviewCard(a, (await broadcastAudience(deps, a.audience)).length, deps.clock(), turn.locale) };
  },

  'announcement.send': async (deps, turn, action) => {
    const sent = await sendAnnouncement(deps, turn.person, action.announcementId);
    if (!sent.ok) return errorResult(sent.error, turn);
    return viewerCard(deps, turn, action.announcementId, undefined, t('announcements:bot.sent', turn.locale, { count: sent.value.recipients }));
  },

  'announcement.ack': async (deps, turn, action) => {
    const result = await acknowledgeAnnouncement(deps, turn.person, action.announcementId);
    return viewerCard(deps, turn, action.announcementId, result.ok ? undefined : result.error);
  },

  'announcement.refresh': async (deps, turn, action) => viewerCard(deps, turn, action.announcementId),

  'announcement.forward': async (deps, turn, action: CardActionOf<'announcement.forward'>) => {
    const result = await forwardAnnouncement(deps, turn.person, action.announcementId, action.colleagueIds);
    if (!result.ok) return viewerCard(deps, turn, action.announcementId, result.error);
    const key = result.value.added === 0 ? 'announcements:share.none' : 'announcements:share.done';
    return viewerCard(deps, turn, action.announcementId, undefined, t(key, turn.locale, { count: result.value.added }));
  },

  'announcement.report': async (deps, turn, action) => report(deps, turn, action.announcementId),
};
