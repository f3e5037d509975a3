import type { Id } from './ids.js';

export const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;
export type LevelNumber = (typeof LEVEL_NUMBERS)[number];

/** One ondersteuningsniveau as a school describes it. Never pupil names: at most a count. */
export interface NiveauLevel {
  readonly level: LevelNumber;
  readonly title: string;
  /** What happens at this level, one point per line. */
  readonly whatHappens: readonly string[];
  /** Who is (finally) responsible. */
  readonly responsible: string;
  /** The conversation cycle with parents at this level. */
  readonly parentCycle: string;
  /** Optional programmes / interventions used at this level. */
  readonly programmes: readonly string[];
  /** Optional number of pupils at this level (a number only). */
  readonly pupilCount: number | null;
  /** The revision of the sector's template this level was written against (absent: the shipped one, 0). */
  readonly templateRevision?: number;
}

export interface NiveauOverzicht {
  readonly schoolId: Id;
  readonly levels: readonly NiveauLevel[];
  readonly updatedAt: string;
  /** Person id of the last editor. */
  readonly updatedBy: Id;
  /** Incremented on every save; also the revision number. */
  readonly revision: number;
  readonly version: string;
}
