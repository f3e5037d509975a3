/**
 * Renders Adaptive Cards with Microsoft's `adaptivecards` JS renderer and the Teams host config, in a
 * jsdom document, as Teams' web client would. Returns the HTML text and any parse/render errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const SCHEMAS = path.resolve(import.meta.dirname, '../schemas/adaptive-cards');

type AC = typeof import('adaptivecards');
let ac: AC | undefined;

const load = async (): Promise<AC> => {
  if (ac) return ac;
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  const win = dom.window as unknown as Record<string, unknown>;
  const names = Object.getOwnPropertyNames(win).filter((k) => /^(HTML|SVG|Node|Element|Event|Document|Text|DOM|CSS|Mutation)/.test(k));
  for (const key of ['window', 'document', 'navigator', 'getComputedStyle', ...names]) {
    if (g[key] === undefined) g[key] = win[key];
  }
  // jsdom has no layout and so no innerText; the renderer writes text through it.
  const proto = (win.HTMLElement as { prototype: object }).prototype;
  if (!Object.getOwnPropertyDescriptor(proto, 'innerText')) {
    Object.defineProperty(proto, 'innerText', {
      get(this: { textContent: string | null }) {
        return this.textContent ?? '';
      },
      set(this: { textContent: string | null }, value: string) {
        this.textContent = value;
      },
    });
  }
  ac = await import('adaptivecards');
  return ac;
};

export interface Rendered {
  readonly text: string;
  readonly errors: string[];
}

export const renderCard = async (card: unknown, theme: 'light' | 'dark' = 'light'): Promise<Rendered> => {
  const AdaptiveCards = await load();
  const hostConfig = JSON.parse(readFileSync(path.join(SCHEMAS, `hostconfig-teams-${theme}.json`), 'utf8')) as object;
  const adaptive = new AdaptiveCards.AdaptiveCard();
  adaptive.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  const E = AdaptiveCards.ValidationEvent;
  const serious = new Set([E.UnknownElementType, E.UnknownActionType, E.InvalidPropertyValue, E.MissingCardType, E.PropertyCantBeNull, E.DuplicateId, E.UnsupportedCardVersion, E.CollectionCantBeEmpty, E.ElementTypeNotAllowed, E.ActionTypeNotAllowed]);
  const errors: string[] = [];
  const context = new AdaptiveCards.SerializationContext();
  // The renderer checks `lang` with a /g regex whose lastIndex survives between calls, so every
  // second card would be refused; reset it so each card is judged on its own.
  const langRegEx = AdaptiveCards.CardElement.langProperty.regEx;
  if (langRegEx) langRegEx.lastIndex = 0;
  adaptive.parse(card as object, context);
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    if (serious.has(event.event)) errors.push(`parse: ${event.message}`);
  }
  for (const event of adaptive.validateProperties().validationEvents) {
    if (serious.has(event.event)) errors.push(`validate: ${event.message}`);
  }
  const element = adaptive.render();
  if (!element) errors.push('render returned nothing');
  return { text: element?.textContent ?? '', errors };
};
