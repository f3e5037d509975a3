import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOP_TEXT_LIMITS, type Sop, type SopViewDto } from '@samen/shared';
import { readDocx, readPdf } from '../documents/read-documents.js';
import { as, makeFixture, PEOPLE, YEAR, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const url = (school = 'school-a', year = YEAR) => `/api/tab/schools/${school}/sop/${year}`;
const VISIE = 'Wij geven elk kind de ondersteuning die past, zo dicht mogelijk bij de eigen klas en samen met ouders. Één team, één aanpak: dát is onze belofte.';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const started = async (visie = VISIE) => {
  await request(f.app).post(`${url()}/start`).set(as(PEOPLE.ibA.id)).expect(200);
  return (await request(f.app).patch(url()).set(as(PEOPLE.ibA.id)).send({ visie, interneExpertise: ['nt2', 'leesspecialist'] }).expect(200)).body as Sop;
};

describe('tab API: SOP on one A4', () => {
  it('keeps the texts and the ticked options, in the order of the list', async () => {
    const sop = await started();
    expect(sop.visie).toBe(VISIE);
    expect(sop.interneExpertise).toEqual(['leesspecialist', 'nt2']);
    expect(sop.steps).toEqual([{ status: 'concept', date: '2026-11-25' }]);
  });

  it('refuses a text longer than fits on one A4, with a Dutch message', async () => {
    await started();
    const res = await request(f.app).patch(url()).set(as(PEOPLE.ibA.id)).send({ ambitie: 'x'.repeat(SOP_TEXT_LIMITS.ambitie + 1) });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/ongeldige/);
  });

  it('lets only the school’s editors write it', async () => {
    await request(f.app).post(`${url()}/start`).set(as(PEOPLE.teacherA.id)).expect(403);
    await request(f.app).post(`${url()}/start`).set(as(PEOPLE.ibB.id)).expect(403);
  });

  it('moves forward one step at a time, on a date not in the future, then the text is fixed', async () => {
    await started();
    const skip = await request(f.app).post(`${url()}/status`).set(as(PEOPLE.ibA.id)).send({ status: 'gepubliceerd', date: '2026-11-20' });
    expect([skip.status, skip.body.code]).toEqual([409, 'SOP.STEP']);
    const future = await request(f.app).post(`${url()}/status`).set(as(PEOPLE.ibA.id)).send({ status: 'besproken-mr', date: '2026-11-26' });
    expect([future.status, future.body.message]).toEqual([400, 'Deze datum ligt in de toekomst. Zet de stap pas als hij gebeurd is.']);
    const mr = (await request(f.app).post(`${url()}/status`).set(as(PEOPLE.ibA.id)).send({ status: 'besproken-mr', date: '2026-11-25' }).expect(200)).body as Sop;
    expect(mr.steps.at(-1)).toEqual({ status: 'besproken-mr', date: '2026-11-25' });
    const before = await request(f.app).post(`${url()}/status`).set(as(PEOPLE.ibA.id)).send({ status: 'geaccordeerd-bestuur', date: '2026-11-01' });
    expect(before.body.code).toBe('SOP.DATE_BEFORE');
    const locked = await request(f.app).patch(url()).set(as(PEOPLE.ibA.id)).send({ visie: 'Anders' });
    expect(locked.body.code).toBe('SOP.LOCKED');
  });

  it('shows the coördinator the status, the content only while the school shares it', async () => {
    await started();
    const hidden = (await request(f.app).get(url()).set(as(PEOPLE.coordinator.id)).expect(200)).body as SopViewDto;
    expect(hidden).toEqual({ kind: 'status', status: expect.objectContaining({ status: 'concept', sharedWithSwv: false }) });
    expect(JSON.stringify(hidden)).not.toContain('belofte');
    await request(f.app).get(`${url()}/sop.pdf`).set(as(PEOPLE.coordinator.id)).expect(403);
    await request(f.app).post(`${url()}/share`).set(as(PEOPLE.ibA.id)).send({ shared: true }).expect(200);
    expect(JSON.stringify((await request(f.app).get(url()).set(as(PEOPLE.coordinator.id))).body)).toContain('belofte');
    await request(f.app).post(`${url()}/share`).set(as(PEOPLE.ibA.id)).send({ shared: false }).expect(200);
    expect(JSON.stringify((await request(f.app).get(url()).set(as(PEOPLE.coordinator.id))).body)).not.toContain('belofte');
    const board = (await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id)).expect(200)).body;
    expect(board.schools.find((s: { id: string }) => s.id === 'school-a').sop).toEqual(expect.objectContaining({ status: 'concept' }));
    expect(JSON.stringify(board)).not.toContain('belofte');
  });

  it('renders a PDF of exactly one A4 page with the visie, and a .docx with the same text', async () => {
    await started();
    const pdfRes = await request(f.app).get(`${url()}/sop.pdf`).set(as(PEOPLE.ibA.id)).buffer(true).parse(binary).expect(200);
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(pdfRes.body as Buffer);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[595, 842]]);
    expect(pdf.text).toContain(VISIE);
    const docxRes = await request(f.app).get(`${url()}/sop.docx`).set(as(PEOPLE.ibA.id)).buffer(true).parse(binary).expect(200);
    const paragraphs = await readDocx(docxRes.body as Buffer);
    expect(paragraphs).toContain(VISIE);
    expect(paragraphs).toContain('Visie op ondersteuning');
  });

  it('keeps every text at its limit on one A4 page', async () => {
    await started();
    const long = (n: number) => 'Samen zorgen wij voor passend onderwijs dichtbij huis. '.repeat(40).slice(0, n);
    await request(f.app)
      .patch(url())
      .set(as(PEOPLE.ibA.id))
      .send({
        visie: long(SOP_TEXT_LIMITS.visie),
        ambitie: long(SOP_TEXT_LIMITS.ambitie),
        aanvullendeOndersteuning: long(SOP_TEXT_LIMITS.aanvullendeOndersteuning),
        interneExpertise: ['leesspecialist', 'rekenspecialist', 'taalspecialist', 'gedragsspecialist', 'hoogbegaafdheid', 'nt2', 'jonge-kind', 'motoriek', 'sociaal-emotioneel', 'executieve-functies', 'intern-begeleider', 'ondersteuningscoordinator'],
        externeDeskundigheid: ['jeugdverpleegkundige', 'jeugdarts', 'schoolmaatschappelijk-werk', 'orthopedagoog', 'psycholoog', 'logopedie', 'fysiotherapie', 'ambulant-begeleider', 'wijkteam', 'leerplicht'],
      })
      .expect(200);
    const res = await request(f.app).get(`${url()}/sop.pdf`).set(as(PEOPLE.ibA.id)).buffer(true).parse(binary).expect(200);
    expect((await readPdf(res.body as Buffer)).pages).toHaveLength(1);
  });

  it('refuses, in Dutch, a PDF whose text cannot fit on one page', async () => {
    await started('a\n'.repeat(SOP_TEXT_LIMITS.visie / 2));
    await request(f.app).patch(url()).set(as(PEOPLE.ibA.id)).send({ ambitie: 'b\n'.repeat(SOP_TEXT_LIMITS.ambitie / 2) }).expect(200);
    const res = await request(f.app).get(`${url()}/sop.pdf`).set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Het profiel past niet op één A4. Maak de teksten korter en probeer het opnieuw.');
  });
});
