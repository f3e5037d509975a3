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

    it('reads people by id in id order, leaving out ids nobody has', async () => {
      for (const n of [3, 1, 2]) await stores().people.upsert(aPerson(n));
      const found = await stores().people.byIds(['person-0003', 'person-9999', 'person-0001', 'person-0003']);
      expect(found.map((p) => p.id)).toEqual(['person-0001', 'person-0003']);
      expect(found[0]).toEqual(await stores().people.get('person-0001'));
      expect(await stores().people.byIds([])).toEqual([]);
    });

    it('finds the people of a school, and follows a move to another school', async () => {
      await stores().people.upsert(aPerson(1, { schoolIds: ['school-a'] }));
      await stores().people.upsert(aPerson(2, { schoolIds: ['school-a', 'school-b'] }));
      const moving = value(await stores().people.upsert(aPerson(3, { schoolIds: ['school-b'] })));
      expect((await stores().people.atSchools(['school-a'])).map((p) => p.id)).toEqual(['person-0001', 'person-0002']);
      expect((await stores().people.atSchools(['school-a', 'school-b'])).map((p) => p.id)).toEqual(['person-0001', 'person-0002', 'person-0003']);
      const { version, ...rest } = moving;
      value(await stores().people.upsert({ ...rest, schoolIds: ['school-a'], expectedVersion: version }));
      expect((await stores().people.atSchools(['school-b'])).map((p) => p.id)).toEqual(['person-0002']);
      const atA = await stores().people.atSchools(['school-a']);
      expect(atA.map((p) => p.id)).toEqual(['person-0001', 'person-0002', 'person-0003']);
      expect(atA[2]?.schoolIds).toEqual(['school-a']);
      expect(await stores().people.atSchools(['school-none'])).toEqual([]);
      expect(await stores().people.atSchools([])).toEqual([]);
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
