/**
 * The retention job's record of a clean-up (stored by both adapters, shown on the dashboard): when
 * it ran, when the next one is due, the cut-offs it applied and how many records it changed.
 * Counts only: nothing about whom.
 */
import { z } from 'zod';
import { RETENTION_COUNTS, type RetentionCount, type RetentionCounts, type RetentionCutoffs } from '../domain/retention.js';

const moment = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'geen tijdstip');
const count = z.number().int().nonnegative();

export interface RetentionRun {
  readonly ranAt: string;
  readonly nextRunAt: string;
  readonly cutoffs: RetentionCutoffs;
  readonly counts: RetentionCounts;
}

export const RetentionRunSchema = z.object({
  ranAt: moment,
  nextRunAt: moment,
  cutoffs: z.object({ registrantsEndedBefore: moment, pseudonymiseBefore: moment, deliveryBefore: moment }),
  counts: z.object(Object.fromEntries(RETENTION_COUNTS.map((k) => [k, count])) as Record<RetentionCount, typeof count>),
}) satisfies z.ZodType<RetentionRun>;

export const parseRetentionRun = (raw: unknown): RetentionRun => RetentionRunSchema.parse(raw) as RetentionRun;

/** The dashboard's line about clean-ups: the next one, and what the last one did (null: none yet). */
export interface RetentionStatusDto {
  readonly nextRunAt: string;
  readonly lastRun: RetentionRun | null;
}
