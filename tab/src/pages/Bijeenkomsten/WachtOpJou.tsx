/** "Wacht op jou": announcements to acknowledge and surveys to answer. Hidden when nothing waits. */
import { Button, Card, CardHeader, Link, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime, type MyAnnouncementDto, type MySurveyDto } from '@samen/shared';
import { Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useBijeenkomstenStyles } from './Bijeenkomsten.styles';
import { useWachtOpJou } from './useWachtOpJou';

const Deadline = ({ deadline }: { deadline: string | null }) => {
  const t = useT();
  const locale = useLocale();
  return deadline ? <Text size={200}>{t('tab:broadcasts.deadline', { date: formatDateTime(deadline, locale) })}</Text> : null;
};

const AnnouncementItem = ({ a, busy, onAck }: { a: MyAnnouncementDto; busy: boolean; onAck: () => void }) => {
  const t = useT();
  const styles = useBijeenkomstenStyles();
  return (
    <Card data-testid={`waiting-announcement-${a.id}`}>
      <CardHeader header={<Text weight="semibold" size={400}>{a.title}</Text>} description={<Deadline deadline={a.deadline} />} />
      <Text className={styles.text}>{a.text}</Text>
      <div className={styles.session}>
        {a.documentUrl && <Link href={a.documentUrl} target="_blank" rel="noreferrer">{t('tab:broadcasts.document')}</Link>}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onAck}>{a.ackLabel ?? t('tab:broadcasts.acknowledge')}</Button>
        </div>
      </div>
    </Card>
  );
};

const SurveyItem = ({ s }: { s: MySurveyDto }) => {
  const t = useT();
  const styles = useBijeenkomstenStyles();
  return (
    <Card data-testid={`waiting-survey-${s.id}`}>
      <CardHeader header={<Text weight="semibold" size={400}>{s.title}</Text>} description={<Deadline deadline={s.deadline} />} />
      {s.formsUrl ? (
        <Link href={s.formsUrl} target="_blank" rel="noreferrer">{t('tab:broadcasts.answerInForms')}</Link>
      ) : (
        <Text className={styles.muted}>{t('tab:broadcasts.answerOnCard')}</Text>
      )}
    </Card>
  );
};

export const WachtOpJou = () => {
  const t = useT();
  const w = useWachtOpJou();
  if (w.value.state === 'error') return <Notice intent="error" text={w.value.message} />;
  const waiting = w.waiting;
  if (!waiting || (waiting.announcements.length === 0 && waiting.surveys.length === 0)) return <Notice intent="error" text={w.failure} />;
  return (
    <>
      <Title3 as="h3">{t('tab:broadcasts.waitingTitle')}</Title3>
      <Notice intent="error" text={w.failure} />
      {waiting.announcements.map((a) => (
        <AnnouncementItem key={a.id} a={a} busy={w.busy === a.id} onAck={() => void w.acknowledge(a.id)} />
      ))}
      {waiting.surveys.map((s) => <SurveyItem key={s.id} s={s} />)}
    </>
  );
};
