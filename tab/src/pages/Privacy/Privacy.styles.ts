import { makeStyles, tokens } from '@fluentui/react-components';

export const usePrivacyStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '32rem' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
