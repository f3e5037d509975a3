/** Zod schema of a stored external registrant (strict: an unknown field is refused). */
import { z } from 'zod';
import { SECTORS } from '../domain/people.js';
import { REGISTRANT_ID_PREFIX, REGISTRANT_ROLES, type ExternalRegistrant } from '../domain/registrant.js';

export const ExternalRegistrantSchema = z.strictObject({
  id: z.string().startsWith(REGISTRANT_ID_PREFIX).min(REGISTRANT_ID_PREFIX.length + 1),
  meetingId: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  role: z.enum(REGISTRANT_ROLES),
  sector: z.enum(SECTORS).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.string().min(1),
}) satisfies z.ZodType<ExternalRegistrant>;
