/**
 * 'aanvraag' mode on the dashboard: the selection proposal per session, adjustable with two checkboxes
 * per applicant (a place / the reserve list), confirmed with one button. Nothing is sent before that.
 */
import { useState } from 'react';
import { Button, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { formatDate, formatSession, type ApplicantDto, type SelectionConfirmBody, type SelectionConfirmDto, type SelectionDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useDashboardStyles } from './Dashboard.styles';

type Pick = 'place' | 'reserve' | 'none';
type Picks = Readonly<Record<string, Readonly<Record<string, Pick>>>>;

const initialPicks = (data: SelectionDto): Picks =>
  Object.fromEntries(
    data.sessions.map((s) => [
      s.sessionId,
      Object.fromEntries([
        ...s.proposed.map((a) => [a.personId, 'place' as const]),
        ...s.reserve.map((a) => [a.personId, 'reserve' as const]),
        ...s.ineligible.map((a) => [a.personId, 'none' as const]),
      ]),
    ]),
  );

/** The body to confirm: per session the places, and the reserve in the order shown (first come). */
export const confirmBody = (data: SelectionDto, picks: Picks): SelectionConfirmBody => ({
  sessions: data.sessions.map((s) => {
    const shown = [...s.proposed, ...s.reserve, ...s.ineligible].sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
    const of = (pick: Pick) => shown.filter((a) => picks[s.sessionId]?.[a.personId] === pick).map((a) => a.personId);
    return { sessionId: s.sessionId, selected: of('place'), reserve: of('reserve') };
  }),
});

interface ViewProps {
  readonly data: SelectionDto;
  readonly onConfirm: (body: SelectionConfirmBody) => Promise<void>;
}

export const SelectionView = ({ data, onConfirm }: ViewProps) => {
  const t = useT();
  const locale = useLocale();
  const styles = useDashboardStyles();
  const [picks, setPicks] = useState<Picks>(() => initialPicks(data));
  const [busy, setBusy] = useState(false);
  const total = data.sessions.reduce((n, s) => n + s.proposed.length + s.reserve.length + s.ineligible.length, 0);
  const toggle = (sessionId: string, personId: string, pick: Pick, on: boolean) =>
    setPicks((p) => ({ ...p, [sessionId]: { ...p[sessionId], [personId]: on ? pick : 'none' } }));
  const name = (a: ApplicantDto, n: number) => a.name ?? t('selection:card.unnamed', { n });
  return (
    <div data-testid={`selection-${data.meetingId}`}>
      <Text weight="semibold">{t('selection:tab.heading')}</Text>{' '}
      <Text size={200}>{t('selection:tab.applications', { count: total })}</Text>
      {data.confirmedAt && <Text block>{t('selection:card.confirmed', { date: formatDate(data.confirmedAt, locale) })}</Text>}
      {data.sessions.map((s) => {
        const shown = [...s.proposed, ...s.reserve, ...s.ineligible].sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
        return (
          <div key={s.sessionId}>
            <Text block weight="semibold">
              {s.name ? `${s.name}: ` : ''}
              {formatSession(s.startsAt, s.endsAt, locale)} · {s.capacity === null ? t('selection:card.noLimit') : t('selection:card.seats', { count: s.capacity })}
            </Text>
            {s.confirmed ? (
              <Text block>{t('selection:card.confirmedCounts', { count: s.confirmed.booked, reserve: s.confirmed.waitlisted, notSelected: s.confirmed.notSelected })}</Text>
            ) : shown.length === 0 ? (
              <Text block className={styles.small}>{t('selection:card.none')}</Text>
            ) : (
              <Table size="small" aria-label={t('selection:tab.heading')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('selection:tab.name')}</TableHeaderCell>
                    <TableHeaderCell>{t('selection:tab.group')}</TableHeaderCell>
                    <TableHeaderCell>{t('selection:tab.role')}</TableHeaderCell>
                    <TableHeaderCell>{t('selection:tab.appliedAt')}</TableHeaderCell>
                    <TableHeaderCell>{t('selection:tab.selectedCol')}</TableHeaderCell>
                    <TableHeaderCell>{t('selection:tab.reserveCol')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((a, i) => {
                    const pick = picks[s.sessionId]?.[a.personId] ?? 'none';
                    const label = name(a, i + 1);
                    return (
                      <TableRow key={a.personId}>
                        <TableCell>{label}</TableCell>
                        <TableCell>{a.group ?? ''}</TableCell>
                        <TableCell>{a.role ? t(`common:roles.${a.role}`) : ''}</TableCell>
                        <TableCell>{formatDate(a.appliedAt, locale)}</TableCell>
                        <TableCell>
                          <Checkbox
                            aria-label={`${t('selection:tab.selectedCol')}: ${label}`}
                            checked={pick === 'place'}
                            onChange={(_e, d) => toggle(s.sessionId, a.personId, 'place', d.checked === true)}
                          />
                        </TableCell>
                        <TableCell>
                          <Checkbox
                            aria-label={`${t('selection:tab.reserveCol')}: ${label}`}
                            checked={pick === 'reserve'}
                            onChange={(_e, d) => toggle(s.sessionId, a.personId, 'reserve', d.checked === true)}
                          />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
          </div>
        );
      })}
      {!data.confirmedAt && total > 0 && (
        <>
          <Text block className={styles.small}>{t('selection:card.reserveHint')}</Text>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onConfirm(confirmBody(data, picks)).finally(() => setBusy(false));
            }}
          >
            {t('selection:tab.confirm')}
          </Button>
        </>
      )}
    </div>
  );
};

/** Loads the selection of one meeting and confirms it through the API. */
export const Selection = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const path = `/meetings/${encodeURIComponent(meetingId)}/selection`;
  const { value, reload, set } = useLoad(() => api.get<SelectionDto>(path), path);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const confirm = async (body: SelectionConfirmBody) => {
    try {
      const done = await api.post<SelectionConfirmDto>(`${path}/confirm`, body);
      set(done.selection);
      setNotice({ intent: 'success', text: done.alreadyConfirmed ? t('selection:card.alreadyConfirmed') : t('selection:card.done', { count: done.queued }) });
    } catch (err) {
      setNotice({ intent: 'error', text: errorText(err) });
    }
  };
  return (
    <>
      <Notice intent={notice?.intent ?? 'info'} text={notice?.text ?? null} />
      <Loaded value={value} onRetry={() => void reload()}>
        {(data) => <SelectionView key={data.confirmedAt ?? 'open'} data={data} onConfirm={confirm} />}
      </Loaded>
    </>
  );
};
