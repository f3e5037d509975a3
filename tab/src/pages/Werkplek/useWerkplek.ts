/** Loads the workspace (schools, the meeting to edit), keeps the form, saves with the version read, sends. */
import { useEffect, useState } from 'react';
import type { Meeting, SavedMeetingDto, SendMeetingDto, WorkspaceDialogResult, WorkspaceDto } from '@samen/shared';
import { api, ApiError, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';
import { hrefOf } from '../../router';
import { submitDialog } from '../../teams';
import { emptyForm, errorsByField, fromMeeting, toInput, type MeetingForm } from './meeting-form-model';

type Notice = { readonly intent: 'success' | 'error' | 'warning'; readonly text: string } | null;

const pathOf = (meetingId: string | null) => (meetingId === null ? '/workspace' : `/workspace/meetings/${encodeURIComponent(meetingId)}`);

export const useWerkplek = (meetingId: string | null) => {
  const t = useT();
  const { value, reload } = useLoad(() => api.get<WorkspaceDto>(pathOf(meetingId)), pathOf(meetingId));
  const [form, setForm] = useState<MeetingForm>(emptyForm);
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    if (value.state !== 'ready') return;
    const loaded = value.data.meeting ?? null;
    setMeeting(loaded);
    setForm(loaded ? fromMeeting(loaded) : emptyForm());
    setErrors({});
    setDirty(false);
  }, [value]);

  const change = (next: (f: MeetingForm) => MeetingForm) => {
    setForm(next);
    setDirty(true);
  };

  const save = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const body = { meeting: toInput(form) };
      const saved = meeting
        ? await api.put<SavedMeetingDto>(`/meetings/${encodeURIComponent(meeting.id)}`, { ...body, version: meeting.version })
        : await api.post<SavedMeetingDto>('/meetings', body);
      setMeeting(saved.meeting);
      setForm(fromMeeting(saved.meeting));
      setErrors({});
      setDirty(false);
      // The address now names the draft (a reload opens it again) without loading the page anew.
      if (!meeting) window.history.replaceState(null, '', hrefOf({ page: 'werkplek', meetingId: saved.meeting.id }));
      setNotice({ intent: 'success', text: saved.informed > 0 ? t('workspace:savedInformed', { count: saved.informed }) : t('workspace:saved') });
    } catch (err) {
      setErrors(err instanceof ApiError ? errorsByField(err.fieldErrors) : {});
      setNotice({ intent: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!meeting) return;
    setBusy(true);
    setNotice(null);
    try {
      const sent = await api.post<SendMeetingDto>(`/meetings/${encodeURIComponent(meeting.id)}/send`);
      // Opened from chat as a Teams dialog: close it; the bot says in the chat that the meeting went out.
      const result: WorkspaceDialogResult = { workspace: 'meeting-sent', meetingId: meeting.id };
      if (await submitDialog(result)) return;
      const after = await api.get<WorkspaceDto>(pathOf(meeting.id));
      if (after.meeting) setMeeting(after.meeting);
      setNotice({ intent: 'success', text: t('workspace:sent', { count: sent.queued }) });
    } catch (err) {
      setNotice({ intent: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return { value, reload, form, change, meeting, errors, dirty, busy, notice, save, send };
};
