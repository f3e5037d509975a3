/** Coördinator: the niveau templates per kind of school (PO, VO, SO/VSO), each save a new version. */
import { Button, Field, MessageBar, MessageBarBody, Select, Text, Title2, Title3 } from '@fluentui/react-components';
import { formatDateTime, TEMPLATE_SECTORS, type TemplateSector } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { navigate } from '../../router';
import { LevelEditor } from '../NiveauOverzicht/LevelEditor';
import { useNiveauTemplatesStyles } from './NiveauTemplates.styles';
import { useNiveauTemplates } from './useNiveauTemplates';

interface Props {
  readonly sector: TemplateSector;
  readonly canEdit: boolean;
}

export const NiveauTemplates = ({ sector, canEdit }: Props) => {
  const t = useT();
  const locale = useLocale();
  const styles = useNiveauTemplatesStyles();
  const e = useNiveauTemplates(sector);
  return (
    <section className={styles.root} aria-labelledby="templates-title">
      <Title2 as="h2" id="templates-title">{t('niveauTemplates:title')}</Title2>
      <Text>{t('niveauTemplates:intro')}</Text>
      <Field label={t('niveauTemplates:sector')} className={styles.sector}>
        <Select value={sector} onChange={(_ev, d) => navigate({ page: 'niveauTemplates', sector: d.value as TemplateSector })}>
          {TEMPLATE_SECTORS.map((s) => <option key={s} value={s}>{t(`niveauTemplates:sectors.${s}`)}</option>)}
        </Select>
      </Field>
      <Loaded value={e.value} onRetry={e.reload}>
        {(view) => (
          <>
            {view.template.revision === 0 ? (
              <MessageBar intent="info"><MessageBarBody>{t('niveauTemplates:shipped')}</MessageBarBody></MessageBar>
            ) : (
              <Text size={200} data-testid="template-revision">
                {t('niveauTemplates:revision', {
                  revision: view.template.revision,
                  date: formatDateTime(view.template.updatedAt, locale),
                  name: view.history[0]?.updatedByName ?? t('niveauTemplates:someone'),
                })}
              </Text>
            )}
            <div className={styles.levels}>
              {e.draft.map((level) => (
                <LevelEditor key={level.level} level={level} onChange={e.changeLevel} withCount={false} />
              ))}
            </div>
            {canEdit && (
              <div className={styles.toolbar}>
                <Button appearance="primary" disabled={e.busy || !e.dirty} onClick={() => void e.save()}>{t('tab:common.save')}</Button>
              </div>
            )}
            <div role="status" aria-live="polite">
              <Notice intent={e.notice?.intent ?? 'info'} text={e.notice?.text ?? null} />
            </div>
            <Title3 as="h3">{t('niveauTemplates:history')}</Title3>
            {view.history.length === 0 ? (
              <Text>{t('niveauTemplates:noHistory')}</Text>
            ) : (
              <ul className={styles.history}>
                {view.history.map((r) => (
                  <li key={r.revision} className={styles.historyItem}>
                    <Text>
                      {t('niveauTemplates:revision', {
                        revision: r.revision,
                        date: formatDateTime(r.updatedAt, locale),
                        name: r.updatedByName ?? t('niveauTemplates:someone'),
                      })}
                    </Text>
                    {canEdit && r.revision !== view.template.revision && (
                      <Button size="small" onClick={() => e.loadRevision(r.revision)}>
                        {t('niveauTemplates:loadRevision', { revision: r.revision })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
};
