/**
 * One clean-up by the retention rules (shared/src/domain/retention.ts, config RETENTION_*):
 * 1. meetings that ended before the registrant cut-off: their external registrants' RSVPs get a
 *    pseudonym (counts stay), then the registrants (name, e-mail) are deleted;
 * 2. meetings, announcements and surveys from before the pseudonymisation cut-off: every person id
 *    in their RSVPs, recipients, acknowledgements and named answers becomes a pseudonym;
 * 3. finished outbox items and ledger entries older than the delivery cut-off are deleted.
 * Idempotent: pseudonyms are recognisable and stable, deletes of what is gone delete nothing. Only
 * what crossed a cut-off since the last completed clean-up is looked at (everything the first time),
 * so a crash part-way means the next run does the same window again. Logs counts only.
 */
import {
  isBefore,
  isPseudonym,
  meetingEndedAt,
  nextRetentionRun,
  noRetentionCounts,
  ok,
  retentionCutoffs,
  type Announcement,
  type Id,
  type RetentionRun,
  type Survey,
} from '@samen/shared';
import type { Deps } from '../../deps.js';
import { allPages } from '../../store/all-pages.js';
import type { DeliveryLedger } from '../../store/delivery-ledger.js';
import { pseudonymiser, type Pseudonymiser } from './pseudonym.js';

/** Before `cutoff`, and not before the cut-off the last clean-up already applied. */
const crossed = (moment: string, cutoff: string, previous: string | null): boolean =>
  isBefore(moment, cutoff) && (previous === null || !isBefore(moment, previous));

/** An announcement or survey is over at its deadline, or when it was made when it has none. */
const broadcastMoment = (b: Pick<Announcement | Survey, 'createdAt' | 'deadline'>): string =>
  b.deadline !== null && Date.parse(b.deadline) > Date.parse(b.createdAt) ? b.deadline : b.createdAt;

/** Every RSVP of the meeting (or of these people) under a pseudonym, in one transaction; how many changed. */
const pseudonymiseRsvps = async (deps: Deps, pseudonym: Pseudonymiser, meetingId: Id, only: ReadonlySet<Id> | null): Promise<number> => {
  const done = await deps.stores.rsvps.transact(meetingId, (current) =>
    ok({
      writes: current
        .filter((r) => !isPseudonym(r.personId) && (only === null || only.has(r.personId)))
        .map((r) => ({ ...r, personId: pseudonym(meetingId, r.personId) })),
    }),
  );
  if (!done.ok) throw new Error(`retention: RSVPs of ${meetingId} not pseudonymised (${done.error.code})`);
  return done.value.writes.length;
};

export const runRetention = async (deps: Deps, ledger: DeliveryLedger | null): Promise<RetentionRun> => {
  const now = deps.clock();
  const { stores } = deps;
  const cutoffs = retentionCutoffs(now, deps.config.retention);
  const since = (await stores.retention.lastRun())?.cutoffs ?? null;
  const pseudonym = pseudonymiser(deps.secrets.surveyMarker);
  const counts = noRetentionCounts();

  for (const meeting of await allPages((p) => stores.meetings.list(p))) {
    const ended = meetingEndedAt(meeting);
    if (crossed(ended, cutoffs.registrantsEndedBefore, since?.registrantsEndedBefore ?? null)) {
      const registrants = await stores.registrants.forMeeting(meeting.id);
      if (registrants.length > 0) {
        counts.rsvpsPseudonymised += await pseudonymiseRsvps(deps, pseudonym, meeting.id, new Set(registrants.map((r) => r.id)));
        counts.registrantsDeleted += await stores.registrants.removeForMeeting(meeting.id);
      }
    }
    if (crossed(ended, cutoffs.pseudonymiseBefore, since?.pseudonymiseBefore ?? null)) {
      counts.rsvpsPseudonymised += await pseudonymiseRsvps(deps, pseudonym, meeting.id, null);
    }
  }

  for (const announcement of await allPages((p) => stores.announcements.list(p))) {
    if (!crossed(broadcastMoment(announcement), cutoffs.pseudonymiseBefore, since?.pseudonymiseBefore ?? null)) continue;
    const [recipients, acks] = await Promise.all([stores.announcements.recipients(announcement.id), stores.announcements.acknowledgements(announcement.id)]);
    const named = [...recipients.flatMap((r) => [r.personId, r.forwardedBy]), ...acks.map((a) => a.personId)].filter(
      (id): id is Id => id !== null && !isPseudonym(id),
    );
    if (named.length === 0) continue;
    const changed = await stores.announcements.pseudonymise(announcement.id, new Map(named.map((id) => [id, pseudonym(announcement.id, id)])));
    counts.recipientsPseudonymised += changed.recipients;
    counts.acknowledgementsPseudonymised += changed.acknowledgements;
  }

  for (const survey of await allPages((p) => stores.surveys.list(p))) {
    if (!crossed(broadcastMoment(survey), cutoffs.pseudonymiseBefore, since?.pseudonymiseBefore ?? null)) continue;
    for (const { version, ...response } of await stores.surveys.responses(survey.id)) {
      if (response.personId === null || isPseudonym(response.personId)) continue;
      const saved = await stores.surveys.saveResponse(
        { response: { ...response, personId: pseudonym(survey.id, response.personId) }, expectedVersion: version, markAnswered: false },
        null,
      );
      if (!saved.ok) throw new Error(`retention: an answer to ${survey.id} not pseudonymised (${saved.error.code})`);
      counts.surveyAnswersPseudonymised += 1;
    }
  }

  const deliveryBefore = new Date(cutoffs.deliveryBefore);
  counts.outboxDeleted = await stores.outbox.purgeFinished(deliveryBefore);
  counts.ledgerDeleted = ledger ? await ledger.purge(deliveryBefore) : 0;

  const run: RetentionRun = { ranAt: now.toISOString(), nextRunAt: nextRetentionRun(now, deps.config.retention.runHour), cutoffs, counts };
  await stores.retention.saveRun(run);
  deps.logger.info({ retention: counts, nextRunAt: run.nextRunAt }, 'retention clean-up');
  return run;
};
