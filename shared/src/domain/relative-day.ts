/**
 * How a day ahead is named in a greeting ("Tot morgen!", "Tot over 2 weken!"): pure, from a whole number of
 * calendar days (counted in Amsterdam by the caller). The words themselves are i18n messages
 * (`cards:reminder.<kind>`, with `count` for days and weeks).
 */
export type RelativeDay =
  | { readonly kind: 'today' }
  | { readonly kind: 'tomorrow' }
  | { readonly kind: 'dayAfterTomorrow' }
  /** Whole weeks: 7 → "volgende week", 14 → "over 2 weken". */
  | { readonly kind: 'inWeeks'; readonly count: number }
  | { readonly kind: 'inDays'; readonly count: number };

export const relativeDay = (days: number): RelativeDay => {
  if (days <= 0) return { kind: 'today' };
  if (days === 1) return { kind: 'tomorrow' };
  if (days === 2) return { kind: 'dayAfterTomorrow' };
  if (days % 7 === 0) return { kind: 'inWeeks', count: days / 7 };
  return { kind: 'inDays', count: days };
};
