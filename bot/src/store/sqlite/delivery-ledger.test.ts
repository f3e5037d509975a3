import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteLedger } from './delivery-ledger.js';

describe('SqliteLedger.purge (retention)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('deletes entries written before the cut-off, begun or confirmed, and keeps newer ones', async () => {
    const ledger = new SqliteLedger(dir);
    await ledger.begin('a');
    await ledger.confirm('b', 'activity-b');
    expect(await ledger.purge(new Date(Date.now() - 60_000))).toBe(0);
    expect(await ledger.get('a')).not.toBeNull();
    expect(await ledger.purge(new Date(Date.now() + 60_000))).toBe(2);
    expect(await ledger.get('a')).toBeNull();
    expect(await ledger.get('b')).toBeNull();
    await ledger.close();
  });
});
