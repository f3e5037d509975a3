import { describe, expect, it } from 'vitest';
import { ReferenceMemo } from './reference-memo.js';

const ref = (activityId: string, serviceUrl = 'https://smba.trafficmanager.net/emea/') => ({
  activityId,
  serviceUrl,
  channelId: 'msteams',
  conversation: { id: 'a:1', isGroup: false, conversationType: 'personal', name: '' },
  user: { id: '29:1', name: 'Sanne' },
});

describe('remembering saved conversation references', () => {
  it('saves the first time, then not again for the next message in the same chat', () => {
    const memo = new ReferenceMemo();
    const first = memo.toSave('a:1', 'person-2', ref('m1'), 0);
    expect(first).not.toBeNull();
    memo.remember('a:1', first as string, 0);
    expect(memo.toSave('a:1', 'person-2', ref('m2'), 60_000)).toBeNull();
  });

  it.each([
    ['a new service URL', ref('m2', 'https://smba.trafficmanager.net/amer/'), 'person-2', 60_000],
    ['another person in the chat', ref('m2'), 'person-3', 60_000],
    ['six hours later', ref('m2'), 'person-2', 6 * 60 * 60 * 1000],
  ])('saves again after %s', (_name, next, personId, at) => {
    const memo = new ReferenceMemo();
    memo.remember('a:1', memo.toSave('a:1', 'person-2', ref('m1'), 0) as string, 0);
    expect(memo.toSave('a:1', personId, next, at)).not.toBeNull();
  });
});
