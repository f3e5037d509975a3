import type { Framework, FrameworkItem, FrameworkItemKind } from './handreiking-types.js';
import type { Id, IdGenerator } from './ids.js';
import { fail, ok, type Result } from './result.js';

export const FRAMEWORK_LIMITS = { title: 200, explanation: 2000 } as const;

const checkTexts = (title: string, explanation: string): Result<{ title: string; explanation: string }> => {
  const t = title.trim();
  const e = explanation.trim();
  if (t === '' || t.length > FRAMEWORK_LIMITS.title || e.length > FRAMEWORK_LIMITS.explanation)
    return fail('FRAMEWORK.INVALID');
  return ok({ title: t, explanation: e });
};

/** Every edit makes the framework the partnership's own and raises its revision. */
const edited = (framework: Framework, items: readonly FrameworkItem[]): Framework => ({
  ...framework,
  items,
  isExample: false,
  revision: framework.revision + 1,
});

const indexOf = (framework: Framework, itemId: Id): Result<number> => {
  const index = framework.items.findIndex((i) => i.id === itemId);
  return index < 0 ? fail('FRAMEWORK.ITEM_NOT_FOUND') : ok(index);
};

/** Adds an item at the end of its kind: uitgangspunten stay before bouwstenen. */
export const addItem = (
  framework: Framework,
  kind: FrameworkItemKind,
  title: string,
  explanation: string,
  newId: IdGenerator,
): Result<Framework> => {
  const texts = checkTexts(title, explanation);
  if (!texts.ok) return texts;
  const item: FrameworkItem = { id: newId(), kind, ...texts.value };
  const lastOfKind = framework.items.map((i) => i.kind).lastIndexOf(kind);
  const at = lastOfKind >= 0 ? lastOfKind + 1 : kind === 'uitgangspunt' ? 0 : framework.items.length;
  return ok(edited(framework, [...framework.items.slice(0, at), item, ...framework.items.slice(at)]));
};

/** New title and explanation; the id stays, so the answers given to the item stay with it. */
export const renameItem = (framework: Framework, itemId: Id, title: string, explanation: string): Result<Framework> => {
  const index = indexOf(framework, itemId);
  if (!index.ok) return index;
  const texts = checkTexts(title, explanation);
  if (!texts.ok) return texts;
  return ok(
    edited(
      framework,
      framework.items.map((i) => (i.id === itemId ? { ...i, ...texts.value } : i)),
    ),
  );
};

/** Swaps an item with its neighbour of the same kind; at the edge nothing changes. */
export const moveItem = (framework: Framework, itemId: Id, direction: 'up' | 'down'): Result<Framework> => {
  const index = indexOf(framework, itemId);
  if (!index.ok) return index;
  const items = [...framework.items];
  const item = items[index.value]!;
  const other = direction === 'up' ? index.value - 1 : index.value + 1;
  const neighbour = items[other];
  if (!neighbour || neighbour.kind !== item.kind) return ok(framework);
  items[other] = item;
  items[index.value] = neighbour;
  return ok(edited(framework, items));
};

/** Removes an item; answers to it stay in stored reflections but no longer count or show. */
export const removeItem = (framework: Framework, itemId: Id): Result<Framework> => {
  const index = indexOf(framework, itemId);
  if (!index.ok) return index;
  return ok(
    edited(
      framework,
      framework.items.filter((i) => i.id !== itemId),
    ),
  );
};
