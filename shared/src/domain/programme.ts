/**
 * A draft programme from the knelpunten people sent in with their registration (the answers to the
 * meeting's questions). Predictable on purpose: choice answers are counted per option; free-text
 * answers are grouped by a shared keyword (a normalised word of at least four letters that is not a
 * common word), greedily, the most shared keyword first; what shares no keyword stays on its own.
 * Never names: only what was written and how often. The organiser edits the text before it is sent.
 */
import { DateTime } from 'luxon';
import { t, type Locale } from '../i18n/index.js';
import type { HolidayCalendar } from './holidays.js';
import { nextSendableMoment, type SendWindow } from './quiet-hours.js';
import { ZONE } from './school-year.js';
import type { Id } from './ids.js';
import type { Meeting } from './meeting.js';
import type { RsvpAnswers } from './rsvp-answers.js';
import type { RsvpStatus } from './rsvp-types.js';

export interface ProgrammeItem {
  /** The answer as written (the first spelling seen). */
  readonly text: string;
  /** How many people wrote it (same words, ignoring case, accents and punctuation). */
  readonly count: number;
}

export interface ProgrammeTheme {
  /** The option of a choice question, or the shared keyword of free-text answers. */
  readonly label: string;
  readonly kind: 'choice' | 'keyword';
  /** People in this theme. */
  readonly count: number;
  /** Free-text answers in the theme; empty for a choice. */
  readonly items: readonly ProgrammeItem[];
}

export interface ProgrammeSection {
  readonly questionId: Id;
  readonly label: string;
  readonly themes: readonly ProgrammeTheme[];
  /** Free-text answers that share no keyword with another answer. */
  readonly other: readonly ProgrammeItem[];
}

/** Words too common to make a theme (Dutch function words and the field's everyday words). */
const COMMON_WORDS = new Set([
  'alle', 'alles', 'andere', 'balans', 'daar', 'deze', 'door', 'echt', 'eigen', 'goed', 'graag', 'hebben', 'heeft', 'hier', 'hoe',
  'kinderen', 'kind', 'kunnen', 'leerling', 'leerlingen', 'maar', 'meer', 'naar', 'niet', 'nog', 'omdat', 'onder', 'onze', 'over',
  'school', 'scholen', 'soms', 'tijdens', 'vaak', 'veel', 'voor', 'vooral', 'waar', 'wanneer', 'welke', 'wordt', 'worden', 'zijn',
  'zich', 'zonder', 'zouden', 'zullen', 'about', 'their', 'there', 'these', 'they', 'this', 'what', 'when', 'with', 'would',
]);

/** Lower case, no accents, letters and digits only, single spaces. */
export const normaliseAnswer = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const keywordsOf = (normalised: string): Set<string> =>
  new Set(normalised.split(' ').filter((w) => w.length >= 4 && !/^\d+$/.test(w) && !COMMON_WORDS.has(w)));

/** Same answers (after normalising) become one item with a count, in order of first appearance. */
const mergeSame = (texts: readonly string[]): ProgrammeItem[] => {
  const items = new Map<string, { text: string; count: number }>();
  for (const text of texts) {
    const key = normaliseAnswer(text);
    const item = items.get(key);
    if (item) item.count += 1;
    else items.set(key, { text: text.trim(), count: 1 });
  }
  return [...items.values()];
};

const byCountThenLabel = (a: ProgrammeTheme, b: ProgrammeTheme): number => b.count - a.count || a.label.localeCompare(b.label, 'nl');

/** Groups free-text answers by shared keyword: the keyword most answers share first (ties: alphabetical). */
export const groupFreeText = (texts: readonly string[]): { themes: ProgrammeTheme[]; other: ProgrammeItem[] } => {
  let remaining = mergeSame(texts).map((item) => ({ item, words: keywordsOf(normaliseAnswer(item.text)) }));
  const themes: ProgrammeTheme[] = [];
  for (;;) {
    const people = new Map<string, number>();
    for (const { item, words } of remaining) for (const w of words) people.set(w, (people.get(w) ?? 0) + item.count);
    const shared = [...people.entries()]
      .filter(([w]) => remaining.filter((r) => r.words.has(w)).length >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const best = shared[0];
    if (!best) break;
    const [keyword, count] = best;
    themes.push({ label: keyword, kind: 'keyword', count, items: remaining.filter((r) => r.words.has(keyword)).map((r) => r.item) });
    remaining = remaining.filter((r) => !r.words.has(keyword));
  }
  return { themes: themes.sort(byCountThenLabel), other: remaining.map((r) => r.item) };
};

/** Statuses whose answers count: whoever still takes part or waits for a place. */
const TAKING_PART: readonly RsvpStatus[] = ['booked', 'waitlisted', 'maybe', 'applied'];

/**
 * The knelpunten per question: one answer per person (their latest), from everyone still taking part
 * (declined and not selected left out).
 */
export const programmeSections = (
  meeting: Pick<Meeting, 'questions'>,
  rsvps: readonly { readonly personId: Id; readonly status: RsvpStatus; readonly statusSince: string; readonly answers?: RsvpAnswers }[],
): ProgrammeSection[] => {
  const latest = new Map<Id, RsvpAnswers>();
  for (const r of [...rsvps].filter((x) => TAKING_PART.includes(x.status) && x.answers).sort((a, b) => a.statusSince.localeCompare(b.statusSince))) {
    latest.set(r.personId, r.answers as RsvpAnswers);
  }
  return (meeting.questions ?? []).map((q) => {
    const given = [...latest.values()].map((a) => a[q.id]?.trim() ?? '').filter((v) => v !== '');
    if (q.choices.length > 0) {
      const themes = q.choices
        .map((choice): ProgrammeTheme => ({ label: choice, kind: 'choice', count: given.filter((g) => g === choice).length, items: [] }))
        .filter((th) => th.count > 0)
        .sort(byCountThenLabel);
      return { questionId: q.id, label: q.label, themes, other: [] };
    }
    return { questionId: q.id, label: q.label, ...groupFreeText(given) };
  });
};

const itemLine = (item: ProgrammeItem, indent: string, locale: Locale): string =>
  item.count > 1 ? `${indent}${item.text} (${t('programme:draft.mentioned', locale, { count: item.count })})` : `${indent}${item.text}`;

/** The editable text: "Programma — <titel>", per question its themes with counts, then the rest. */
export const programmeText = (title: string, sections: readonly ProgrammeSection[], locale: Locale): string => {
  const lines = [t('programme:draft.heading', locale, { title }), ''];
  const answered = sections.filter((s) => s.themes.length > 0 || s.other.length > 0);
  if (answered.length === 0) lines.push(t('programme:draft.none', locale), '');
  for (const section of answered) {
    lines.push(section.label);
    for (const theme of section.themes) {
      if (theme.kind === 'choice') {
        lines.push(`• ${theme.label} (${t('programme:draft.mentioned', locale, { count: theme.count })})`);
      } else {
        lines.push(`• ${t('programme:draft.theme', locale, { keyword: theme.label, count: theme.count })}`);
        for (const item of theme.items) lines.push(itemLine(item, '   – ', locale));
      }
    }
    if (section.other.length > 0) {
      if (section.themes.length > 0) lines.push(`• ${t('programme:draft.other', locale)}`);
      for (const item of section.other) lines.push(itemLine(item, section.themes.length > 0 ? '   – ' : '• ', locale));
    }
    lines.push('');
  }
  lines.push(t('programme:draft.closing', locale));
  return lines.join('\n');
};

/** The hour (Amsterdam) a scheduled programme goes out on its day. */
export const PROGRAMME_HOUR = 9;

const dayOf = (at: DateTime): string => at.setZone(ZONE).toFormat('yyyy-MM-dd');
const isoDay = (iso: string): DateTime => DateTime.fromISO(iso, { setZone: true });

/** The days a programme may be sent (yyyy-MM-dd, Amsterdam): from today up to the day of the last session. */
export const programmeDays = (meeting: Pick<Meeting, 'sessions'>, now: Date): { readonly first: string; readonly last: string } => {
  const first = dayOf(DateTime.fromJSDate(now));
  const lastStart = meeting.sessions.map((s) => s.startsAt).sort().at(-1);
  return { first, last: lastStart ? dayOf(isoDay(lastStart)) : first };
};

/** The suggested day: a week before the first session, within `programmeDays`. */
export const suggestedProgrammeDay = (meeting: Pick<Meeting, 'sessions'>, now: Date): string => {
  const { first, last } = programmeDays(meeting, now);
  const firstStart = meeting.sessions.map((s) => s.startsAt).sort()[0];
  const weekBefore = firstStart ? dayOf(isoDay(firstStart).minus({ days: 7 })) : first;
  return weekBefore < first ? first : weekBefore > last ? last : weekBefore;
};

/** Whether `day` is a real yyyy-MM-dd date within `programmeDays`. */
export const isProgrammeDay = (meeting: Pick<Meeting, 'sessions'>, day: string, now: Date): boolean => {
  const { first, last } = programmeDays(meeting, now);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && DateTime.fromISO(day, { zone: ZONE }).isValid && day >= first && day <= last;
};

/**
 * When a programme for `day` goes out: 09:00 Amsterdam that day (or now, when that has passed), moved
 * on past quiet hours, weekends and school holidays (`nextSendableMoment`).
 */
export const programmeMoment = (day: string, now: Date, window: SendWindow, calendars: readonly HolidayCalendar[]): Date => {
  const nine = DateTime.fromISO(day, { zone: ZONE }).set({ hour: PROGRAMME_HOUR, minute: 0, second: 0, millisecond: 0 }).toJSDate();
  return nextSendableMoment(nine < now ? now : nine, window, calendars);
};
