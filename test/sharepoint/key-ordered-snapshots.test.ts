/** One whole-list read serves the later pages of a walk for a short while, never a first page. */
import { describe, expect, it } from 'vitest';
import { KeyOrderedSnapshots, SNAPSHOT_MS } from '../../bot/src/store/sharepoint/key-ordered-snapshots.js';

describe('KeyOrderedSnapshots', () => {
  it('reads afresh for a first page, reuses the read for later pages, and reads again once it is old', async () => {
    let now = 1_000;
    let reads = 0;
    const snapshots = new KeyOrderedSnapshots<number>(() => now);
    const load = async () => [++reads];
    expect(await snapshots.read(true, load)).toEqual([1]);
    now += SNAPSHOT_MS - 1;
    expect(await snapshots.read(false, load)).toEqual([1]);
    expect(await snapshots.read(true, load)).toEqual([2]);
    now += SNAPSHOT_MS;
    expect(await snapshots.read(false, load)).toEqual([3]);
  });

  it('reads when a later page comes without any earlier read (another instance began the walk)', async () => {
    const snapshots = new KeyOrderedSnapshots<string>(() => 0);
    expect(await snapshots.read(false, async () => ['a'])).toEqual(['a']);
  });
});
