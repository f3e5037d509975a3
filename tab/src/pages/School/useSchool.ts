import type { SchoolDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useSeeded } from '../../prerender';

/** The school's name and what I may do there (null while loading or when not visible to me). */
export const useSchool = (schoolId: string): SchoolDto | null => {
  const { value } = useLoad(() => api.get<SchoolDto[]>('/schools'), 'schools', useSeeded<SchoolDto[]>('/schools'));
  return value.state === 'ready' ? (value.data.find((s) => s.id === schoolId) ?? null) : null;
};
