import { useState } from 'react';
import type { DashboardDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export const useDashboard = () => {
  const { value, reload } = useLoad(() => api.get<DashboardDto>('/dashboard'), 'dashboard');
  const [failure, setFailure] = useState<string | null>(null);
  const downloadCsv = async (meetingId: string) => {
    setFailure(null);
    try {
      await api.download(`/dashboard/meetings/${encodeURIComponent(meetingId)}.csv`, `aanmeldingen-${meetingId}.csv`);
    } catch (err) {
      setFailure(errorText(err));
    }
  };
  return { value, reload, failure, downloadCsv };
};
