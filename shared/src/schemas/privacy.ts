/** Tab API bodies and DTOs of the AVG requests: a person's data (art. 15/20) and erasure (art. 17). */
import { z } from 'zod';
import { idInput as id } from './ids.js';
import { noErasureCounts, PERSON_RECORD_KIND_NAMES, type ErasureCounts, type ErasureLogEntry, type PrivacySubject } from '../domain/privacy.js';


/** Whose data: a staff member by person id, or an external registrant by the address they registered with. */
export const PrivacySubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('staff'), personId: id }),
  z.strictObject({ kind: z.literal('registrant'), email: z.string().trim().toLowerCase().email().max(254) }),
]) satisfies z.ZodType<PrivacySubject>;

/** POST /privacy/export (coördinator) and POST /privacy/erase: the subject and, for erasure, the confirmation. */
export const PrivacyExportBodySchema = z.strictObject({ subject: PrivacySubjectSchema });
export type PrivacyExportBody = z.infer<typeof PrivacyExportBodySchema>;

export const PrivacyEraseBodySchema = z.strictObject({ subject: PrivacySubjectSchema, confirm: z.literal(true) });
export type PrivacyEraseBody = z.infer<typeof PrivacyEraseBodySchema>;

/** `?format=` of an export: the JSON itself or the Dutch (or English) HTML summary. */
export const PrivacyFormatSchema = z.enum(['json', 'html']).default('json');

/** A stored erasure log entry; counts of kinds added later read as 0. */
export const ErasureLogEntrySchema = z
  .strictObject({
    id,
    erasedAt: z.string().min(1),
    byPersonId: id,
    subjectKind: z.enum(['staff', 'registrant']),
    pseudonym: id,
    counts: z.record(z.string(), z.number().int().min(0)),
  })
  .transform((e): ErasureLogEntry => ({
    ...e,
    counts: { ...noErasureCounts(), ...Object.fromEntries(Object.entries(e.counts).filter(([k]) => (PERSON_RECORD_KIND_NAMES as string[]).includes(k))) },
  }));

/** One person the coördinator can choose: a staff member or an external registrant (by address, over meetings). */
export interface PrivacyPersonDto {
  readonly subject: PrivacySubject;
  readonly name: string;
  readonly email: string;
  /** Meetings an external registrant registered for (1 for staff: not used). */
  readonly registrations: number;
}

export interface PrivacyPeopleDto {
  readonly staff: readonly PrivacyPersonDto[];
  readonly registrants: readonly PrivacyPersonDto[];
  readonly erasures: readonly ErasureLogEntry[];
}

/** Everything the app holds about one person, readable (AVG art. 15) and machine-readable (art. 20). */
export interface PersonDataExport {
  readonly generatedAt: string;
  readonly subject: PrivacySubject;
  readonly profile: {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly roles: readonly string[];
    readonly schools: readonly { readonly id: string; readonly name: string }[];
    readonly locale: string;
  } | null;
  readonly registrations: readonly {
    readonly registrantId: string;
    readonly meetingId: string;
    readonly meetingTitle: string;
    readonly name: string;
    readonly email: string;
    readonly role: string;
    readonly sector: string | null;
    readonly createdAt: string;
  }[];
  readonly chats: readonly { readonly scope: string; readonly updatedAt: string }[];
  readonly rsvps: readonly {
    readonly meetingId: string;
    readonly meetingTitle: string;
    readonly sessionId: string;
    readonly sessionStartsAt: string | null;
    readonly status: string;
    readonly statusSince: string;
    readonly source: string;
    readonly answers: Readonly<Record<string, string>>;
    readonly attended: boolean | null;
  }[];
  readonly announcements: readonly {
    readonly announcementId: string;
    readonly title: string;
    /** Received it (recipient) or passed it on to a colleague (forwarder). */
    readonly as: 'recipient' | 'forwarder';
    readonly addedAt: string;
    readonly acknowledgedAt: string | null;
  }[];
  readonly surveyAnswers: readonly {
    readonly surveyId: string;
    readonly title: string;
    readonly submittedAt: string;
    readonly answers: Readonly<Record<string, unknown>>;
  }[];
  /** Anonymous surveys they answered: only that they did (the answer cannot be traced back). */
  readonly anonymousSurveys: readonly { readonly surveyId: string; readonly title: string }[];
  readonly messages: readonly {
    readonly kind: string;
    readonly subjectId: string;
    readonly status: string;
    readonly notBefore: string;
    readonly updatedAt: string;
  }[];
  /** Meetings, announcements and surveys they organised, are the contact of, or have a sector exception for. */
  readonly organised: readonly { readonly kind: 'meeting' | 'announcement' | 'survey'; readonly id: string; readonly title: string; readonly role: 'organiser' | 'contact' | 'sectorException' }[];
  readonly documentEdits: readonly { readonly record: string; readonly owner: string; readonly which: string; readonly updatedAt: string }[];
  readonly formAnswers: readonly { readonly formId: string; readonly responseId: number; readonly submittedAt: string; readonly name: string; readonly email: string; readonly answers: readonly string[] }[];
}

export interface ErasureResultDto {
  /** False when nothing of the person was left (erased before): nothing changed, nothing logged. */
  readonly erased: boolean;
  readonly counts: ErasureCounts;
  readonly logEntryId: string | null;
}
