import { describe, expect, it } from 'vitest';
import { exampleFramework } from './handreiking-example.js';
import {
  finishReflection,
  newReflection,
  REFLECTION_ANSWER_MAX,
  REFLECTION_QUESTIONS,
  reflectionProgress,
  reflectionStatusView,
  reopenReflection,
  updateAnswer,
} from './handreiking.js';
import { t } from '../i18n/index.js';

const LAST_YEAR = '2025-11-01T10:00:00+01:00';
const NOW = '2026-11-25T10:00:00+01:00';
const framework = { ...exampleFramework('2026-2027'), revision: 3 };
const answer = (w: string, h: string, a: string) => ({ waarStaanWij: w, houdenErinAnders: h, aanpak: a });

describe('exampleFramework', () => {
  it('offers 2 uitgangspunten before 10 bouwstenen, each explained, marked as an example', () => {
    const f = exampleFramework('2026-2027');
    expect(f.items.map((i) => i.kind)).toEqual([...Array(2).fill('uitgangspunt'), ...Array(10).fill('bouwsteen')]);
    expect(f.items.every((i) => i.title !== '' && i.explanation.length > 20)).toBe(true);
    expect(f).toMatchObject({ schoolYear: '2026-2027', isExample: true });
  });

  it('keeps the same item ids every year, so last year’s answers find their item', () => {
    expect(exampleFramework('2025-2026').items.map((i) => i.id)).toEqual(
      exampleFramework('2026-2027').items.map((i) => i.id),
    );
  });
});

describe('REFLECTION_QUESTIONS', () => {
  it.each([
    { q: 'waarStaanWij' as const, nl: 'Waar staan wij?' },
    { q: 'houdenErinAnders' as const, nl: 'Wat houden we erin, wat willen we anders?' },
    { q: 'aanpak' as const, nl: 'Hoe gaan we dat aanpakken?' },
  ])('asks $q in Dutch, worded exactly, and in English', ({ q, nl }) => {
    expect(REFLECTION_QUESTIONS).toContain(q);
    expect(t(`handreiking:questions.${q}`, 'nl')).toBe(nl);
    expect(t(`handreiking:questions.${q}`, 'en')).not.toBe(t(`handreiking:questions.${q}`, 'nl'));
  });
});

describe('newReflection', () => {
  it('starts empty, private and in concept, against the framework revision', () => {
    const r = newReflection('s1', framework, 'p1', NOW);
    expect(r).toMatchObject({
      schoolId: 's1',
      schoolYear: '2026-2027',
      frameworkRevision: 3,
      status: 'concept',
      grants: [],
      updatedBy: 'p1',
      version: '',
    });
    expect(Object.keys(r.answers)).toEqual(framework.items.map((i) => i.id));
    expect(reflectionProgress(framework, r)).toEqual({ answered: 0, total: 12 });
  });

  it("never fills this year's answers from last year's (question 2 never becomes question 1)", () => {
    const r = newReflection('s1', framework, 'p2', NOW);
    expect(r.answers['bouwsteen-6']).toEqual(answer('', '', ''));
    expect(Object.values(r.answers).every((a) => a.waarStaanWij === '' && a.houdenErinAnders === '' && a.aanpak === '')).toBe(true);
    expect(r.grants).toEqual([]);
  });
});

describe('reflectionProgress', () => {
  it.each([
    { name: 'counts an item with all three answers', a: answer('x', 'y', 'z'), answered: 1 },
    { name: 'does not count an item with a question open', a: answer('x', 'y', ''), answered: 0 },
    { name: 'does not count answers of only spaces', a: answer('x', ' ', 'z'), answered: 0 },
  ])('$name', ({ a, answered }) => {
    const r = newReflection('s1', framework, 'p1', NOW);
    expect(reflectionProgress(framework, { ...r, answers: { ...r.answers, 'bouwsteen-1': a } })).toEqual({
      answered,
      total: 12,
    });
  });

  it('counts nothing for a school that has not started', () => {
    expect(reflectionProgress(framework, null)).toEqual({ answered: 0, total: 12 });
  });
});

describe('reflection views', () => {
  it('gives the status of a school that has not started as niet-gestart', () => {
    expect(reflectionStatusView(null, 's9', '2026-2027')).toEqual({
      schoolId: 's9',
      schoolYear: '2026-2027',
      status: 'niet-gestart',
      sharedWithSwv: false,
      updatedAt: null,
    });
  });
});

describe('editing a reflection', () => {
  const r = newReflection('s1', framework, 'p1', LAST_YEAR);

  it('changes only the given answers and stamps who and when', () => {
    const result = updateAnswer(r, framework, 'bouwsteen-2', { aanpak: 'Ib-overleg elke 6 weken' }, 'p2', NOW);
    expect(result.ok && result.value.answers['bouwsteen-2']).toEqual(answer('', '', 'Ib-overleg elke 6 weken'));
    expect(result.ok && result.value).toMatchObject({ updatedBy: 'p2', updatedAt: NOW });
  });

  it.each([
    {
      name: 'a finished reflection',
      base: { ...r, status: 'afgerond' as const },
      itemId: 'bouwsteen-2',
      text: 'x',
      code: 'REFLECTION.FINISHED',
    },
    {
      name: 'an item not in the framework',
      base: r,
      itemId: 'bouwsteen-99',
      text: 'x',
      code: 'FRAMEWORK.ITEM_NOT_FOUND',
    },
    {
      name: 'an answer that is too long',
      base: r,
      itemId: 'bouwsteen-2',
      text: 'x'.repeat(REFLECTION_ANSWER_MAX + 1),
      code: 'REFLECTION.INVALID',
    },
  ])('refuses to change $name', ({ base, itemId, text, code }) => {
    const result = updateAnswer(base, framework, itemId, { waarStaanWij: text }, 'p2', NOW);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('finishes, refuses edits, and accepts them again after reopening', () => {
    const finished = finishReflection(r, 'p2', NOW);
    if (!finished.ok) throw new Error('finish failed');
    expect(finished.value.status).toBe('afgerond');
    expect(updateAnswer(finished.value, framework, 'bouwsteen-1', { aanpak: 'x' }, 'p2', NOW).ok).toBe(false);
    const reopened = reopenReflection(finished.value, 'p3', NOW);
    expect(reopened.ok && reopened.value).toMatchObject({ status: 'concept', updatedBy: 'p3' });
    expect(reopened.ok && updateAnswer(reopened.value, framework, 'bouwsteen-1', { aanpak: 'x' }, 'p2', NOW).ok).toBe(
      true,
    );
  });

  it.each([
    { name: 'finishing a finished reflection', act: () => finishReflection({ ...r, status: 'afgerond' }, 'p9', NOW) },
    { name: 'reopening a concept', act: () => reopenReflection(r, 'p9', NOW) },
  ])('$name changes nothing', ({ act }) => {
    const result = act();
    expect(result.ok && result.value.updatedBy).toBe('p1');
  });
});
