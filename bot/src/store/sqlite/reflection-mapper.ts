import { grantsFromStored, isSharedWithSwv, type Reflection, type ReflectionGrant } from '@samen/shared';
import { fromBool, fromJson, toBool, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { ReflectionRecord, ReflectionStatusRecord, type ReflectionStatusRow } from './record-schemas.js';
import type { Row } from './record-table.js';
import { versionString } from './version.js';

export const reflectionTable: TableSpec<Reflection> = {
  table: 'reflections',
  keys: ['school_id', 'school_year'],
  columns: ['framework_revision', 'status', 'shared_with_swv', 'grants', 'updated_at', 'updated_by', 'answers'],
  toRow: (r) => ({
    school_id: r.schoolId,
    school_year: r.schoolYear,
    framework_revision: r.frameworkRevision,
    status: r.status,
    // Kept beside the grants: the partnership's status read (STATUS_COLUMNS) needs no JSON.
    shared_with_swv: toBool(isSharedWithSwv(r)),
    grants: toJson(r.grants),
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
      grants: storedGrants(r),
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      answers: fromJson(r.answers),
      version: versionString(Number(r.version)),
    }),
};

/** NULL grants: a row from before migration 10, its flag read as a partnership grant. */
const storedGrants = (r: Row): unknown =>
  r.grants === null || r.grants === undefined
    ? grantsFromStored(null, fromBool(r.shared_with_swv) === true, String(r.updated_by), String(r.updated_at))
    : (fromJson(r.grants) as readonly ReflectionGrant[]);

/** The partnership's view: status columns only, the answers are never selected. */
export const STATUS_COLUMNS = 'school_id, status, shared_with_swv, updated_at';

export const reflectionStatusToDomain = (r: Row): ReflectionStatusRow =>
  ReflectionStatusRecord.parse({
    schoolId: r.school_id,
    status: r.status,
    sharedWithSwv: fromBool(r.shared_with_swv),
    updatedAt: r.updated_at,
  });
