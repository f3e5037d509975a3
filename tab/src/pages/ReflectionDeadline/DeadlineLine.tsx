/** On the coördinator's dashboard: the reflection deadline of the year and how many schools finished. */
import { Link, Text } from '@fluentui/react-components';
import { formatDeadlineDate } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { hrefOf } from '../../router';
import { useReflectionDeadlineStyles } from './ReflectionDeadline.styles';
import { useReflectionDeadline } from './useReflectionDeadline';

export const DeadlineLine = ({ schoolYear }: { schoolYear: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectionDeadlineStyles();
  const { value } = useReflectionDeadline(schoolYear);
  if (value.state !== 'ready') return null;
  const { date, schools } = value.data;
  return (
    <div className={styles.line} data-testid="dashboard-reflection-deadline">
      <Text weight="semibold">
        {date ? t('reflectionDeadline:dashboard.deadline', { date: formatDeadlineDate(date, locale) }) : t('reflectionDeadline:dashboard.noDeadline')}
      </Text>
      {schools && <Text>{t('reflectionDeadline:dashboard.done', { done: schools.done, count: schools.total })}</Text>}
      <Link href={hrefOf({ page: 'framework', schoolYear })}>{t('reflectionDeadline:dashboard.setDeadline')}</Link>
    </div>
  );
};
