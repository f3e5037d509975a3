import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { SQLITE_FILE_NAME } from '../../bot/src/store/sqlite/index.js';
import { startHarness, type Harness, type InvokeBody } from '../support/bot-harness.js';
import { readable } from '../support/card-text.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const user = (n: number, name: string) => ({ aadObjectId: aad(n), name, conversationId: `personal-${n}`, personId: `person-${n}`, email: '' });
const SANNE = user(2, 'Sanne de Wit'); // ib, Zonnewijzer
const JOOST = user(5, 'Joost Bakker'); // ib, Klimop
const ESTHER = user(8, 'Esther Smit'); // ib + onderwijsondersteuner, Vlinderboom
const KARIN = user(9, 'Karin Mulder'); // ib, Horizon
const TOM = user(10, 'Tom Hendriks'); // onderwijsondersteuner, Horizon
const NICOLE = user(15, 'Nicole de Boer'); // onderwijsondersteuner, Zonnewijzer + Horizon
const EVERYONE = [SANNE, JOOST, ESTHER, KARIN, TOM, NICOLE];

const questions = {
  q1Text: 'Hoe tevreden ben je over de inzet van de onderwijsondersteuners?',
  q1Kind: 'rating',
  q1Required: 'true',
  q2Text: 'Wordt de inzet volgend jaar voortgezet?',
  q2Kind: 'single',
  q2Options: 'Ja\nNee\nWeet nog niet',
  q2Required: 'true',
  q3Text: 'Wat zou je willen verbeteren?',
  q3Kind: 'long',
};
const surveyForm = (extra: Record<string, string> = {}) => ({
  title: 'Inzet onderwijsondersteuners',
  intro: 'Drie vragen, ca. 5 minuten.',
  deadlineDate: '2026-12-10',
  deadlineTime: '17:00',
  audienceRoles: 'ib,onderwijsondersteuner',
  ...questions,
  ...extra,
});

const text = (body: InvokeBody) =>
  readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

const create = async (harness: Harness, extra: Record<string, string> = {}): Promise<string> => {
  const preview = await harness.execute('survey.preview', surveyForm(extra));
  const id = /"surveyId":"([^"]+)"/.exec(JSON.stringify(preview.body.value))?.[1] ?? '';
  expect(text(preview.body)).toContain('Gaat naar 6 personen.');
  await harness.execute('survey.send', { surveyId: id });
  return id;
};

const answer = (harness: Harness, surveyId: string, u: (typeof EVERYONE)[number], q1: string, q2: string, q3 = '') =>
  harness.execute('survey.answer', { surveyId, answer_q1: q1, answer_q2: q2, answer_q3: q3 }, u);

const download = async (harness: Harness, body: InvokeBody, ext: 'csv' | 'xlsx'): Promise<Response> => {
  const url = new RegExp(`"url":"([^"]+\\.${ext}\\?[^"]+)"`).exec(JSON.stringify(body.value))?.[1] ?? '';
  return fetch(url.replace(harness.running.deps.config.publicUrl, harness.running.url));
};

describe('a three-question survey answered on the card', () => {
  let harness: Harness;
  let id = '';
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    for (const u of EVERYONE) await harness.say('help', u);
    id = await create(harness);
  });
  afterAll(async () => harness?.close());

  it('delivers the questions to each recipient as inputs on one card', async () => {
    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const toSanne = harness.sent.slice(before).filter((a) => a.conversationId === SANNE.conversationId);
    expect(toSanne).toHaveLength(1);
    const card = JSON.stringify(toSanne[0]?.attachments?.[0]?.content);
    for (const input of ['answer_q1', 'answer_q2', 'answer_q3', '"verb":"survey.answer"']) expect(card).toContain(input);
    expect(readable(toSanne)).toContain('Niet anoniem');
  });

  it('takes five answers, lets one person change theirs before the deadline, and refuses one after it', async () => {
    for (const [u, q1, q2, q3] of [
      [SANNE, '5', '0', 'Meer overleg met de leerkrachten.'],
      [JOOST, '4', '0', ''],
      [ESTHER, '3', '1', 'Vaste momenten in de week.'],
      [KARIN, '5', '2', ''],
      [TOM, '4', '0', ''],
    ] as const) {
      const res = await answer(harness, id, u, q1, q2, q3);
      expect(text(res.body)).toContain('Bedankt voor je antwoord!');
    }
    const changed = await answer(harness, id, SANNE, '2', '0', 'Meer overleg met de leerkrachten.');
    expect(text(changed.body)).toContain('Antwoord wijzigen');
    expect(JSON.stringify(changed.body.value)).toContain('"id":"answer_q1","label":"1. Hoe tevreden ben je over de inzet van de onderwijsondersteuners? (verplicht)","isRequired":true,"value":"2"');

    const incomplete = await answer(harness, id, NICOLE, '', '0');
    expect(text(incomplete.body)).toContain('Kijk vraag 1 na: een verplichte vraag is niet beantwoord of een antwoord past niet.');

    harness.setNow(new Date('2026-12-10T17:01:00+01:00'));
    const late = await answer(harness, id, JOOST, '1', '1');
    expect(text(late.body)).toContain('Deze vragenlijst is gesloten: de einddatum is voorbij.');
    expect(text(late.body)).toContain('Deze vragenlijst is gesloten.');
    expect(JSON.stringify(late.body.value)).not.toContain('"verb":"survey.answer"');
  });

  it('shows the coördinator counts and averages per question, per school and role, and the texts', async () => {
    const res = await harness.execute('survey.results', { surveyId: id });
    const t = text(res.body);
    expect(t).toContain('5 antwoorden');
    expect(t).toContain('Gemiddeld 3,6 (uit 5 antwoorden)'); // 2 + 4 + 3 + 5 + 4
    const json = JSON.stringify(res.body.value);
    expect(json).toContain('{"title":"Ja","value":"3"},{"title":"Nee","value":"1"},{"title":"Weet nog niet","value":"1"}');
    expect(t).toContain('• Meer overleg met de leerkrachten.');
    expect(t).toContain('• Vaste momenten in de week.');
    expect(json).toContain('{"title":"SBO De Horizon","value":"2 antwoorden · q1: 4,5"}');
    expect(json).toContain('{"title":"Onderwijsondersteuner","value":"2 antwoorden · q1: 3,5"}');
  });

  it('exports the same answers as CSV and as an Excel workbook', async () => {
    const res = await harness.execute('survey.results', { surveyId: id });
    const csv = await (await download(harness, res.body, 'csv')).text();
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('Naam;School;Rol;Ingevuld op;1. Hoe tevreden');
    const sanne = lines.find((l) => l.includes('Sanne de Wit'));
    expect(sanne).toContain(';2;Ja;Meer overleg met de leerkrachten.');

    const xlsx = await download(harness, res.body, 'xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const answers = book.getWorksheet('Antwoorden');
    expect(answers?.rowCount).toBe(6);
    const summary = book.getWorksheet('Samenvatting');
    const avgRow = summary?.getRows(1, summary.rowCount)?.find((r) => r.getCell(4).value === 3.6);
    expect(avgRow?.getCell(3).value).toBe(5);
  });

  it('refuses the results and the downloads to someone who is not a coördinator', async () => {
    const res = await harness.execute('survey.results', { surveyId: id }, KARIN);
    expect(text(res.body)).toContain('coördinator');
  });
});

describe('an anonymous survey and a per-school survey', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    for (const u of EVERYONE) await harness.say('help', u);
  });
  afterAll(async () => harness?.close());

  it('keeps no user identifier with anonymous answers, in the store or the export, and cannot take a second answer', async () => {
    const id = await create(harness, { anonymous: 'true' });
    expect(text((await answer(harness, id, SANNE, '4', '0', 'Meer tijd')).body)).toContain('Bedankt! Je anonieme antwoord is ontvangen.');
    expect(text((await answer(harness, id, TOM, '2', '1')).body)).toContain('Bedankt!');
    const again = await answer(harness, id, SANNE, '1', '1');
    expect(text(again.body)).toContain('kun je het niet meer wijzigen');

    const db = new BetterSqlite3(path.join(harness.running.deps.config.dataDir, SQLITE_FILE_NAME), { readonly: true });
    const rows = JSON.stringify([
      db.prepare('SELECT * FROM survey_responses WHERE survey_id = ?').all(id),
      db.prepare('SELECT * FROM survey_markers WHERE survey_id = ?').all(id),
    ]);
    db.close();
    expect(rows).toContain('Meer tijd');
    const res = await harness.execute('survey.results', { surveyId: id });
    const csv = await (await download(harness, res.body, 'csv')).text();
    expect(csv).toContain('Meer tijd');
    for (const u of [SANNE, TOM]) {
      for (const identifier of [u.personId, u.aadObjectId, u.name, u.name.split(' ')[0]!, 'T10:', 'T09:']) {
        expect(rows, identifier).not.toContain(identifier);
        expect(csv, identifier).not.toContain(identifier);
      }
    }
  });

  it('takes one answer per school: the first wins and colleagues see it is already answered', async () => {
    const id = await create(harness, { perSchool: 'true', audienceRoles: 'ib,onderwijsondersteuner' });
    expect(text((await answer(harness, id, KARIN, '4', '0')).body)).toContain('Bedankt');
    const colleague = await answer(harness, id, TOM, '1', '1');
    expect(text(colleague.body)).toContain('Al beantwoord door je school.');
    expect(JSON.stringify(colleague.body.value)).not.toContain('"verb":"survey.answer"');
    expect(text((await answer(harness, id, KARIN, '3', '0')).body)).toContain('Bedankt');
    const results = await harness.execute('survey.results', { surveyId: id });
    expect(text(results.body)).toContain('1 antwoord');
    expect(text(results.body)).not.toContain('1 antwoorden');
    expect(text(results.body)).toContain('Gemiddeld 3 (uit 1 antwoord)');
  });
});
