import { afterAll } from 'vitest';
import { runStoresContract } from '../../bot/src/store/contract/index.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from './fake-stores.js';

const fake = await startGraphFake();
// Graph as real SharePoint is reported to behave: a duplicate answered 500 SPDuplicateValuesFoundException
// or 400, PATCH answers without @odata.etag (listitem-update's example). Null in a create is refused by both.
const spException = await startGraphFake({ duplicate: 500, omitPatchEtag: true });
const badRequest = await startGraphFake({ duplicate: 400 });
afterAll(() => Promise.all([fake.close(), spException.close(), badRequest.close()]));

runStoresContract('sharepoint (Graph fake)', () => fakeStores(fake));
runStoresContract('sharepoint (Graph fake: duplicates 500, PATCH answers without ETag)', () => fakeStores(spException));
runStoresContract('sharepoint (Graph fake: duplicates 400)', () => fakeStores(badRequest));
