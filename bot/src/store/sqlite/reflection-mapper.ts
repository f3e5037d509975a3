import type { Reflection } from '@samen/shared';
import { fromBool, fromJson, toBool, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { ReflectionRecord, ReflectionStatusRecord, type ReflectionStatusRow } from './record-schemas.js';
import type { Row } from './record-table.js';
import { versionString } from './version.js';

export const reflectionTable: TableSpec<Reflection> = {
  table: 'reflections',
  keys: ['school_id', 'school_year'],
  columns: ['framework_revision', 'status', 'shared_with_swv', 'updated_at', 'updated_by', 'answers'],
  toRow: (r) => ({
    school_id: r.schoolId,
    school_year: r.schoolYear,
    framework_revision: r.frameworkRevision,
    status: r.status,
    shared_with_swv: toBool(r.sharedWithSwv),
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
    answers: toJson(r.answers),
  }),
  toDomain: (r) =>
    ReflectionRecord.parse({
      schoolId: r.school_id,
      schoolYear: r.school_year,
      frameworkRevision: r.framework_revision,
      status: r.status,
      sharedWithSwv: fromBool(r.shared_with_swv),
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      answers: fromJson(r.answers),
      version: versionString(Number(r.version)),
    }),
};

/** The partnership's view: status columns only, the answers are never selected. */
export const STATUS_COLUMNS = 'school_id, status, shared_with_swv, updated_at';

export const reflectionStatusToDomain = (r: Row): ReflectionStatusRow =>
  ReflectionStatusRecord.parse({
    schoolId: r.school_id,
    status: r.status,
    sharedWithSwv: fromBool(r.shared_with_swv),
    updatedAt: r.updated_at,
  });
