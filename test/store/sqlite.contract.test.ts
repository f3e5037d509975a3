import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoresContract } from '../../bot/src/store/contract/index.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';

runStoresContract('sqlite (memory)', () => openSqliteStores({ memory: true }));

const root = mkdtempSync(join(tmpdir(), 'samen-store-'));
let n = 0;
runStoresContract('sqlite (file)', () => openSqliteStores({ dataDir: join(root, `db-${++n}`) }));
afterAll(() => rmSync(root, { recursive: true, force: true }));
