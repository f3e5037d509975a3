import { describe, expect, it } from 'vitest';
import type { NiveauLevel } from './niveaus.js';
import { advanceSop, newSop, shareSop, sopSuggestions, updateSopContent, type Sop } from './sop.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const level = (over: Partial<NiveauLevel>): NiveauLevel => ({
  level: 1, title: 'Basis', whatHappens: [], responsible: 'Leerkracht', parentCycle: '', programmes: [], pupilCount: null, ...over,
});
const withVisie = (s: Sop): Sop => ({ ...s, visie: 'Elk kind hoort erbij.' });

describe('SOP on one A4', () => {
  it('ticks what the niveau-overzicht already names, nothing else', () => {
    const niveau = { levels: [level({ programmes: ['Leesinterventie groep 3'] }), level({ level: 3, responsible: 'Orthopedagoog van het SWV', whatHappens: ['Overleg met de logopedist'] })] };
    expect(sopSuggestions(niveau)).toEqual({ interneExpertise: ['leesspecialist'], externeDeskundigheid: ['orthopedagoog', 'logopedie'] });
    expect(newSop('s', '2026-2027', null, 'p', NOW)).toMatchObject({ interneExpertise: [], externeDeskundigheid: [], status: 'concept', steps: [{ status: 'concept', date: '2026-11-25' }], sharedWithSwv: false });
  });

  it('moves forward one step at a time, never to a future date or before the previous step', () => {
    const s = withVisie(newSop('s', '2026-2027', null, 'p', NOW));
    expect(advanceSop(s, 'geaccordeerd-bestuur', '2026-11-25', 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.STEP' } });
    expect(advanceSop(s, 'besproken-mr', '2026-11-26', 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.DATE_FUTURE' } });
    expect(advanceSop(s, 'besproken-mr', '2026-11-24', 'p', NOW)).toMatchObject({ ok: false, error: { code: 'SOP.DATE_BEFORE' } });
    expect(advanceSop(s, 'besproken-mr', '2026-02-30', 'p', NOW)).toMatchObject({ ok: false, error: { code: 'SOP.DATE' } });
    const mr = advanceSop(s, 'besproken-mr', '2026-11-25', 'p', NOW);
    expect(mr.ok && mr.value.steps.map((x) => x.status)).toEqual(['concept', 'besproken-mr']);
    expect(mr.ok && advanceSop(mr.value, 'concept', '2026-11-25', 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.STEP' } });
  });

  it('does not move an empty profile, and fixes the text once the MR discussed it', () => {
    const empty = newSop('s', '2026-2027', null, 'p', NOW);
    expect(advanceSop(empty, 'besproken-mr', '2026-11-25', 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.EMPTY' } });
    const mr = advanceSop(withVisie(empty), 'besproken-mr', '2026-11-25', 'p', NOW);
    expect(mr.ok && updateSopContent(mr.value, { visie: 'Anders' }, 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.LOCKED' } });
    expect(mr.ok && shareSop(mr.value, true, 'p', NOW).sharedWithSwv).toBe(true);
  });

  it('refuses a text over its limit and keeps ticked options in the list order', () => {
    const s = newSop('s', '2026-2027', null, 'p', NOW);
    expect(updateSopContent(s, { visie: 'x'.repeat(701) }, 'p', NOW)).toEqual({ ok: false, error: { code: 'SOP.TOO_LONG', params: { field: 'visie', max: 700 } } });
    const r = updateSopContent(s, { interneExpertise: ['nt2', 'leesspecialist'] }, 'p', NOW);
    expect(r.ok && r.value.interneExpertise).toEqual(['leesspecialist', 'nt2']);
  });
});
