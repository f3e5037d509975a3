/** Card data of the organiser's selection card (merged into `cardActionSchema` in card-actions.ts). */
import { z } from 'zod';
import { csvIds } from './card-inputs.js';
import { idInput as id } from './ids.js';
import { MAX_SELECTION_SESSIONS, reserveInputId, selectedInputId } from '../cards/selection-card.js';
import type { SelectionChoice } from '../domain/selection.js';

const ids = csvIds();

const sessionInputs = Object.fromEntries(
  Array.from({ length: MAX_SELECTION_SESSIONS }, (_, i) => [
    [selectedInputId(i), ids],
    [reserveInputId(i), ids],
  ]).flat(),
) as Record<string, typeof ids>;

export const selectionActionSchemas = [
  z.object({ verb: z.literal('selection.confirm'), meetingId: id, ...sessionInputs }).strict(),
] as const;

/** The choice per session from the card's inputs, by the meeting's session order. */
export const choicesFromCard = (sessionIds: readonly string[], data: Readonly<Record<string, unknown>>): SelectionChoice[] =>
  sessionIds.slice(0, MAX_SELECTION_SESSIONS).map((sessionId, i) => ({
    sessionId,
    selected: (data[selectedInputId(i)] as readonly string[] | undefined) ?? [],
    reserve: (data[reserveInputId(i)] as readonly string[] | undefined) ?? [],
  }));
