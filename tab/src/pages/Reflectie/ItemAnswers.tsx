/**
 * One uitgangspunt or bouwsteen: the three questions, each with last year's answer beside it as a
 * clearly labelled suggestion that is copied only when asked ("Neem over").
 */
import { Button, Field, Text, Textarea, Title3 } from '@fluentui/react-components';
import type { FrameworkItem, ReflectionAnswer } from '@samen/shared';
import { useT } from '../../i18n';
import { useReflectieStyles } from './Reflectie.styles';
import { EMPTY, QUESTIONS, type Question } from './useReflectie';

interface Props {
  readonly item: FrameworkItem;
  readonly answer: ReflectionAnswer | undefined;
  readonly lastYear: ReflectionAnswer | undefined;
  readonly readOnly: boolean;
  readonly onChange: (itemId: string, question: Question, text: string) => void;
}

export const ItemAnswers = ({ item, answer, lastYear, readOnly, onChange }: Props) => {
  const t = useT();
  const styles = useReflectieStyles();
  const current = { ...EMPTY, ...answer };
  const copy = (q: Question, text: string) => onChange(item.id, q, current[q].trim() === '' ? text : `${current[q]}\n${text}`);
  return (
    <section className={styles.item} data-testid={`item-${item.id}`} aria-labelledby={`title-${item.id}`}>
      <Title3 as="h4" id={`title-${item.id}`}>{`${t(`tab:reflectie.${item.kind}`)}: ${item.title}`}</Title3>
      <Text size={200}>{item.explanation}</Text>
      {QUESTIONS.map((q) => (
        <div key={q} className={styles.question}>
          <Field label={t(`handreiking:questions.${q}`)} hint={t(`handreiking:questionHints.${q}`)}>
            <Textarea resize="vertical" rows={4} readOnly={readOnly} value={current[q]} onChange={(_e, d) => onChange(item.id, q, d.value)} />
          </Field>
          {lastYear !== undefined && (
            <div data-testid={`last-year-${q}`}>
              <Text size={200} weight="semibold">{t('reflectie:lastYearSaid')}</Text>
              <div className={styles.lastYear}>
                <Text size={200}>{lastYear[q] || t('reflectie:nothingLastYear')}</Text>
              </div>
              {!readOnly && lastYear[q].trim() !== '' && (
                <Button
                  size="small"
                  aria-label={t('reflectie:copyLabel', { question: t(`handreiking:questions.${q}`) })}
                  onClick={() => copy(q, lastYear[q])}
                >
                  {t('reflectie:copy')}
                </Button>
              )}
            </div>
          )}
        </div>
      ))}
    </section>
  );
};
