/**
 * Compares the columns SharePoint reports (Graph columnDefinition) with a list spec from lists.ts.
 * Pure: the startup check uses it to say what is wrong, the provisioner to repair it.
 * Graph shapes (Microsoft Learn, "columnDefinition resource type" and "textColumn resource type"):
 * a column has one type facet (`text`, `number`, `boolean`, `choice`, `dateTime`, …); a multi-line
 * text column is the `text` facet with `allowMultipleLines: true`; `textType` is `plain` or `richText`.
 */
import { columnDefinition, type ColumnSpec, type ListSpec } from './lists.js';

export interface GraphColumn {
  readonly id: string;
  readonly name: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly textType?: string };
  readonly choice?: { readonly choices?: readonly string[] };
  readonly [facet: string]: unknown;
}

export type ColumnDrift =
  | { readonly kind: 'missing'; readonly column: ColumnSpec }
  /** A type Graph cannot convert without risking data: a person decides (see `typeRepairHint`). */
  | { readonly kind: 'type'; readonly column: ColumnSpec; readonly id: string; readonly actual: string }
  /** Settings a PATCH on the column repairs; `blocking` when the app cannot work as it is. */
  | {
      readonly kind: 'settings';
      readonly column: ColumnSpec;
      readonly id: string;
      readonly patch: Record<string, unknown>;
      readonly problems: readonly string[];
      readonly blocking: boolean;
    };

const FACETS = ['text', 'number', 'boolean', 'choice', 'dateTime', 'currency', 'lookup', 'personOrGroup', 'calculated', 'hyperlinkOrPicture'];

/** The column's type in lists.ts terms ('note' = multi-line text), or Graph's facet name. */
export const typeOf = (c: GraphColumn): string => {
  if (c.text) return c.text.allowMultipleLines ? 'note' : 'text';
  return FACETS.find((f) => c[f] !== undefined && c[f] !== null) ?? 'onbekend';
};

const flag = (on: boolean, yes: string, no: string) => (on ? yes : no);

/** Each difference in index, uniqueness, required flag and choices: the Dutch problem and whether it blocks the app. */
const settingProblems = (actual: GraphColumn, spec: ColumnSpec, want: Record<string, unknown>) => {
  const found: { key: string; text: string; blocking: boolean }[] = [];
  const is = (key: 'required' | 'indexed' | 'enforceUniqueValues') => actual[key] ?? false;
  if (is('indexed') !== want.indexed) {
    found.push({ key: 'indexed', text: flag(want.indexed === true, 'heeft geen index', 'heeft een index die niet nodig is'), blocking: want.indexed === true });
  }
  if (is('enforceUniqueValues') !== want.enforceUniqueValues) {
    const text = flag(want.enforceUniqueValues === true, 'dwingt geen unieke waarden af', 'dwingt unieke waarden af die niet uniek hoeven');
    found.push({ key: 'enforceUniqueValues', text, blocking: true });
  }
  if (is('required') !== want.required) {
    found.push({ key: 'required', text: flag(want.required === true, 'is niet verplicht', 'is verplicht maar mag leeg blijven'), blocking: is('required') });
  }
  if (spec.type === 'choice') {
    const have = actual.choice?.choices ?? [];
    const missing = (spec.choices ?? []).filter((c) => !have.includes(c));
    if (missing.length > 0 || have.length !== (spec.choices ?? []).length) {
      found.push({ key: 'choice', text: `kent de keuzes ${have.join('/') || '(geen)'}, verwacht ${(spec.choices ?? []).join('/')}`, blocking: missing.length > 0 });
    }
  }
  return found;
};

/**
 * Note columns hold JSON: they must be multi-line plain text (rich text would store HTML). A column
 * whose answer leaves `textType` out cannot be judged and is not reported: otherwise a site whose
 * Graph answer omits it would never start and provisioning would patch it on every run.
 */
const textProblems = (actual: GraphColumn, spec: ColumnSpec) => {
  if (spec.type !== 'note') return [];
  const problems: string[] = [];
  if (actual.text?.allowMultipleLines !== true) problems.push('is één regel tekst, verwacht meerdere regels');
  const textType = actual.text?.textType;
  if (textType !== undefined && textType !== 'plain') problems.push(`heeft teksttype ${textType}, verwacht plain`);
  return problems;
};

const driftOf = (actual: GraphColumn, spec: ColumnSpec): ColumnDrift | null => {
  const want = columnDefinition(spec);
  const type = typeOf(actual);
  // A single line of text may become multi-line plain text (nothing is lost); every other change of type is left to a person.
  const widening = type === 'text' && spec.type === 'note';
  if (type !== spec.type && !widening) return { kind: 'type', column: spec, id: actual.id, actual: type };
  const settings = settingProblems(actual, spec, want);
  const text = textProblems(actual, spec);
  if (settings.length === 0 && text.length === 0) return null;
  const patch: Record<string, unknown> = Object.fromEntries(settings.map((s) => [s.key, want[s.key]]));
  if (text.length > 0) patch.text = want.text;
  return {
    kind: 'settings',
    column: spec,
    id: actual.id,
    patch,
    problems: [...text, ...settings.map((s) => s.text)],
    blocking: text.length > 0 || settings.some((s) => s.blocking),
  };
};

/** Every difference between a list on the site and its spec, in the order of lists.ts. */
export const listDrift = (spec: ListSpec, columns: readonly GraphColumn[]): ColumnDrift[] =>
  spec.columns.flatMap((c): ColumnDrift[] => {
    const actual = columns.find((a) => a.name === c.name);
    if (!actual) return [{ kind: 'missing', column: c }];
    const drift = driftOf(actual, c);
    return drift ? [drift] : [];
  });

const describeSpec = (c: ColumnSpec): string =>
  [c.type, c.indexed ? 'geïndexeerd' : '', c.unique ? 'uniek' : '', c.type === 'note' ? 'platte tekst' : ''].filter(Boolean).join(', ');

/** What to do when a column has another type: Graph would convert it in place, which can lose data. */
export const typeRepairHint = (list: string, column: string): string =>
  `geef in SharePoint de kolom '${column}' van '${list}' een andere naam (of verwijder hem als hij leeg is) en draai provisioning opnieuw; ` +
  'die maakt de kolom dan met het juiste type aan';

/** One Dutch line per difference. */
export const describeDrift = (list: string, d: ColumnDrift): string => {
  const where = `${list}.${d.column.name}`;
  if (d.kind === 'missing') return `kolom ${where} ontbreekt (${describeSpec(d.column)})`;
  if (d.kind === 'type') return `kolom ${where} is van het type ${d.actual}, verwacht ${d.column.type}`;
  return `kolom ${where} ${d.problems.join('; ')}`;
};
