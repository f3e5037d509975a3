/** One session row: date, times, place or online link, region, sectors, places. */
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { REGIONS, SECTORS, type Region } from '@samen/shared';
import { useT } from '../../i18n';
import { CheckGroup } from './CheckGroup';
import type { SessionForm } from './meeting-form-model';
import { useWerkplekStyles } from './Werkplek.styles';

interface Props {
  readonly index: number;
  readonly session: SessionForm;
  readonly errors: Readonly<Record<string, string>>;
  readonly canRemove: boolean;
  readonly onChange: (next: Partial<SessionForm>) => void;
  readonly onRemove: () => void;
}

export const SessionFields = ({ index, session: s, errors, canRemove, onChange, onRemove }: Props) => {
  const t = useT();
  const styles = useWerkplekStyles();
  const n = index + 1;
  const err = (field: string) => errors[`sessions.${index}.${field}`];
  return (
    <fieldset className={styles.group} data-testid={`session-${index}`}>
      <legend className={styles.legend}>{t('workspace:session.heading', { n })}</legend>
      <Field label={t('workspace:session.name')} validationMessage={err('name')}>
        <Input value={s.name} maxLength={120} onChange={(_e, d) => onChange({ name: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label={t('workspace:session.date')} validationMessage={err('startsAt')} required>
          <Input type="date" value={s.date} onChange={(_e, d) => onChange({ date: d.value })} />
        </Field>
        <Field label={t('workspace:session.start')} required>
          <Input type="time" value={s.start} onChange={(_e, d) => onChange({ start: d.value })} />
        </Field>
        <Field label={t('workspace:session.end')} validationMessage={err('endsAt')} required>
          <Input type="time" value={s.end} onChange={(_e, d) => onChange({ end: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('workspace:session.location')} validationMessage={err('location')} className={styles.grow}>
          <Input value={s.location} maxLength={300} onChange={(_e, d) => onChange({ location: d.value })} />
        </Field>
        <Field label={t('workspace:session.onlineUrl')} validationMessage={err('onlineUrl')} className={styles.grow}>
          <Input type="url" value={s.onlineUrl} placeholder="https://" onChange={(_e, d) => onChange({ onlineUrl: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('workspace:session.region')} validationMessage={err('region')}>
          <Select value={s.region} onChange={(_e, d) => onChange({ region: d.value as Region | '' })}>
            <option value="">{t('workspace:session.regionNone')}</option>
            {REGIONS.map((r) => <option key={r} value={r}>{t(`common:regions.${r}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('workspace:session.capacity')} validationMessage={err('capacity')} className={styles.narrow}>
          <Input type="number" min={1} value={s.capacity} onChange={(_e, d) => onChange({ capacity: d.value })} />
        </Field>
      </div>
      <CheckGroup
        label={t('workspace:session.sectors')}
        options={SECTORS}
        labelOf={(sector) => t(`common:sectors.${sector}`)}
        checked={s.sectors}
        onChange={(sectors) => onChange({ sectors })}
        error={err('sectors')}
      />
      {canRemove && (
        <div>
          <Button size="small" onClick={onRemove}>{t('workspace:session.remove', { n })}</Button>
        </div>
      )}
    </fieldset>
  );
};
