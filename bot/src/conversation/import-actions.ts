/**
 * `importeer` in chat: the coördinator runs the Forms import now (it also runs on a schedule, see
 * graph/forms-schedule.ts) and reads what it did, including the rows it could not match; the same
 * run is kept for the dashboard. Wired in the command table as
 *   importeer: importCommand(deps.formsImporter)
 * (`importCommand(null)` while no form is linked).
 */
import { t, type Locale } from '@samen/shared';
import type { FormsImporter, FormsReport } from '../usecases/forms/import.js';
import type { CommandHandler } from './command-types.js';
import { text } from './replies.js';

const summaryOf = (r: FormsReport, locale: Locale): string => {
  const lines = [t(r.kind === 'survey' ? 'formsImport:surveySummary' : 'formsImport:summary', locale, { ...r, count: r.kind === 'survey' ? r.recorded : r.booked })];
  if (r.unmatched.length > 0) {
    const rows = r.unmatched.map((u) =>
      t(`formsImport:problem.${u.problem}`, locale, { row: u.row, reason: u.code ? t(`errors:${u.code}`, locale, u.params) : '' }),
    );
    lines.push(t('formsImport:unmatched', locale, { rows: rows.join(', ') }));
  }
  if (r.unknownSchools.length > 0) {
    lines.push(t('formsImport:unknownSchools', locale, { rows: r.unknownSchools.map((u) => `${u.row} (${u.school})`).join(', ') }));
  }
  return lines.join('\n');
};

export const importCommand =
  (importer: FormsImporter | null): CommandHandler =>
  async (deps, turn) => {
    if (!importer) return [text(t('formsImport:notConfigured', turn.locale))];
    const reports = await importer.run(deps);
    if (reports.length === 0) return [text(t('formsImport:notConfigured', turn.locale))];
    return reports.map((r) => text(summaryOf(r, turn.locale)));
  };
