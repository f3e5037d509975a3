import type { Id } from './ids.js';

export type FrameworkItemKind = 'uitgangspunt' | 'bouwsteen';

export interface FrameworkItem {
  readonly id: Id;
  readonly kind: FrameworkItemKind;
  readonly title: string;
  readonly explanation: string;
}

/** The partnership's handreiking for one school year: ordered uitgangspunten and bouwstenen. */
export interface Framework {
  readonly schoolYear: string;
  readonly items: readonly FrameworkItem[];
  /** True for the example we ship; the partnership replaces it with its own. */
  readonly isExample: boolean;
  /** Incremented on every change; a reflection records the revision it was written against. */
  readonly revision: number;
  readonly version: string;
}

/** The three yearly questions, answered per item. */
export interface ReflectionAnswer {
  /** Waar staan wij? Hoe hebben wij het georganiseerd? */
  readonly waarStaanWij: string;
  /** Wat houden we erin? Wat willen we anders? */
  readonly houdenErinAnders: string;
  /** Hoe gaan we dat aanpakken? */
  readonly aanpak: string;
}

export type ReflectionStatus = 'concept' | 'afgerond';

export interface Reflection {
  readonly schoolId: Id;
  readonly schoolYear: string;
  readonly frameworkRevision: number;
  readonly answers: Readonly<Record<Id, ReflectionAnswer>>;
  readonly status: ReflectionStatus;
  /** With whom the school shares the answers (reflection-sharing.ts); empty = only the school itself. */
  readonly grants: readonly ReflectionGrant[];
  readonly updatedAt: string;
  readonly updatedBy: Id;
  readonly version: string;
}

/** Who a school may share its reflection with: the partnership, its own board, or a named other school. */
export type ReflectionAudience =
  | { readonly kind: 'swv' }
  | { readonly kind: 'bestuur' }
  | { readonly kind: 'school'; readonly schoolId: Id };

/** One audience the school shares with, with who granted it and when. */
export type ReflectionGrant = ReflectionAudience & { readonly grantedBy: Id; readonly grantedAt: string };

/** What the partnership may see of every school's reflection when it is not shared. */
export interface ReflectionStatusView {
  readonly schoolId: Id;
  readonly schoolYear: string;
  readonly status: ReflectionStatus | 'niet-gestart';
  readonly sharedWithSwv: boolean;
  readonly updatedAt: string | null;
}
