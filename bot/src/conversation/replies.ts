import type { AdaptiveCardJson } from './card-json.js';

/** What a conversation handler answers; the Teams layer turns it into activities. */
export type Reply =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'card'; readonly card: AdaptiveCardJson }
  | { readonly type: 'file'; readonly name: string; readonly contentType: string; readonly content: string };

export const text = (value: string): Reply => ({ type: 'text', text: value });
export const card = (value: AdaptiveCardJson): Reply => ({ type: 'card', card: value });
