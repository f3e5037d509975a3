/**
 * "mededeling": the form for a new announcement, and the numbered list of sent ones;
 * "mededeling 2": the acknowledgement report of the second. "enquete" / "enquete 2" likewise for surveys.
 */
import { announcementFormCard, surveyFormCard, t, type Locale } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import type { CommandHandler } from './command-types.js';
import { ANNOUNCEMENT_ACTIONS } from './announcement-actions.js';
import { SURVEY_ACTIONS } from './survey-actions.js';
import { card, text, type Reply } from './replies.js';
import { allSchools } from './schools.js';

interface Titled {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly createdAt: string;
}

const sentNewestFirst = <T extends Titled>(items: readonly T[]): T[] =>
  items.filter((x) => x.status === 'verstuurd').sort((a, b) => b.createdAt.localeCompare(a.createdAt));

const pick = <T>(items: readonly T[], argument: string): T | null => {
  const n = Number.parseInt(argument, 10);
  return Number.isInteger(n) && n >= 1 && n <= items.length ? (items[n - 1] ?? null) : null;
};

const listText = (items: readonly Titled[], command: string, locale: Locale): Reply[] =>
  items.length === 0 ? [] : [text([t('announcements:bot.pick', locale, { command }), '', ...items.map((x, i) => `${i + 1}. ${x.title}`)].join('\n'))];

export const announcementCommand: CommandHandler = async (deps: Deps, turn, argument) => {
  const sent = sentNewestFirst(await allPages((p) => deps.stores.announcements.list(p)));
  const chosen = pick(sent, argument);
  if (chosen) {
    const result = await ANNOUNCEMENT_ACTIONS['announcement.report']!(deps, turn, { verb: 'announcement.report', announcementId: chosen.id });
    return [card(result.card)];
  }
  return [card(announcementFormCard({ schools: await allSchools(deps), locale: turn.locale })), ...listText(sent, 'mededeling', turn.locale)];
};

export const surveyCommand: CommandHandler = async (deps: Deps, turn, argument) => {
  const sent = sentNewestFirst(await allPages((p) => deps.stores.surveys.list(p)));
  const chosen = pick(sent, argument);
  if (chosen) {
    const result = await SURVEY_ACTIONS['survey.results']!(deps, turn, { verb: 'survey.results', surveyId: chosen.id });
    return [card(result.card)];
  }
  return [card(surveyFormCard({ schools: await allSchools(deps), locale: turn.locale })), ...listText(sent, 'enquete', turn.locale)];
};
