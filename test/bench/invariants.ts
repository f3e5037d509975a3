/**
 * What each benchmark exists to show, checked on the lines it printed. A run that breaks it (a fan-out that
 * lost or repeated a message, an RSVP storm that booked other than exactly the seats, a tab whose initial
 * JavaScript outgrew its budget) is not a measurement: `npm run bench` then exits non-zero and says why.
 * Goals that depend on the machine (a p95, a first render in ms) are reported, not checked.
 */
import { INITIAL_JS_BUDGET_KB } from '../support/tab-weight.js';

export type BenchLine = Readonly<Record<string, unknown>>;

const num = (line: BenchLine, key: string): number | undefined => (typeof line[key] === 'number' ? line[key] : undefined);

const required = (line: BenchLine, keys: readonly string[]): string[] =>
  keys.filter((k) => num(line, k) === undefined).map((k) => `'${k}' ontbreekt of is geen getal`);

const noneDuplicatedOrLost = (line: BenchLine): string[] => [
  ...required(line, ['recipients', 'duplicates', 'lost']),
  ...((num(line, 'duplicates') ?? 0) > 0 ? [`${num(line, 'duplicates')} bericht(en) dubbel bezorgd`] : []),
  ...((num(line, 'lost') ?? 0) > 0 ? [`${num(line, 'lost')} ontvanger(s) nooit bereikt`] : []),
];

/** Exactly the seats booked, everyone else on the waitlist: first come, first served under any interleaving. */
const exactlyCapacity = (line: BenchLine): string[] => {
  const missing = required(line, ['concurrent', 'capacity', 'booked', 'waitlisted']);
  if (missing.length > 0) return missing;
  const [concurrent, capacity, booked, waitlisted] = ['concurrent', 'capacity', 'booked', 'waitlisted'].map((k) => num(line, k) ?? 0) as [number, number, number, number];
  const seats = Math.min(capacity, concurrent);
  return [
    ...(booked !== seats ? [`${booked} aangemeld op ${capacity} plaatsen (verwacht precies ${seats})`] : []),
    ...(booked + waitlisted !== concurrent ? [`${booked} aangemeld + ${waitlisted} op de wachtlijst ≠ ${concurrent} klikken`] : []),
  ];
};

/**
 * An RSVP storm: exactly the seats, nobody who clicked without an RSVP afterwards, every click answered
 * with a card, and the server's CPU time per click measured in the same run (reported, not checked).
 */
const stormHeld = (line: BenchLine): string[] => {
  const missing = required(line, ['lost', 'failed_clicks', 'cpu_ms_per_click']);
  return [
    ...exactlyCapacity(line),
    ...missing,
    ...((num(line, 'lost') ?? 0) > 0 ? [`${num(line, 'lost')} klik(ken) zonder aanmelding achteraf`] : []),
    ...((num(line, 'failed_clicks') ?? 0) > 0 ? [`${num(line, 'failed_clicks')} klik(ken) zonder kaart beantwoord`] : []),
  ];
};

/** The stand-in paces batch delivery itself; a ratio from it says nothing about the app. */
const notTheStandinsPace = (line: BenchLine): string[] =>
  ['ratio', 'achieved_rps'].filter((k) => k in line).map((k) => `'${k}' komt van het tempo van de nabootsing, niet van de app`);

/** The initial JavaScript is a property of the build, not of the machine: its budget is checked (#17). */
const initialJsWithinBudget = (line: BenchLine): string[] => {
  const missing = required(line, ['initial_js_gzip_kb', 'first_render_ms', 'first_render_ratio']);
  if (missing.length > 0) return missing;
  const kb = num(line, 'initial_js_gzip_kb') ?? 0;
  return kb > INITIAL_JS_BUDGET_KB ? [`initiële JavaScript ${kb} KB gzip, meer dan het budget van ${INITIAL_JS_BUDGET_KB} KB`] : [];
};

const RULES: Readonly<Record<string, (line: BenchLine) => string[]>> = {
  fanout: noneDuplicatedOrLost,
  'fanout-batch': (line) => [...noneDuplicatedOrLost(line), ...notTheStandinsPace(line), ...required(line, ['requests_per_recipient', 'completed_after_s'])],
  'rsvp-invoke': stormHeld,
  'rsvp-invoke-sharepoint': stormHeld,
  tab: initialJsWithinBudget,
};

/** Why a printed line breaks its benchmark's invariant; empty when it holds (or the benchmark has none). */
export const violationsOf = (line: BenchLine): string[] => {
  if (typeof line.bench !== 'string') return ['regel zonder "bench"-naam'];
  if (typeof line.skipped === 'string') return [`niet gemeten: ${line.skipped}`];
  return RULES[line.bench]?.(line) ?? [];
};

/** The JSON measurement lines in a benchmark's output (other lines are its human-readable table). */
export const measurementsIn = (stdout: string): BenchLine[] =>
  stdout
    .split('\n')
    .filter((l) => l.trimStart().startsWith('{"bench"'))
    .map((l) => JSON.parse(l) as BenchLine);

/** Every broken invariant in one benchmark file's output, as `file: bench: reason`. */
export const problemsIn = (file: string, stdout: string): string[] => {
  let lines: BenchLine[];
  try {
    lines = measurementsIn(stdout);
  } catch (e) {
    return [`${file}: onleesbare meetregel (${e instanceof Error ? e.message : String(e)})`];
  }
  if (lines.length === 0) return [`${file}: drukte geen meting af`];
  return lines.flatMap((line) => violationsOf(line).map((v) => `${file}: ${String(line.bench)}: ${v}`));
};
