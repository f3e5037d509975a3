/** The yearly reflection: three questions per item, autosaved; concept → afgerond; share with the SWV. */
import { Badge, Button, MessageBar, MessageBarBody, Switch, Text, Title3 } from '@fluentui/react-components';
import type { ReflectionViewDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useT } from '../../i18n';
import { ItemAnswers } from './ItemAnswers';
import { useReflectieStyles } from './Reflectie.styles';
import { EMPTY, useReflectie } from './useReflectie';

type Full = Extract<ReflectionViewDto, { kind: 'full' }>;

const SaveIndicator = ({ state, error }: { state: string; error: string | null }) => {
  const t = useT();
  const styles = useReflectieStyles();
  if (state === 'error') return <Text className={styles.saveError} role="status">{`${t('tab:common.saveFailed')}: ${error ?? ''}`}</Text>;
  const key = state === 'saving' ? 'tab:common.saving' : state === 'saved' ? 'tab:common.saved' : null;
  return key ? <Text className={styles.saveState} role="status" data-testid="save-state">{t(key)}</Text> : null;
};

export const Reflectie = ({ schoolId, schoolYear }: { schoolId: string; schoolYear: string }) => {
  const t = useT();
  const styles = useReflectieStyles();
  const r = useReflectie(schoolId, schoolYear);
  const body = (view: Full) => {
    const reflection = r.reflection;
    const finished = reflection?.status === 'afgerond';
    const readOnly = !view.canEdit || finished || !reflection;
    return (
      <section className={styles.root}>
        <Title3 as="h3">{t('tab:reflectie.title', { year: view.schoolYear })}</Title3>
        <Text className={styles.noPrint}>{t('tab:reflectie.intro')}</Text>
        {view.framework.isExample && <Text size={200} className={styles.muted}>{t('tab:reflectie.exampleFramework')}</Text>}
        {!view.canEdit && <Notice intent="info" text={t('tab:reflectie.readOnly')} />}
        {!reflection && view.canEdit && (
          <MessageBar intent="info">
            <MessageBarBody>{t('tab:reflectie.notStarted')}</MessageBarBody>
            <Button appearance="primary" disabled={r.busy} onClick={() => void r.start()}>{t('tab:reflectie.start')}</Button>
          </MessageBar>
        )}
        {reflection && (
          <div className={styles.bar}>
            <Badge appearance="filled" color={finished ? 'success' : 'informative'}>
              {t('tab:reflectie.status', { status: t(`common:reflectionStatus.${reflection.status}`) })}
            </Badge>
            {view.canEdit && (
              <>
                <Switch
                  className={styles.noPrint}
                  checked={reflection.sharedWithSwv}
                  disabled={r.busy}
                  label={t('tab:reflectie.share')}
                  onChange={(_e, d) => void r.share(d.checked)}
                />
                {finished ? (
                  <Button className={styles.noPrint} disabled={r.busy} onClick={() => void r.reopen()}>{t('tab:reflectie.reopen')}</Button>
                ) : (
                  <Button className={styles.noPrint} appearance="primary" disabled={r.busy} onClick={() => void r.finish()}>
                    {t('tab:reflectie.finish')}
                  </Button>
                )}
              </>
            )}
            <Button className={styles.noPrint} onClick={() => window.print()}>{t('tab:common.print')}</Button>
            <SaveIndicator state={r.saveState} error={r.saveError} />
          </div>
        )}
        {reflection && <Text size={200}>{t(reflection.sharedWithSwv ? 'tab:reflectie.shared' : 'tab:reflectie.notShared')}</Text>}
        <Notice intent="error" text={r.failure} />
        {view.framework.items.map((item) => (
          <ItemAnswers
            key={item.id}
            item={item}
            answer={r.answers[item.id]}
            lastYear={view.previous ? (view.previous.answers[item.id] ?? EMPTY) : undefined}
            readOnly={readOnly}
            onChange={r.change}
          />
        ))}
      </section>
    );
  };
  return (
    <Loaded value={r.value} onRetry={r.reload}>
      {(view) =>
        view.kind === 'status' ? (
          <section className={styles.root}>
            <Title3 as="h3">{t('tab:reflectie.title', { year: view.status.schoolYear })}</Title3>
            <MessageBar intent="info">
              <MessageBarBody>{t('tab:reflectie.statusOnly')}</MessageBarBody>
            </MessageBar>
            <Badge appearance="tint">{t(`common:reflectionStatus.${view.status.status}`)}</Badge>
          </section>
        ) : (
          body(view)
        )
      }
    </Loaded>
  );
};
