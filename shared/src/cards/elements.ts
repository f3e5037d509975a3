/** Small pure helpers that build card parts; every builder goes through these. */
import { t, type Locale } from '../i18n/index.js';
import type {
  ActionData,
  ActionSet,
  AdaptiveCard,
  AssociatedInputs,
  CardAction,
  CardElement,
  ExecuteAction,
  JsonValue,
  ShowCardAction,
  SubmitAction,
  TextBlock,
} from './types.js';
import type { Verb } from './verbs.js';

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams refreshes a card automatically for at most this many users. */
export const MAX_REFRESH_USERS = 60;

export const text = (value: string, extra: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

export const heading = (value: string): TextBlock =>
  text(value, { size: 'large', weight: 'bolder', style: 'heading' });

export const subtle = (value: string): TextBlock => text(value, { isSubtle: true, spacing: 'small' });

/** A field-level error shown right under an input. */
export const fieldError = (message: string): TextBlock => text(message, { color: 'attention', spacing: 'none', size: 'small' });

/** What one button does: the same spec renders as Action.Execute and as its Action.Submit twin. */
export interface ActionSpec {
  readonly verb: Verb;
  readonly title: string;
  readonly data?: Readonly<Record<string, JsonValue>>;
  /** 'none' when the data already says everything (the card's inputs must not override it). */
  readonly inputs?: AssociatedInputs;
  readonly style?: 'positive' | 'destructive';
}

const payload = (spec: ActionSpec): ActionData => ({ verb: spec.verb, ...spec.data });

export const submit = (spec: ActionSpec): SubmitAction => ({
  type: 'Action.Submit',
  title: spec.title,
  data: payload(spec),
  ...(spec.inputs ? { associatedInputs: spec.inputs } : {}),
  ...(spec.style ? { style: spec.style } : {}),
});

/** Action.Execute (Universal Actions) with an Action.Submit fallback for clients without it. */
export const execute = (spec: ActionSpec): ExecuteAction => ({
  type: 'Action.Execute',
  title: spec.title,
  verb: spec.verb,
  data: payload(spec),
  ...(spec.inputs ? { associatedInputs: spec.inputs } : {}),
  ...(spec.style ? { style: spec.style } : {}),
  fallback: submit(spec),
});

export const actionSet = (actions: readonly CardAction[], extra: Partial<ActionSet> = {}): ActionSet => ({
  type: 'ActionSet',
  actions,
  ...extra,
});

/**
 * Teams on phones does not always deliver Action.Execute. One compact "Werkt de knop niet?"
 * button opens the same actions as plain Action.Submit, which the bot handles identically.
 */
export const submitFallbackSet = (specs: readonly ActionSpec[], locale: Locale): ShowCardAction | null =>
  specs.length === 0
    ? null
    : {
        type: 'Action.ShowCard',
        title: t('cards:fallback.button', locale),
        mode: 'secondary',
        card: {
          type: 'AdaptiveCard',
          body: [subtle(t('cards:fallback.intro', locale)), actionSet(specs.map(submit))],
        },
      };

export interface CardParts {
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** Refresh with this verb/data for these users (the viewer); only the first 60 are kept. */
  readonly refresh?: { readonly spec: ActionSpec; readonly userIds: readonly string[] };
  readonly locale: Locale;
}

export const card = ({ body, actions, refresh, locale }: CardParts): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: '1.5',
  lang: locale,
  fallbackText: t('cards:fallbackText', locale),
  ...(refresh
    ? {
        refresh: {
          action: { type: 'Action.Execute', verb: refresh.spec.verb, data: payload(refresh.spec), title: refresh.spec.title },
          userIds: [...new Set(refresh.userIds)].slice(0, MAX_REFRESH_USERS),
        },
      }
    : {}),
  body,
  ...(actions && actions.length > 0 ? { actions } : {}),
});

/** Puts a highlighted banner above an existing card's body (reminders, promotions, previews). */
export const withBanner = (base: AdaptiveCard, items: readonly CardElement[], style: 'accent' | 'good' | 'warning' = 'accent'): AdaptiveCard => ({
  ...base,
  body: [{ type: 'Container', style, items }, ...base.body],
});
