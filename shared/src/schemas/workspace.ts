/**
 * The organiser's workspace in the tab (create / edit a meeting on a page, also opened from chat as a
 * Teams dialog). The envelope is strict; the meeting inside is checked by `MeetingInputSchema`, so the
 * page and the chat form share one set of rules and field messages.
 */
import { z } from 'zod';
import type { Meeting } from '../domain/meeting.js';
import type { Region, Sector } from '../domain/people.js';

/** POST /meetings: a new draft. */
export const CreateMeetingBodySchema = z.strictObject({ meeting: z.unknown() });

/** PUT /meetings/:id: the version the page read (optimistic concurrency) and the whole meeting. */
export const UpdateMeetingBodySchema = z.strictObject({ version: z.string().min(1), meeting: z.unknown() });

/** Task/fetch data of the "open in a dialog" button: a new meeting, or one to edit. */
export const WorkspaceTaskDataSchema = z.object({
  workspace: z.literal('meeting'),
  meetingId: z.string().min(1).max(200).optional(),
});
export type WorkspaceTaskData = z.infer<typeof WorkspaceTaskDataSchema>;

/** What the workspace hands Teams when it closes its dialog after "Versturen" (task/submit data). */
export const WorkspaceDialogResultSchema = z.strictObject({
  workspace: z.literal('meeting-sent'),
  meetingId: z.string().min(1).max(200),
});
export type WorkspaceDialogResult = z.infer<typeof WorkspaceDialogResultSchema>;

export interface WorkspaceSchoolDto {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  readonly region: Region;
}

/** GET /workspace (new meeting) and GET /workspace/meetings/:id (edit): what the page needs. */
export interface WorkspaceDto {
  readonly schools: readonly WorkspaceSchoolDto[];
  /** The server's clock (ISO): the preview judges deadlines by it, not by the browser's. */
  readonly now: string;
  /** Absent for a new meeting. */
  readonly meeting?: Meeting;
}

/** The answer to a save: the meeting as stored (with its new version). */
export interface SavedMeetingDto {
  readonly meeting: Meeting;
  /** A change to a sent meeting: how many registered people were told. */
  readonly informed: number;
}

/** A 400 on a save: the per-field Dutch messages, keyed by field path ("sessions.0.endsAt"). */
export interface MeetingFieldErrorsDto {
  readonly code: 'MEETING.INVALID';
  readonly message: string;
  readonly fieldErrors: Readonly<Record<string, string>>;
}

export interface SendMeetingDto {
  readonly queued: number;
  readonly audience: number;
}
