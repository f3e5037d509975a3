/** Local mode's sign-in (POST /api/tab/local/token): no tenant, a dev token signed by the server for a sample person. */
import { z } from 'zod';
import { idInput } from './ids.js';
import { BootQuerySchema, type BootDto } from './boot.js';

/**
 * The sign-in screen asks for a dev token for one sample person. With `boot` (the boot call's query) the
 * same request also brings the boot call's answer for that person, so a remembered sign-in without a fresh
 * token reaches its first screen in one round trip instead of two (tab/src/app/early-boot.ts).
 */
export const LocalTokenBodySchema = z.object({ personId: idInput, boot: BootQuerySchema.optional() }).strict();

export interface LocalTokenDto {
  readonly token: string;
  readonly expiresAt: string;
  /** Lifetime from now, so the tab can renew in time whatever its own clock says. */
  readonly expiresInSeconds: number;
  /** Only when asked (`boot` in the body): GET /boot's answer for the person signed in with `token`. */
  readonly boot?: BootDto;
}
