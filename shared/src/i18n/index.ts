/**
 * The one i18n layer: i18next with Dutch (default) and English, resources bundled and loaded
 * synchronously. Each area keeps its strings in messages/<area>.ts as an `xNl` object and an `xEn`
 * object typed after it, so a missing English string fails to compile.
 */
import i18next, { type TOptions } from 'i18next';
import { commonEn, commonNl } from './messages/common.js';
import { errorsEn, errorsNl } from './messages/errors.js';
import { cardsEn, cardsNl } from './messages/cards.js';
import { botEn, botNl } from './messages/bot.js';
import { tabEn, tabNl } from './messages/tab.js';
import { handreikingEn, handreikingNl } from './messages/handreiking.js';
import { meetingFormEn, meetingFormNl } from './messages/meeting-form.js';
import { announcementsEn, announcementsNl } from './messages/announcements.js';
import { deliveryEn, deliveryNl } from './messages/delivery.js';
import { formsImportsEn, formsImportsNl } from './messages/forms-imports.js';
import type { DomainError } from '../domain/result.js';

export type Locale = 'nl' | 'en';
export const DEFAULT_LOCALE: Locale = 'nl';

const namespaces = {
  common: { nl: commonNl, en: commonEn },
  errors: { nl: errorsNl, en: errorsEn },
  handreiking: { nl: handreikingNl, en: handreikingEn },
  meetingForm: { nl: meetingFormNl, en: meetingFormEn },
  cards: { nl: cardsNl, en: cardsEn },
  tab: { nl: tabNl, en: tabEn },
  bot: { nl: botNl, en: botEn },
  announcements: { nl: announcementsNl, en: announcementsEn },
  delivery: { nl: deliveryNl, en: deliveryEn },
  formsImports: { nl: formsImportsNl, en: formsImportsEn },
} as const;

/** Registered by areas (cards, bot, tab) at import time through `registerMessages`. */
const extra: Record<string, { nl: object; en: object }> = {};

export const registerMessages = (ns: string, messages: { nl: object; en: object }): void => {
  extra[ns] = messages;
  if (instance.isInitialized) {
    instance.addResourceBundle('nl', ns, messages.nl, true, true);
    instance.addResourceBundle('en', ns, messages.en, true, true);
  }
};

const resources = (): Record<Locale, Record<string, object>> => {
  const all = { ...namespaces, ...extra } as Record<string, { nl: object; en: object }>;
  const out: Record<Locale, Record<string, object>> = { nl: {}, en: {} };
  for (const [ns, m] of Object.entries(all)) {
    out.nl[ns] = m.nl;
    out.en[ns] = m.en;
  }
  return out;
};

const instance = i18next.createInstance();
void instance.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['nl', 'en'],
  resources: resources(),
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  keySeparator: '.',
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

/** Maps any Teams / browser locale ("nl-NL", "en-US", "fr-FR") to one we have. */
export const toLocale = (raw: string | null | undefined): Locale => (raw?.toLowerCase().startsWith('en') ? 'en' : 'nl');

/** Translate `ns:key.path` (default namespace: common) in the given locale. */
export const t = (key: string, locale: Locale = DEFAULT_LOCALE, params?: TOptions): string =>
  instance.t(key, { ...params, lng: locale }) as string;

/** The user-facing message of a domain error. */
export const errorMessage = (error: DomainError, locale: Locale = DEFAULT_LOCALE): string =>
  t(`errors:${error.code}`, locale, error.params ? { ...error.params } : undefined);
