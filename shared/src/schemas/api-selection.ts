/** 'aanvraag' mode in the tab: the organiser's selection (GET) and its confirmation (POST). */
import { z } from 'zod';
import { idInput as id } from './ids.js';
import type { Id } from '../domain/ids.js';
import type { Role } from '../domain/people.js';

const MAX_APPLICANTS = 2_000;

/** POST /api/tab/meetings/:id/selection/confirm. Sessions left out: every application there is not selected. */
export const SelectionConfirmBodySchema = z
  .object({
    sessions: z
      .array(
        z
          .object({
            sessionId: id,
            selected: z.array(id).max(MAX_APPLICANTS),
            /** In order: the first gets the first free place. */
            reserve: z.array(id).max(MAX_APPLICANTS),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type SelectionConfirmBody = z.infer<typeof SelectionConfirmBodySchema>;

export interface ApplicantDto {
  readonly personId: Id;
  /** Display name; null when the person is not in the directory (the tab shows "Aanvraag n"). */
  readonly name: string | null;
  /** Answer to the meeting's first choice question. */
  readonly group: string | null;
  readonly role: Role | null;
  readonly appliedAt: string;
}

export interface SelectionSessionDto {
  readonly sessionId: Id;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly name: string | null;
  readonly capacity: number | null;
  /** When applicants of this session hear the outcome (ISO, 09:00 Amsterdam). */
  readonly outcomeAt: string;
  readonly proposed: readonly ApplicantDto[];
  readonly reserve: readonly ApplicantDto[];
  readonly ineligible: readonly ApplicantDto[];
  /** After confirmation: how it ended. */
  readonly confirmed: { readonly booked: number; readonly waitlisted: number; readonly notSelected: number } | null;
}

export interface SelectionDto {
  readonly meetingId: Id;
  readonly title: string;
  readonly registrationDeadline: string | null;
  readonly confirmedAt: string | null;
  /** The question whose answers the proposal balances over; null = roles only. */
  readonly groupQuestion: string | null;
  readonly sessions: readonly SelectionSessionDto[];
}

export interface SelectionConfirmDto {
  readonly queued: number;
  readonly alreadyConfirmed: boolean;
  readonly selection: SelectionDto;
}
