/** Edit form for one level: lists as one point per line, the pupil count as a number only. */
import { Card, Field, Input, Textarea, mergeClasses } from '@fluentui/react-components';
import type { NiveauLevel } from '@samen/shared';
import { useT } from '../../i18n';
import { stepClass, useNiveauStyles } from './NiveauOverzicht.styles';

interface Props {
  readonly level: NiveauLevel;
  readonly onChange: (level: number, patch: Partial<NiveauLevel>) => void;
  /** The partnership's template has no pupil count. */
  readonly withCount?: boolean;
}

const toCount = (raw: string): number | null => {
  if (raw.trim() === '') return null;
  const n = Math.floor(Number(raw));
  return Number.isFinite(n) && n >= 0 ? n : null;
};

export const LevelEditor = ({ level, onChange, withCount = true }: Props) => {
  const t = useT();
  const styles = useNiveauStyles();
  const n = level.level;
  const label = t('tab:niveau.level', { level: n });
  return (
    <Card className={mergeClasses(styles.level, stepClass(styles, n))} data-testid={`edit-level-${n}`}>
      <div className={styles.editor}>
        <Field label={label}>
          <Input value={level.title} onChange={(_e, d) => onChange(n, { title: d.value })} />
        </Field>
        <Field label={t('tab:niveau.whatHappens')} hint={t('tab:niveau.linesHint')}>
          <Textarea
            resize="vertical"
            rows={4}
            value={level.whatHappens.join('\n')}
            onChange={(_e, d) => onChange(n, { whatHappens: d.value.split('\n') })}
          />
        </Field>
        <Field label={t('tab:niveau.responsible')}>
          <Input value={level.responsible} onChange={(_e, d) => onChange(n, { responsible: d.value })} />
        </Field>
        <Field label={t('tab:niveau.parentCycle')}>
          <Input value={level.parentCycle} onChange={(_e, d) => onChange(n, { parentCycle: d.value })} />
        </Field>
        <Field label={t('tab:niveau.programmes')} hint={t('tab:niveau.linesHint')}>
          <Textarea
            resize="vertical"
            value={level.programmes.join('\n')}
            onChange={(_e, d) => onChange(n, { programmes: d.value.split('\n') })}
          />
        </Field>
        {withCount && (
          <Field label={t('tab:niveau.pupilCount')} hint={t('tab:niveau.pupilCountHint')}>
            <Input
              type="number"
              min={0}
              value={level.pupilCount === null ? '' : String(level.pupilCount)}
              onChange={(_e, d) => onChange(n, { pupilCount: toCount(d.value) })}
            />
          </Field>
        )}
      </div>
    </Card>
  );
};
