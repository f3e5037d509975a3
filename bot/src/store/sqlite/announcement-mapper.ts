import { z } from 'zod';
import { ROLES, SECTORS, type Acknowledgement, type Announcement, type AnnouncementRecipient, type Audience } from '@samen/shared';
import { text } from './json.js';
import type { Row, TableSpec } from './record-table.js';
import { documentTable } from './document-table.js';

export const AudienceRecord: z.ZodType<Audience> = z.object({
  roles: z.array(z.enum(ROLES)),
  sectors: z.array(z.enum(SECTORS)),
  schoolIds: z.array(z.string()),
});

const AnnouncementRecord: z.ZodType<Announcement> = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  documentUrl: z.string().nullable(),
  ackLabel: z.string().nullable(),
  deadline: z.string().nullable(),
  audience: AudienceRecord,
  reminderDaysBeforeDeadline: z.array(z.number().int()),
  organiserId: z.string().min(1),
  status: z.enum(['concept', 'verstuurd']),
  createdAt: z.string().min(1),
  version: z.string().min(1),
});

/** Filter columns are real columns; the rest is one JSON column (like meetings). */
export const announcementTable: TableSpec<Announcement> = documentTable<Announcement>('announcements', (raw) => AnnouncementRecord.parse(raw) as Announcement);

export const recipientToRow = (r: AnnouncementRecipient): Row => ({
  announcement_id: r.announcementId,
  person_id: r.personId,
  forwarded_by: r.forwardedBy,
  added_at: r.addedAt,
});

export const recipientToDomain = (r: Row): AnnouncementRecipient =>
  z
    .object({ announcementId: z.string(), personId: z.string(), forwardedBy: z.string().nullable(), addedAt: z.string() })
    .parse({ announcementId: r.announcement_id, personId: r.person_id, forwardedBy: text(r.forwarded_by), addedAt: r.added_at });

export const ackToDomain = (r: Row): Acknowledgement =>
  z.object({ announcementId: z.string(), personId: z.string(), at: z.string() }).parse({ announcementId: r.announcement_id, personId: r.person_id, at: r.at });
