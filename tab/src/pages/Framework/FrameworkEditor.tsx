/** Coördinator: the uitgangspunten and bouwstenen of the handreiking for a school year. */
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, Title2 } from '@fluentui/react-components';
import { nextSchoolYear, previousSchoolYear, type FrameworkItem } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useT } from '../../i18n';
import { navigate } from '../../router';
import { DeadlineForm } from '../ReflectionDeadline/DeadlineForm';
import { useFrameworkEditorStyles } from './FrameworkEditor.styles';
import { useFrameworkEditor } from './useFrameworkEditor';

interface Props {
  readonly schoolYear: string;
  readonly currentYear: string;
}

export const FrameworkEditor = ({ schoolYear, currentYear }: Props) => {
  const t = useT();
  const styles = useFrameworkEditorStyles();
  const e = useFrameworkEditor(schoolYear);
  const years = [previousSchoolYear(currentYear), currentYear, nextSchoolYear(currentYear)];
  const kindLabel = (kind: FrameworkItem['kind']) => t(`tab:reflectie.${kind}`);
  const numberOf = (index: number) => e.items.slice(0, index + 1).filter((i) => i.kind === e.items[index]?.kind).length;
  return (
    <section className={styles.root} aria-labelledby="framework-title">
      <Title2 as="h2" id="framework-title">{t('tab:framework.title', { year: schoolYear })}</Title2>
      <Text>{t('tab:framework.intro')}</Text>
      <Field label={t('tab:framework.year')} className={styles.year}>
        <Select value={schoolYear} onChange={(_ev, d) => navigate({ page: 'framework', schoolYear: d.value })}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </Select>
      </Field>
      <DeadlineForm schoolYear={schoolYear} />
      <Loaded value={e.value}>
        {(framework) => (
          <>
            {framework.isExample && (
              <MessageBar intent="info"><MessageBarBody>{t('tab:framework.example')}</MessageBarBody></MessageBar>
            )}
            {!framework.isExample && <Text size={200}>{t('tab:framework.revision', { revision: framework.revision })}</Text>}
            <ol className={styles.list}>
              {e.items.map((item, index) => {
                const label = t('tab:framework.itemLabel', { kind: kindLabel(item.kind), number: numberOf(index), title: item.title });
                return (
                  <li key={item.id} className={styles.item} data-testid={`framework-item-${index}`} aria-label={label}>
                    <Text weight="semibold">{label}</Text>
                    <div className={styles.fields}>
                      <Field label={t('tab:framework.kind')}>
                        <Select value={item.kind} onChange={(_ev, d) => e.update(index, { kind: d.value as FrameworkItem['kind'] })}>
                          <option value="uitgangspunt">{kindLabel('uitgangspunt')}</option>
                          <option value="bouwsteen">{kindLabel('bouwsteen')}</option>
                        </Select>
                      </Field>
                      <Field label={t('tab:framework.itemTitle')} className={styles.grow}>
                        <Input value={item.title} maxLength={500} onChange={(_ev, d) => e.update(index, { title: d.value })} />
                      </Field>
                    </div>
                    <Field label={t('tab:framework.explanation')}>
                      <Textarea value={item.explanation} resize="vertical" onChange={(_ev, d) => e.update(index, { explanation: d.value })} />
                    </Field>
                    <div className={styles.actions}>
                      <Button size="small" disabled={index === 0} onClick={() => e.move(index, -1)} aria-label={`${t('tab:framework.moveUp')}: ${item.title}`}>
                        {t('tab:framework.moveUp')}
                      </Button>
                      <Button size="small" disabled={index === e.items.length - 1} onClick={() => e.move(index, 1)} aria-label={`${t('tab:framework.moveDown')}: ${item.title}`}>
                        {t('tab:framework.moveDown')}
                      </Button>
                      <Button size="small" appearance="subtle" disabled={e.items.length === 1} onClick={() => e.remove(index)} aria-label={`${t('tab:framework.remove')}: ${item.title}`}>
                        {t('tab:framework.remove')}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className={styles.toolbar}>
              <Button onClick={() => e.add('uitgangspunt')}>{`${t('tab:framework.add')}: ${kindLabel('uitgangspunt')}`}</Button>
              <Button onClick={() => e.add('bouwsteen')}>{`${t('tab:framework.add')}: ${kindLabel('bouwsteen')}`}</Button>
              <Button appearance="primary" disabled={e.busy || !e.dirty} onClick={() => void e.save()}>{t('tab:common.save')}</Button>
            </div>
            <div role="status" aria-live="polite">
              <Notice intent={e.notice?.intent ?? 'info'} text={e.notice?.text ?? null} />
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
};
