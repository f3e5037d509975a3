import { afterAll } from 'vitest';
import { runStoresContract } from '../../bot/src/store/contract/index.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from './fake-stores.js';

const fake = await startGraphFake();
afterAll(() => fake.close());

runStoresContract('sharepoint (Graph fake)', () => fakeStores(fake));
