/** The retention job's last clean-up on the partnership's site (list `Opschoonrondes`): one item, RunKey 'last'. */
import { parseRetentionRun, type RetentionRun } from '@samen/shared';
import type { RetentionStore } from '../ports-retention.js';
import { guardRead } from './errors.js';
import { lit, type ListClient } from './list-client.js';
import { fromJson, json } from './mappers.js';

const LAST = `fields/RunKey eq ${lit('last')}`;

export class SharePointRetentionStore implements RetentionStore {
  constructor(private readonly runs: ListClient) {}

  lastRun(): Promise<RetentionRun | null> {
    return guardRead(async () => {
      const item = await this.runs.first(LAST);
      return item ? parseRetentionRun(fromJson(item.fields.Run)) : null;
    });
  }

  async saveRun(run: RetentionRun): Promise<void> {
    const valid = parseRetentionRun(run);
    await guardRead(() => this.runs.upsertWhere(LAST, { Title: 'last', RunKey: 'last', RanAt: valid.ranAt, Run: json(valid) }));
  }
}
