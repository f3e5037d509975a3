/**
 * The fills of a stacked bar's segments, from "not begun" (empty) to "done" (solid), with hatching, cross-hatching
 * and dots between: readable without colour, drawn in the theme's colours (see Charts.styles.ts).
 */
import type { ReactNode } from 'react';
import { useChartStyles } from './Charts.styles';

export const PATTERNS = ['empty', 'hatch', 'cross', 'dots', 'solid'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** The pattern of state `index` of `count` states: the first empty, the last solid, the rest in between. */
export const patternOf = (index: number, count: number): Pattern => {
  if (index === 0) return 'empty';
  if (index === count - 1) return 'solid';
  return PATTERNS[Math.min(index, PATTERNS.length - 2)] ?? 'hatch';
};

/** `<defs>` with one <pattern> per fill, ids `${prefix}-${pattern}`; place it in one SVG on the page. */
export const PatternDefs = ({ prefix }: { prefix: string }) => {
  const s = useChartStyles();
  const tile = (p: Pattern, children: ReactNode) => (
    <pattern id={`${prefix}-${p}`} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" className={p === 'solid' ? s.solid : s.ground} />
      {children}
    </pattern>
  );
  return (
    <defs>
      {tile('empty', null)}
      {tile('hatch', <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" className={s.mark} />)}
      {tile('cross', <path d="M0,0 l8,8 M8,0 l-8,8" className={s.mark} />)}
      {tile('dots', <circle cx="4" cy="4" r="1.8" className={s.dot} />)}
      {tile('solid', null)}
    </defs>
  );
};

/** A small legend square in a pattern defined on the page. */
export const Swatch = ({ prefix, pattern }: { prefix: string; pattern: Pattern }) => {
  const s = useChartStyles();
  return (
    <svg className={s.swatch} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${prefix}-${pattern})`} className={s.frame} />
    </svg>
  );
};
