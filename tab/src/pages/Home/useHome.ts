import type { SchoolDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export const useHome = () => {
  const { value, reload } = useLoad(() => api.get<SchoolDto[]>('/schools'), 'schools');
  return { schools: value, reload };
};
