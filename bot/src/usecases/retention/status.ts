/** "Opschoning" on the coördinator's dashboard: the next clean-up and what the last one did (counts only). */
import { nextRetentionRun, ok, type Person, type Result, type RetentionStatusDto } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { authorize } from '../policy.js';

export const retentionStatus = async (deps: Deps, person: Person): Promise<Result<RetentionStatusDto>> => {
  const allowed = authorize(deps, person, 'dashboard.read');
  if (!allowed.ok) return allowed;
  const lastRun = await deps.stores.retention.lastRun();
  // Before the first clean-up: the schedule runs it at its first check, so it is due now.
  return ok({ nextRunAt: lastRun?.nextRunAt ?? nextRetentionRun(deps.clock(), deps.config.retention.runHour), lastRun });
};
