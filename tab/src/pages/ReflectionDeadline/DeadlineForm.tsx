/** On the coördinator's handreiking page: set, change or clear the reflection deadline of the year shown. */
import { Button, Field, Input, Text, Title3 } from '@fluentui/react-components';
import { formatDeadlineDate } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useLocale, useT } from '../../i18n';
import { useReflectionDeadlineStyles } from './ReflectionDeadline.styles';
import { useReflectionDeadlineForm } from './useReflectionDeadlineForm';

export const DeadlineForm = ({ schoolYear }: { schoolYear: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectionDeadlineStyles();
  const f = useReflectionDeadlineForm(schoolYear);
  const saved = f.loaded?.date ? formatDeadlineDate(f.loaded.date, locale) : null;
  const notice =
    f.notice?.kind === 'error'
      ? f.notice.text
      : f.notice?.kind === 'saved' && saved
        ? t('reflectionDeadline:form.saved', { date: saved })
        : f.notice?.kind === 'cleared'
          ? t('reflectionDeadline:form.cleared')
          : null;
  return (
    <section className={styles.form} aria-labelledby="reflection-deadline-title" data-testid="reflection-deadline-form">
      <Title3 as="h3" id="reflection-deadline-title">{t('reflectionDeadline:form.title')}</Title3>
      <Text>{t('reflectionDeadline:form.intro')}</Text>
      <Loaded value={f.value}>
        {(d) => (
          <>
            <Text weight="semibold">{saved ? t('reflectionDeadline:form.current', { date: saved }) : t('reflectionDeadline:form.none')}</Text>
            <form
              className={styles.fields}
              noValidate
              onSubmit={(ev) => {
                ev.preventDefault();
                void f.save(false);
              }}
            >
              <Field label={t('reflectionDeadline:form.date')} validationMessage={f.errors.date} className={styles.field}>
                <Input type="date" value={f.date} onChange={(_ev, v) => f.setDate(v.value)} />
              </Field>
              <Field
                label={t('reflectionDeadline:form.reminderDays')}
                hint={t('reflectionDeadline:form.reminderHint')}
                validationMessage={f.errors.reminderDaysBefore}
                className={styles.field}
              >
                <Input value={f.reminderDays} inputMode="numeric" onChange={(_ev, v) => f.setReminderDays(v.value)} />
              </Field>
              <div className={styles.actions}>
                <Button type="submit" appearance="primary" disabled={f.busy}>{t('reflectionDeadline:form.save')}</Button>
                {d.date !== null && (
                  <Button disabled={f.busy} onClick={() => void f.save(true)}>{t('reflectionDeadline:form.clear')}</Button>
                )}
              </div>
            </form>
            <div role="status" aria-live="polite">
              <Notice intent={f.notice?.kind === 'error' ? 'error' : 'success'} text={notice} />
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
};
