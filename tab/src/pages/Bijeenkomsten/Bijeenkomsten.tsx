/** Meetings meant for me, per session my answer and the buttons the card shows, in the card's words. */
import { useState } from 'react';
import { Badge, Button, Card, CardHeader, Link, Text, Title3 } from '@fluentui/react-components';
import { formatDate, formatDateTime, formatSession, sessionTitle, type MeetingSessionViewDto, type MeetingViewDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useBijeenkomstenStyles } from './Bijeenkomsten.styles';
import { useBijeenkomsten } from './useBijeenkomsten';
import { WachtOpJou } from './WachtOpJou';
import { answersFor, MeetingQuestions, type AnswerDraft } from './MeetingQuestions';

interface SessionProps {
  readonly meeting: MeetingViewDto;
  readonly session: MeetingSessionViewDto;
  readonly busy: boolean;
  readonly onAnswer: (response: 'attend' | 'decline' | 'maybe') => void;
}

/** 'aanvraag' mode: what the application means, instead of seats and waitlist. */
const Application = ({ s }: { s: MeetingSessionViewDto & { outcomeAt: string } }) => {
  const t = useT();
  const locale = useLocale();
  const date = formatSession(s.startsAt, s.endsAt, locale);
  if (s.myStatus === 'applied')
    return <Text weight="semibold" data-testid="application-state">{t('selection:state.applied', { date, answerBy: formatDate(s.outcomeAt, locale) })}</Text>;
  if (s.myStatus === 'not-selected') return <Text data-testid="application-state">{t('selection:state.notSelected', { date })}</Text>;
  if (s.capacity === null || s.myStatus === 'booked' || s.myStatus === 'waitlisted') return null;
  return <Text size={200}>{t('selection:state.capacity', { count: s.capacity })}</Text>;
};

const Seats = ({ s }: { s: MeetingSessionViewDto }) => {
  const t = useT();
  if (s.outcomeAt !== null && s.myStatus !== 'waitlisted') return <Application s={{ ...s, outcomeAt: s.outcomeAt }} />;
  if (s.myStatus === 'waitlisted' && s.waitlistPosition !== null)
    return <Badge color="warning">{t('tab:bijeenkomsten.waitlistPosition', { position: s.waitlistPosition })}</Badge>;
  if (s.seatsLeft === null) return null;
  return s.seatsLeft > 0 ? <Text size={200}>{t('tab:bijeenkomsten.seatsLeft', { count: s.seatsLeft })}</Text> : <Text size={200}>{t('tab:bijeenkomsten.full')}</Text>;
};

const SessionRow = ({ meeting, session: s, busy, onAnswer }: SessionProps) => {
  const t = useT();
  const locale = useLocale();
  const styles = useBijeenkomstenStyles();
  const holds = s.myStatus === 'booked' || s.myStatus === 'waitlisted' || s.myStatus === 'maybe' || s.myStatus === 'applied';
  const live = meeting.status === 'verstuurd';
  return (
    <div className={styles.session} data-testid={`session-${s.id}`}>
      <div className={styles.when}>
        {(s.name || meeting.sessions.length > 1) && <Text weight="semibold">{sessionTitle(s, meeting.sessions.indexOf(s) + 1, locale)}</Text>}
        <Text weight="semibold">{formatSession(s.startsAt, s.endsAt, locale)}</Text>
        <Text size={200} className={styles.muted}>{s.location ?? t('tab:bijeenkomsten.online')}</Text>
        {s.onlineUrl && <Link href={s.onlineUrl} target="_blank" rel="noreferrer">{t('tab:bijeenkomsten.online')}</Link>}
      </div>
      <Badge appearance="tint">{t(`common:rsvpStatus.${s.myStatus ?? 'none'}`)}</Badge>
      <Seats s={s} />
      {live && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !s.open || !s.forMe || s.myStatus === 'booked' || s.myStatus === 'applied'} onClick={() => onAnswer('attend')}>
            {t('cards:actions.attend')}
          </Button>
          <Button disabled={busy || !s.open || !s.forMe || s.myStatus === 'maybe'} onClick={() => onAnswer('maybe')}>{t('cards:actions.maybe')}</Button>
          <Button disabled={busy || !(s.open || holds) || s.myStatus === 'declined'} onClick={() => onAnswer('decline')}>
            {t('cards:actions.decline')}
          </Button>
        </div>
      )}
      {live && !s.open && <Text size={200} className={styles.muted}>{t('tab:bijeenkomsten.closed')}</Text>}
      {live && s.open && !s.forMe && <Text size={200} className={styles.muted}>{t('tab:bijeenkomsten.otherSectors')}</Text>}
    </div>
  );
};

const MeetingItem = ({ m, b }: { m: MeetingViewDto; b: ReturnType<typeof useBijeenkomsten> }) => {
  const t = useT();
  const locale = useLocale();
  const [draft, setDraft] = useState<AnswerDraft>(m.myAnswers);
  const asks = m.questions.length > 0 && m.status === 'verstuurd';
  return (
    <Card data-testid={`meeting-${m.id}`}>
      <CardHeader
        header={<Text weight="semibold" size={400}>{m.title}</Text>}
        description={
          <Text size={200}>
            {m.status === 'geannuleerd'
              ? t('tab:bijeenkomsten.cancelled')
              : `${t(`common:meetingTypes.${m.type}`)}${m.registrationDeadline ? ' · ' + t('tab:bijeenkomsten.deadline', { date: formatDateTime(m.registrationDeadline, locale) }) : ''}`}
          </Text>
        }
      />
      {m.description && <Text>{m.description}</Text>}
      {asks && (
        <MeetingQuestions
          meetingId={m.id}
          questions={m.questions}
          draft={draft}
          disabled={b.busy !== null}
          onChange={(id, value) => setDraft((d) => ({ ...d, [id]: value }))}
        />
      )}
      {m.sessions.map((s) => (
        <SessionRow
          key={s.id}
          meeting={m}
          session={s}
          busy={b.busy === s.id}
          onAnswer={(resp) => void b.answer(m.id, s.id, resp, asks ? answersFor(m.questions, draft) : undefined)}
        />
      ))}
    </Card>
  );
};

export const Bijeenkomsten = () => {
  const t = useT();
  const styles = useBijeenkomstenStyles();
  const b = useBijeenkomsten();
  return (
    <section className={styles.root}>
      <WachtOpJou />
      <Title3 as="h3">{t('tab:bijeenkomsten.title')}</Title3>
      <Notice intent="error" text={b.failure} />
      <Loaded value={b.value} onRetry={b.reload}>
        {(meetings) =>
          meetings.length === 0 ? (
            <Text>{t('tab:bijeenkomsten.none')}</Text>
          ) : (
            meetings.map((m) => <MeetingItem key={m.id} m={m} b={b} />)
          )
        }
      </Loaded>
    </section>
  );
};
