import { makeStyles, tokens } from '@fluentui/react-components';

const CARD_MIN_WIDTH = '220px';

export const useSignInStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXXL },
  grid: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: `repeat(auto-fill, minmax(${CARD_MIN_WIDTH}, 1fr))` },
  card: { gap: tokens.spacingVerticalS },
  /**
   * A Badge is one line of fixed height by default; in a narrow card a long label ("Coördinator
   * samenwerkingsverband") ran out of its box. Here it may wrap and grow, and never gets wider than the card.
   */
  badge: {
    alignSelf: 'flex-start',
    maxWidth: '100%',
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXXS,
    // A pill's round ends do not suit two lines.
    borderRadius: tokens.borderRadiusLarge,
  },
});
