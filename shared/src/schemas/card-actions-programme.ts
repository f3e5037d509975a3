/** Card data of attendance and the programme (merged into `cardActionSchema` in card-actions.ts). */
import { z } from 'zod';
import { csvIds } from './card-inputs.js';
import { idInput as id } from './ids.js';

const ids = csvIds();

/** Longest programme text a card may send (a Teams message stays well below its size limit). */
export const MAX_PROGRAMME_LENGTH = 4000;

export const programmeActionSchemas = [
  z.object({ verb: z.literal('attendance.show'), meetingId: id, sessionId: id }).strict(),
  z.object({ verb: z.literal('attendance.save'), meetingId: id, sessionId: id, present: ids }).strict(),
  z
    .object({
      verb: z.literal('programme.schedule'),
      meetingId: id,
      programmeText: z.string().trim().min(1).max(MAX_PROGRAMME_LENGTH),
      /** yyyy-MM-dd from Input.Date; the use case checks the range. */
      programmeDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .strict(),
  z.object({ verb: z.literal('programme.cancel'), meetingId: id }).strict(),
] as const;
