/** One uitgangspunt or bouwsteen: the three questions, with last year's answer beside each. */
import { Card, CardHeader, Field, Text, Textarea } from '@fluentui/react-components';
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
  return (
    <Card className={styles.item} data-testid={`item-${item.id}`}>
      <CardHeader
        header={<Text weight="semibold">{`${t(`tab:reflectie.${item.kind}`)}: ${item.title}`}</Text>}
        description={<Text size={200}>{item.explanation}</Text>}
      />
      {QUESTIONS.map((q) => (
        <div key={q} className={styles.question}>
          <Field label={t(`tab:reflectie.questions.${q}`)}>
            <Textarea
              resize="vertical"
              rows={3}
              readOnly={readOnly}
              value={current[q]}
              onChange={(_e, d) => onChange(item.id, q, d.value)}
            />
          </Field>
          {lastYear !== undefined && (
            <div>
              <Text size={200} className={styles.muted}>{t('tab:reflectie.lastYear')}</Text>
              <div className={styles.lastYear}>
                <Text size={200}>{lastYear[q] || t('tab:reflectie.nothingLastYear')}</Text>
              </div>
            </div>
          )}
        </div>
      ))}
    </Card>
  );
};
