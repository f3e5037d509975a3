/** Forms import settings, validated with the rest of the config (config.ts spreads `formsEnv`). */
import { z } from 'zod';
import { ImportMappingSchema, type ImportMapping } from './forms-mapping.js';

export const formsEnv = {
  /** Forms import: JSON list of per-meeting mappings (workbook, table, columns); see docs/sharepoint.md. */
  FORMS_IMPORT: z.string().optional(),
  /** Forms import: minutes between scheduled runs (besides `importeer` in chat). */
  FORMS_IMPORT_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
};

/** The mappings, or a Dutch reason they cannot be read. */
export const formsImportOf = (raw: string | undefined): ImportMapping[] | string => {
  if (!raw) return [];
  try {
    const parsed = z.array(ImportMappingSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : `FORMS_IMPORT: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  } catch {
    return 'FORMS_IMPORT is geen geldige JSON.';
  }
};
