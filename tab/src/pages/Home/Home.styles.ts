import { makeStyles, tokens } from '@fluentui/react-components';

const CARD_MIN_WIDTH = '260px';

export const useHomeStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: `repeat(auto-fill, minmax(${CARD_MIN_WIDTH}, 1fr))` },
});
