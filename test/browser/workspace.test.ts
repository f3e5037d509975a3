/**
 * The organiser's workspace in a real browser against the real server with the sample partnership:
 * the coördinator opens "Nieuwe bijeenkomst" from the dashboard, plans four sessions, sees a Dutch
 * message beside a wrong field, saves a draft, looks at the invitation preview, sends it, and finds
 * the invitations in the outbox and the meeting on the dashboard as sent with its four sessions.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { audienceOf } from '../../bot/src/usecases/invitations.js';
import { describeInBrowser, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';

const TITLE = 'Thema-avond samen plannen en organiseren';
/** Four evenings in January (the fixture's today is 25 November 2026). */
const SESSIONS = [
  { date: '2027-01-12', start: '19:00', end: '21:00', location: 'Bibliotheek Oost, zaal 2' },
  { date: '2027-01-14', start: '19:00', end: '21:00', location: 'Kindcentrum De Brug, aula' },
  { date: '2027-01-19', start: '15:30', end: '17:00', location: '' },
  { date: '2027-01-21', start: '19:00', end: '21:00', location: 'Wijkcentrum Noord' },
] as const;

describeInBrowser('the organiser workspace in a browser', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('creates a four-session meeting on the page, previews and sends it; the invitations go out', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/dashboard`);
    await signInAs(f, 'Ingrid Verhoef');
    await page.getByRole('link', { name: 'Nieuwe bijeenkomst' }).click();
    await page.getByRole('heading', { name: 'Nieuwe bijeenkomst plannen' }).waitFor();

    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Soort bijeenkomst').selectOption('consultatie');
    await page.getByLabel('Beschrijving').fill('Vier avonden over leerlingen die moeite hebben met plannen; kies er één.');
    for (let i = 1; i < SESSIONS.length; i++) await page.getByRole('button', { name: 'Sessie toevoegen' }).click();
    for (const [i, s] of SESSIONS.entries()) {
      const row = page.getByTestId(`session-${i}`);
      await row.getByLabel('Naam van de sessie').fill(`Avond ${i + 1} — ${s.location || 'online'}`);
      await row.getByLabel('Datum').fill(s.date);
      await row.getByLabel('Begintijd').fill(s.start);
      // Session 2 first ends before it starts, to see the message beside the field.
      await row.getByLabel('Eindtijd').fill(i === 2 ? '15:00' : s.end);
      if (s.location) await row.getByLabel('Locatie').fill(s.location);
      else await row.getByLabel('Online link').fill('https://teams.example.org/avond-3');
      await row.getByLabel('Aantal plaatsen').fill('25');
    }
    await page.getByRole('checkbox', { name: 'Intern begeleider (ib’er)' }).check();
    await page.getByLabel('Uiterste aanmelddatum').fill('2027-01-08');
    await page.getByLabel('Herinnering aan deelnemers').fill('1');

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByTestId('session-2').getByText('De eindtijd moet na de begintijd liggen.').waitFor();
    await page.getByText('De bijeenkomst is nog niet compleet. Kijk de gemarkeerde velden na.').waitFor();
    expect(await page.getByTestId('workspace-status').count()).toBe(0);

    await page.getByTestId('session-2').getByLabel('Eindtijd').fill(SESSIONS[2].end);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Opgeslagen.', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('workspace-status').textContent()).toBe('Concept');
    const meetingId = decodeURIComponent(new URL(page.url()).hash.replace('#/werkplek/', ''));
    expect(meetingId).toMatch(/^meeting-/);

    const preview = page.getByTestId('invitation-preview');
    await expect.poll(() => preview.textContent()).toContain(TITLE);
    await expect.poll(() => preview.textContent()).toContain('Wijkcentrum Noord');
    // As an invitee will see it once sent: registration open, by the server's clock.
    await preview.getByRole('button', { name: 'Aanmelden' }).first().waitFor();
    expect(await preview.textContent()).not.toContain('Aanmelden is gesloten');
    await page.screenshot({ path: path.join(RESULTS, 'workspace-preview.png'), fullPage: true });

    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText(/^Verstuurd: \d+ uitnodigingen? (staat|staan) klaar om te bezorgen\.$/).waitFor();
    await expect.poll(() => page.getByTestId('workspace-status').textContent()).toBe('Verstuurd');

    const { deps } = f.running;
    const stored = await deps.stores.meetings.get(meetingId);
    expect(stored).toMatchObject({ title: TITLE, status: 'verstuurd', type: 'consultatie' });
    expect(stored?.sessions.map((s) => s.location ?? s.onlineUrl)).toEqual([
      'Bibliotheek Oost, zaal 2', 'Kindcentrum De Brug, aula', 'https://teams.example.org/avond-3', 'Wijkcentrum Noord',
    ]);
    const invitations = (await deps.stores.outbox.forSubject(meetingId)).filter((o) => o.kind === 'invitation');
    expect(invitations.length).toBeGreaterThan(0);
    // One invitation for everyone in the audience (ib'ers), as when sent from chat.
    const audience = await audienceOf(deps, stored!);
    expect(invitations.map((o) => o.personId).sort()).toEqual([...audience].sort());
    const invited = await deps.stores.people.byIds(audience);
    expect(invited.every((p) => p.roles.includes('ib'))).toBe(true);

    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    const card = page.getByTestId(`dashboard-meeting-${meetingId}`);
    await card.waitFor();
    await expect.poll(() => card.getByTestId('dashboard-meeting-status').textContent()).toBe('Verstuurd');
    expect(await card.getByRole('row').count()).toBe(1 + SESSIONS.length);
    // The dashboard names each session as the organiser did.
    expect(await card.textContent()).toContain('Avond 1 — Bibliotheek Oost, zaal 2');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'workspace-sent-dashboard.png'), fullPage: true });
  });

  it('opens a sent meeting with "Bewerken" and keeps a change with its sessions', async () => {
    const { page } = f;
    const card = page.locator('[data-testid^="dashboard-meeting-meeting-"]').filter({ hasText: TITLE });
    await card.getByRole('link', { name: `Bewerken: ${TITLE}` }).click();
    await page.getByRole('heading', { name: 'Bijeenkomst bewerken' }).waitFor();
    await expect.poll(() => page.getByLabel('Titel').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-testid^="session-"]').count()).toBe(4);
    await page.getByTestId('session-3').getByLabel('Aantal plaatsen').fill('30');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/^Opgeslagen\./).waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/werkplek/', ''));
    const stored = await f.running.deps.stores.meetings.get(id);
    expect(stored?.sessions.map((s) => s.capacity)).toEqual([25, 25, 25, 30]);
    expect(stored?.status).toBe('verstuurd');
  });
});
