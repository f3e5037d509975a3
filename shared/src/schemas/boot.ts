/**
 * The tab's boot call, GET /api/tab/boot: who I am and the schools I can open, and, when the first
 * screen is a school's niveau-overzicht (`?niveaus=<schoolId>`), that overzicht: one request where the
 * first screen made three.
 */
import { z } from 'zod';
import type { MeDto, NiveauViewDto, SchoolDto } from './api.js';

export const BootQuerySchema = z.object({ niveaus: z.string().trim().min(1).max(200).optional() }).strict();

/** A read the boot call carries: its value, or the error the same read on its own would have answered. */
export type BootReadDto<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string };

export interface BootDto {
  readonly me: MeDto;
  readonly schools: readonly SchoolDto[];
  /** null when the query asked for none. */
  readonly niveaus: BootReadDto<NiveauViewDto> | null;
}
