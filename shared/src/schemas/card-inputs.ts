/** Card input shapes that several card actions share (announcements, selection, attendance). */
import { z } from 'zod';
import { idInput } from './ids.js';

/** A multi-select ChoiceSet sends "a,b,c"; nothing ticked sends '' or nothing. At most `max` ids. */
export const csvIds = (max = 1000) =>
  z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(idInput).max(max));
