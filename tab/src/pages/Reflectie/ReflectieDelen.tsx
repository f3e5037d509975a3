/**
 * "Delen" on the reflection page, for the school's own sharers: with whom the answers are shared now
 * (who granted it, when, and "Intrekken"), in one plain sentence who can read them, and buttons to
 * share with the partnership, the school board or another school of the partnership.
 */
import { useState } from 'react';
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { formatDateTime, type ReflectionAudience, type ReflectionGrantDto, type ReflectionSharingDto } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { useReflectieStyles } from './Reflectie.styles';

type T = ReturnType<typeof useT>;

const audienceName = (t: T, g: ReflectionGrantDto): string =>
  g.kind === 'school'
    ? t('reflectieDelen:audience.school', { school: g.schoolName ?? t('reflectieDelen:unknownSchool') })
    : t(`reflectieDelen:audience.${g.kind}`);

const audienceOf = (g: ReflectionGrantDto): ReflectionAudience => (g.kind === 'school' ? { kind: 'school', schoolId: g.schoolId } : { kind: g.kind });

/** "jullie eigen school, het samenwerkingsverband en CBS De Klimop": one list, "en" before the last. */
const readersSentence = (t: T, grants: readonly ReflectionGrantDto[]): string => {
  if (grants.length === 0) return t('reflectieDelen:whoReadsOnlyUs');
  const names = [t('reflectieDelen:ownSchool'), ...grants.map((g) => audienceName(t, g))];
  const readers = `${names.slice(0, -1).join(', ')} ${t('reflectieDelen:and')} ${names.at(-1) ?? ''}`;
  return t('reflectieDelen:whoReads', { readers });
};

interface Props {
  readonly sharing: ReflectionSharingDto;
  readonly busy: boolean;
  readonly onGrant: (audience: ReflectionAudience) => void;
  readonly onRevoke: (audience: ReflectionAudience) => void;
}

export const ReflectieDelen = ({ sharing, busy, onGrant, onRevoke }: Props) => {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectieStyles();
  const [school, setSchool] = useState('');
  const has = (kind: 'swv' | 'bestuur') => sharing.grants.some((g) => g.kind === kind);
  const choosable = sharing.otherSchools.filter((s) => !sharing.grants.some((g) => g.kind === 'school' && g.schoolId === s.id));
  return (
    <section className={`${styles.sharing} ${styles.noPrint}`} aria-labelledby="reflectie-delen">
      <h4 id="reflectie-delen" className={styles.sectionTitle}>{t('reflectieDelen:title')}</h4>
      <Text>{t('reflectieDelen:intro')}</Text>
      <Text weight="semibold" role="status" data-testid="who-reads">{readersSentence(t, sharing.grants)}</Text>
      <Text size={200}>{t('reflectieDelen:othersSeeStatus')}</Text>
      {sharing.grants.length > 0 && (
        <>
          <Text>{t('reflectieDelen:current')}</Text>
          <ul className={styles.grants} data-testid="grants">
            {sharing.grants.map((g) => {
              const name = audienceName(t, g);
              const date = formatDateTime(g.grantedAt, locale);
              return (
                <li key={g.kind === 'school' ? `school:${g.schoolId}` : g.kind} className={styles.grant}>
                  <Text>
                    <Text weight="semibold">{name}</Text>
                    {' — '}
                    {g.grantedByName ? t('reflectieDelen:grantedBy', { name: g.grantedByName, date }) : t('reflectieDelen:grantedByUnknown', { date })}
                  </Text>
                  <Button size="small" disabled={busy} aria-label={t('reflectieDelen:revokeLabel', { audience: name })} onClick={() => onRevoke(audienceOf(g))}>
                    {t('reflectieDelen:revoke')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className={styles.shareActions}>
        {!has('swv') && <Button disabled={busy} onClick={() => onGrant({ kind: 'swv' })}>{t('reflectieDelen:shareSwv')}</Button>}
        {!has('bestuur') && <Button disabled={busy} onClick={() => onGrant({ kind: 'bestuur' })}>{t('reflectieDelen:shareBestuur')}</Button>}
      </div>
      {choosable.length > 0 && (
        <div className={styles.shareActions}>
          <Field label={t('reflectieDelen:chooseSchool')}>
            <Select value={school} onChange={(_e, d) => setSchool(d.value)}>
              <option value="">{t('reflectieDelen:chooseSchoolPlaceholder')}</option>
              {choosable.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={busy || school === ''}
            onClick={() => {
              onGrant({ kind: 'school', schoolId: school });
              setSchool('');
            }}
          >
            {t('reflectieDelen:shareSchool')}
          </Button>
        </div>
      )}
    </section>
  );
};
