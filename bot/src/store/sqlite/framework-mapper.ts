import type { Framework } from '@samen/shared';
import { fromBool, fromJson, toBool, toJson } from './json.js';
import type { Row } from './record-table.js';
import { FrameworkRecord } from './record-schemas.js';
import { versionString } from './version.js';

/** The version of a framework is its revision number: both change on every save. */
export const frameworkToRow = (f: Omit<Framework, 'version' | 'revision'>, revision: number): Row => ({
  school_year: f.schoolYear,
  revision,
  is_example: toBool(f.isExample),
  items: toJson(f.items),
});

export const frameworkToDomain = (r: Row): Framework =>
  FrameworkRecord.parse({
    schoolYear: r.school_year,
    items: fromJson(r.items),
    isExample: fromBool(r.is_example),
    revision: r.revision,
    version: versionString(Number(r.revision)),
  });
