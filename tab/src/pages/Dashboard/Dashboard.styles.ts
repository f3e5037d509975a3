import { makeStyles, tokens } from '@fluentui/react-components';

export const useDashboardStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  meeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  meetingHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  download: { marginInlineStart: 'auto', '@media print': { display: 'none' } },
  small: { color: tokens.colorNeutralForeground3 },
  drafts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
