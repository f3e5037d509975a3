/**
 * The yearly reflection, one item at a time with its place ("Onderdeel 4 van 12", announced), three
 * questions per item, autosaved; concept → afgerond; "Delen" per audience (ReflectieDelen) and the
 * reflections other schools share with us (GedeeldMetOns). Says plainly who can read the answers.
 * A reflection another school shares with the reader opens read-only. When printing, every item is shown.
 */
import { useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Select, Text, Title3 } from '@fluentui/react-components';
import type { ReflectionViewDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useT } from '../../i18n';
import { GedeeldMetOns } from './GedeeldMetOns';
import { DeadlineNote } from '../ReflectionDeadline/DeadlineNote';
import { ItemAnswers } from './ItemAnswers';
import { ReflectieDelen } from './ReflectieDelen';
import { useReflectieStyles } from './Reflectie.styles';
import { EMPTY, QUESTIONS, useReflectie } from './useReflectie';

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
  const [index, setIndex] = useState(0);
  const body = (view: Full) => {
    const items = view.framework.items;
    const at = Math.min(index, Math.max(items.length - 1, 0));
    const item = items[at];
    const answered = items.filter((i) => QUESTIONS.every((q) => (r.answers[i.id]?.[q] ?? '').trim() !== '')).length;
    const reflection = r.reflection;
    const finished = reflection?.status === 'afgerond';
    const readOnly = !view.canEdit || finished || !reflection;
    return (
      <section className={styles.root}>
        <Title3 as="h3">{t('tab:reflectie.title', { year: view.schoolYear })}</Title3>
        <Text className={styles.noPrint}>{t('tab:reflectie.intro')}</Text>
        <DeadlineNote schoolYear={view.schoolYear} finished={finished} />
        {view.framework.isExample && <Text size={200} className={styles.muted}>{t('tab:reflectie.exampleFramework')}</Text>}
        {!view.canEdit && <Notice intent="info" text={view.sharedFrom ? t('reflectieDelen:sharedFrom', { school: view.sharedFrom }) : t('tab:reflectie.readOnly')} />}
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
        {view.sharedFrom === null && <Text size={200} data-testid="partnership-sees">{t('reflectie:partnershipSees')}</Text>}
        <Notice intent="error" text={r.failure} />
        {reflection && r.sharing && (
          <ReflectieDelen sharing={r.sharing} busy={r.busy} onGrant={(a) => void r.grant(a)} onRevoke={(a) => void r.revoke(a)} />
        )}
        {view.canEdit && <GedeeldMetOns schoolId={view.schoolId} schoolYear={view.schoolYear} />}
        {item && (
          <nav className={`${styles.itemNav} ${styles.noPrint}`} aria-label={t('reflectie:jumpTo')}>
            <Button disabled={at === 0} onClick={() => setIndex(at - 1)}>{t('reflectie:previousItem')}</Button>
            <Text weight="semibold" aria-live="polite" aria-atomic="true" data-testid="item-progress">
              {t('reflectie:itemOf', { current: at + 1, count: items.length })}
            </Text>
            <Button appearance="primary" disabled={at >= items.length - 1} onClick={() => setIndex(at + 1)}>{t('reflectie:nextItem')}</Button>
            <Select aria-label={t('reflectie:jumpTo')} value={item.id} onChange={(_e, d) => setIndex(Math.max(0, items.findIndex((i) => i.id === d.value)))}>
              {items.map((i, n) => (
                <option key={i.id} value={i.id}>{`${n + 1}. ${i.title}`}</option>
              ))}
            </Select>
            <Text size={200} className={styles.muted}>{t('handreiking:progress', { answered, count: items.length })}</Text>
          </nav>
        )}
        {items.map((i) => (
          <div key={i.id} className={i.id === item?.id ? undefined : styles.printOnly}>
            <ItemAnswers
              item={i}
              answer={r.answers[i.id]}
              lastYear={view.previous ? (view.previous.answers[i.id] ?? EMPTY) : undefined}
              readOnly={readOnly}
              onChange={r.change}
            />
          </div>
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
              <MessageBarBody>{t('reflectieDelen:statusOnly')}</MessageBarBody>
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
