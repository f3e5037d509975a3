/**
 * The tab's boot call, GET /api/tab/boot: who I am and the schools I can open, and, when the first
 * screen is a school's niveau-overzicht (`?niveaus=<schoolId>`), that overzicht: one request where the
 * first screen made three. With `&render=<theme>` it also carries that screen rendered by the server
 * (`firstScreen`): the tab's own React components, so the overzicht shows before the app's code is in.
 */
import { z } from 'zod';
import { idInput } from './ids.js';
import type { Locale } from '../i18n/locale.js';
import type { MeDto, NiveauViewDto, SchoolDto } from './api.js';

/** The tab's themes (Teams' names): the pre-rendered screen is drawn in the one the tab will use. */
export const TAB_THEMES = ['default', 'dark', 'contrast'] as const;
export type TabTheme = (typeof TAB_THEMES)[number];

export const BootQuerySchema = z
  .object({ niveaus: idInput.optional(), render: z.enum(TAB_THEMES).optional() })
  .strict();
export type BootQuery = z.infer<typeof BootQuerySchema>;

/** A read the boot call carries: its value, or the error the same read on its own would have answered. */
export type BootReadDto<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string };

/** The first screen as the server rendered it: `html` for the tab's root element, `styles` (style elements) for its head. */
export interface FirstScreenDto {
  readonly html: string;
  readonly styles: string;
}

export interface BootDto {
  readonly me: MeDto;
  readonly schools: readonly SchoolDto[];
  /** null when the query asked for none. */
  readonly niveaus: BootReadDto<NiveauViewDto> | null;
  /** Only when asked (`render`), the overzicht was readable and the server's renderer is there. */
  readonly firstScreen?: FirstScreenDto;
}

/** What the server hands the tab's server renderer (tab/src/ssr/first-screen.tsx, built to tab/dist/server/). */
export interface FirstScreenInput {
  readonly boot: Omit<BootDto, 'firstScreen'>;
  /** The school whose niveau-overzicht `boot.niveaus` holds. */
  readonly schoolId: string;
  readonly theme: TabTheme;
  readonly locale: Locale;
  /** Signed in through the local sign-in (local mode): the shell shows "Afmelden". */
  readonly localMode: boolean;
}

/** The server renderer's export `renderFirstScreen` (beside `prepareFirstScreen(): Promise<void>`, which loads what it needs). */
export type RenderFirstScreen = (input: FirstScreenInput) => Promise<FirstScreenDto>;
