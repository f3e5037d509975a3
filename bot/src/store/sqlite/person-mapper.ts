import type { Person } from '@samen/shared';
import { fromJson, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { PersonRecord } from './record-schemas.js';
import { versionString } from './version.js';

export const personTable: TableSpec<Person> = {
  table: 'people',
  keys: ['id'],
  columns: ['aad_object_id', 'name', 'email', 'locale', 'school_ids', 'roles'],
  toRow: (p) => ({
    id: p.id,
    aad_object_id: p.aadObjectId,
    name: p.name,
    email: p.email,
    locale: p.locale,
    school_ids: toJson(p.schoolIds),
    roles: toJson(p.roles),
  }),
  toDomain: (r) =>
    PersonRecord.parse({
      id: r.id,
      aadObjectId: r.aad_object_id,
      name: r.name,
      email: r.email,
      locale: r.locale,
      schoolIds: fromJson(r.school_ids),
      roles: fromJson(r.roles),
      version: versionString(Number(r.version)),
    }),
};
