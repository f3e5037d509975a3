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
import { retentionEn, retentionNl } from './messages/retention.js';
import { formsImportsEn, formsImportsNl } from './messages/forms-imports.js';
import { formsImportEn, formsImportNl } from './messages/forms-import.js';
import { programmeEn, programmeNl } from './messages/programme.js';
import { selectionEn, selectionNl } from './messages/selection.js';
import { sessionsEn, sessionsNl } from './messages/sessions.js';
import { workspaceEn, workspaceNl } from './messages/workspace.js';
import { mailEn, mailNl } from './messages/mail.js';
import { registrantsEn, registrantsNl } from './messages/registrants.js';
import { privacyEn, privacyNl } from './messages/privacy.js';
import { niveauTemplatesEn, niveauTemplatesNl } from './messages/niveau-templates.js';
import { sopEn, sopNl } from './messages/sop.js';
import { reflectieEn, reflectieNl } from './messages/reflectie.js';
import { chartsEn, chartsNl } from './messages/charts.js';
import { reflectieDelenEn, reflectieDelenNl } from './messages/reflectie-delen.js';
import { reflectionDeadlineEn, reflectionDeadlineNl } from './messages/reflection-deadline.js';
import type { Catalogues, MessageKey } from './keys.js';
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
  formsImport: { nl: formsImportNl, en: formsImportEn },
  programme: { nl: programmeNl, en: programmeEn },
  selection: { nl: selectionNl, en: selectionEn },
  sessions: { nl: sessionsNl, en: sessionsEn },
  workspace: { nl: workspaceNl, en: workspaceEn },
  mail: { nl: mailNl, en: mailEn },
  registrants: { nl: registrantsNl, en: registrantsEn },
  privacy: { nl: privacyNl, en: privacyEn },
  niveauTemplates: { nl: niveauTemplatesNl, en: niveauTemplatesEn },
  sop: { nl: sopNl, en: sopEn },
  reflectie: { nl: reflectieNl, en: reflectieEn },
  charts: { nl: chartsNl, en: chartsEn },
  reflectieDelen: { nl: reflectieDelenNl, en: reflectieDelenEn },
  reflectionDeadline: { nl: reflectionDeadlineNl, en: reflectionDeadlineEn },
  retention: { nl: retentionNl, en: retentionEn },
} as const satisfies { readonly [NS in keyof Catalogues]: { readonly nl: Catalogues[NS]; readonly en: Catalogues[NS] } };

const resources = (): Record<Locale, Record<string, object>> => {
  const out: Record<Locale, Record<string, object>> = { nl: {}, en: {} };
  for (const [ns, m] of Object.entries(namespaces)) {
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

export type { MessageKey, KeysUnder } from './keys.js';

/**
 * Texts already made, by locale, key and parameters: the catalogues are fixed at start, so the same
 * question always has the same answer, and a card asks the same few dozen each time (i18next's
 * lookup and interpolation cost more than the card around them). Emptied when it reaches its size.
 */
const made = new Map<string, string>();
const MADE_MAX = 10_000;

/** Translate `ns:key.path` (default namespace: common) in the given locale; an unknown key does not compile. */
export const t = (key: MessageKey, locale: Locale = DEFAULT_LOCALE, params?: TOptions): string => {
  const memo = `${locale}\u0000${key}\u0000${params ? JSON.stringify(params) : ''}`;
  const known = made.get(memo);
  if (known !== undefined) return known;
  const text = instance.t(key, { ...params, lng: locale }) as string;
  if (made.size >= MADE_MAX) made.clear();
  made.set(memo, text);
  return text;
};

/** Forgets the texts already made: for a test that rewords a catalogue at run time (the app never does). */
export const forgetMadeTexts = (): void => made.clear();

/** Whether `key` names a message (for keys that arrive as data, such as a zod issue's message). */
export const isMessageKey = (key: string): key is MessageKey => {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const leaf = (p: string) => typeof instance.getResource(DEFAULT_LOCALE, ns, p) === 'string';
  return leaf(path) || leaf(`${path}_one`) || leaf(`${path}_other`);
};

/** The user-facing message of a domain error. */
export const errorMessage = (error: DomainError, locale: Locale = DEFAULT_LOCALE): string =>
  t(`errors:${error.code}`, locale, error.params ? { ...error.params } : undefined);

/** Every registered namespace with its Dutch and English catalogue, for checks over all messages (plurals.test.ts). */
export const messageCatalogues: { readonly [ns: string]: { readonly nl: object; readonly en: object } } = namespaces;
