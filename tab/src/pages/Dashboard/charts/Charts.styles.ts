/**
 * The charts draw with Fluent tokens only (CSS variables of the theme), so they follow Teams' light, dark and
 * high-contrast themes; states differ by pattern as well as by shade, never by colour alone.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '760px' },
  svg: { width: '100%', height: 'auto', display: 'block', color: tokens.colorNeutralForeground1 },
  text: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '13px' },
  muted: { fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase, fontSize: '12px' },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  frame: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1 },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1, stroke: tokens.colorNeutralBackground1, strokeWidth: 1.5 },
  capacity: { stroke: tokens.colorPaletteRedForeground1, strokeWidth: 2, strokeDasharray: '6 4' },
  capacityText: { fill: tokens.colorPaletteRedForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '12px', fontWeight: tokens.fontWeightSemibold },
  chip: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  chipText: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '12px', fontWeight: tokens.fontWeightSemibold },
  // Pattern parts: the segment's ground and its marks.
  ground: { fill: tokens.colorNeutralBackground1 },
  mark: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: 'none' },
  dot: { fill: tokens.colorBrandForeground1 },
  solid: { fill: tokens.colorBrandForeground1 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyle: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { flexShrink: 0, display: 'block' },
  controls: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2 },
  details: { '& > summary': { cursor: 'pointer', color: tokens.colorBrandForegroundLink, width: 'fit-content' } },
});
