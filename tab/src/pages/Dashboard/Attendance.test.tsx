// @vitest-environment jsdom
/** The dashboard's meeting table shows "aanwezig n van m" per session once attendance is taken. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardMeetingDto } from '@samen/shared';
import { LocaleProvider } from '../../i18n';
import { MeetingCard } from './Dashboard';

afterEach(cleanup);

const session = { capacity: 12, counts: { booked: 2, waitlisted: 0, maybe: 0, declined: 0, applied: 0, 'not-selected': 0 }, bySchool: {}, byRole: {}, waitlist: [] };
const MEETING: DashboardMeetingDto = {
  id: 'm-plg',
  title: 'PLG gedrag',
  registrationMode: 'direct',
  type: 'plg',
  status: 'verstuurd',
  sessions: [
    { ...session, id: 's1', startsAt: '2026-11-18T15:00:00+01:00', attendance: { present: 1, of: 2 } },
    { ...session, id: 's2', startsAt: '2027-01-20T15:00:00+01:00', attendance: null },
  ],
};

describe('MeetingCard on the dashboard', () => {
  it('has a column Aanwezig with "n van m" where taken and a dash where not', () => {
    render(<LocaleProvider locale="nl"><MeetingCard m={MEETING} onCsv={() => undefined} /></LocaleProvider>);
    const table = within(screen.getByTestId('dashboard-meeting-m-plg')).getByRole('table');
    const rows = within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent).at(-1));
    expect(rows).toEqual(['Aanwezig', '1 van 2', '—']);
  });
});
