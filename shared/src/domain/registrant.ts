/**
 * Someone outside the tenant (a parent, a pupil, a teacher from elsewhere) who registered for a
 * meeting through Microsoft Forms. Not a `Person`: no Entra id, no Teams chat; they hear back by
 * e-mail. Kept per meeting, only what the meeting needs (AVG): name, address, role, sector.
 * Their RSVPs carry the registrant id (`ext-…`) as `personId`.
 */
import type { Id } from './ids.js';
import type { Sector } from './people.js';

export const REGISTRANT_ROLES = ['ouder', 'leerling', 'leraar', 'begeleider', 'anders'] as const;
export type RegistrantRole = (typeof REGISTRANT_ROLES)[number];

/** Every registrant id starts with this: the outbox worker mails these instead of sending to Teams. */
export const REGISTRANT_ID_PREFIX = 'ext-';

export const isRegistrantId = (id: Id): boolean => id.startsWith(REGISTRANT_ID_PREFIX);

export interface ExternalRegistrant {
  readonly id: Id;
  readonly meetingId: Id;
  readonly name: string;
  /** As given, trimmed; matched case-insensitively (`registrantEmailKey`). */
  readonly email: string;
  readonly role: RegistrantRole;
  readonly sector: Sector | null;
  readonly createdAt: string;
  readonly version: string;
}

/** What a registration form tells about someone outside the organisation: only what the meeting needs. */
export type RegistrantDetails = Pick<ExternalRegistrant, 'name' | 'email' | 'role' | 'sector'>;

/** One registrant per meeting and address: the address trimmed and lowercased. */
export const registrantEmailKey = (email: string): string => email.trim().toLowerCase();

/** The form's role answer ("Ouder", "leerkracht", "Begeleider passend onderwijs") as a role; unknown → 'anders'. */
export const registrantRoleOf = (answer: string): RegistrantRole => {
  const a = answer.trim().toLowerCase();
  if (a.startsWith('ouder') || a.includes('verzorger')) return 'ouder';
  if (a.startsWith('leerling') || a.startsWith('student')) return 'leerling';
  if (a.startsWith('leraar') || a.startsWith('leerkracht') || a.startsWith('docent')) return 'leraar';
  if (a.includes('begeleid') || a.includes('coach')) return 'begeleider';
  return 'anders';
};

/**
 * The form's sector answer as a sector: the code itself ("VO", "vso") or the words ("voortgezet
 * speciaal onderwijs", "Speciaal basisonderwijs"); anything else, or several, → null.
 */
export const registrantSectorOf = (answer: string): Sector | null => {
  const a = answer.trim().toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ');
  const code = a.toUpperCase();
  if (code === 'PO' || code === 'SBO' || code === 'SO' || code === 'VO' || code === 'VSO') return code;
  if (a.includes('voortgezet speciaal')) return 'VSO';
  if (a.includes('speciaal basis')) return 'SBO';
  if (a === 'speciaal onderwijs') return 'SO';
  if (a === 'voortgezet onderwijs') return 'VO';
  if (a === 'primair onderwijs' || a === 'basisonderwijs') return 'PO';
  return null;
};
