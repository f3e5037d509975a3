import { makeStyles, tokens } from '@fluentui/react-components';

export const useReflectieStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { position: 'static' },
  },
  /** Previous / place / next / jump: not sticky (the status bar above is). */
  itemNav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  noPrint: { '@media print': { display: 'none' } },
  /** Items other than the current one: hidden on screen, printed. */
  printOnly: { display: 'none', '@media print': { display: 'block' } },
  saveState: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3 },
  saveError: { marginInlineStart: 'auto', color: tokens.colorPaletteRedForeground1 },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid' },
  question: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: '3fr 2fr',
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr' },
  },
  lastYear: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'pre-wrap',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /** "Delen" and "Gedeeld met ons". */
  sharing: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grants: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grant: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  shareActions: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});
