import { z } from 'zod';
import { ROLES, SECTORS, type Acknowledgement, type Announcement, type AnnouncementRecipient, type Audience } from '@samen/shared';
import { fromJson, text, toJson } from './json.js';
import type { Row, TableSpec } from './record-table.js';
import { versionString } from './version.js';

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
export const announcementTable: TableSpec<Announcement> = {
  table: 'announcements',
  keys: ['id'],
  columns: ['status', 'organiser_id', 'created_at', 'data'],
  toRow: (a) => ({
    id: a.id,
    status: a.status,
    organiser_id: a.organiserId,
    created_at: a.createdAt,
    data: toJson({
      title: a.title,
      text: a.text,
      documentUrl: a.documentUrl,
      ackLabel: a.ackLabel,
      deadline: a.deadline,
      audience: a.audience,
      reminderDaysBeforeDeadline: a.reminderDaysBeforeDeadline,
    }),
  }),
  toDomain: (r) => {
    const data = fromJson(r.data);
    return AnnouncementRecord.parse({
      ...(typeof data === 'object' ? data : {}),
      id: r.id,
      status: r.status,
      organiserId: r.organiser_id,
      createdAt: r.created_at,
      version: versionString(Number(r.version)),
    });
  },
};

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
