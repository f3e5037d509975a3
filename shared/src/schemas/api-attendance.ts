/** Tab API bodies and DTOs of attendance and the programme (the organiser's workspace). */
import { z } from 'zod';
import { idInput as id } from './ids.js';
import { MAX_PROGRAMME_LENGTH } from './card-actions-programme.js';


/** PUT /meetings/:id/sessions/:sessionId/attendance: everyone present; every other booked person is absent. */
export const AttendanceBodySchema = z.strictObject({ present: z.array(id).max(1000) });
export type AttendanceBody = z.infer<typeof AttendanceBodySchema>;

/** POST /meetings/:id/programme: the edited text and the day (yyyy-MM-dd) it goes out at 09:00. */
export const ProgrammeBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(MAX_PROGRAMME_LENGTH),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type ProgrammeBody = z.infer<typeof ProgrammeBodySchema>;

export interface AttendanceSessionDto {
  readonly id: string;
  readonly name: string | null;
  readonly startsAt: string;
  /** Attendance can be taken once the session has started. */
  readonly started: boolean;
  /** "aanwezig n van m"; null until taken. */
  readonly count: { readonly present: number; readonly of: number } | null;
  /** The booked people; `attended` null = not taken yet. */
  readonly people: readonly { readonly personId: string; readonly name: string; readonly attended: boolean | null }[];
}

export interface AttendanceDto {
  readonly meetingId: string;
  readonly title: string;
  readonly sessions: readonly AttendanceSessionDto[];
}

export interface ProgrammeDraftDto {
  readonly meetingId: string;
  readonly text: string;
  readonly day: string;
  readonly firstDay: string;
  readonly lastDay: string;
  /** A programme scheduled earlier that has not gone out yet: scheduling again sends a second one (DELETE cancels it). */
  readonly alreadyScheduled: { readonly notBefore: string; readonly recipients: number } | null;
}
