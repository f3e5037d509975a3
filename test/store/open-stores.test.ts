import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { openStores } from '../../bot/src/store/index.js';
import { aSchool, value } from '../../bot/src/store/contract/fixtures.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('openStores', () => {
  it('opens the embedded store in the configured data folder, and keeps what it stores', async () => {
    const root = mkdtempSync(join(tmpdir(), 'samen-open-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    const config = loadConfig({ DATA_DIR: dataDir });
    const stores = await openStores(config);
    const school = value(await stores.schools.upsert(aSchool(1)));
    await stores.close();
    const reopened = await openStores(config);
    expect(await reopened.schools.get(school.id)).toEqual(school);
    await reopened.close();
  });

  it('refuses STORE=sharepoint without the site id, saying in Dutch what is missing', () => {
    expect(() => loadConfig({ STORE: 'sharepoint' })).toThrow('SHAREPOINT_SITE_ID ontbreekt');
  });
});
