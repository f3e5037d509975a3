/** Who a card is drawn for: the person, their language, and their Teams id for the card's refresh. */
import type { Locale, Person } from '@samen/shared';

export interface Viewer {
  readonly person: Person;
  readonly locale: Locale;
  readonly teamsUserId?: string;
}
