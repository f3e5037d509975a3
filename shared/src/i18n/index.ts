/**
 * Every catalogue of the one i18n layer (core.ts), added when this module loads: strings per area in
 * messages/<area>.ts as an `xNl` object and an `xEn` object typed after it, so a missing English string
 * fails to compile. A new namespace goes into `namespaces` here and into `Catalogues` (keys.ts).
 * The tab's build leaves this module out (nothing it uses is defined here; vite.config.ts treats the shared
 * package as free of side effects) and loads the same files lazily instead (tab/src/catalogues.ts).
 */
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
import type { Catalogues } from './keys.js';
import { addCatalogue } from './core.js';

export { DEFAULT_LOCALE, addCatalogue, errorMessage, hasCatalogue, isMessageKey, t, toLocale, type Catalogue, type Locale } from './core.js';
export type { MessageKey, KeysUnder, Namespace } from './keys.js';

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

for (const [ns, catalogue] of Object.entries(namespaces)) addCatalogue(ns as keyof Catalogues, catalogue as never);

/** Every registered namespace with its Dutch and English catalogue, for checks over all messages (plurals.test.ts). */
export const messageCatalogues: { readonly [ns: string]: { readonly nl: object; readonly en: object } } = namespaces;
