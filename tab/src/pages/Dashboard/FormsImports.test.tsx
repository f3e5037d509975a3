// @vitest-environment jsdom
/** The Forms import on the dashboard: last run, counts and the rows it could not process, Dutch first. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormsImportRunDto } from '@samen/shared';
import { LocaleProvider } from '../../i18n';
import { FormsImports } from './FormsImports';

afterEach(cleanup);

const RUN: FormsImportRunDto = {
  formId: 'meeting-plg',
  kind: 'meeting',
  targetId: 'meeting-plg',
  title: 'PLG lezen',
  ranAt: '2026-11-25T10:15:00+01:00',
  counts: { booked: 3, waitlisted: 1, recorded: 0, changed: 0, unchanged: 1, alreadyImported: 2 },
  unmatched: [
    { row: 6, problem: 'unknown-person' },
    { row: 8, problem: 'unknown-session' },
    { row: 9, problem: 'refused', code: 'RSVP.DEADLINE_PASSED' },
  ],
  unknownSchools: [{ row: 7, school: 'Nergenshuizen' }],
};

const SURVEY: FormsImportRunDto = {
  ...RUN,
  formId: 'survey:s1',
  kind: 'survey',
  targetId: 's1',
  title: 'Tevredenheid',
  counts: { booked: 0, waitlisted: 0, recorded: 4, changed: 1, unchanged: 0, alreadyImported: 0 },
  unmatched: [],
  unknownSchools: [],
};

const rowsOf = (table: HTMLElement): string[][] =>
  within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));

describe('FormsImports', () => {
  it('shows per form when it ran, what it did and each unprocessed row with its reason', () => {
    render(<LocaleProvider locale="nl"><FormsImports runs={[RUN, SURVEY]} /></LocaleProvider>);
    const card = screen.getByTestId('dashboard-forms-meeting-plg');
    expect(card.textContent).toContain('Aanmeldingen voor PLG lezen');
    expect(card.textContent).toContain('Laatst uitgevoerd op');
    expect(card.textContent).toContain('3 aangemeld · 1 op de wachtlijst · 1 al bekend · 2 eerder geïmporteerd');
    expect(rowsOf(within(card).getByRole('table'))).toEqual([
      ['6', 'e-mailadres onbekend'],
      ['8', 'sessie niet herkend'],
      ['9', 'niet toegestaan: Aanmelden is gesloten: de uiterste aanmelddatum is voorbij.'],
    ]);
    expect(card.textContent).toContain('school niet herkend: 7 (Nergenshuizen)');
    const survey = screen.getByTestId('dashboard-forms-survey:s1');
    expect(survey.textContent).toContain('Vragenlijst Tevredenheid');
    expect(survey.textContent).toContain('4 nieuwe antwoorden · 1 gewijzigd');
    expect(survey.textContent).toContain('Alle antwoorden verwerkt.');
    expect(within(survey).queryByRole('table')).toBeNull();
  });

  it('counts one answer in the singular', () => {
    const one: FormsImportRunDto = { ...SURVEY, counts: { ...SURVEY.counts, recorded: 1 }, unmatched: [{ row: 3, problem: 'no-email' }] };
    render(<LocaleProvider locale="nl"><FormsImports runs={[one]} /></LocaleProvider>);
    const survey = screen.getByTestId('dashboard-forms-survey:s1');
    expect(survey.textContent).toContain('1 nieuw antwoord · 1 gewijzigd');
    expect(survey.textContent).toContain('Niet verwerkt (1 antwoord):');
    expect(survey.textContent).toContain('de volgende import probeert het opnieuw.');
  });

  it('speaks English to an English-speaking coördinator', () => {
    render(<LocaleProvider locale="en"><FormsImports runs={[RUN]} /></LocaleProvider>);
    const card = screen.getByTestId('dashboard-forms-meeting-plg');
    expect(card.textContent).toContain('Registrations for PLG lezen');
    expect(rowsOf(within(card).getByRole('table'))[0]).toEqual(['6', 'unknown e-mail address']);
  });

  it('shows nothing while no form was ever imported', () => {
    const { container } = render(<LocaleProvider locale="nl"><FormsImports runs={[]} /></LocaleProvider>);
    expect(container.textContent).toBe('');
  });
});
