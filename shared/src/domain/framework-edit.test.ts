import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, renameItem } from './framework-edit.js';
import { exampleFramework } from './handreiking-example.js';
import type { Framework } from './handreiking-types.js';
import type { Result } from './result.js';
import { sequentialIds } from './test-fixtures.js';

const example = exampleFramework('2026-2027');
const small: Framework = {
  ...example,
  items: [
    { id: 'u1', kind: 'uitgangspunt', title: 'U1', explanation: '' },
    { id: 'u2', kind: 'uitgangspunt', title: 'U2', explanation: '' },
    { id: 'b1', kind: 'bouwsteen', title: 'B1', explanation: '' },
    { id: 'b2', kind: 'bouwsteen', title: 'B2', explanation: '' },
  ],
};
const ids = (r: Result<Framework>) => (r.ok ? r.value.items.map((i) => i.id) : r.error.code);

describe('framework edits', () => {
  it.each([
    {
      name: 'adds a bouwsteen at the end',
      r: () => addItem(small, 'bouwsteen', 'Nieuw', '', sequentialIds('x')),
      order: ['u1', 'u2', 'b1', 'b2', 'x-1'],
    },
    {
      name: 'adds an uitgangspunt after the other uitgangspunten',
      r: () => addItem(small, 'uitgangspunt', 'Nieuw', '', sequentialIds('x')),
      order: ['u1', 'u2', 'x-1', 'b1', 'b2'],
    },
    { name: 'moves a bouwsteen up', r: () => moveItem(small, 'b2', 'up'), order: ['u1', 'u2', 'b2', 'b1'] },
    { name: 'moves an uitgangspunt down', r: () => moveItem(small, 'u1', 'down'), order: ['u2', 'u1', 'b1', 'b2'] },
    {
      name: 'does not move a bouwsteen above the uitgangspunten',
      r: () => moveItem(small, 'b1', 'up'),
      order: ['u1', 'u2', 'b1', 'b2'],
    },
    {
      name: 'does not move the last item further down',
      r: () => moveItem(small, 'b2', 'down'),
      order: ['u1', 'u2', 'b1', 'b2'],
    },
    { name: 'removes an item', r: () => removeItem(small, 'b1'), order: ['u1', 'u2', 'b2'] },
    { name: 'refuses to remove an unknown item', r: () => removeItem(small, 'zz'), order: 'FRAMEWORK.ITEM_NOT_FOUND' },
    {
      name: 'refuses to move an unknown item',
      r: () => moveItem(small, 'zz', 'up'),
      order: 'FRAMEWORK.ITEM_NOT_FOUND',
    },
    {
      name: 'refuses an empty title',
      r: () => addItem(small, 'bouwsteen', '  ', '', sequentialIds()),
      order: 'FRAMEWORK.INVALID',
    },
    {
      name: 'refuses a title of 201 characters',
      r: () => renameItem(small, 'b1', 'x'.repeat(201), ''),
      order: 'FRAMEWORK.INVALID',
    },
  ])('$name', ({ r, order }) => {
    expect(ids(r())).toEqual(order);
  });

  it('renames an item under the same id, so its answers stay with it', () => {
    const r = renameItem(small, 'b1', '  Lezen en dyslexie ', 'Vroeg signaleren');
    expect(r.ok && r.value.items[2]).toEqual({
      id: 'b1',
      kind: 'bouwsteen',
      title: 'Lezen en dyslexie',
      explanation: 'Vroeg signaleren',
    });
  });

  it('makes an edited example the partnership’s own and raises the revision', () => {
    const r = removeItem({ ...example, revision: 4 }, 'bouwsteen-10');
    expect(r.ok && r.value).toMatchObject({ isExample: false, revision: 5 });
  });

  it('counts a move that changes nothing as no edit', () => {
    expect(moveItem(small, 'b2', 'down')).toEqual({ ok: true, value: small });
  });
});
