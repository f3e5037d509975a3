/** The school's five ondersteuningsniveaus as a staircase; ib'er/schoolleider can edit and restore. */
import { Button, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { HistoryDrawer } from './HistoryDrawer';
import { LevelCard } from './LevelCard';
import { LevelEditor } from './LevelEditor';
import { TemplateUpdate } from './TemplateUpdate';
import { useNiveauStyles } from './NiveauOverzicht.styles';
import { useNiveauOverzicht } from './useNiveauOverzicht';

export const NiveauOverzicht = ({ schoolId }: { schoolId: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useNiveauStyles();
  const n = useNiveauOverzicht(schoolId);
  return (
    <Loaded value={n.value} onRetry={n.reload}>
      {(view) => (
        <section className={styles.root}>
          <Title3 as="h3">{t('tab:niveau.title')}</Title3>
          {view.overzicht ? (
            <Text size={200}>
              {t('tab:niveau.lastSaved', { date: formatDateTime(view.overzicht.updatedAt, locale) })}
            </Text>
          ) : (
            <MessageBar intent="info" className={styles.noPrint}>
              <MessageBarBody>{t('tab:niveau.template')}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.toolbar}>
            {view.canEdit && !n.draft && <Button appearance="primary" onClick={n.startEdit}>{t('tab:common.edit')}</Button>}
            {n.draft && (
              <>
                <Button appearance="primary" disabled={n.busy} onClick={() => void n.save()}>{t('tab:common.save')}</Button>
                <Button onClick={n.cancelEdit}>{t('tab:common.cancel')}</Button>
              </>
            )}
            <Button onClick={() => void n.openHistory()}>{t('tab:niveau.history')}</Button>
            <Button onClick={() => window.print()}>{t('tab:common.print')}</Button>
          </div>
          {!view.canEdit && (
            <Text size={200} className={styles.noPrint}>
              {view.templateSector ? t(`niveauTemplates:readOnly.${view.templateSector}`) : t('tab:niveau.readOnly')}
            </Text>
          )}
          <Notice intent={n.notice?.intent ?? 'info'} text={n.notice?.text ?? null} />
          {view.templateUpdate && !n.draft && (
            <TemplateUpdate update={view.templateUpdate} canEdit={view.canEdit} busy={n.busy} onDecide={(level, choice) => void n.decide(level, choice)} />
          )}
          <div className={styles.levels}>
            {[...(n.draft ?? view.levels)]
              .reverse()
              .map((level) =>
                n.draft ? <LevelEditor key={level.level} level={level} onChange={n.changeLevel} /> : <LevelCard key={level.level} level={level} />,
              )}
          </div>
          <HistoryDrawer
            revisions={n.history}
            canRestore={view.canEdit}
            busy={n.busy}
            onRestore={(r) => void n.restore(r)}
            onClose={n.closeHistory}
          />
        </section>
      )}
    </Loaded>
  );
};
