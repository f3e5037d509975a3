/** "Gedeeld met ons": other schools' reflections of this year shared with our school, each a link to read it. */
import { Link, Text } from '@fluentui/react-components';
import { formatDateTime, type SharedWithUsDto } from '@samen/shared';
import { api } from '../../api';
import { Loaded } from '../../components/Loaded';
import { useLoad } from '../../hooks/useLoad';
import { useLocale, useT } from '../../i18n';
import { hrefOf } from '../../router';
import { useReflectieStyles } from './Reflectie.styles';

export const GedeeldMetOns = ({ schoolId, schoolYear }: { schoolId: string; schoolYear: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectieStyles();
  const path = `/schools/${encodeURIComponent(schoolId)}/shared-reflections/${schoolYear}`;
  const { value, reload } = useLoad(() => api.get<SharedWithUsDto[]>(path), path);
  return (
    <section className={`${styles.sharing} ${styles.noPrint}`} aria-labelledby="gedeeld-met-ons">
      <h4 id="gedeeld-met-ons" className={styles.sectionTitle}>{t('reflectieDelen:withUsTitle')}</h4>
      <Loaded value={value} onRetry={reload}>
        {(items) =>
          items.length === 0 ? (
            <Text>{t('reflectieDelen:withUsNone')}</Text>
          ) : (
            <ul className={styles.grants} data-testid="shared-with-us">
              {items.map((i) => (
                <li key={i.schoolId}>
                  <Link href={hrefOf({ page: 'school', schoolId: i.schoolId, section: 'reflectie' })}>
                    {t('reflectieDelen:withUsItem', {
                      school: i.schoolName,
                      year: i.schoolYear,
                      status: t(`common:reflectionStatus.${i.status}`),
                      date: formatDateTime(i.grantedAt, locale),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
};
