/**
 * "Forms-import" on the dashboard: per linked form when it last ran, what it did, and the rows it
 * could not process as row number + reason, so the coördinator can fix them before the next run.
 */
import { Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from '@fluentui/react-components';
import { FORMS_IMPORT_COUNTS, formatDateTime, type FormsImportRunDto } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { useDashboardStyles } from './Dashboard.styles';

const COUNTS_OF: Record<FormsImportRunDto['kind'], readonly (typeof FORMS_IMPORT_COUNTS)[number][]> = {
  meeting: ['booked', 'waitlisted', 'unchanged', 'alreadyImported'],
  survey: ['recorded', 'changed', 'unchanged', 'alreadyImported'],
};

const reasonOf = (u: FormsImportRunDto['unmatched'][number], t: ReturnType<typeof useT>): string =>
  t(`formsImports:problem.${u.problem}`, { reason: u.code ? t(`errors:${u.code}`, { ...u.params }) : '' });

const Unmatched = ({ run }: { run: FormsImportRunDto }) => {
  const t = useT();
  return (
    <>
      <Text>{t('formsImports:unmatched', { count: run.unmatched.length })}</Text>
      <Table size="small" aria-label={t('formsImports:unmatched', { count: run.unmatched.length })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('formsImports:row')}</TableHeaderCell>
            <TableHeaderCell>{t('formsImports:reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {run.unmatched.map((u) => (
            <TableRow key={u.row}>
              <TableCell>{u.row}</TableCell>
              <TableCell>{reasonOf(u, t)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

const RunCard = ({ run }: { run: FormsImportRunDto }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  const title = run.title || t('formsImports:unknownTitle');
  return (
    <Card className={styles.meeting} data-testid={`dashboard-forms-${run.formId}`}>
      <div className={styles.meetingHeader}>
        <Text weight="semibold" size={400}>{t(`formsImports:${run.kind}`, { title })}</Text>
        <Text size={200} className={styles.small}>{t('formsImports:lastRun', { date: formatDateTime(run.ranAt, locale) })}</Text>
      </div>
      <Text>{COUNTS_OF[run.kind].map((k) => t(`formsImports:counts.${k}`, { count: run.counts[k] })).join(' · ')}</Text>
      {run.unmatched.length === 0 ? <Text>{t('formsImports:allProcessed')}</Text> : <Unmatched run={run} />}
      {run.unknownSchools.length > 0 && (
        <Text size={200} className={styles.small}>
          {t('formsImports:unknownSchools', { rows: run.unknownSchools.map((u) => `${u.row} (${u.school})`).join(', ') })}
        </Text>
      )}
    </Card>
  );
};

/** Nothing when no form was ever imported (no Forms form linked). */
export const FormsImports = ({ runs }: { runs: readonly FormsImportRunDto[] }) => {
  const t = useT();
  if (runs.length === 0) return null;
  return (
    <>
      <Title3 as="h3">{t('formsImports:title')}</Title3>
      {runs.map((run) => <RunCard key={run.formId} run={run} />)}
    </>
  );
};
