import { makeStyles, tokens } from '@fluentui/react-components';

const CARD_MIN_WIDTH = '220px';

export const useSignInStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXXL },
  grid: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: `repeat(auto-fill, minmax(${CARD_MIN_WIDTH}, 1fr))` },
  card: { gap: tokens.spacingVerticalS },
});
