/**
 * `t` fills a message whose only markup is `{{name}}` placeholders itself (core.ts, `fill`), skipping
 * i18next's lookup for texts with a number of their own (a waitlist place). Every message of every
 * catalogue, in both languages, must come out exactly as i18next makes it: with ordinary values, with
 * values that look like markup, with a number, and with a placeholder left without a value.
 */
import { describe, expect, it } from 'vitest';
import { messageCatalogues, t, type MessageKey } from './index.js';

const leaves = (node: object, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [],
  );

const messages = Object.entries(messageCatalogues).flatMap(([ns, catalogue]) =>
  (['nl', 'en'] as const).flatMap((locale) => leaves(catalogue[locale]).map(([path, text]) => ({ key: `${ns}:${path}` as MessageKey, locale, text }))),
);

const namesIn = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*-?\s*([\w.]+)/g)].map((m) => m[1] as string))];

/** The same parameters with one that i18next reads as an option and that changes nothing for a message it finds: `t` hands these to i18next. */
const throughI18next = (params: Record<string, unknown>) => ({ ...params, defaultValue: 'niet gebruikt' });

describe('messages filled without i18next read as i18next makes them', () => {
  const withPlaceholders = messages.filter((m) => namesIn(m.text).length > 0 && !/_(one|other|zero|two|few|many)$/.test(m.key));

  it('covers the messages with placeholders (a waitlist place among them)', () => {
    expect(withPlaceholders.length).toBeGreaterThan(100);
    expect(withPlaceholders.some((m) => m.key === 'cards:state.waitlisted')).toBe(true);
  });

  it.each([
    ['ordinary values', (name: string, i: number) => `waarde ${name} ${i}`],
    ['values that look like markup', (name: string) => `{{${name}}} $t(common:appName) <b>&amp; ${name}`],
    ['numbers', (_name: string, i: number) => 40 + i],
  ])('with %s', (_label, valueOf) => {
    for (const { key, locale, text } of withPlaceholders) {
      const params = Object.fromEntries(namesIn(text).map((name, i) => [name, valueOf(name, i)]));
      expect(t(key, locale, params), `${locale} ${key}`).toBe(t(key, locale, throughI18next(params)));
    }
  });

  it('with a placeholder left without a value, or an extra value', () => {
    for (const { key, locale, text } of withPlaceholders) {
      const [first, ...rest] = namesIn(text);
      const missing = Object.fromEntries(rest.map((name) => [name, `w-${name}`]));
      expect(t(key, locale, missing), `${locale} ${key} without ${first}`).toBe(t(key, locale, throughI18next(missing)));
      const extra = { ...missing, [first as string]: 1, ongebruikt: 'x' };
      expect(t(key, locale, extra), `${locale} ${key} with an extra value`).toBe(t(key, locale, throughI18next(extra)));
    }
  });

  it('fills a waitlist place it has not seen before', () => {
    expect(t('cards:state.waitlisted', 'nl', { date: 'maandag 1 maart', position: 123457 })).toBe('Je staat op de wachtlijst (plek 123457) voor maandag 1 maart.');
    expect(t('cards:state.waitlisted', 'en', { date: 'Monday 1 March', position: 123458 })).toBe('You are on the waiting list (place 123458) for Monday 1 March.');
  });
});
