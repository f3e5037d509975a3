import type { Locale, Person } from '@samen/shared';

/** Who is talking to the bot, as the Teams layer resolved it. */
export interface Turn {
  readonly person: Person;
  readonly locale: Locale;
  readonly isCoordinator: boolean;
  /** The Teams user id ("29:…") for card refresh; absent outside Teams. */
  readonly teamsUserId?: string;
}
