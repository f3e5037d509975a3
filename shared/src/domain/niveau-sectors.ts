import type { NiveauLevel } from './niveaus.js';
import type { Sector } from './people.js';

/** A level as a template describes it; a school fills in its own programmes and (optionally) a count. */
export type NiveauTemplateLevel = Omit<NiveauLevel, 'pupilCount' | 'templateRevision'>;

/**
 * The partnership keeps one niveau template per kind of school: primary (PO, also SBO), secondary
 * (VO) and special education (SO and VSO together). A school starts from the template of its sector.
 */
export const TEMPLATE_SECTORS = ['PO', 'VO', 'SO-VSO'] as const;
export type TemplateSector = (typeof TEMPLATE_SECTORS)[number];

export const templateSectorOf = (sector: Sector): TemplateSector => {
  if (sector === 'VO') return 'VO';
  if (sector === 'SO' || sector === 'VSO') return 'SO-VSO';
  return 'PO';
};
