/** The partnership's niveau templates: API bodies, path parameters and the stored record (zod, strict). */
import { z } from 'zod';
import { idInput } from './ids.js';
import { TEMPLATE_SECTORS, type TemplateSector } from '../domain/niveau-sectors.js';
import type { NiveauTemplate } from '../domain/niveau-templates.js';
import { LEVEL_NUMBERS } from '../domain/niveaus.js';
import { NiveauLevelSchema } from './api.js';
import { NiveauLevelRecordSchema } from './domain.js';

export const TemplateSectorSchema = z.enum(TEMPLATE_SECTORS);

const levelNumber = z.coerce.number().int().min(1).max(LEVEL_NUMBERS.length);

export const NiveauTemplateLevelSchema = NiveauLevelSchema.omit({ pupilCount: true, templateRevision: true });

export const PutNiveauTemplateBodySchema = z
  .object({
    levels: z
      .array(NiveauTemplateLevelSchema)
      .length(LEVEL_NUMBERS.length)
      .refine((ls) => ls.every((l, i) => l.level === i + 1), { message: 'levels 1..5 in order' }),
    expectedVersion: z.string().max(200),
  })
  .strict();
export type PutNiveauTemplateBody = z.infer<typeof PutNiveauTemplateBodySchema>;

/** `/schools/:id/niveaus/template/:level`: a school takes over or declines one level of the newer template. */
export const TemplateLevelParamsSchema = z.object({ id: idInput, level: levelNumber }).strict();
export const TemplateDecisionBodySchema = z
  .object({ choice: z.enum(['adopt', 'keep']), expectedVersion: z.string().max(200) })
  .strict();

/** A stored revision of a template (SQLite row, SharePoint item). */
export const NiveauTemplateRecordSchema = z.strictObject({
  sector: TemplateSectorSchema,
  levels: z.array(NiveauLevelRecordSchema.omit({ pupilCount: true, templateRevision: true })),
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().min(1),
  version: z.string().min(1),
}) satisfies z.ZodType<NiveauTemplate>;

/** One saved revision as the editor's history shows it. */
export interface NiveauTemplateRevisionDto {
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedByName: string | null;
  readonly levels: NiveauTemplate['levels'];
}

/** What the coördinator's editor loads: the current text (revision 0 = shipped) and the saved revisions. */
export interface NiveauTemplateViewDto {
  readonly sector: TemplateSector;
  readonly template: NiveauTemplate;
  readonly history: readonly NiveauTemplateRevisionDto[];
}
