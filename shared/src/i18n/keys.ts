/**
 * Translation keys as types, from the Dutch catalogues (the source): `ns:path.to.key`, or a key of the
 * default `common` namespace without a prefix. Plural forms (`x_one`, `x_other`) are asked for by their
 * base key with a `count`. A mistyped or missing key fails `npm run typecheck` instead of showing the raw
 * key to a user.
 */
import type { CommonMessages } from './messages/common.js';
import type { errorsNl } from './messages/errors.js';
import type { CardsMessages } from './messages/cards.js';
import type { BotMessages } from './messages/bot.js';
import type { TabMessages } from './messages/tab.js';
import type { HandreikingMessages } from './messages/handreiking.js';
import type { MeetingFormMessages } from './messages/meeting-form.js';
import type { AnnouncementMessages } from './messages/announcements.js';
import type { deliveryNl } from './messages/delivery.js';
import type { retentionNl } from './messages/retention.js';
import type { formsImportsNl } from './messages/forms-imports.js';
import type { formsImportNl } from './messages/forms-import.js';
import type { ProgrammeMessages } from './messages/programme.js';
import type { SelectionMessages } from './messages/selection.js';
import type { SessionsMessages } from './messages/sessions.js';
import type { WorkspaceMessages } from './messages/workspace.js';
import type { mailNl } from './messages/mail.js';
import type { registrantsNl } from './messages/registrants.js';
import type { privacyNl } from './messages/privacy.js';
import type { niveauTemplatesNl } from './messages/niveau-templates.js';
import type { sopNl } from './messages/sop.js';
import type { reflectieNl } from './messages/reflectie.js';
import type { chartsNl } from './messages/charts.js';
import type { reflectieDelenNl } from './messages/reflectie-delen.js';
import type { reflectionDeadlineNl } from './messages/reflection-deadline.js';

export interface Catalogues {
  readonly common: CommonMessages;
  readonly errors: typeof errorsNl;
  readonly handreiking: HandreikingMessages;
  readonly meetingForm: MeetingFormMessages;
  readonly cards: CardsMessages;
  readonly tab: TabMessages;
  readonly bot: BotMessages;
  readonly announcements: AnnouncementMessages;
  readonly delivery: typeof deliveryNl;
  readonly formsImports: typeof formsImportsNl;
  readonly formsImport: typeof formsImportNl;
  readonly programme: ProgrammeMessages;
  readonly selection: SelectionMessages;
  readonly sessions: SessionsMessages;
  readonly workspace: WorkspaceMessages;
  readonly mail: typeof mailNl;
  readonly registrants: typeof registrantsNl;
  readonly privacy: typeof privacyNl;
  readonly niveauTemplates: typeof niveauTemplatesNl;
  readonly sop: typeof sopNl;
  readonly reflectie: typeof reflectieNl;
  readonly charts: typeof chartsNl;
  readonly reflectieDelen: typeof reflectieDelenNl;
  readonly reflectionDeadline: typeof reflectionDeadlineNl;
  readonly retention: typeof retentionNl;
}

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type BaseOf<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every leaf path of a catalogue, dotted; plural leaves also by their base key. */
export type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` | `${Prefix}${BaseOf<K>}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type Namespace = keyof Catalogues;

export type MessageKey = { [NS in Namespace]: `${NS}:${KeysOf<Catalogues[NS]>}` }[Namespace] | KeysOf<Catalogues['common']>;

/** The keys of one namespace under a prefix, for helpers like `l = (k) => t(\`cards:invitation.${k}\`)`. */
export type KeysUnder<NS extends Namespace, P extends string> = MessageKey extends infer K
  ? K extends `${NS}:${P}.${infer Rest}`
    ? Rest
    : never
  : never;
