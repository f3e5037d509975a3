import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    '@media print': { backgroundColor: tokens.colorNeutralBackground1 },
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { display: 'none' },
  },
  brand: { marginInlineEnd: 'auto' },
  nav: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  main: { padding: tokens.spacingHorizontalXL, maxWidth: '1200px', marginInline: 'auto' },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});
