/** Forms import settings, validated with the rest of the config (config.ts spreads `formsEnv`). */
import { z } from 'zod';
import { ImportMappingSchema, type ImportMapping } from './mapping.js';

export const formsEnv = {
  /** Forms import: JSON list of forms (FormId in the list Formulierantwoorden → meeting or survey); see docs/sharepoint.md. */
  FORMS_IMPORT: z.string().optional(),
  /** Forms import: minutes between scheduled runs (besides `importeer` in chat). */
  FORMS_IMPORT_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
};

/** The mappings, or a Dutch reason they cannot be read. */
export const formsImportOf = (raw: string | undefined): ImportMapping[] | string => {
  if (!raw) return [];
  try {
    const parsed = z
      .array(ImportMappingSchema)
      .refine((all) => new Set(all.map((m) => m.formId.toLowerCase())).size === all.length, 'elk formulier (formId) hoort bij één bijeenkomst of vragenlijst')
      .safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : `FORMS_IMPORT: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  } catch {
    return 'FORMS_IMPORT is geen geldige JSON.';
  }
};
