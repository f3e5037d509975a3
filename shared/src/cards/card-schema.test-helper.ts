/** Test-only: validates card JSON against the official Adaptive Cards 1.5 schema (draft-06). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import type { CardAction, CardElement, SubCard } from './types.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../../test/schemas/adaptive-cards/adaptive-card.v1.5.schema.json', import.meta.url));

const compile = () => {
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // The published file names its id with the draft-04 keyword; ajv 8 wants `$id`.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
};

let validate: ReturnType<typeof compile> | undefined;

/** The schema's complaints about a card, empty when it is a valid 1.5 card. */
export const cardSchemaErrors = (card: unknown): string[] => {
  validate ??= compile();
  if (validate(card)) return [];
  return (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

type Node = CardElement | CardAction | SubCard | { readonly body?: unknown; readonly actions?: unknown };

/** Every action on a card, however deeply nested (ActionSets, containers, ShowCards). */
export const allActions = (node: Node): CardAction[] => {
  const out: CardAction[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o as unknown as CardAction);
    for (const key of ['body', 'items', 'actions', 'card', 'columns']) visit(o[key]);
  };
  visit(node);
  return out;
};

/** Every text a person reads on the card (TextBlocks, facts, choice titles, button titles). */
export const allText = (node: unknown): string => {
  const parts: string[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label']) if (typeof o[key] === 'string') parts.push(o[key] as string);
    for (const key of ['body', 'items', 'actions', 'card', 'columns', 'facts', 'choices']) visit(o[key]);
  };
  visit(node);
  return parts.join('\n');
};

/** Top-level Execute buttons (the ones a desktop user sees first), by verb. */
export const executeVerbs = (actions: readonly CardAction[]): string[] =>
  actions.filter((a) => a.type === 'Action.Execute').map((a) => (a as { verb: string }).verb);
