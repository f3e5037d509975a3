/** On a school's reflection page: "Graag afronden vóór 15 maart 2027", a friendly note once passed. Nothing without a deadline. */
import { formatDeadlineDate } from '@samen/shared';
import { Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useReflectionDeadline } from './useReflectionDeadline';

export const DeadlineNote = ({ schoolYear, finished }: { schoolYear: string; finished: boolean }) => {
  const t = useT();
  const locale = useLocale();
  const { value } = useReflectionDeadline(schoolYear);
  if (value.state !== 'ready' || value.data.date === null) return null;
  const date = formatDeadlineDate(value.data.date, locale);
  const [intent, key] = finished
    ? (['success', 'reflectionDeadline:note.finished'] as const)
    : value.data.passed
      ? (['warning', 'reflectionDeadline:note.passed'] as const)
      : (['info', 'reflectionDeadline:note.before'] as const);
  return (
    <div data-testid="reflection-deadline">
      <Notice intent={intent} text={t(key, { date })} />
    </div>
  );
};
