// @vitest-environment jsdom
/** The selection on the dashboard: the proposal ticked, adjustable, confirmed with the organiser's choice. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SelectionConfirmBody, SelectionDto } from '@samen/shared';
import { LocaleProvider } from '../../i18n';
import { SelectionView } from './Selection';

afterEach(cleanup);

const applicant = (personId: string, name: string, minute: number, group: string) => ({
  personId,
  name,
  group,
  role: 'leerkracht' as const,
  appliedAt: `2026-11-20T09:0${minute}:00+01:00`,
});

const DATA: SelectionDto = {
  meetingId: 'm1',
  title: 'Informatieavond',
  registrationDeadline: '2026-12-01T23:59:00+01:00',
  confirmedAt: null,
  groupQuestion: 'Ik ben',
  sessions: [
    {
      sessionId: 's1',
      startsAt: '2027-01-14T19:00:00+01:00',
      endsAt: '2027-01-14T21:00:00+01:00',
      name: 'Regio Noord',
      capacity: 1,
      outcomeAt: '2026-12-31T09:00:00+01:00',
      proposed: [applicant('p1', 'Anouk Smit', 1, 'ouder')],
      reserve: [applicant('p2', 'Bram Visser', 2, 'ouder')],
      ineligible: [applicant('p3', 'Chris Bakker', 3, 'leerkracht')],
      confirmed: null,
    },
  ],
};

const renderView = (onConfirm: (body: SelectionConfirmBody) => Promise<void>, data = DATA) =>
  render(
    <LocaleProvider locale="nl">
      <SelectionView data={data} onConfirm={onConfirm} />
    </LocaleProvider>,
  );

describe('SelectionView', () => {
  it('shows the proposal ticked, in Dutch', () => {
    renderView(async () => {});
    expect(screen.getByText('3 aanvragen')).toBeTruthy();
    expect((screen.getByLabelText('Plaats: Anouk Smit') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Reserve: Bram Visser') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Plaats: Chris Bakker') as HTMLInputElement).checked).toBe(false);
  });

  it('confirms what the organiser made of it: a place is not also a reserve', () => {
    const onConfirm = vi.fn(async () => {});
    renderView(onConfirm);
    fireEvent.click(screen.getByLabelText('Plaats: Chris Bakker'));
    fireEvent.click(screen.getByLabelText('Reserve: Anouk Smit'));
    fireEvent.click(screen.getByRole('button', { name: 'Selectie bevestigen' }));
    expect(onConfirm).toHaveBeenCalledWith({ sessions: [{ sessionId: 's1', selected: ['p3'], reserve: ['p1', 'p2'] }] });
  });

  it('after confirmation shows the outcome and no button', () => {
    renderView(async () => {}, {
      ...DATA,
      confirmedAt: '2026-12-02T10:00:00+01:00',
      sessions: [{ ...DATA.sessions[0]!, proposed: [], reserve: [], ineligible: [], confirmed: { booked: 1, waitlisted: 1, notSelected: 1 } }],
    });
    expect(screen.getByText('1 met een plaats, 1 op de reservelijst, 1 helaas.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Selectie bevestigen' })).toBeNull();
  });
});
