import { makeStyles, tokens } from '@fluentui/react-components';

export const useSchoolStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { '@media print': { fontSize: tokens.fontSizeBase500 } },
  tabs: { '@media print': { display: 'none' } },
});
