/**
 * Port of the retention job's memory: the last clean-up with its plan for the next one, kept
 * durably so a restart neither skips a clean-up nor needs one to run twice (shared/src/domain/retention.ts).
 */
import type { RetentionRun } from '@samen/shared';

export interface RetentionStore {
  /** The last completed clean-up, or null before the first. */
  lastRun(): Promise<RetentionRun | null>;
  /** Replaces the last clean-up. */
  saveRun(run: RetentionRun): Promise<void>;
}
