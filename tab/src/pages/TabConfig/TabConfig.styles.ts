import { makeStyles, tokens } from '@fluentui/react-components';

const FIELD_MAX_WIDTH = '420px';

export const useTabConfigStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: FIELD_MAX_WIDTH },
});
