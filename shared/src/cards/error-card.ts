/** A domain error as a card: the Dutch (or English) message for its code, never a stack trace. */
import type { Id } from '../domain/ids.js';
import type { DomainError } from '../domain/result.js';
import { errorMessage, t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, text } from './elements.js';
import type { AdaptiveCard, CardAction } from './types.js';

export interface ErrorCardOptions {
  /** Offer "Vernieuwen" for this meeting, so the user gets a fresh card. */
  readonly refreshMeetingId?: Id;
}

export const errorCard = (error: DomainError, locale: Locale, options: ErrorCardOptions = {}): AdaptiveCard => {
  const spec = options.refreshMeetingId
    ? { verb: 'meeting.refresh' as const, title: t('cards:actions.refresh', locale), data: { meetingId: options.refreshMeetingId }, inputs: 'none' as const }
    : null;
  const fallback = spec ? submitFallbackSet([spec], locale) : null;
  const actions: CardAction[] = spec ? [execute(spec), ...(fallback ? [fallback] : [])] : [];
  return card({
    locale,
    body: [heading(t('cards:error.title', locale)), text(errorMessage(error, locale), { color: 'attention' })],
    actions,
  });
};
