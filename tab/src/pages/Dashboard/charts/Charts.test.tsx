// @vitest-environment jsdom
/**
 * The dashboard's charts: an image with a Dutch title and description that say the numbers, a label per
 * segment or day, and a table with the same numbers; English when the tab is in English.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistrationTimeline, SchoolProgressInput } from '@samen/shared';
import { LocaleProvider } from '../../../i18n';
import { ProgressChart } from './ProgressChart';
import { TimelineChart } from './TimelineChart';

afterEach(cleanup);

const SCHOOLS: SchoolProgressInput[] = [
  { niveauUpdatedThisYear: true, reflection: { status: 'afgerond' }, sop: { status: 'gepubliceerd' } },
  { niveauUpdatedThisYear: true, reflection: { status: 'concept' } },
  { niveauUpdatedThisYear: false, reflection: { status: 'concept' }, sop: { status: 'besproken-mr' } },
];

const TIMELINE: RegistrationTimeline = {
  start: '2026-11-02',
  end: '2026-12-08',
  asOf: '2026-11-25',
  capacity: 30,
  steps: [{ day: '2026-11-04', total: 1 }, { day: '2026-11-09', total: 3 }],
};

const cells = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));

describe('ProgressChart', () => {
  it('describes every bar in Dutch with singular and plural, and labels the same counts as its table', () => {
    render(<LocaleProvider locale="nl"><ProgressChart schools={SCHOOLS} year="2026-2027" /></LocaleProvider>);
    const img = screen.getByRole('img', { name: /Voortgang van de scholen in schooljaar 2026-2027/ });
    const desc = img.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Niveau-overzicht — Niet bijgewerkt dit schooljaar: 1 school, Bijgewerkt dit schooljaar: 2 scholen.');
    expect(desc).toContain('Reflectie — Niet gestart: 0 scholen, Concept: 2 scholen, Afgerond: 1 school.');
    expect(desc).toContain('Ondersteuningsprofiel — Niet gestart: 1 school, Concept: 0 scholen, Besproken met de MR: 1 school');
    const table = screen.getByTestId('chart-progress-table');
    const rows = cells(table);
    expect(rows).toContainEqual(['Reflectie', 'Concept', '2']);
    expect(rows).toHaveLength(2 + 3 + 5);
    // Every segment that has schools carries its count; the table's non-zero counts are exactly those.
    const labels = [...img.querySelectorAll('[data-kind] [data-state]')].map((g) => [g.closest('[data-kind]')?.getAttribute('data-kind'), g.getAttribute('data-state'), g.querySelector('text')?.textContent]);
    const nonZero = [...table.querySelectorAll('tr[data-kind]')].map((r) => [r.getAttribute('data-kind'), r.getAttribute('data-state'), r.querySelectorAll('td')[2]?.textContent]).filter((r) => r[2] !== '0');
    expect(labels).toEqual(nonZero);
  });

  it('speaks English in an English tab', () => {
    render(<LocaleProvider locale="en"><ProgressChart schools={SCHOOLS.slice(0, 1)} year="2026-2027" /></LocaleProvider>);
    const desc = screen.getByRole('img').querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Reflection — Not started: 0 schools, Draft: 0 schools, Finished: 1 school.');
    expect(screen.getByText('Show as table')).toBeTruthy();
  });

  it('says there are no schools instead of empty bars', () => {
    render(<LocaleProvider locale="nl"><ProgressChart schools={[]} year="2026-2027" /></LocaleProvider>);
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toBe('Er zijn nog geen scholen.');
  });
});

describe('TimelineChart', () => {
  it('says where the registrations stand, the capacity and the deadline, and labels each day’s total as its table', () => {
    render(<LocaleProvider locale="nl"><TimelineChart title="IB-netwerk" timeline={TIMELINE} /></LocaleProvider>);
    const img = screen.getByRole('img', { name: /Aanmeldingen voor IB-netwerk, per dag/ });
    const desc = img.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Op woensdag 25 november 2026 staan er 3 aanmeldingen, sinds maandag 2 november 2026.');
    expect(desc).toContain('Er zijn 30 plaatsen.');
    expect(desc).toContain('Aanmelden sluit op dinsdag 8 december 2026.');
    expect(img.querySelector('[data-testid="chart-capacity"]')?.textContent).toBe('Capaciteit: 30 plaatsen');
    expect(cells(screen.getByTestId('chart-timeline-table'))).toEqual([
      ['woensdag 4 november 2026', '1', '1'],
      ['maandag 9 november 2026', '2', '3'],
    ]);
    expect([...img.querySelectorAll('[data-total]')].map((n) => n.textContent)).toEqual(['1', '3']);
  });

  it('raises the label of a day next to a labelled day, so both totals stay readable', () => {
    const days = { ...TIMELINE, steps: [{ day: '2026-11-03', total: 1 }, { day: '2026-11-04', total: 2 }, { day: '2026-11-20', total: 3 }] };
    render(<LocaleProvider locale="nl"><TimelineChart title="X" timeline={days} /></LocaleProvider>);
    const labels = [...screen.getByRole('img').querySelectorAll('[data-total]')];
    const [first, second, third] = labels.map((n) => Number(n.getAttribute('y')));
    expect(second).toBeLessThan((first ?? 0) - 10);
    expect(third).toBeGreaterThan(second ?? 0);
  });

    it('uses the singular for one registration and one place, and draws no capacity line without a maximum', () => {
    const { unmount } = render(<LocaleProvider locale="nl"><TimelineChart title="X" timeline={{ ...TIMELINE, capacity: 1, steps: [{ day: '2026-11-04', total: 1 }] }} /></LocaleProvider>);
    const desc = screen.getByRole('img').querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('staat er 1 aanmelding,');
    expect(desc).toContain('Er is 1 plaats.');
    unmount();
    render(<LocaleProvider locale="nl"><TimelineChart title="X" timeline={{ ...TIMELINE, capacity: null, steps: [] }} /></LocaleProvider>);
    const img = screen.getByRole('img');
    expect(img.querySelector('[data-testid="chart-capacity"]')).toBeNull();
    expect(img.querySelector('desc')?.textContent).toContain('Er is geen maximum aantal plaatsen.');
    expect(cells(screen.getByTestId('chart-timeline-table'))).toEqual([['Nog geen aanmeldingen.']]);
  });
});
