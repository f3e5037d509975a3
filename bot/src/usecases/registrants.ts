/**
 * Registrations of people outside the organisation (Forms import): the registrant is kept once per
 * meeting and address (a later submission updates name, role and sector), the answer goes through
 * the same `decideRsvp` rule as a card click (capacity, waitlist, deadline, application mode), and
 * a changed registration is confirmed by e-mail through the outbox (kind 'registration'; the
 * worker mails `ext-` recipients, messaging/mail-outbox.ts).
 */
import {
  decideRsvpOn,
  fail,
  ok,
  REGISTRANT_ID_PREFIX,
  sliceScope,
  type ExternalRegistrant,
  type Id,
  type Meeting,
  type RegistrantDetails,
  type Result,
  type RsvpSource,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import type { RsvpOutcome } from './rsvp.js';
import { queuePromotions } from './rsvp.js';

const sameDetails = (r: ExternalRegistrant, d: RegistrantDetails): boolean =>
  r.name === d.name && r.email === d.email && r.role === d.role && r.sector === d.sector;

/** The meeting's registrant for this address, created or brought up to date; one retry after a lost race. */
export const saveRegistrant = async (deps: Deps, meetingId: Id, details: RegistrantDetails): Promise<Result<ExternalRegistrant>> => {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await deps.stores.registrants.findByEmail(meetingId, details.email);
    if (existing && sameDetails(existing, details)) return ok(existing);
    const saved = existing
      ? await deps.stores.registrants.upsert({ ...existing, ...details, expectedVersion: existing.version })
      : await deps.stores.registrants.upsert({
          id: `${REGISTRANT_ID_PREFIX}${deps.newId()}`,
          meetingId,
          ...details,
          createdAt: deps.clock().toISOString(),
          expectedVersion: '',
        });
    if (saved.ok || saved.error.code !== 'STORE.CONFLICT') return saved;
  }
  return fail('STORE.CONFLICT');
};

/** Registers someone outside the organisation for a session, by the same rule as everyone else. */
export const registerExternal = async (
  deps: Deps,
  meeting: Meeting,
  details: RegistrantDetails,
  sessionId: Id,
  source: RsvpSource = 'forms',
): Promise<Result<RsvpOutcome & { readonly registrant: ExternalRegistrant }>> => {
  const registrant = await saveRegistrant(deps, meeting.id, details);
  if (!registrant.ok) return registrant;
  const now = deps.clock();
  // The session's sectors hold for outsiders too, when they named theirs (unknown = not checked, as for staff).
  const sector = registrant.value.sector;
  const request = { meetingId: meeting.id, sessionId, personId: registrant.value.id, response: 'attend' as const, source, ...(sector ? { personSectors: [sector] } : {}) };
  const decided = await deps.stores.rsvps.transactFor(meeting.id, sliceScope(meeting, registrant.value.id), (slice) =>
    decideRsvpOn(meeting, slice, request, now, deps.newId),
  );
  if (!decided.ok) return decided;
  await queuePromotions(deps, meeting, decided.value.promoted, now);
  if (!decided.value.unchanged) {
    await deps.stores.outbox.enqueue([
      {
        key: `registration:${meeting.id}:${sessionId}:${registrant.value.id}:${now.toISOString()}`,
        kind: 'registration',
        personId: registrant.value.id,
        meetingId: meeting.id,
        payload: { sessionId },
        notBefore: now.toISOString(),
      },
    ]);
  }
  return ok({ meeting, unchanged: decided.value.unchanged, promoted: decided.value.promoted, slice: decided.value.after, registrant: registrant.value });
};
