/** Card input shapes that several card actions share (announcements, selection, attendance). */
import { z } from 'zod';

/** An id a card sends back: trimmed, never empty, never long. */
export const cardId = z.string().trim().min(1).max(200);

/** A multi-select ChoiceSet sends "a,b,c"; nothing ticked sends '' or nothing. At most `max` ids. */
export const csvIds = (max = 1000) =>
  z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(cardId).max(max));
