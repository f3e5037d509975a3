/** "Er is een nieuwe versie van het sjabloon": per level what the partnership changed, to take over or keep. */
import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { LevelTemplateChange, ListField, NiveauTemplateUpdate, TextField } from '@samen/shared';
import { useT } from '../../i18n';
import { useNiveauStyles } from './NiveauOverzicht.styles';

interface Props {
  readonly update: NiveauTemplateUpdate;
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onDecide: (level: number, choice: 'adopt' | 'keep') => void;
}

const FIELD_LABEL = {
  title: 'niveauTemplates:levelTitle',
  responsible: 'tab:niveau.responsible',
  parentCycle: 'tab:niveau.parentCycle',
  whatHappens: 'tab:niveau.whatHappens',
  programmes: 'tab:niveau.programmes',
} as const satisfies Record<TextField | ListField, string>;

const LevelChange = ({ change, canEdit, busy, onDecide }: { change: LevelTemplateChange } & Omit<Props, 'update'>) => {
  const t = useT();
  const styles = useNiveauStyles();
  const orEmpty = (s: string) => (s.trim() === '' ? t('niveauTemplates:update.empty') : s);
  return (
    <Card className={styles.change} data-testid={`template-change-${change.level}`} aria-labelledby={`template-change-title-${change.level}`}>
      <Text as="h4" weight="semibold" id={`template-change-title-${change.level}`}>{t('tab:niveau.level', { level: change.level })}</Text>
      {change.texts.map((c) => (
        <div key={c.field}>
          <Text className={styles.label} size={200}>{t(FIELD_LABEL[c.field])}</Text>
          <Text as="p" className={styles.removed}>
            {`${t('niveauTemplates:update.was')}: `}
            <span className={styles.struck}>{orEmpty(c.before)}</span>
          </Text>
          <Text as="p" className={styles.added}>{`${t('niveauTemplates:update.becomes')}: ${orEmpty(c.after)}`}</Text>
        </div>
      ))}
      {change.lists.map((c) => (
        <div key={c.field}>
          <Text className={styles.label} size={200}>{t(FIELD_LABEL[c.field])}</Text>
          <ul className={styles.list}>
            {c.added.map((line) => <li key={`+${line}`} className={styles.added}><Text>{`${t('niveauTemplates:update.added')}: ${line}`}</Text></li>)}
            {c.removed.map((line) => <li key={`-${line}`} className={styles.removed}><Text>{`${t('niveauTemplates:update.removed')}: ${line}`}</Text></li>)}
          </ul>
        </div>
      ))}
      {canEdit && (
        <div className={styles.revisionActions}>
          <Button appearance="primary" disabled={busy} onClick={() => onDecide(change.level, 'adopt')}>
            {t('niveauTemplates:update.adopt', { level: change.level })}
          </Button>
          <Button disabled={busy} onClick={() => onDecide(change.level, 'keep')}>
            {t('niveauTemplates:update.keep', { level: change.level })}
          </Button>
        </div>
      )}
    </Card>
  );
};

export const TemplateUpdate = ({ update, canEdit, busy, onDecide }: Props) => {
  const t = useT();
  const styles = useNiveauStyles();
  return (
    <section className={styles.noPrint} aria-labelledby="template-update-title" data-testid="template-update">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="template-update-title">{t('niveauTemplates:update.title')}</MessageBarTitle>
          {t('niveauTemplates:update.intro', { sector: t(`niveauTemplates:sectors.${update.sector}`), revision: update.revision })}{' '}
          {t('niveauTemplates:update.changedLevels', { count: update.changes.length })}
          {!canEdit && ` ${t('niveauTemplates:update.askEditor')}`}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.changes}>
        {update.changes.map((c) => <LevelChange key={c.level} change={c} canEdit={canEdit} busy={busy} onDecide={onDecide} />)}
      </div>
    </section>
  );
};
