/**
 * The schoolondersteuningsprofiel (SOP) on one A4: per school and school year a short visie,
 * ambitie and aanvullende ondersteuning, the interne expertise and externe deskundigheid ticked
 * from the partnership's list, and the way it goes: concept → besproken met de MR → geaccordeerd
 * door het bestuur → gepubliceerd (forward only, one step at a time, each with its date).
 * Pure: `now` / `today` come from the caller. Labels: i18n `sop:expertise.<id>` / `sop:deskundigheid.<id>`.
 */
import { DateTime } from 'luxon';
import type { Id } from './ids.js';
import type { NiveauOverzicht } from './niveaus.js';
import { fail, ok, type Result } from './result.js';
import { amsterdamDate, ZONE } from './school-year.js';

export const SOP_STATUSES = ['concept', 'besproken-mr', 'geaccordeerd-bestuur', 'gepubliceerd'] as const;
export type SopStatus = (typeof SOP_STATUSES)[number];

export const SOP_TEXT_FIELDS = ['visie', 'ambitie', 'aanvullendeOndersteuning'] as const;
export type SopTextField = (typeof SOP_TEXT_FIELDS)[number];

/**
 * Characters per text. Together with the two lists these keep the page to one A4 at a readable
 * size (the PDF renderer shrinks the font down to a floor, and refuses beyond it).
 */
export const SOP_TEXT_LIMITS: Readonly<Record<SopTextField, number>> = {
  visie: 700,
  ambitie: 700,
  aanvullendeOndersteuning: 1000,
};

/** The partnership's default list of expertise a school may have in its own team. */
export const SOP_INTERNE_EXPERTISE = [
  'leesspecialist',
  'rekenspecialist',
  'taalspecialist',
  'gedragsspecialist',
  'hoogbegaafdheid',
  'nt2',
  'jonge-kind',
  'motoriek',
  'sociaal-emotioneel',
  'executieve-functies',
  'intern-begeleider',
  'ondersteuningscoordinator',
] as const;
export type SopInterneExpertise = (typeof SOP_INTERNE_EXPERTISE)[number];

/** The partnership's default list of expertise from outside the school. */
export const SOP_EXTERNE_DESKUNDIGHEID = [
  'jeugdverpleegkundige',
  'jeugdarts',
  'schoolmaatschappelijk-werk',
  'orthopedagoog',
  'psycholoog',
  'logopedie',
  'fysiotherapie',
  'ambulant-begeleider',
  'wijkteam',
  'leerplicht',
] as const;
export type SopExterneDeskundigheid = (typeof SOP_EXTERNE_DESKUNDIGHEID)[number];

export interface SopStep {
  readonly status: SopStatus;
  /** The calendar date (Amsterdam) the step happened, `YYYY-MM-DD`. */
  readonly date: string;
}

export interface Sop {
  readonly schoolId: Id;
  readonly schoolYear: string;
  readonly visie: string;
  readonly ambitie: string;
  readonly aanvullendeOndersteuning: string;
  readonly interneExpertise: readonly SopInterneExpertise[];
  readonly externeDeskundigheid: readonly SopExterneDeskundigheid[];
  readonly status: SopStatus;
  /** Every step taken, in order; the first is always `concept`. */
  readonly steps: readonly SopStep[];
  /** Only when true may the partnership read the content. */
  readonly sharedWithSwv: boolean;
  readonly updatedAt: string;
  readonly updatedBy: Id;
  readonly version: string;
}

/** What the partnership sees of any school's SOP: the status and its dates, never the content. */
export interface SopStatusView {
  readonly schoolId: Id;
  readonly schoolYear: string;
  readonly status: SopStatus | 'niet-gestart';
  readonly steps: readonly SopStep[];
  readonly sharedWithSwv: boolean;
  readonly updatedAt: string | null;
}

export type SopStatusRow = Pick<Sop, 'schoolId' | 'status' | 'steps' | 'sharedWithSwv' | 'updatedAt'>;

export const sopStatusView = (row: SopStatusRow | null | undefined, schoolId: Id, schoolYear: string): SopStatusView => ({
  schoolId,
  schoolYear,
  status: row?.status ?? 'niet-gestart',
  steps: row?.steps ?? [],
  sharedWithSwv: row?.sharedWithSwv ?? false,
  updatedAt: row?.updatedAt ?? null,
});

/** Words in the niveau-overzicht that point at an option (lower case, matched anywhere). */
const EXPERTISE_HINTS: Readonly<Record<SopInterneExpertise, readonly string[]>> = {
  leesspecialist: ['lees', 'dyslex'],
  rekenspecialist: ['reken', 'dyscalc'],
  taalspecialist: ['taal'],
  gedragsspecialist: ['gedrag'],
  hoogbegaafdheid: ['begaafd', 'plusklas', 'verrijking'],
  nt2: ['nt2', 'tweede taal', 'anderstalig'],
  'jonge-kind': ['jonge kind', 'kleuter'],
  motoriek: ['motori'],
  'sociaal-emotioneel': ['sociaal-emotion', 'sociaal emotion', 'weerbaar'],
  'executieve-functies': ['executie'],
  'intern-begeleider': ['intern begeleider', "ib'er", 'ib-er'],
  ondersteuningscoordinator: ['ondersteuningscoördinator', 'ondersteuningscoordinator', 'zorgcoördinator'],
};

const DESKUNDIGHEID_HINTS: Readonly<Record<SopExterneDeskundigheid, readonly string[]>> = {
  jeugdverpleegkundige: ['jeugdverpleegkundig'],
  jeugdarts: ['jeugdarts', 'schoolarts'],
  'schoolmaatschappelijk-werk': ['schoolmaatschappelijk', 'smw'],
  orthopedagoog: ['orthopedago'],
  psycholoog: ['psycholo'],
  logopedie: ['logoped'],
  fysiotherapie: ['fysiotherap'],
  'ambulant-begeleider': ['ambulant'],
  wijkteam: ['wijkteam', 'jeugdteam', 'jeugdhulp'],
  leerplicht: ['leerplicht'],
};

const namedIn = <K extends string>(text: string, hints: Readonly<Record<K, readonly string[]>>, order: readonly K[]): K[] =>
  order.filter((k) => hints[k].some((h) => text.includes(h)));

/** The options the niveau-overzicht already names (programmes, who is responsible, what happens). */
export const sopSuggestions = (
  niveau: Pick<NiveauOverzicht, 'levels'> | null,
): { readonly interneExpertise: SopInterneExpertise[]; readonly externeDeskundigheid: SopExterneDeskundigheid[] } => {
  const text = (niveau?.levels ?? [])
    .flatMap((l) => [l.title, l.responsible, l.parentCycle, ...l.whatHappens, ...l.programmes])
    .join('\n')
    .toLowerCase();
  return {
    interneExpertise: namedIn(text, EXPERTISE_HINTS, SOP_INTERNE_EXPERTISE),
    externeDeskundigheid: namedIn(text, DESKUNDIGHEID_HINTS, SOP_EXTERNE_DESKUNDIGHEID),
  };
};

/** A new SOP in concept, with the options the niveau-overzicht names already ticked. Never shared by default. */
export const newSop = (
  schoolId: Id,
  schoolYear: string,
  niveau: Pick<NiveauOverzicht, 'levels'> | null,
  personId: Id,
  now: Date,
): Sop => ({
  schoolId,
  schoolYear,
  visie: '',
  ambitie: '',
  aanvullendeOndersteuning: '',
  ...sopSuggestions(niveau),
  status: 'concept',
  steps: [{ status: 'concept', date: amsterdamDate(now) }],
  sharedWithSwv: false,
  updatedAt: now.toISOString(),
  updatedBy: personId,
  version: '',
});

export interface SopContentPatch {
  readonly visie?: string | undefined;
  readonly ambitie?: string | undefined;
  readonly aanvullendeOndersteuning?: string | undefined;
  readonly interneExpertise?: readonly SopInterneExpertise[] | undefined;
  readonly externeDeskundigheid?: readonly SopExterneDeskundigheid[] | undefined;
}

const stamped = (s: Sop, change: Partial<Sop>, personId: Id, now: Date): Sop => ({
  ...s,
  ...change,
  updatedAt: now.toISOString(),
  updatedBy: personId,
});

const inOrder = <K extends string>(chosen: readonly K[], order: readonly K[]): K[] => order.filter((k) => chosen.includes(k));

/**
 * Changes the content. Only while concept: once the MR discussed it, the text is what was discussed
 * (SOP.LOCKED). A text over its limit is refused (SOP.TOO_LONG with the field and the limit).
 */
export const updateSopContent = (s: Sop, patch: SopContentPatch, personId: Id, now: Date): Result<Sop> => {
  if (s.status !== 'concept') return fail('SOP.LOCKED');
  const tooLong = SOP_TEXT_FIELDS.find((f) => (patch[f]?.length ?? 0) > SOP_TEXT_LIMITS[f]);
  if (tooLong) return fail('SOP.TOO_LONG', { field: tooLong, max: SOP_TEXT_LIMITS[tooLong] });
  const change: { -readonly [K in keyof Sop]?: Sop[K] } = {};
  for (const f of SOP_TEXT_FIELDS) if (typeof patch[f] === 'string') change[f] = patch[f];
  if (patch.interneExpertise) change.interneExpertise = inOrder(patch.interneExpertise, SOP_INTERNE_EXPERTISE);
  if (patch.externeDeskundigheid) change.externeDeskundigheid = inOrder(patch.externeDeskundigheid, SOP_EXTERNE_DESKUNDIGHEID);
  return ok(stamped(s, change, personId, now));
};

/** The step after the current status, or null when published. */
export const nextSopStatus = (status: SopStatus): SopStatus | null => SOP_STATUSES[SOP_STATUSES.indexOf(status) + 1] ?? null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Moves the SOP one step forward, on `date` (`YYYY-MM-DD`). Refused (SOP.STEP) when `to` is not the
 * very next step, when the date is in the future (Amsterdam), or before the previous step's date.
 * Publishing needs a visie: an empty profile is not published.
 */
export const advanceSop = (s: Sop, to: SopStatus, date: string, personId: Id, now: Date): Result<Sop> => {
  if (nextSopStatus(s.status) !== to) return fail('SOP.STEP');
  if (!ISO_DATE.test(date) || !DateTime.fromISO(date, { zone: ZONE }).isValid) return fail('SOP.DATE');
  if (date > amsterdamDate(now)) return fail('SOP.DATE_FUTURE');
  const previous = s.steps.at(-1)?.date ?? '';
  if (date < previous) return fail('SOP.DATE_BEFORE', { date: previous });
  if (s.visie.trim() === '') return fail('SOP.EMPTY');
  return ok(stamped(s, { status: to, steps: [...s.steps, { status: to, date }] }, personId, now));
};

/** Share the content with the partnership (or stop sharing); allowed in every status. */
export const shareSop = (s: Sop, shared: boolean, personId: Id, now: Date): Sop =>
  s.sharedWithSwv === shared ? s : stamped(s, { sharedWithSwv: shared }, personId, now);
