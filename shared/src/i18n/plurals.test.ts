/**
 * "No count is shown without its singular form": a scan of every registered message catalogue (all namespaces in
 * index.ts, so new namespaces are checked as soon as they are registered).
 *
 * What counts as a count. A message shows a count when it interpolates a *quantity variable*:
 * - `{{count}}`, the variable i18next chooses the plural form by;
 * - one of QUANTITY_NAMES below (how many people, seats, days, answers, … a message has used so far);
 * - any variable whose name ends in Count, Total, Days, Weeks or Seats (`seatCount`, `schoolTotal`, …).
 * Numbers that name something rather than count it are not counts: session and question numbers (`n`, `number`,
 * `questions`), a place on the waiting list (`position`), a version (`revision`), a support level (`level`), a
 * Forms row (`row`, `rows`), a school year (`year`) and an average (`average`). A message with no letters outside
 * its interpolations ("{{acknowledged}} / {{recipients}}") has no word to inflect and is left alone.
 *
 * The rules, per language:
 * 1. a message that shows a count is a plural form (`key_one` / `key_other`), called with `{ count }`;
 * 2. its `_other` form interpolates `{{count}}`, the number that decides the form (with two numbers, "3 van 10
 *    scholen", `count` is the one the noun follows; the `_one` form may spell the number out: "volgende week");
 * 3. every `_one` has its `_other` and the other way round, and no plain key shares a plural's base key;
 * 4. Dutch and English have the same plural keys.
 */
import { describe, expect, it } from 'vitest';
import { messageCatalogues, t } from './index.js';

const QUANTITY_NAMES: ReadonlySet<string> = new Set([
  'count', 'total', 'done', 'days', 'weeks', 'seats', 'people', 'persons', 'pupils',
  'booked', 'waitlisted', 'maybe', 'declined', 'capacity',
  'acknowledged', 'recipients', 'forwarded', 'responses', 'answered',
  'recorded', 'changed', 'unchanged', 'alreadyImported',
]);
const QUANTITY_SUFFIX = /(Count|Total|Days|Weeks|Seats)$/;
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

const isQuantity = (name: string): boolean => QUANTITY_NAMES.has(name) || QUANTITY_SUFFIX.test(name);
const variables = (message: string): string[] => [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
const hasWords = (message: string): boolean => /\p{L}/u.test(message.replace(/\{\{[^}]*\}\}/g, ''));

/** Every leaf of a catalogue as [dotted key, message]. */
const leaves = (node: object, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [],
  );

/** What is wrong with one language's catalogue of one namespace, as readable lines ("" = nothing). */
const pluralProblems = (ns: string, catalogue: object): string[] => {
  const all = leaves(catalogue);
  const keys = new Set(all.map(([k]) => k));
  const problems: string[] = [];
  for (const [key, message] of all) {
    const plural = PLURAL.exec(key);
    const counts = variables(message).filter(isQuantity);
    if (!plural && counts.length > 0 && hasWords(message)) problems.push(`${ns}:${key} shows {{${counts.join('}}, {{')}}} without plural forms (_one/_other)`);
    if (!plural) continue;
    const base = plural[1] ?? '';
    if (plural[2] === 'other' && !variables(message).includes('count')) problems.push(`${ns}:${key} does not show {{count}}`);
    if (plural[2] === 'one' && !keys.has(`${base}_other`)) problems.push(`${ns}:${key} has no ${base}_other`);
    if (plural[2] === 'other' && !keys.has(`${base}_one`)) problems.push(`${ns}:${key} has no ${base}_one`);
    if (plural[2] === 'other' && keys.has(base)) problems.push(`${ns}:${base} is both a message and a plural`);
  }
  return problems;
};

const pluralKeys = (catalogue: object): string[] => leaves(catalogue).map(([k]) => k).filter((k) => PLURAL.test(k)).sort();

describe('plural forms in the message catalogue', () => {
  it('checks every registered namespace', () => {
    expect(Object.keys(messageCatalogues)).toEqual(expect.arrayContaining(['common', 'cards', 'tab', 'bot', 'announcements', 'delivery']));
  });

  it.each(Object.entries(messageCatalogues))('%s: every count has its singular and plural form, in Dutch and English', (ns, { nl, en }) => {
    expect([...pluralProblems(ns, nl), ...pluralProblems(ns, en)]).toEqual([]);
    expect(pluralKeys(en)).toEqual(pluralKeys(nl));
  });

  it('finds a new offender (a fixture catalogue)', () => {
    const fixture = {
      fine_one: 'Nog {{count}} plaats vrij',
      fine_other: 'Nog {{count}} plaatsen vrij',
      nextWeek_one: 'Tot volgende week!',
      nextWeek_other: 'Tot over {{count}} weken!',
      session: 'Sessie {{n}}, plek {{position}} op de wachtlijst',
      fraction: '{{acknowledged}} / {{recipients}}',
      nested: { people: 'De uitnodiging is klaargezet voor {{count}} personen.', schools: '{{done}} van {{total}} scholen beantwoord' },
      seatCount: 'Er zijn {{seatCount}} stoelen',
      lonely_one: '{{count}} antwoord',
      orphan_other: '{{count}} antwoorden',
      literal_one: 'Eén vraag',
      literal_other: 'Meerdere vragen',
      twice: 'Gedeeld',
      twice_one: '{{count}} keer gedeeld',
      twice_other: '{{count}} keer gedeeld',
    };
    expect(pluralProblems('fixture', fixture)).toEqual([
      'fixture:nested.people shows {{count}} without plural forms (_one/_other)',
      'fixture:nested.schools shows {{done}}, {{total}} without plural forms (_one/_other)',
      'fixture:seatCount shows {{seatCount}} without plural forms (_one/_other)',
      'fixture:lonely_one has no lonely_other',
      'fixture:orphan_other has no orphan_one',
      'fixture:literal_other does not show {{count}}',
      'fixture:twice is both a message and a plural',
    ]);
  });

  it('shows the singular for one and the plural for more, in both languages', () => {
    expect(t('tab:bijeenkomsten.seatsLeft', 'nl', { count: 1 })).toBe('Nog 1 plaats vrij');
    expect(t('tab:bijeenkomsten.seatsLeft', 'nl', { count: 3 })).toBe('Nog 3 plaatsen vrij');
    expect(t('tab:bijeenkomsten.seatsLeft', 'en', { count: 1 })).toBe('1 seat left');
    expect(t('bot:meetingSent', 'nl', { count: 1 })).toBe('De uitnodiging is klaargezet voor 1 persoon. Die krijgt de uitnodiging zo in de chat.');
    expect(t('bot:meetingSent', 'nl', { count: 0 })).toContain('voor 0 personen');
    expect(t('tab:broadcasts.answeredSchools', 'nl', { done: 0, count: 1 })).toBe('0 van 1 school beantwoord');
  });
});
