/** The coördinator's form (zod rules shared with the server), kept apart so only the handreiking page loads them. */
import { useEffect, useState } from 'react';
import { reflectionDeadlineErrors, reflectionDeadlineFromForm, type ReflectionDeadlineDto, type ReflectionDeadlineField } from '@samen/shared';
import { api, ApiError, errorText } from '../../api';
import { useLocale } from '../../i18n';
import { pathOf, useReflectionDeadline } from './useReflectionDeadline';

type Notice = { readonly kind: 'saved' | 'cleared' } | { readonly kind: 'error'; readonly text: string } | null;

/** The coördinator's form: the same rules as the server before sending, the server's field messages after. */
export const useReflectionDeadlineForm = (schoolYear: string) => {
  const locale = useLocale();
  const { value, set } = useReflectionDeadline(schoolYear);
  const loaded = value.state === 'ready' ? value.data : null;
  const [date, setDate] = useState('');
  const [reminderDays, setReminderDays] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ReflectionDeadlineField, string>>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!loaded) return;
    setDate(loaded.date ?? '');
    setReminderDays(loaded.reminderDaysBefore.join(', '));
    setErrors({});
  }, [loaded]);

  const save = async (clear: boolean) => {
    if (!loaded) return;
    setNotice(null);
    const parsed = reflectionDeadlineFromForm(schoolYear, { date: clear ? '' : date, reminderDays });
    if (!parsed.success) {
      setErrors(reflectionDeadlineErrors(parsed.error, locale));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await api.put<ReflectionDeadlineDto>(pathOf(schoolYear), { ...parsed.data, expectedVersion: loaded.version });
      set(saved);
      setNotice({ kind: saved.date === null ? 'cleared' : 'saved' });
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fieldErrors);
      setNotice({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return { value, loaded, date, setDate, reminderDays, setReminderDays, errors, notice, busy, save };
};
