/** Announcements and surveys waiting for me; "Ontvangen" through the card's use case. */
import { useState } from 'react';
import type { BroadcastsDto, MyAnnouncementDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export const useWachtOpJou = () => {
  const { value, reload, set } = useLoad(() => api.get<BroadcastsDto>('/broadcasts'), 'broadcasts');
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const acknowledge = async (id: string) => {
    if (value.state !== 'ready') return;
    setBusy(id);
    setFailure(null);
    try {
      const updated = await api.post<MyAnnouncementDto>(`/announcements/${encodeURIComponent(id)}/ack`, {});
      const { mine } = value.data;
      set({ ...value.data, mine: { ...mine, announcements: mine.announcements.map((a) => (a.id === updated.id ? updated : a)) } });
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const waiting =
    value.state === 'ready'
      ? {
          announcements: value.data.mine.announcements.filter((a) => !a.acknowledged),
          surveys: value.data.mine.surveys.filter((s) => !s.answered && !s.closed),
        }
      : null;

  return { value, reload, waiting, busy, failure, acknowledge };
};
