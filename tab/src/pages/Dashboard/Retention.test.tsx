// @vitest-environment jsdom
/** The clean-up line on the dashboard: the next one, and what the last one did, in counts, Dutch first. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noRetentionCounts, type RetentionStatusDto } from '@samen/shared';
import { LocaleProvider } from '../../i18n';
import { RetentionSummary } from './Retention';

afterEach(cleanup);

const cutoffs = { registrantsEndedBefore: '2026-10-08T01:00:00.000Z', pseudonymiseBefore: '2025-07-31T22:00:00.000Z', deliveryBefore: '2026-09-04T01:00:00.000Z' };
const zero = noRetentionCounts();

describe('RetentionSummary', () => {
  it('shows the next clean-up and what the last one did, only the counts that are not zero', () => {
    const status: RetentionStatusDto = {
      nextRunAt: '2026-12-03T02:00:00.000Z',
      lastRun: { ranAt: '2026-12-02T02:00:04.000Z', nextRunAt: '2026-12-03T02:00:00.000Z', cutoffs, counts: { ...zero, registrantsDeleted: 1, rsvpsPseudonymised: 14, outboxDeleted: 230 } },
    };
    render(<LocaleProvider locale="nl"><RetentionSummary status={status} /></LocaleProvider>);
    expect(screen.getByText(/^Volgende opschoning: .*3 december 2026.*03:00/)).toBeTruthy();
    const last = screen.getByText(/^Laatste opschoning op/).textContent ?? '';
    expect(last).toContain('1 externe aanmelder verwijderd · 14 aanmeldingen gepseudonimiseerd · 230 verzonden berichten verwijderd');
    expect(last).not.toMatch(/leesbevestiging/);
  });

  it('says so when nothing was cleaned up yet, and when there was nothing to do', () => {
    render(<LocaleProvider locale="nl"><RetentionSummary status={{ nextRunAt: '2026-12-03T02:00:00.000Z', lastRun: null }} /></LocaleProvider>);
    expect(screen.getByText('Nog niet opgeschoond.')).toBeTruthy();
    cleanup();
    const idle: RetentionStatusDto = { nextRunAt: '2026-12-03T02:00:00.000Z', lastRun: { ranAt: '2026-12-02T02:00:04.000Z', nextRunAt: '2026-12-03T02:00:00.000Z', cutoffs, counts: zero } };
    render(<LocaleProvider locale="en"><RetentionSummary status={idle} /></LocaleProvider>);
    expect(screen.getByText(/^Last clean-up on .*: nothing to do\.$/)).toBeTruthy();
  });
});
