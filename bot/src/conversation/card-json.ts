/** Adaptive Card JSON as the builders in @samen/shared type it. */
export type { AdaptiveCard as AdaptiveCardJson } from '@samen/shared';
