/** Port of the schoolondersteuningsprofiel (SOP): one record per school and school year. */
import type { Id, Result, Sop, SopStatusRow } from '@samen/shared';
import type { Expected } from './paging.js';

/** What the partnership may read of one school's SOP: its status, the content only while shared. */
export interface PartnershipSop {
  readonly status: SopStatusRow;
  readonly shared: Sop | null;
}

export interface SopStore {
  get(schoolId: Id, schoolYear: string): Promise<Sop | null>;
  save(sop: Omit<Sop, 'version'> & Expected): Promise<Result<Sop>>;
  /** Status and step dates of every school's SOP for a year, never the content. */
  statuses(schoolYear: string): Promise<readonly SopStatusRow[]>;
  /**
   * The partnership's read of one SOP, never from the school's own data: the SharePoint adapter
   * answers it from the partnership's site, where a shared SOP is copied (and removed when unshared).
   */
  forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipSop | null>;
}
