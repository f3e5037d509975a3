import { errorCard, type CardActionOf, type DomainError, type Verb } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { AdaptiveCardJson } from './card-json.js';
import type { Turn } from './turn.js';

export interface ActionResult {
  /** Replaces the card that was clicked (for this user). */
  readonly card: AdaptiveCardJson;
  /** Set when the action was refused, so the invoke response can say so. */
  readonly error?: DomainError;
}

export type ActionHandler<V extends Verb> = (deps: Deps, turn: Turn, action: CardActionOf<V>) => Promise<ActionResult>;
export type ActionTable = { readonly [V in Verb]?: ActionHandler<V> };

export const errorResult = (error: DomainError, turn: Turn): ActionResult => ({
  card: errorCard(error, turn.locale),
  error,
});
