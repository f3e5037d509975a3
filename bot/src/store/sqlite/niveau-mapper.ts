import type { NiveauOverzicht } from '@samen/shared';
import { fromJson, toJson } from './json.js';
import type { Row } from './record-table.js';
import { NiveauRecord } from './record-schemas.js';
import { versionString } from './version.js';

/** One row per revision; the version of a revision is its number. */
export const niveauToRow = (n: Omit<NiveauOverzicht, 'version' | 'revision'>, revision: number): Row => ({
  school_id: n.schoolId,
  revision,
  updated_at: n.updatedAt,
  updated_by: n.updatedBy,
  levels: toJson(n.levels),
});

export const niveauToDomain = (r: Row): NiveauOverzicht =>
  NiveauRecord.parse({
    schoolId: r.school_id,
    levels: fromJson(r.levels),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    revision: r.revision,
    version: versionString(Number(r.revision)),
  });
