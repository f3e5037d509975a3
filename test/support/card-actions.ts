/** Finds the buttons a card defines, so a test clicks exactly what a person would click. */
export interface ExecuteButton {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

export const executeButtons = (card: unknown): ExecuteButton[] => {
  const out: ExecuteButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute' && typeof n.verb === 'string') {
      out.push({ title: String(n.title ?? ''), verb: n.verb, data: (n.data ?? {}) as Record<string, unknown> });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'fallback' && typeof value === 'object') walk(value);
  };
  walk(card);
  return out;
};

/** The first button with this verb (and title, when given); throws with what the card offers instead. */
export const button = (card: unknown, verb: string, title?: string): ExecuteButton => {
  const all = executeButtons(card);
  const found = all.find((b) => b.verb === verb && (title === undefined || b.title === title));
  if (!found) throw new Error(`no ${verb} button; the card has: ${all.map((b) => `${b.verb} "${b.title}"`).join(', ')}`);
  return found;
};
