import type { School } from '@samen/shared';
import type { TableSpec } from './record-table.js';
import { SchoolRecord } from './record-schemas.js';
import { versionString } from './version.js';

export const schoolTable: TableSpec<School> = {
  table: 'schools',
  keys: ['id'],
  columns: ['name', 'sector', 'region', 'place'],
  toRow: (s) => ({ id: s.id, name: s.name, sector: s.sector, region: s.region, place: s.place }),
  toDomain: (r) =>
    SchoolRecord.parse({
      id: r.id,
      name: r.name,
      sector: r.sector,
      region: r.region,
      place: r.place,
      version: versionString(Number(r.version)),
    }),
};
