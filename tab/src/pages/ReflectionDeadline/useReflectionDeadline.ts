/** The partnership's reflection deadline of a school year: read by the reflection page and the dashboard, set on the framework page. */
import type { ReflectionDeadlineDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export const pathOf = (schoolYear: string) => `/reflection-deadlines/${encodeURIComponent(schoolYear)}`;

export const useReflectionDeadline = (schoolYear: string) => useLoad(() => api.get<ReflectionDeadlineDto>(pathOf(schoolYear)), schoolYear);
