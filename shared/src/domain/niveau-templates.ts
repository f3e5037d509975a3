/**
 * The partnership's niveau templates, one per kind of school, versioned: what changed between two
 * revisions of a level, and a school taking over (or declining) a level of a newer revision.
 */
import type { Id } from './ids.js';
import type { NiveauTemplateLevel, TemplateSector } from './niveau-sectors.js';
import { validateNiveauLevels } from './niveau-overzicht.js';
import { defaultNiveauTemplate } from './niveau-template.js';
import type { LevelNumber, NiveauLevel } from './niveaus.js';
import { ok, type Result } from './result.js';

export interface NiveauTemplate {
  readonly sector: TemplateSector;
  readonly levels: readonly NiveauTemplateLevel[];
  /** 0 = the text shipped with the app, never saved; every save raises it by one. */
  readonly revision: number;
  /** '' for the shipped text. */
  readonly updatedAt: string;
  readonly updatedBy: Id;
  readonly version: string;
}

const templateLevel = ({ level, title, whatHappens, responsible, parentCycle, programmes }: NiveauTemplateLevel): NiveauTemplateLevel => ({
  level,
  title,
  whatHappens: [...whatHappens],
  responsible,
  parentCycle,
  programmes: [...programmes],
});

/** The shipped template of a sector as revision 0 (in Dutch: the partnership edits the Dutch text). */
export const shippedNiveauTemplate = (sector: TemplateSector, locale: 'nl' | 'en' = 'nl'): NiveauTemplate => ({
  sector,
  levels: defaultNiveauTemplate(locale, sector).map(templateLevel),
  revision: 0,
  updatedAt: '',
  updatedBy: '',
  version: '',
});

/** A school's starting levels from a template: no counts, each level marked with the template's revision. */
export const levelsFromTemplate = (template: NiveauTemplate): NiveauLevel[] =>
  template.levels.map((l) => ({ ...templateLevel(l), pupilCount: null, templateRevision: template.revision }));

/** Checks the partnership's text with the same rules as a school's; returns the levels 1..5 cleaned. */
export const validateTemplateLevels = (levels: readonly NiveauTemplateLevel[]): Result<NiveauTemplateLevel[]> => {
  const checked = validateNiveauLevels(levels.map((l) => ({ ...templateLevel(l), pupilCount: null })));
  return checked.ok ? ok(checked.value.map(templateLevel)) : checked;
};

export type TextField = 'title' | 'responsible' | 'parentCycle';
export type ListField = 'whatHappens' | 'programmes';

export interface TextChange {
  readonly field: TextField;
  readonly before: string;
  readonly after: string;
}

export interface ListChange {
  readonly field: ListField;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** What the partnership changed in one level between the revision a school wrote against and now. */
export interface LevelTemplateChange {
  readonly level: LevelNumber;
  readonly fromRevision: number;
  readonly toRevision: number;
  readonly texts: readonly TextChange[];
  readonly lists: readonly ListChange[];
}

const TEXT_FIELDS: readonly TextField[] = ['title', 'responsible', 'parentCycle'];
const LIST_FIELDS: readonly ListField[] = ['whatHappens', 'programmes'];

/** Field by field: changed texts as before/after, lists as the lines added and removed (order ignored). */
export const diffTemplateLevel = (
  before: NiveauTemplateLevel,
  after: NiveauTemplateLevel,
): Pick<LevelTemplateChange, 'texts' | 'lists'> => ({
  texts: TEXT_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field], after: after[field] })),
  lists: LIST_FIELDS.map((field) => ({
    field,
    added: after[field].filter((line) => !before[field].includes(line)),
    removed: before[field].filter((line) => !after[field].includes(line)),
  })).filter((c) => c.added.length > 0 || c.removed.length > 0),
});

/**
 * The levels of a school whose template text changed since the revision they were written against.
 * `basis(revision)` gives an older revision of the same template (null when it is unknown: then
 * the whole current text shows as new). A level already at the current revision has no change.
 */
export const templateChanges = (
  levels: readonly NiveauLevel[],
  current: NiveauTemplate,
  basis: (revision: number) => NiveauTemplate | null,
): LevelTemplateChange[] =>
  levels.flatMap((level): LevelTemplateChange[] => {
    const from = level.templateRevision ?? 0;
    if (from >= current.revision) return [];
    const after = current.levels.find((l) => l.level === level.level);
    if (!after) return [];
    const before = basis(from)?.levels.find((l) => l.level === level.level) ?? {
      ...after,
      title: '',
      responsible: '',
      parentCycle: '',
      whatHappens: [],
      programmes: [],
    };
    const diff = diffTemplateLevel(before, after);
    return diff.texts.length + diff.lists.length === 0 ? [] : [{ level: level.level, fromRevision: from, toRevision: current.revision, ...diff }];
  });

/** Shown to a school whose overview was written against an older template revision. */
export interface NiveauTemplateUpdate {
  readonly sector: TemplateSector;
  readonly revision: number;
  readonly changes: readonly LevelTemplateChange[];
}

/**
 * A school decides about one level of a newer template: `adopt` takes the template's text (its own
 * pupil count stays), `keep` keeps its own text. Either way the level is then at the current revision.
 */
export const decideTemplateLevel = (
  levels: readonly NiveauLevel[],
  level: LevelNumber,
  current: NiveauTemplate,
  choice: 'adopt' | 'keep',
): NiveauLevel[] =>
  levels.map((l) => {
    if (l.level !== level) return l;
    const text = current.levels.find((t) => t.level === level);
    const base = choice === 'adopt' && text ? { ...l, ...templateLevel(text) } : l;
    return { ...base, templateRevision: current.revision };
  });
