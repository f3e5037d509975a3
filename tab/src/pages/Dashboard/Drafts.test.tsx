// @vitest-environment jsdom
/** "Concepten" on the dashboard: each unsent meeting links back into the workspace, with its kind and dates; none, no section. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardDraftDto } from '@samen/shared';
import { LocaleProvider } from '../../i18n';
import { Drafts } from './Drafts';

afterEach(cleanup);

const drafts: DashboardDraftDto[] = [
  { id: 'meeting-7', title: 'PLG lezen, voorjaar', type: 'plg', firstStartsAt: '2027-03-09T15:30:00+01:00', createdAt: '2026-11-30T10:00:00.000Z' },
  { id: 'meeting 8', title: 'Informatieavond ouders', type: 'informatie', firstStartsAt: null, createdAt: '2026-11-29T10:00:00.000Z' },
];

describe('Drafts', () => {
  it('links every concept to the workspace, with its kind, first session and when it was made', () => {
    render(<LocaleProvider locale="nl"><Drafts drafts={drafts} /></LocaleProvider>);
    expect(screen.getByRole('heading', { name: 'Concepten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PLG lezen, voorjaar' }).getAttribute('href')).toBe('#/werkplek/meeting-7');
    expect(screen.getByRole('link', { name: 'Informatieavond ouders' }).getAttribute('href')).toBe('#/werkplek/meeting%208');
    const first = screen.getByTestId('draft-meeting-7').textContent ?? '';
    expect(first).toMatch(/PLG-bijeenkomst · eerste sessie .*9 maart 2027.* · aangemaakt .*30 november 2026/);
    expect(screen.getByTestId('draft-meeting 8').textContent).toContain('nog geen datum');
  });

  it('speaks English to an English reader, and shows nothing when there are no concepts', () => {
    render(<LocaleProvider locale="en"><Drafts drafts={drafts} /></LocaleProvider>);
    expect(screen.getByRole('heading', { name: 'Drafts' })).toBeTruthy();
    expect(screen.getByTestId('draft-meeting 8').textContent).toContain('no date yet');
    cleanup();
    const { container } = render(<LocaleProvider locale="nl"><Drafts drafts={[]} /></LocaleProvider>);
    expect(container.textContent).toBe('');
  });
});
