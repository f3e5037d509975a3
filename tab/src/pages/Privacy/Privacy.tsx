/**
 * AVG requests (#18): everyone downloads their own data; a coördinator chooses a person (staff or
 * external registrant), downloads their data (JSON or the readable summary) or erases them after a
 * confirmation that says what will happen, and sees the erasure log.
 */
import { useId, useRef, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Label, Select,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3,
} from '@fluentui/react-components';
import { formatDateTime, totalErased, type MeDto, type PrivacyPeopleDto, type PrivacyPersonDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { usePrivacyStyles } from './Privacy.styles';
import { usePrivacy } from './usePrivacy';

const keyOf = (p: PrivacyPersonDto): string => (p.subject.kind === 'staff' ? `staff:${p.subject.personId}` : `registrant:${p.subject.email}`);

const ErasureLog = ({ data }: { data: PrivacyPeopleDto }) => {
  const t = useT();
  const locale = useLocale();
  const names = new Map(data.staff.flatMap((p) => (p.subject.kind === 'staff' ? [[p.subject.personId, p.name] as const] : [])));
  if (data.erasures.length === 0) return <Text>{t('privacy:log.empty')}</Text>;
  return (
    <Table size="small" data-testid="erasure-log" aria-label={t('privacy:log.heading')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('privacy:log.when')}</TableHeaderCell>
          <TableHeaderCell>{t('privacy:log.by')}</TableHeaderCell>
          <TableHeaderCell>{t('privacy:log.kind')}</TableHeaderCell>
          <TableHeaderCell>{t('privacy:log.records')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.erasures.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{formatDateTime(e.erasedAt, locale)}</TableCell>
            <TableCell>{names.get(e.byPersonId) ?? e.byPersonId}</TableCell>
            <TableCell>{t(e.subjectKind === 'staff' ? 'privacy:choose.staff' : 'privacy:choose.registrant')}</TableCell>
            <TableCell>{totalErased(e.counts)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const PersonData = ({ data, p }: { data: PrivacyPeopleDto; p: ReturnType<typeof usePrivacy> }) => {
  const t = useT();
  const styles = usePrivacyStyles();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  // After an erasure the button that opened the dialog is disabled (no one chosen): focus goes back to
  // the person list, from which the erased person has gone, instead of falling to the page body.
  const personList = useRef<HTMLSelectElement>(null);
  const person = [...data.staff, ...data.registrants].find((x) => keyOf(x) === chosen) ?? null;
  const label = (x: PrivacyPersonDto) =>
    x.subject.kind === 'staff' ? `${x.name} — ${x.email}` : `${x.name} — ${x.email} (${t('privacy:choose.registrations', { count: x.registrations })})`;
  const erase = async () => {
    if (!person) return;
    setConfirming(false);
    await p.erase(person.subject);
    setChosen('');
    personList.current?.focus();
  };
  return (
    <section className={styles.section} aria-labelledby={`${selectId}-h`}>
      <Title3 as="h3" id={`${selectId}-h`}>{t('privacy:choose.heading')}</Title3>
      <div className={styles.field}>
        <Label htmlFor={selectId}>{t('privacy:choose.person')}</Label>
        <Select ref={personList} id={selectId} value={chosen} onChange={(_, d) => setChosen(d.value)} data-testid="privacy-person">
          <option value="">{t('privacy:choose.placeholder')}</option>
          <optgroup label={t('privacy:choose.staff')}>
            {data.staff.map((x) => <option key={keyOf(x)} value={keyOf(x)}>{label(x)}</option>)}
          </optgroup>
          <optgroup label={t('privacy:choose.registrant')}>
            {data.registrants.map((x) => <option key={keyOf(x)} value={keyOf(x)}>{label(x)}</option>)}
          </optgroup>
        </Select>
      </div>
      <div className={styles.actions}>
        <Button disabled={!person} onClick={() => person && void p.downloadOf(person.subject, 'json')}>{t('privacy:download.json')}</Button>
        <Button disabled={!person} onClick={() => person && void p.downloadOf(person.subject, 'html')}>{t('privacy:download.html')}</Button>
        <Button disabled={!person} appearance="primary" onClick={() => setConfirming(true)}>{t('privacy:erase.button')}</Button>
      </div>
      {p.erased && <Notice intent={p.erased.erased ? 'success' : 'info'} text={p.erased.erased ? t('privacy:erase.done', { count: totalErased(p.erased.counts) }) : t('privacy:erase.nothing')} />}
      <Dialog open={confirming && person !== null} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('privacy:erase.dialogTitle', { name: person?.name ?? '' })}</DialogTitle>
            <DialogContent>
              <Text as="p">{t('privacy:erase.what')}</Text>
              <ul className={styles.list}>
                <li>{t('privacy:erase.profile')}</li>
                <li>{t('privacy:erase.counts')}</li>
                <li>{t('privacy:erase.forms')}</li>
                <li>{t('privacy:erase.log')}</li>
              </ul>
              <Text as="p" weight="semibold">{t('privacy:erase.irreversible')}</Text>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>{t('privacy:erase.cancel')}</Button>
              <Button appearance="primary" onClick={() => void erase()}>{t('privacy:erase.confirm')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Title3 as="h3">{t('privacy:log.heading')}</Title3>
      <ErasureLog data={data} />
    </section>
  );
};

export const Privacy = ({ me }: { me: MeDto }) => {
  const t = useT();
  const styles = usePrivacyStyles();
  const p = usePrivacy(me.isCoordinator);
  return (
    <div className={styles.root}>
      <Title3 as="h2">{t('privacy:title')}</Title3>
      <Text>{t('privacy:intro')}</Text>
      <section className={styles.section} aria-labelledby="privacy-mine">
        <Title3 as="h3" id="privacy-mine">{t('privacy:mine.heading')}</Title3>
        <Text>{t('privacy:mine.text')}</Text>
        <div className={styles.actions}>
          <Button onClick={() => void p.downloadMine('json')}>{t('privacy:mine.json')}</Button>
          <Button onClick={() => void p.downloadMine('html')}>{t('privacy:mine.html')}</Button>
        </div>
      </section>
      <Notice intent="error" text={p.failure} />
      {me.isCoordinator && <Loaded value={p.value} onRetry={p.reload}>{(data) => <PersonData data={data} p={p} />}</Loaded>}
    </div>
  );
};
