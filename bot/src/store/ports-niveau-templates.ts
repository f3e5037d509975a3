/** The partnership's niveau templates, one per kind of school (PO, VO, SO/VSO), every revision kept. */
import type { NiveauTemplate, Result, TemplateSector } from '@samen/shared';
import type { Expected } from './paging.js';

export type NewNiveauTemplate = Omit<NiveauTemplate, 'version' | 'revision'> & Expected;

export interface NiveauTemplateStore {
  /** The newest saved revision of a sector's template; null while the partnership never saved one. */
  get(sector: TemplateSector): Promise<NiveauTemplate | null>;
  /** Saves a new revision (the previous one stays); `expectedVersion` is the version read ('' = first save). */
  save(template: NewNiveauTemplate): Promise<Result<NiveauTemplate>>;
  /** One saved revision, or null. */
  revision(sector: TemplateSector, revision: number): Promise<NiveauTemplate | null>;
  /** Saved revisions, newest first, at most `limit`. */
  history(sector: TemplateSector, limit: number): Promise<readonly NiveauTemplate[]>;
}
