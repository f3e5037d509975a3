import type { BroadcastsDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** The coördinator's progress of announcements and surveys (the `progress` part of /broadcasts). */
export const useBroadcastProgress = () => {
  const { value, reload } = useLoad(() => api.get<BroadcastsDto>('/broadcasts'), 'broadcasts');
  return { value, reload };
};
