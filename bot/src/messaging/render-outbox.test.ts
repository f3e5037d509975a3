import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { aMeeting, aPerson, aSchool, NOW } from '../store/contract/fixtures.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { renderForPerson } from '../conversation/meeting-cards.js';
import { newRenderCache, renderOutboxItem } from './render-outbox.js';
import { TEST_INFRA } from '../deps.test-helper.js';

describe('invitation rendering in a broadcast', () => {
  let deps: Deps;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'render-outbox-'));
    const stores = await openSqliteStores({ dataDir: dir });
    await stores.schools.upsert(aSchool(1));
    await stores.meetings.upsert(aMeeting(1));
    for (const n of [2, 3, 4]) await stores.people.upsert(aPerson(n, { locale: n === 4 ? 'en' : 'nl' }));
    deps = { config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), stores, clock: () => NOW, newId: () => 'x', logger: pino({ level: 'silent' }), ...TEST_INFRA };
  });
  afterAll(async () => {
    await deps.stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const item = (personId: string) => ({
    key: `invitation:meeting-0001:${personId}`, kind: 'invitation' as const, personId, meetingId: 'meeting-0001', payload: {},
    status: 'sending' as const, attempts: 0, notBefore: NOW.toISOString(), failure: null, activityId: null, updatedAt: NOW.toISOString(),
  });

  it.each(['person-0002', 'person-0003', 'person-0004'])('gives %s exactly the card a fresh render gives, also when another was rendered first', async (personId) => {
    const cache = newRenderCache();
    await renderOutboxItem(deps, item('person-0002'), cache);
    const person = (await deps.stores.people.get(personId))!;
    const fresh = await renderForPerson(deps, { kind: 'invitation', meetingId: 'meeting-0001', payload: {} }, person);
    expect(await renderOutboxItem(deps, item(personId), cache)).toEqual(fresh);
  });

  it('draws the card once for lanes that ask for it together (a sender that just started), each with their own refresh', async () => {
    let meetingReads = 0;
    const counting: Deps = {
      ...deps,
      stores: new Proxy(deps.stores, {
        get: (target, prop, receiver) =>
          prop === 'meetings'
            ? { ...target.meetings, get: (id: string) => ((meetingReads += 1), target.meetings.get(id)) }
            : (Reflect.get(target, prop, receiver) as unknown),
      }),
    };
    const cache = newRenderCache();
    const lanes = ['person-0002', 'person-0003', 'person-0002', 'person-0003', 'person-0002', 'person-0003'];
    const cards = await Promise.all(lanes.map((id) => renderOutboxItem(counting, item(id), cache)));
    // one read per lane for the meeting's state, one for the single render (a render per lane read it twice per lane)
    expect(meetingReads).toBe(lanes.length + 1);
    for (const [i, id] of lanes.entries()) {
      const person = (await deps.stores.people.get(id))!;
      expect(cards[i]).toEqual(await renderForPerson(deps, { kind: 'invitation', meetingId: 'meeting-0001', payload: {} }, person));
    }
  });
});
