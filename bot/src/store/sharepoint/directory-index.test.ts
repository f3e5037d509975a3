import { describe, expect, it } from 'vitest';
import type { Person } from '@samen/shared';
import { DirectoryIndex } from './directory-index.js';

const person = (id: string, schoolIds: string[]): Person => ({ id, aadObjectId: `aad-${id}`, name: id, email: `${id}@x.example`, schoolIds, roles: [], locale: 'nl', version: '1' });

describe('the SharePoint directory index', () => {
  const setup = (people: Person[]) => {
    let now = 0;
    let reads = 0;
    let release: (() => void) | null = null;
    const gate = { hold: false };
    const index = new DirectoryIndex(
      async () => {
        reads += 1;
        if (gate.hold) await new Promise<void>((r) => (release = r));
        return [...people];
      },
      { ttlMs: 60_000, max: 100, now: () => now },
    );
    return { index, reads: () => reads, advance: (ms: number) => void (now += ms), gate, release: () => release?.() };
  };

  it('answers many questions from one read, and reads again after a minute', async () => {
    const s = setup([person('b', ['s1']), person('a', ['s1', 's2'])]);
    await Promise.all([s.index.atSchools(['s1']), s.index.byIds(['a']), s.index.atSchools(['s2'])]);
    expect(s.reads()).toBe(1);
    expect((await s.index.atSchools(['s1'])).map((p) => p.id)).toEqual(['a', 'b']);
    s.advance(60_001);
    await s.index.byIds(['a']);
    expect(s.reads()).toBe(2);
  });

  it('shows a save at once, and never keeps a read that began before it', async () => {
    const s = setup([person('a', ['s1'])]);
    await s.index.byIds(['a']);
    s.index.put(person('a', ['s2']));
    expect(await s.index.atSchools(['s1'])).toEqual([]);
    expect((await s.index.atSchools(['s2'])).map((p) => p.id)).toEqual(['a']);
    s.advance(60_001);
    s.gate.hold = true;
    const pending = s.index.byIds(['a']);
    await new Promise((r) => setImmediate(r));
    s.index.put(person('c', ['s1']));
    s.release();
    await pending;
    s.gate.hold = false;
    await s.index.byIds(['a']);
    expect(s.reads()).toBe(3);
  });
});
