/** Data and actions of the SOP page: load, start, edit (saved on request), move a step, share, download. */
import { useEffect, useState } from 'react';
import type { Sop, SopContentBody, SopStatus, SopViewDto } from '@samen/shared';
import { api, errorText } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export type SopDraft = Required<{ [K in keyof SopContentBody]: NonNullable<SopContentBody[K]> }>;

const draftOf = (s: Sop): SopDraft => ({
  visie: s.visie,
  ambitie: s.ambitie,
  aanvullendeOndersteuning: s.aanvullendeOndersteuning,
  interneExpertise: [...s.interneExpertise],
  externeDeskundigheid: [...s.externeDeskundigheid],
});

export const useSop = (schoolId: string, year: string) => {
  const path = `/schools/${encodeURIComponent(schoolId)}/sop/${year}`;
  const { value, reload } = useLoad(() => api.get<SopViewDto>(path), `${schoolId}/${year}`);
  const [sop, setSop] = useState<Sop | null>(null);
  const [draft, setDraft] = useState<SopDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value.state !== 'ready' || value.data.kind !== 'full') return;
    setSop(value.data.sop);
    setDraft(value.data.sop ? draftOf(value.data.sop) : null);
  }, [value]);

  const act = async (action: () => Promise<Sop>, keepDraft = false) => {
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      const next = await action();
      setSop(next);
      if (!keepDraft) setDraft(draftOf(next));
      return true;
    } catch (err) {
      setFailure(errorText(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const change = <K extends keyof SopDraft>(field: K, v: SopDraft[K]) => {
    setDraft((d) => (d ? { ...d, [field]: v } : d));
    setDirty(true);
    setSaved(false);
  };

  const save = async () => {
    if (!draft) return;
    if (await act(() => api.patch<Sop>(path, draft))) {
      setDirty(false);
      setSaved(true);
    }
  };

  const download = async (ext: 'pdf' | 'docx') => {
    setFailure(null);
    try {
      await api.download(`${path}/sop.${ext}`, `ondersteuningsprofiel-${year}.${ext}`);
    } catch (err) {
      setFailure(errorText(err));
    }
  };

  return {
    value,
    reload,
    sop,
    draft,
    dirty,
    saved,
    failure,
    busy,
    change,
    save,
    start: () => act(() => api.post<Sop>(`${path}/start`)),
    advance: (status: SopStatus, date: string) => act(() => api.post<Sop>(`${path}/status`, { status, date }), true),
    share: (shared: boolean) => act(() => api.post<Sop>(`${path}/share`, { shared }), true),
    download,
  };
};
