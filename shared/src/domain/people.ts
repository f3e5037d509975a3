import type { Id } from './ids.js';

export const SECTORS = ['PO', 'SBO', 'SO', 'VO', 'VSO'] as const;
export type Sector = (typeof SECTORS)[number];

export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export type Region = (typeof REGIONS)[number];

/** Roles of school staff (and the partnership's own staff). Labels live in i18n `roles.*`. */
export const ROLES = [
  'schoolleider',
  'ib',
  'leerkracht',
  'leesspecialist',
  'onderwijsondersteuner',
  'ondersteuningscoordinator',
  'swv-medewerker',
  // VO and the partnership's network (#16).
  'directeur',
  'docent',
  'mentor',
  'rt',
  'jgt',
  'bestuur',
] as const;
export type Role = (typeof ROLES)[number];

export interface School {
  readonly id: Id;
  readonly name: string;
  readonly sector: Sector;
  readonly region: Region;
  /** Place name, for display only. */
  readonly place: string;
  readonly version: string;
}

/** A member of staff as the bot knows them. No pupil data ever lives here. */
export interface Person {
  readonly id: Id;
  /** Entra (AAD) object id, the key Teams gives us. */
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
  readonly schoolIds: readonly Id[];
  readonly roles: readonly Role[];
  readonly locale: 'nl' | 'en';
  readonly version: string;
}
