/**
 * The one i18n layer: one i18next instance with Dutch (default) and English. It starts empty; the
 * catalogues are added per namespace. The server (and every test) gets them all at once, synchronously,
 * through index.ts; the tab's build leaves index.ts out and adds them from a lazily loaded chunk before it
 * first renders (tab/src/catalogues.ts, tab/src/app/mount.tsx), so the translations are not part of its
 * initial JavaScript.
 */
import i18next, { type TOptions } from 'i18next';
import type { Catalogues, MessageKey, Namespace } from './keys.js';
import type { DomainError } from '../domain/result.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';

export { DEFAULT_LOCALE, toLocale, type Locale } from './locale.js';

/** One namespace's strings in both languages. */
export type Catalogue<NS extends Namespace> = { readonly nl: Catalogues[NS]; readonly en: Catalogues[NS] };

const instance = i18next.createInstance();
void instance.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['nl', 'en'],
  resources: {},
  ns: [],
  defaultNS: 'common',
  keySeparator: '.',
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

/** Adds (or replaces) one namespace's catalogue. */
export const addCatalogue = <NS extends Namespace>(ns: NS, catalogue: Catalogue<NS>): void => {
  instance.addResourceBundle('nl', ns, catalogue.nl, true, true);
  instance.addResourceBundle('en', ns, catalogue.en, true, true);
  made.clear();
  templates.clear();
};

/** Whether a namespace's catalogue has been added. */
export const hasCatalogue = (ns: Namespace): boolean => instance.hasResourceBundle(DEFAULT_LOCALE, ns);

/**
 * Texts already made, by locale, key and parameters: a card asks the same few dozen each time, and
 * i18next's lookup and interpolation cost more than the card around them. Emptied when it reaches its
 * size and whenever a catalogue is added (the tab adds its catalogues after start; a text asked before
 * must not stay the bare key).
 */
const made = new Map<string, string>();
const MADE_MAX = 10_000;

/**
 * A message whose only markup is plain `{{name}}` placeholders, by locale and key (null: it has other
 * markup, or is not in that locale's catalogue). i18next fills such a message by putting each value
 * in, as a string, where its placeholder stands, and nothing more (values are not escaped, not read for
 * nesting or placeholders again): `fill` does the same without i18next's lookup, for texts with a
 * number of their own (a waitlist place) that the memo above would not meet twice.
 */
const templates = new Map<string, string | null>();
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** Parameters i18next reads as options (plural, context, language, …): their texts go through i18next. */
const OPTION_NAMES = new Set(['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'replace', 'defaultValue', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'keyPrefix', 'nsSeparator', 'keySeparator', 'fallbackLng']);

const templateOf = (key: string, locale: Locale): string | null => {
  const id = `${locale}\u0000${key}`;
  let template = templates.get(id);
  if (template === undefined) {
    const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    const raw: unknown = instance.getResource(locale, ns, path);
    const plain = typeof raw === 'string' && !raw.replace(PLACEHOLDER, '').includes('{{') && !raw.includes('$t(');
    template = plain ? raw : null;
    templates.set(id, template);
  }
  return template;
};

/** The message filled as i18next fills it, or null when that needs i18next (see `templates`). */
const fill = (key: string, locale: Locale, params: TOptions): string | null => {
  const template = templateOf(key, locale);
  if (template === null) return null;
  const values = params as Record<string, unknown>;
  const names = Object.keys(values);
  if (names.some((n) => OPTION_NAMES.has(n) || (typeof values[n] !== 'string' && typeof values[n] !== 'number'))) return null;
  let complete = true;
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) complete = false;
    return complete ? String(values[name]) : whole;
  });
  return complete ? text : null;
};

/** Translate `ns:key.path` (default namespace: common) in the given locale; an unknown key does not compile. */
export const t = (key: MessageKey, locale: Locale = DEFAULT_LOCALE, params?: TOptions): string => {
  const memo = `${locale}\u0000${key}\u0000${params ? JSON.stringify(params) : ''}`;
  const known = made.get(memo);
  if (known !== undefined) return known;
  const text = (params ? fill(key, locale, params) : null) ?? (instance.t(key, { ...params, lng: locale }) as string);
  if (made.size >= MADE_MAX) made.clear();
  made.set(memo, text);
  return text;
};

/** Whether `key` names a message (for keys that arrive as data, such as a zod issue's message). */
export const isMessageKey = (key: string): key is MessageKey => {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const leaf = (p: string) => typeof instance.getResource(DEFAULT_LOCALE, ns, p) === 'string';
  return leaf(path) || leaf(`${path}_one`) || leaf(`${path}_other`);
};

/** The user-facing message of a domain error. */
export const errorMessage = (error: DomainError, locale: Locale = DEFAULT_LOCALE): string =>
  t(`errors:${error.code}`, locale, error.params ? { ...error.params } : undefined);
