/**
 * The schoolondersteuningsprofiel on one A4: three short texts with a live counter, two lists to
 * tick, the steps concept → MR → bestuur → gepubliceerd with their dates, sharing, and the PDF and
 * Word downloads (rendered on the server). Loaded lazily from the school page.
 */
import { useId, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  Textarea,
  Title3,
  Subtitle1,
} from '@fluentui/react-components';
import {
  amsterdamDate,
  formatDate,
  nextSopStatus,
  SOP_EXTERNE_DESKUNDIGHEID,
  SOP_INTERNE_EXPERTISE,
  SOP_TEXT_FIELDS,
  SOP_TEXT_LIMITS,
  type SopExterneDeskundigheid,
  type SopInterneExpertise,
  type SopTextField,
  type SopViewDto,
} from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useSopStyles } from './Sop.styles';
import { useSop, type SopDraft } from './useSop';

type Full = Extract<SopViewDto, { kind: 'full' }>;

const TextField = ({ field, value, readOnly, onChange }: { field: SopTextField; value: string; readOnly: boolean; onChange: (v: string) => void }) => {
  const t = useT();
  const styles = useSopStyles();
  const counterId = useId();
  const max = SOP_TEXT_LIMITS[field];
  return (
    <Field label={t(`sop:fields.${field}`)} hint={t(`sop:hints.${field}`)}>
      <Textarea
        value={value}
        readOnly={readOnly}
        maxLength={max}
        resize="vertical"
        rows={5}
        aria-describedby={counterId}
        onChange={(_e, d) => onChange(d.value)}
      />
      <Text id={counterId} size={200} className={value.length > max ? styles.over : styles.counter} aria-live="polite" data-testid={`counter-${field}`}>
        {value.length > max ? t('sop:counterOver', { over: value.length - max }) : t('sop:counter', { used: value.length, max })}
      </Text>
    </Field>
  );
};

const Options = <K extends string>({
  legend,
  hint,
  options,
  chosen,
  label,
  readOnly,
  onChange,
}: {
  legend: string;
  hint: string;
  options: readonly K[];
  chosen: readonly K[];
  label: (k: K) => string;
  readOnly: boolean;
  onChange: (next: K[]) => void;
}) => {
  const styles = useSopStyles();
  return (
    <fieldset className={styles.options}>
      <legend className={styles.legend}>{legend}</legend>
      <Text size={200} className={styles.muted} style={{ gridColumn: '1 / -1' }}>{hint}</Text>
      {options.map((o) => (
        <Checkbox
          key={o}
          label={label(o)}
          checked={chosen.includes(o)}
          disabled={readOnly}
          onChange={(_e, d) => onChange(d.checked ? [...chosen, o] : chosen.filter((c) => c !== o))}
        />
      ))}
    </fieldset>
  );
};

export const SopPage = ({ schoolId, schoolYear }: { schoolId: string; schoolYear: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useSopStyles();
  const s = useSop(schoolId, schoolYear);
  const today = amsterdamDate(new Date());
  const [date, setDate] = useState(today);

  const body = (view: Full) => {
    const { sop, draft } = s;
    const locked = sop !== null && sop.status !== 'concept';
    const readOnly = !view.canEdit || locked;
    const next = sop ? nextSopStatus(sop.status) : null;
    const set = <K extends keyof SopDraft>(k: K) => (v: SopDraft[K]) => s.change(k, v);
    return (
      <section className={styles.root} aria-labelledby="sop-title">
        <Title3 as="h3" id="sop-title">{t('sop:title', { year: view.schoolYear })}</Title3>
        <Text>
          {t('sop:school', { name: view.school.name, sector: t(`sectors.${view.school.sector}`), region: t(`regions.${view.school.region}`) })}
        </Text>
        <Text>{t('sop:intro')}</Text>
        {!sop && view.canEdit && (
          <MessageBar intent="info">
            <MessageBarBody>{t('sop:notStarted')}</MessageBarBody>
            <Button appearance="primary" disabled={s.busy} onClick={() => void s.start()}>{t('sop:start')}</Button>
          </MessageBar>
        )}
        <Notice intent="error" text={s.failure} />
        {sop && draft && (
          <>
            <Subtitle1 as="h4">{t('sop:statusTitle')}</Subtitle1>
            <div className={styles.row}>
              <Badge appearance="filled" color={sop.status === 'gepubliceerd' ? 'success' : 'informative'} data-testid="sop-status">
                {t(`sop:status.${sop.status}`)}
              </Badge>
            </div>
            <ol className={styles.steps} data-testid="sop-steps">
              {sop.steps.map((step) => (
                <li key={step.status}>{t('sop:stepOn', { status: t(`sop:status.${step.status}`), date: formatDate(step.date, locale) })}</li>
              ))}
            </ol>
            {view.canEdit && next && (
              <div className={styles.row}>
                <Field label={t('sop:advanceDate')}>
                  <Input type="date" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
                </Field>
                <Button disabled={s.busy || s.dirty} onClick={() => void s.advance(next, date)}>
                  {t('sop:advance', { status: t(`sop:status.${next}`) })}
                </Button>
              </div>
            )}
            <Text>{t('sop:partnershipSees')}</Text>
            {view.canEdit && (
              <Switch checked={sop.sharedWithSwv} disabled={s.busy} label={t('sop:share')} onChange={(_e, d) => void s.share(d.checked)} />
            )}
            {sop.sharedWithSwv && <Text size={200}>{t('sop:shared')}</Text>}
            {locked && <Notice intent="info" text={t('sop:locked')} />}
            {sop.status === 'concept' && view.canEdit && <Text size={200} className={styles.muted}>{t('sop:prefilled')}</Text>}
            {SOP_TEXT_FIELDS.map((f) => (
              <TextField key={f} field={f} value={draft[f]} readOnly={readOnly} onChange={set(f)} />
            ))}
            <Options<SopInterneExpertise>
              legend={t('sop:interneExpertise')}
              hint={t('sop:interneExpertiseHint')}
              options={SOP_INTERNE_EXPERTISE}
              chosen={draft.interneExpertise}
              label={(k) => t(`sop:expertise.${k}`)}
              readOnly={readOnly}
              onChange={set('interneExpertise')}
            />
            <Options<SopExterneDeskundigheid>
              legend={t('sop:externeDeskundigheid')}
              hint={t('sop:externeDeskundigheidHint')}
              options={SOP_EXTERNE_DESKUNDIGHEID}
              chosen={draft.externeDeskundigheid}
              label={(k) => t(`sop:deskundigheid.${k}`)}
              readOnly={readOnly}
              onChange={set('externeDeskundigheid')}
            />
            <div className={styles.row}>
              {!readOnly && (
                <Button appearance="primary" disabled={s.busy || !s.dirty} onClick={() => void s.save()}>{t('sop:save')}</Button>
              )}
              <Text role="status" data-testid="sop-saved">{s.saved ? t('sop:saved') : ''}</Text>
            </div>
            <Subtitle1 as="h4">{t('sop:exports')}</Subtitle1>
            <div className={styles.row}>
              <Button disabled={s.dirty} onClick={() => void s.download('pdf')}>{t('sop:pdf')}</Button>
              <Button disabled={s.dirty} onClick={() => void s.download('docx')}>{t('sop:docx')}</Button>
            </div>
          </>
        )}
      </section>
    );
  };

  return (
    <Loaded value={s.value} onRetry={() => void s.reload()}>
      {(view) =>
        view.kind === 'status' ? (
          <section className={styles.root}>
            <Title3 as="h3">{t('sop:title', { year: view.status.schoolYear })}</Title3>
            <MessageBar intent="info">
              <MessageBarBody>{t('sop:statusOnly')}</MessageBarBody>
            </MessageBar>
            <Badge appearance="tint">{t(`sop:status.${view.status.status}`)}</Badge>
            <ol className={styles.steps}>
              {view.status.steps.map((step) => (
                <li key={step.status}>{t('sop:stepOn', { status: t(`sop:status.${step.status}`), date: formatDate(step.date, locale) })}</li>
              ))}
            </ol>
          </section>
        ) : (
          body(view)
        )
      }
    </Loaded>
  );
};
