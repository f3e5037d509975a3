/** Retention settings (RETENTION_*), validated with the rest of the config (config.ts spreads `retentionEnv`). */
import { DEFAULT_RETENTION_RULES, type RetentionRules } from '@samen/shared';
import { z } from 'zod';

const d = DEFAULT_RETENTION_RULES;

export const retentionEnv = {
  /** External registrants (Forms): weeks after their meeting ended before they are deleted. */
  RETENTION_REGISTRANT_WEEKS: z.coerce.number().int().min(1).max(520).default(d.registrantWeeks),
  /** RSVPs, acknowledgements, named survey answers: school years kept under a name (the current one included). */
  RETENTION_SCHOOL_YEARS: z.coerce.number().int().min(1).max(20).default(d.pseudonymiseAfterSchoolYears),
  /** Finished outbox and delivery records: days kept after their last change. */
  RETENTION_DELIVERY_DAYS: z.coerce.number().int().min(1).max(3650).default(d.deliveryDays),
  /** The hour (Europe/Amsterdam) of the daily clean-up. */
  RETENTION_HOUR: z.coerce.number().int().min(0).max(23).default(d.runHour),
};

type RetentionEnv = { readonly [K in keyof typeof retentionEnv]: number };

export const retentionFrom = (e: RetentionEnv): RetentionRules => ({
  registrantWeeks: e.RETENTION_REGISTRANT_WEEKS,
  pseudonymiseAfterSchoolYears: e.RETENTION_SCHOOL_YEARS,
  deliveryDays: e.RETENTION_DELIVERY_DAYS,
  runHour: e.RETENTION_HOUR,
});
