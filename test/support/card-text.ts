import type { SentActivity } from './bot-harness.js';

/** Everything a person can read in a reply: its text and the texts, facts and button titles of its cards. */
export const readable = (activities: readonly SentActivity[]): string => {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) if (typeof n[key] === 'string') out.push(n[key] as string);
    for (const value of Object.values(n)) if (typeof value === 'object') walk(value);
  };
  for (const a of activities) {
    if (a.text) out.push(a.text);
    walk(a.attachments?.map((x) => x.content));
  }
  return out.join('\n');
};

/** The Adaptive Cards in replies. */
export const cardsOf = (activities: readonly SentActivity[]): Record<string, unknown>[] =>
  activities.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x) => x.content as Record<string, unknown>));
