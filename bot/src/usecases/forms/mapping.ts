/** One entry of FORMS_IMPORT: a meeting's registration form (the default) or a survey's form. */
import { z } from 'zod';
import { FormsMappingSchema } from './rows.js';
import { SurveyFormsMappingSchema } from './survey-rows.js';

export const ImportMappingSchema = z.union([FormsMappingSchema, SurveyFormsMappingSchema]);
export type ImportMapping = z.output<typeof ImportMappingSchema>;
