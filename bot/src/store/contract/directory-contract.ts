/** Schools, people, meetings and conversation references. */
import { describe, expect, it } from 'vitest';
import type { Meeting, Person, School } from '@samen/shared';
import type { ConversationRef } from '../ports.js';
import { aMeeting, aPerson, aSchool, aSession, value, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';
import { runVersionedContract } from './versioned-contract.js';

const editSchool = ({ version: _v, ...s }: School, n: number) => ({
  ...s,
  name: `Hernoemd ${n}`,
  region: 'zuid' as const,
});
const editPerson = ({ version: _v, ...p }: Person, n: number) => ({
  ...p,
  roles: ['schoolleider' as const],
  locale: 'en' as const,
  name: `P ${n}`,
});
const editMeeting = ({ version: _v, ...m }: Meeting, n: number) => ({
  ...m,
  title: `Gewijzigd ${n}`,
  sessions: [aSession(3, { capacity: n })],
  status: 'geannuleerd' as const,
});

export const runDirectoryContract = (make: MakeStores): void => {
  runVersionedContract(
    { name: 'SchoolStore', port: (s) => s.schools, make: (n) => aSchool(n), edit: editSchool },
    make,
  );
  runVersionedContract({ name: 'PersonStore', port: (s) => s.people, make: (n) => aPerson(n), edit: editPerson }, make);
  runVersionedContract(
    { name: 'MeetingStore', port: (s) => s.meetings, make: (n) => aMeeting(n), edit: editMeeting },
    make,
  );

  describe('PersonStore', () => {
    const stores = useStores(make);

    it('finds a person by their Entra object id', async () => {
      const created = value(await stores().people.upsert(aPerson(7)));
      expect(await stores().people.getByAadObjectId('aad-0007')).toEqual(created);
      expect(await stores().people.getByAadObjectId('aad-unknown')).toBeNull();
    });

    it('refuses a second person with the same Entra object id', async () => {
      await stores().people.upsert(aPerson(1));
      const twin = await stores().people.upsert(aPerson(2, { aadObjectId: 'aad-0001' }));
      expect(twin).toEqual({ ok: false, error: { code: 'STORE.CONFLICT' } });
      expect(await stores().people.get('person-0002')).toBeNull();
    });
  });

  describe('ConversationStore', () => {
    const stores = useStores(make);
    const ref = (over: Partial<ConversationRef>): ConversationRef => ({
      personId: 'person-0001',
      scope: 'personal',
      conversationId: 'a:1',
      reference: { conversation: { id: 'a:1' }, serviceUrl: 'https://smba.example/emea/' },
      updatedAt: '2026-11-25T09:00:00.000Z',
      ...over,
    });

    it('keeps a conversation reference and replaces it when Teams sends a newer one', async () => {
      await stores().conversations.save(ref({}));
      await stores().conversations.save(ref({ reference: { fresh: true }, updatedAt: '2026-11-25T10:00:00.000Z' }));
      expect(await stores().conversations.get('a:1')).toEqual(
        ref({ reference: { fresh: true }, updatedAt: '2026-11-25T10:00:00.000Z' }),
      );
      expect(await stores().conversations.get('unknown')).toBeNull();
    });

    it("finds a person's personal chat rather than a channel they were seen in later", async () => {
      await stores().conversations.save(ref({}));
      await stores().conversations.save(
        ref({ conversationId: '19:chan', scope: 'channel', updatedAt: '2026-11-25T11:00:00.000Z' }),
      );
      expect((await stores().conversations.forPerson('person-0001'))?.conversationId).toBe('a:1');
      expect(await stores().conversations.forPerson('person-0404')).toBeNull();
    });
  });
};
