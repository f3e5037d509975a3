import type { SchoolDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useSeeded } from '../../prerender';

/**
 * The school's name and what I may do there: the school, 'elsewhere' when it is not one of mine (I can only be
 * reading something it shares with me), null while loading.
 */
export const useSchool = (schoolId: string): SchoolDto | 'elsewhere' | null => {
  const { value } = useLoad(() => api.get<SchoolDto[]>('/schools'), 'schools', useSeeded<SchoolDto[]>('/schools'));
  return value.state === 'ready' ? (value.data.find((s) => s.id === schoolId) ?? 'elsewhere') : null;
};
