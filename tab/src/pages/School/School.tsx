/** One school's channel tab: Niveau-overzicht | Reflectie | Bijeenkomsten. */
import { lazy, Suspense } from 'react';
import { Spinner, Tab, TabList, Title2 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { useT } from '../../i18n';
import { navigate, type SchoolSection } from '../../router';
import { NiveauOverzicht } from '../NiveauOverzicht/NiveauOverzicht';
import { useSchool } from './useSchool';
import { useSchoolStyles } from './School.styles';

/** The niveau-overzicht comes with the page (the first screen); the other sections load when opened. */
const Reflectie = lazy(() => import('../Reflectie/Reflectie').then((m) => ({ default: m.Reflectie })));
const SopPage = lazy(() => import('../Sop/Sop').then((m) => ({ default: m.SopPage })));
const Bijeenkomsten = lazy(() => import('../Bijeenkomsten/Bijeenkomsten').then((m) => ({ default: m.Bijeenkomsten })));

interface Props {
  readonly me: MeDto;
  readonly schoolId: string;
  readonly section: SchoolSection;
}

export const School = ({ me, schoolId, section }: Props) => {
  const t = useT();
  const styles = useSchoolStyles();
  const school = useSchool(schoolId);
  // Another school's reflection, shared with me: only that, under its own heading (the notice names the school).
  if (school === 'elsewhere') {
    return (
      <div className={styles.root}>
        <Title2 as="h2" className={styles.title}>{t('reflectieDelen:sharedHeading')}</Title2>
        <Suspense fallback={<Spinner label={t('tab:common.loading')} />}>
          <Reflectie schoolId={schoolId} schoolYear={me.schoolYear} />
        </Suspense>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Title2 as="h2" className={styles.title}>{school?.name ?? ''}</Title2>
      <TabList
        className={styles.tabs}
        selectedValue={section}
        onTabSelect={(_e, d) => navigate({ page: 'school', schoolId, section: d.value as SchoolSection })}
      >
        <Tab value="niveaus">{t('tab:nav.niveaus')}</Tab>
        <Tab value="reflectie">{t('tab:nav.reflectie')}</Tab>
        <Tab value="sop">{t('sop:nav')}</Tab>
        <Tab value="bijeenkomsten">{t('tab:nav.bijeenkomsten')}</Tab>
      </TabList>
      {section === 'niveaus' && <NiveauOverzicht schoolId={schoolId} />}
      <Suspense fallback={<Spinner label={t('tab:common.loading')} />}>
        {section === 'reflectie' && <Reflectie schoolId={schoolId} schoolYear={me.schoolYear} />}
        {section === 'sop' && <SopPage schoolId={schoolId} schoolYear={me.schoolYear} />}
        {section === 'bijeenkomsten' && <Bijeenkomsten />}
      </Suspense>
    </div>
  );
};
