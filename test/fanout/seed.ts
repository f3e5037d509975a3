/** A broadcast ready to go: one meeting, N people (most with a 1:1 conversation reference), N queued invitations. */
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { aMeeting, aPerson, aSchool, NOW } from '../../bot/src/store/contract/fixtures.js';

export const TENANT = 'tenant-swv';
export const aadOf = (n: number): string => `aad-${String(n).padStart(6, '0')}`;
export const personOf = (n: number): string => `person-${String(n).padStart(6, '0')}`;
export const MEETING = 'meeting-0001';

export interface SeedOptions {
  readonly dataDir: string;
  readonly recipients: number;
  readonly serviceUrl: string;
  /** Every k-th person has no conversation reference yet (reached through createConversation); 0 = none. */
  readonly unmetEvery?: number;
  /** false: people and conversations only (the test enqueues elsewhere, e.g. on Azure). */
  readonly enqueue?: boolean;
}

export const seedBroadcast = async (o: SeedOptions): Promise<void> => {
  const stores = await openSqliteStores({ dataDir: o.dataDir });
  await stores.schools.upsert(aSchool(1));
  await stores.meetings.upsert(aMeeting(1, { audience: { roles: ['ib'], sectors: [], schoolIds: [] }, reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] } }));
  const items = [];
  for (let n = 1; n <= o.recipients; n += 1) {
    const id = personOf(n);
    await stores.people.upsert(aPerson(1, { id, aadObjectId: aadOf(n), name: `Medewerker ${n}`, email: `m${n}@school.example`, schoolIds: ['school-0001'], roles: ['ib'] }));
    if (!(o.unmetEvery && n % o.unmetEvery === 0)) {
      const conversationId = `a:${aadOf(n)}`;
      await stores.conversations.save({
        personId: id,
        scope: 'personal',
        conversationId,
        reference: {
          channelId: 'msteams',
          serviceUrl: o.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
          user: { id: `29:${aadOf(n)}`, aadObjectId: aadOf(n) },
          bot: { id: '28:bot', name: 'Samen Verder' },
        },
        updatedAt: NOW.toISOString(),
      });
    }
    items.push({ key: `invitation:${MEETING}:${id}`, kind: 'invitation' as const, personId: id, meetingId: MEETING, payload: {}, notBefore: NOW.toISOString() });
  }
  if (o.enqueue !== false) await stores.outbox.enqueue(items);
  await stores.close();
};
