import { makeStyles, tokens } from '@fluentui/react-components';

/** Each level steps in a little further: a staircase from level 1 (base) to level 5. */
const STEP = '24px';
const step = (n: number) => ({ marginInlineStart: `calc(${STEP} * ${n})` });

export const useNiveauStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', '@media print': { display: 'none' } },
  noPrint: { '@media print': { display: 'none' } },
  levels: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  level: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    breakInside: 'avoid',
    '@media print': { boxShadow: 'none', marginInlineStart: 0 },
  },
  step1: { ...step(0), borderInlineStartColor: tokens.colorPaletteGreenBorderActive },
  step2: { ...step(1), borderInlineStartColor: tokens.colorPaletteMarigoldBorderActive },
  step3: { ...step(2), borderInlineStartColor: tokens.colorPaletteDarkOrangeBorderActive },
  step4: { ...step(3), borderInlineStartColor: tokens.colorPaletteRedBorderActive },
  step5: { ...step(4), borderInlineStartColor: tokens.colorPaletteBerryBorderActive },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: '2fr 1fr 1fr',
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr' },
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  label: { color: tokens.colorNeutralForeground3, display: 'block' },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drawerList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  revision: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  revisionActions: { display: 'flex', gap: tokens.spacingHorizontalS },
  changes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalS },
  change: { gap: tokens.spacingVerticalXS },
  added: { display: 'block', margin: 0, color: tokens.colorPaletteGreenForeground1 },
  removed: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
  struck: { textDecorationLine: 'line-through' },
});

export type NiveauStyles = ReturnType<typeof useNiveauStyles>;
export const stepClass = (styles: NiveauStyles, level: number): string =>
  [styles.step1, styles.step2, styles.step3, styles.step4, styles.step5][level - 1] ?? styles.step1;
