import { afterAll } from 'vitest';
import { LISTS } from '../../infra/sharepoint/lists.js';
import { runReflectionOldDataContract, runStoresContract } from '../../bot/src/store/contract/index.js';
import { GraphRequests } from '../../bot/src/store/sharepoint/graph-requests.js';
import { ListClient } from '../../bot/src/store/sharepoint/list-client.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, fakeStores, noSleep, provisionedSite } from './fake-stores.js';

const fake = await startGraphFake();
// Graph as real SharePoint is reported to behave: a duplicate answered 500 SPDuplicateValuesFoundException
// or 400, PATCH answers without @odata.etag (listitem-update's example). Null in a create is refused by both.
const spException = await startGraphFake({ duplicate: 500, omitPatchEtag: true });
const badRequest = await startGraphFake({ duplicate: 400 });
afterAll(() => Promise.all([fake.close(), spException.close(), badRequest.close()]));

runStoresContract('sharepoint (Graph fake)', () => fakeStores(fake));
runStoresContract('sharepoint (Graph fake: duplicates 500, PATCH answers without ETag)', () => fakeStores(spException));
runStoresContract('sharepoint (Graph fake: duplicates 400)', () => fakeStores(badRequest));

/**
 * Items written before grants: on the school's list (`SharedWithSwv`, no `Grants`) and the status
 * item with the old shared copy (a reflection with `sharedWithSwv`) on the partnership's site.
 */
runReflectionOldDataContract('sharepoint (Graph fake)', async (old) => {
  const siteId = await provisionedSite(fake);
  const graph = new GraphRequests(fakeClient(fake), { sleep: noSleep });
  const list = (key: 'reflections' | 'reflectionStatus') => new ListClient(graph, siteId, LISTS[key].name);
  for (const r of old) {
    const key = `${r.schoolId}|${r.schoolYear}`;
    const common = { Title: key, SchoolId: r.schoolId, SchoolYear: r.schoolYear, Status: r.status, SharedWithSwv: r.sharedWithSwv, UpdatedAt: r.updatedAt };
    await list('reflections').create({ ...common, ReflectionKey: key, FrameworkRevision: r.frameworkRevision, UpdatedBy: r.updatedBy, Answers: JSON.stringify(r.answers) });
    await list('reflectionStatus').create({ ...common, StatusKey: key, SharedReflection: r.sharedWithSwv ? JSON.stringify({ ...r, version: '1|"old"' }) : '' });
  }
  return fakeStores(fake, { siteId });
});
