/**
 * The organiser's workspace: create or edit a meeting on one page (also opened from chat as a Teams
 * dialog), save it as a draft, look at the invitation as invitees will see it, send it. The API checks
 * everything with the same rules as the chat form; its messages appear beside their fields.
 */
import {
  Badge, Button, Checkbox, Dropdown, Field, Input, Link, Option, Select, Text, Textarea, Title2, Title3,
} from '@fluentui/react-components';
import { MEETING_TYPES, ROLES, SECTORS, type MeetingType, type WorkspaceDto } from '@samen/shared';
import { Loaded, Notice } from '../../components/Loaded';
import { useT } from '../../i18n';
import { hrefOf } from '../../router';
import { CheckGroup } from './CheckGroup';
import { InvitationPreview } from './InvitationPreview';
import { emptySession, newKey, type MeetingForm, type QuestionForm, type SessionForm } from './meeting-form-model';
import { SessionFields } from './SessionFields';
import { useWerkplekStyles } from './Werkplek.styles';
import { useWerkplek } from './useWerkplek';

const MAX_SESSIONS = 50;
const MAX_QUESTIONS = 2;

export const Werkplek = ({ meetingId }: { meetingId: string | null }) => {
  const t = useT();
  const styles = useWerkplekStyles();
  const w = useWerkplek(meetingId);
  const { form, errors } = w;
  const set = (patch: Partial<MeetingForm>) => w.change((f) => ({ ...f, ...patch }));
  const setSession = (i: number, patch: Partial<SessionForm>) =>
    w.change((f) => ({ ...f, sessions: f.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const setQuestion = (i: number, patch: Partial<QuestionForm>) =>
    w.change((f) => ({ ...f, questions: f.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) }));
  const status = w.meeting?.status ?? null;
  const canSend = w.meeting !== null && status === 'concept' && !w.dirty && !w.busy;

  const body = (data: WorkspaceDto) => (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void w.save(); }} noValidate>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('workspace:general')}</legend>
          <Field label={t('workspace:fields.title')} validationMessage={errors['title']} required>
            <Input value={form.title} maxLength={120} onChange={(_e, d) => set({ title: d.value })} />
          </Field>
          <div className={styles.row}>
            <Field label={t('workspace:fields.type')} validationMessage={errors['type']}>
              <Select value={form.type} onChange={(_e, d) => set({ type: d.value as MeetingType })}>
                {MEETING_TYPES.map((k) => <option key={k} value={k}>{t(`common:meetingTypes.${k}`)}</option>)}
              </Select>
            </Field>
            <Field label={t('workspace:fields.sessionChoice')} validationMessage={errors['sessionChoice']}>
              <Select value={form.sessionChoice} onChange={(_e, d) => set({ sessionChoice: d.value === 'each' ? 'each' : 'one' })}>
                <option value="one">{t('workspace:sessionChoice.one')}</option>
                <option value="each">{t('workspace:sessionChoice.each')}</option>
              </Select>
            </Field>
          </div>
          <Field label={t('workspace:fields.description')} validationMessage={errors['description']}>
            <Textarea value={form.description} resize="vertical" maxLength={4000} onChange={(_e, d) => set({ description: d.value })} />
          </Field>
        </fieldset>

        <Title3 as="h3">
          {t('workspace:sessions')} <Badge appearance="tint">{t('workspace:count.sessions', { count: form.sessions.length })}</Badge>
        </Title3>
        {errors['sessions'] && <Notice intent="error" text={errors['sessions']} />}
        {form.sessions.map((s, i) => (
          <SessionFields
            key={s.key}
            index={i}
            session={s}
            errors={errors}
            canRemove={form.sessions.length > 1}
            onChange={(patch) => setSession(i, patch)}
            onRemove={() => w.change((f) => ({ ...f, sessions: f.sessions.filter((_, j) => j !== i) }))}
          />
        ))}
        <div>
          <Button disabled={form.sessions.length >= MAX_SESSIONS} onClick={() => w.change((f) => ({ ...f, sessions: [...f.sessions, emptySession()] }))}>
            {t('workspace:session.add')}
          </Button>
        </div>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('workspace:audience')}</legend>
          <Text size={200} className={styles.hint}>{t('workspace:hints.audience')}</Text>
          <CheckGroup
            label={t('workspace:fields.roles')}
            options={ROLES}
            labelOf={(r) => t(`common:roles.${r}`)}
            checked={form.roles}
            onChange={(roles) => set({ roles })}
            error={errors['audience']}
          />
          <CheckGroup label={t('workspace:fields.sectors')} options={SECTORS} labelOf={(s) => t(`common:sectors.${s}`)} checked={form.sectors} onChange={(sectors) => set({ sectors })} />
          <Field label={t('workspace:fields.schools')}>
            <Dropdown
              multiselect
              placeholder={t('workspace:hints.schoolsNone')}
              selectedOptions={[...form.schoolIds]}
              value={data.schools.filter((s) => form.schoolIds.includes(s.id)).map((s) => s.name).join(', ')}
              onOptionSelect={(_e, d) => set({ schoolIds: d.selectedOptions })}
            >
              {data.schools.map((s) => <Option key={s.id} value={s.id}>{s.name}</Option>)}
            </Dropdown>
          </Field>
        </fieldset>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('workspace:registration.heading')}</legend>
          <Field label={t('workspace:registration.mode')} validationMessage={errors['registrationMode']}>
            <Select value={form.registrationMode} onChange={(_e, d) => set({ registrationMode: d.value === 'aanvraag' ? 'aanvraag' : 'direct' })}>
              <option value="direct">{t('workspace:registration.direct')}</option>
              <option value="aanvraag">{t('workspace:registration.aanvraag')}</option>
            </Select>
          </Field>
          {form.registrationMode === 'aanvraag' && (
            <Field label={t('workspace:registration.confirmDays')} validationMessage={errors['confirmDaysBefore']} className={styles.narrow}>
              <Input type="number" min={1} max={60} value={form.confirmDays} onChange={(_e, d) => set({ confirmDays: d.value })} />
            </Field>
          )}
          <Text size={200} className={styles.hint}>{t('workspace:registration.contactHeading')}</Text>
          <div className={styles.row}>
            <Field label={t('workspace:registration.contactName')} validationMessage={errors['contact']} className={styles.grow}>
              <Input value={form.contactName} maxLength={120} onChange={(_e, d) => set({ contactName: d.value })} />
            </Field>
            <Field label={t('workspace:registration.contactEmail')} className={styles.grow}>
              <Input type="email" value={form.contactEmail} maxLength={254} onChange={(_e, d) => set({ contactEmail: d.value })} />
            </Field>
            <Field label={t('workspace:registration.contactPhone')} className={styles.grow}>
              <Input type="tel" value={form.contactPhone} maxLength={40} onChange={(_e, d) => set({ contactPhone: d.value })} />
            </Field>
          </div>
        </fieldset>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('workspace:deadlineAndReminders')}</legend>
          <div className={styles.row}>
            <Field label={t('workspace:fields.deadlineDate')} validationMessage={errors['registrationDeadline']}>
              <Input type="date" value={form.deadlineDate} onChange={(_e, d) => set({ deadlineDate: d.value })} />
            </Field>
            <Field label={t('workspace:fields.deadlineTime')}>
              <Input type="time" value={form.deadlineTime} onChange={(_e, d) => set({ deadlineTime: d.value })} />
            </Field>
          </div>
          <Field label={t('workspace:fields.remindNonResponders')} hint={t('workspace:hints.days')} validationMessage={errors['reminderPlan.nonRespondersDaysBeforeDeadline'] ?? errors['reminderPlan']}>
            <Input value={form.remindNonResponders} onChange={(_e, d) => set({ remindNonResponders: d.value })} />
          </Field>
          <Field label={t('workspace:fields.remindAttendees')} hint={t('workspace:hints.days')} validationMessage={errors['reminderPlan.attendeesDaysBefore']}>
            <Input value={form.remindAttendees} onChange={(_e, d) => set({ remindAttendees: d.value })} />
          </Field>
        </fieldset>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('workspace:questions')}</legend>
          {errors['questions'] && <Notice intent="error" text={errors['questions']} />}
          {form.questions.map((q, i) => (
            <div key={q.key} className={styles.row}>
              <Field label={t('workspace:fields.questionLabel', { n: i + 1 })} validationMessage={errors[`questions.${i}`]} className={styles.grow}>
                <Input value={q.label} maxLength={200} onChange={(_e, d) => setQuestion(i, { label: d.value })} />
              </Field>
              <Field label={t('workspace:fields.questionChoices')} className={styles.grow}>
                <Input value={q.choices} onChange={(_e, d) => setQuestion(i, { choices: d.value })} />
              </Field>
              <Checkbox label={t('workspace:fields.questionRequired')} checked={q.required} onChange={(_e, d) => setQuestion(i, { required: d.checked === true })} />
              <Button size="small" onClick={() => w.change((f) => ({ ...f, questions: f.questions.filter((_, j) => j !== i) }))}>
                {t('workspace:removeQuestion', { n: i + 1 })}
              </Button>
            </div>
          ))}
          {form.questions.length < MAX_QUESTIONS && (
            <div>
              <Button size="small" onClick={() => w.change((f) => ({ ...f, questions: [...f.questions, { key: newKey(), label: '', choices: '', required: false }] }))}>
                {t('workspace:addQuestion')}
              </Button>
            </div>
          )}
        </fieldset>

        <Notice intent={w.notice?.intent ?? 'info'} text={w.notice?.text ?? null} />
        <div className={styles.toolbar}>
          <Button type="submit" appearance={canSend ? 'secondary' : 'primary'} disabled={w.busy || status === 'geannuleerd'}>
            {w.busy ? t('workspace:saving') : t(status === 'verstuurd' ? 'workspace:saveChanges' : 'workspace:save')}
          </Button>
          {status !== 'verstuurd' && (
            <Button appearance="primary" disabled={!canSend} onClick={() => void w.send()}>{t('workspace:send')}</Button>
          )}
          <Link href={hrefOf({ page: 'dashboard' })}>{t('workspace:toDashboard')}</Link>
        </div>
      </form>

      <aside className={styles.previewPane} aria-labelledby="workspace-preview">
        <Title3 as="h3" id="workspace-preview">{t('workspace:preview')}</Title3>
        {w.dirty && w.meeting && <Notice intent="warning" text={t('workspace:unsaved')} />}
        {w.meeting ? <InvitationPreview meeting={w.meeting} now={data.now} /> : <Text>{t('workspace:previewEmpty')}</Text>}
      </aside>
    </div>
  );

  return (
    <section className={styles.root} aria-labelledby="workspace-title">
      <div className={styles.toolbar}>
        <Title2 as="h2" id="workspace-title">{t(meetingId === null && !w.meeting ? 'workspace:titleNew' : 'workspace:titleEdit')}</Title2>
        {status && <Badge appearance="filled" data-testid="workspace-status">{t(`workspace:status.${status}`)}</Badge>}
      </div>
      <Text>{t('workspace:intro')}</Text>
      <Loaded value={w.value} onRetry={() => void w.reload()}>{body}</Loaded>
    </section>
  );
};
