/** The two id shapes every schema uses, defined once. */
import { z } from 'zod';

/** An id from outside (request body, path, card action, imported file): trimmed, never empty, at most 200 characters. */
export const idInput = z.string().trim().min(1).max(200);

/** An id in a record this app wrote itself (store rows, documents): never empty. */
export const storedId = z.string().min(1);
