/** Data and actions of the privacy page: one's own download; for the coördinator the people, a person's export and erasure. */
import { useState } from 'react';
import type { ErasureResultDto, PrivacyPeopleDto, PrivacySubject } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';

const emptyPeople: PrivacyPeopleDto = { staff: [], registrants: [], erasures: [] };

export const usePrivacy = (coordinator: boolean) => {
  const { value, reload } = useLoad(() => (coordinator ? api.get<PrivacyPeopleDto>('/privacy/people') : Promise.resolve(emptyPeople)), `privacy-${coordinator}`);
  const [failure, setFailure] = useState<string | null>(null);
  const [erased, setErased] = useState<ErasureResultDto | null>(null);
  const attempt = async (run: () => Promise<void>) => {
    setFailure(null);
    try {
      await run();
    } catch (err) {
      setFailure(errorText(err));
    }
  };
  const downloadMine = (format: 'json' | 'html') => attempt(() => api.download(`/privacy/mine?format=${format}`, `mijn-gegevens.${format}`));
  const downloadOf = (subject: PrivacySubject, format: 'json' | 'html') =>
    attempt(() => api.download(`/privacy/export?format=${format}`, `gegevens.${format}`, { subject }));
  const erase = (subject: PrivacySubject) =>
    attempt(async () => {
      setErased(await api.post<ErasureResultDto>('/privacy/erase', { subject, confirm: true }));
      await reload();
    });
  return { value, reload, failure, erased, downloadMine, downloadOf, erase };
};
