/** Adaptive Card JSON as the bot passes it on; the builders in @samen/shared give it its shape. */
export type AdaptiveCardJson = { readonly type: 'AdaptiveCard' } & Record<string, unknown>;
