/** My meetings and RSVP through the API (the same use case and rules as the card). */
import { useState } from 'react';
import type { MeetingViewDto, RsvpResponse } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export const useBijeenkomsten = () => {
  const { value, reload, set } = useLoad(() => api.get<MeetingViewDto[]>('/meetings'), 'meetings');
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** answers: only sent with "Aanmelden"/"Misschien" for a meeting that asks questions. */
  const answer = async (meetingId: string, sessionId: string, response: RsvpResponse, answers?: Record<string, string>) => {
    if (value.state !== 'ready') return;
    setBusy(sessionId);
    setFailure(null);
    try {
      const updated = await api.post<MeetingViewDto>(`/meetings/${encodeURIComponent(meetingId)}/rsvp`, {
        sessionId,
        response,
        ...(answers && response !== 'decline' ? { answers } : {}),
      });
      set(value.data.map((m) => (m.id === updated.id ? updated : m)));
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  return { value, reload, busy, failure, answer };
};
