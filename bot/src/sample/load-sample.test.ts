import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { myBroadcasts } from '../usecases/broadcasts-view.js';
import { loadSampleData } from './load-sample.js';
import { SAMPLE_PEOPLE } from './schools.js';
import { TEST_INFRA } from '../deps.test-helper.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');

const sampleDeps = async (): Promise<Deps> => {
  let n = 0;
  return {
    config: loadConfig({ LOG_LEVEL: 'silent', TAB_DIST_DIR: './does-not-exist' }),
    stores: await openSqliteStores({ memory: true, clock: () => NOW }),
    clock: () => NOW,
    newId: () => `id-${++n}`,
    logger: pino({ level: "silent" }),
    ...TEST_INFRA,
  };
};

const person = (name: string) => ({ ...SAMPLE_PEOPLE.find((p) => p.name === name)!, version: '' });

describe('the sample partnership', () => {
  it('shows the coördinator an announcement and a survey in progress, and staff what waits for them', async () => {
    const deps = await sampleDeps();
    expect(await loadSampleData(deps)).toBe(true);

    const coordinator = await myBroadcasts(deps, person('Ingrid Verhoef'));
    const progress = coordinator.ok ? coordinator.value.progress : null;
    const announcement = progress?.announcements[0];
    expect(announcement?.title).toBe('Nieuwe handreiking basisondersteuning');
    expect(announcement?.done).toBe(3);
    expect(announcement?.total).toBeGreaterThan(announcement?.done ?? 0);
    const survey = progress?.surveys[0];
    expect(survey).toMatchObject({ perSchool: true, done: 2 });

    const sanne = await myBroadcasts(deps, person('Sanne de Wit'));
    expect(sanne.ok && sanne.value.mine.announcements.map((a) => a.title)).toEqual(['Nieuwe handreiking basisondersteuning']);
    expect(sanne.ok && sanne.value.mine.surveys.map((s) => s.title)).toEqual(['Peiling: leesaanbod op niveau 2 en 3']);
    // Sent before: nothing of it waits in the outbox to be sent now.
    const outbox = [...(await deps.stores.outbox.forSubject('announcement-handreiking')), ...(await deps.stores.outbox.forSubject('survey-leesaanbod'))];
    expect(outbox).toEqual([]);
    await deps.stores.close();
  });

  it('loads once: a second start leaves the store as it is', async () => {
    const deps = await sampleDeps();
    await loadSampleData(deps);
    expect(await loadSampleData(deps)).toBe(false);
    expect((await deps.stores.announcements.list()).items).toHaveLength(1);
    await deps.stores.close();
  });
});
