/**
 * The built tab in a real browser against the real server with the sample partnership: an ib'er
 * edits level 3 and sees it and its history entry after a reload, autosaves two reflection answers,
 * and answers a meeting from the tab, after which the bot's card for her says the same.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { invitationFor } from '../../bot/src/conversation/meeting-cards.js';
import { sendAnnouncement } from '../../bot/src/usecases/announcements.js';
import { describeInBrowser, NOW, openBrowserFixture, RESULTS, signInAs, type BrowserFixture } from './browser-fixture.js';
import { TEST_COORDINATOR } from '../../bot/src/deps.test-helper.js';
import { noRetentionCounts } from '@samen/shared';

const SCHOOL = 'school-zonnewijzer';

describeInBrowser('the tab in a browser', () => {
  let f: BrowserFixture;
  beforeAll(async () => { f = await openBrowserFixture(); });
  afterAll(async () => { await f?.close(); });

  it('signs in an ib’er from the sample list and remembers the choice, with nothing failing on the way', async () => {
    const problems: string[] = [];
    f.page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    f.page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
    f.page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`); });
    await signInAs(f, 'Sanne de Wit');
    await f.page.reload();
    await expect.poll(() => f.page.getByTestId('signed-in-as').textContent()).toBe('Sanne de Wit');
    // the browser's own request for the page's icon included (it was a 404 before /favicon.png)
    await expect.poll(() => f.page.evaluate(() => fetch('/favicon.png').then((r) => r.status))).toBe(200);
    expect(problems).toEqual([]);
    f.page.removeAllListeners('console');
    f.page.removeAllListeners('requestfailed');
    f.page.removeAllListeners('response');
  });

  it('saves an edited level 3, and after a reload shows it with its history entry', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/school/${SCHOOL}/niveaus`);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByTestId('edit-level-3').getByRole('textbox', { name: 'Niveau 3' }).fill('Sterke basis met hulp van de leesspecialist');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen', { exact: true }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('level-3').textContent()).toContain('Sterke basis met hulp van de leesspecialist');
    await page.getByRole('button', { name: 'Eerdere versies' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Versie 1', { exact: true }).waitFor();
    await expect.poll(() => drawer.textContent()).toMatch(/Bijgewerkt op .* door Sanne de Wit/);
    await drawer.getByRole('button', { name: 'Bekijken' }).first().click();
    await expect.poll(() => drawer.textContent()).toContain('Sterke basis met hulp van de leesspecialist');
    await page.screenshot({ path: path.join(RESULTS, 'tab-niveau-history.png') });
    await drawer.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('autosaves two reflection answers, shows "Opgeslagen", and still has both after a reload', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/school/${SCHOOL}/reflectie`);
    const start = page.getByRole('button', { name: 'Begin de reflectie' });
    const first = page.getByRole('textbox', { name: /Hoe gaan we dat aanpakken/ }).first();
    await Promise.race([start.waitFor(), first.waitFor()]);
    if (await start.isVisible()) await start.click();
    await first.fill('We plannen drie keer per week twintig minuten leesondersteuning.');
    // One item at a time: the second answer is on the next item.
    await page.getByRole('button', { name: 'Volgend onderdeel' }).click();
    await page.getByRole('textbox', { name: /Waar staan wij/ }).fill('Het ib-overleg is elke zes weken, met de leerkrachten van groep 3 tot en met 5.');
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: /Hoe gaan we dat aanpakken/ }).inputValue())
      .toBe('We plannen drie keer per week twintig minuten leesondersteuning.');
    await page.getByRole('button', { name: 'Volgend onderdeel' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /Waar staan wij/ }).inputValue())
      .toBe('Het ib-overleg is elke zes weken, met de leerkrachten van groep 3 tot en met 5.');
    expect(await page.getByTestId('save-state').textContent()).toBe('Opgeslagen');
  });

  it('answers a meeting from the tab, and the bot’s card for her shows the same answer', async () => {
    const { page, running } = f;
    await page.goto(`${running.url}/#/bijeenkomsten`);
    const attend = page.getByRole('button', { name: 'Aanmelden', exact: true, disabled: false });
    const session = page.locator('[data-testid^="session-"]').filter({ has: attend }).first();
    const sessionId = (await session.getAttribute('data-testid'))!.replace('session-', '');
    const row = page.getByTestId(`session-${sessionId}`);
    await row.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => row.textContent()).toMatch(/Aangemeld|Op de wachtlijst/);

    const deps = running.deps;
    const sanne = (await deps.stores.people.list({ limit: 500 })).items.find((p) => p.name === 'Sanne de Wit')!;
    const meeting = (await deps.stores.meetings.list({ limit: 500 })).items.find((m) => m.sessions.some((x) => x.id === sessionId))!;
    const rsvp = (await deps.stores.rsvps.forPerson(sanne.id)).find((r) => r.sessionId === sessionId);
    expect(rsvp?.status).toMatch(/booked|waitlisted/);
    const label = rsvp?.status === 'booked' ? 'Aangemeld' : 'Op de wachtlijst';
    expect(await row.textContent()).toContain(label);
    const card = JSON.stringify(await invitationFor(deps, meeting, { person: sanne, locale: 'nl' }));
    expect(card).toMatch(rsvp?.status === 'booked' ? /Je bent aangemeld voor/ : /Je staat op de wachtlijst/);
    expect(card).not.toContain('Je hebt nog niet gereageerd');
    await page.reload();
    await expect.poll(() => row.textContent()).toContain(label);
  });

  it('asks the invitation’s question with "Aanmelden", keeps her choice, and shows it again after a reload', async () => {
    const { page, running } = f;
    const meetingId = 'meeting-consultatie-basisondersteuning';
    await page.goto(`${running.url}/#/bijeenkomsten`);
    const card = page.getByTestId(`meeting-${meetingId}`);
    const question = card.getByTestId(`question-${meetingId}-q1`);
    await question.getByRole('combobox', { name: /Welk thema spreekt je het meest aan/ }).selectOption('Leergedrag');
    const row = card.locator('[data-testid^="session-"]').filter({ has: page.getByRole('button', { name: 'Aanmelden', exact: true, disabled: false }) }).first();
    const sessionId = (await row.getAttribute('data-testid'))!.replace('session-', '');
    await row.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const answered = card.getByTestId(`session-${sessionId}`);
    // The consultation takes applications ('aanvraag'): the answer is an application, with the day she will hear.
    await expect.poll(() => answered.textContent()).toMatch(/Aangevraagd.*Je hoort uiterlijk/);

    const sanne = (await running.deps.stores.people.list({ limit: 500 })).items.find((p) => p.name === 'Sanne de Wit')!;
    const rsvp = (await running.deps.stores.rsvps.forPerson(sanne.id)).find((r) => r.meetingId === meetingId && r.status !== 'declined');
    expect(rsvp?.answers).toEqual({ q1: 'Leergedrag' });
    await page.reload();
    await expect.poll(() => page.getByTestId(`question-${meetingId}-q1`).getByRole('combobox').inputValue()).toBe('Leergedrag');
  });

  it('lets her acknowledge an announcement under "Wacht op jou", and the coördinator’s dashboard counts it', async () => {
    const { page, running } = f;
    const deps = running.deps;
    const saved = await deps.stores.announcements.upsert({
      id: 'ann-browser', title: 'Praktische Handreiking ontvangen?', text: 'Geef aan dat je de handreiking hebt ontvangen.',
      documentUrl: null, ackLabel: null, deadline: '2026-12-04T17:00:00+01:00', audience: { roles: [], sectors: [], schoolIds: [SCHOOL] },
      reminderDaysBeforeDeadline: [], organiserId: 'coord', status: 'concept', createdAt: NOW.toISOString(), expectedVersion: '',
    });
    expect(saved.ok).toBe(true);
    const sent = await sendAnnouncement(deps, TEST_COORDINATOR, 'ann-browser');
    const total = sent.ok ? sent.value.recipients : 0;
    await page.goto(`${running.url}/#/bijeenkomsten`);
    await page.reload(); // the previous test left this page open with what was there before
    await page.getByRole('heading', { name: 'Wacht op jou' }).waitFor();
    const item = page.getByTestId('waiting-announcement-ann-browser');
    await item.getByRole('button', { name: 'Ontvangen' }).click();
    await item.waitFor({ state: 'detached' });
    await signInAs(f, 'Ingrid Verhoef');
    await page.goto(`${running.url}/#/dashboard`);
    await expect.poll(() => page.getByTestId('dashboard-announcement-ann-browser').textContent()).toContain(`1 van ${total} ontvangen`);
  });

  it('shows the coördinator when the next clean-up runs and what the last one did, in counts', async () => {
    const { page, running } = f;
    await running.deps.stores.retention.saveRun({
      ranAt: '2026-11-25T02:00:03.000Z',
      nextRunAt: '2026-11-26T02:00:00.000Z',
      cutoffs: { registrantsEndedBefore: '2026-09-30T01:00:00.000Z', pseudonymiseBefore: '2025-07-31T22:00:00.000Z', deliveryBefore: '2026-08-27T01:00:00.000Z' },
      counts: { ...noRetentionCounts(), registrantsDeleted: 2, outboxDeleted: 40 },
    });
    await page.goto(`${running.url}/#/dashboard`);
    await page.reload();
    const card = page.getByTestId('dashboard-retention');
    await expect.poll(() => card.textContent()).toMatch(/Volgende opschoning: .*26 november 2026/);
    expect(await card.textContent()).toContain('2 externe aanmelders verwijderd · 40 verzonden berichten verwijderd');
  });

  it('lets the coördinator rename, add and explain handreiking items, kept after a reload', async () => {
    const { page } = f;
    await page.goto(`${f.running.url}/#/framework`);
    await signInAs(f, 'Ingrid Verhoef');
    await page.getByRole('heading', { name: /Handreiking 2026-2027/ }).waitFor();
    await page.getByTestId('framework-item-0').getByRole('textbox', { name: 'Titel' }).fill('Thuisnabij onderwijs voor elk kind');
    await page.getByRole('button', { name: 'Onderdeel toevoegen: Bouwsteen' }).click();
    const added = page.locator('[data-testid^="framework-item-"]').last();
    await added.getByRole('textbox', { name: 'Titel' }).fill('Samenwerking met de kinderopvang');
    await added.getByRole('textbox', { name: 'Toelichting' }).fill('Hoe de overdracht van voorschool naar groep 1 loopt.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText(/Opgeslagen als versie \d+\./).waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('framework-item-0').getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Thuisnabij onderwijs voor elk kind');
    const last = page.locator('[data-testid^="framework-item-"]').last();
    expect(await last.getByRole('textbox', { name: 'Toelichting' }).inputValue()).toBe('Hoe de overdracht van voorschool naar groep 1 loopt.');
    expect(await last.getAttribute('aria-label')).toMatch(/^Bouwsteen \d+: Samenwerking met de kinderopvang$/);
  });
});
