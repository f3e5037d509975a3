/**
 * Translation keys are checked by the compiler: the `@ts-expect-error` lines below must stay errors, or
 * `npm run typecheck` fails ("unused @ts-expect-error"). At run time every key the types allow exists in
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { isMessageKey, t, type KeysUnder, type MessageKey } from './index.js';

describe('typed translation keys', () => {
  it('refuses a mistyped key, a missing namespace and a half path at compile time', () => {
    // @ts-expect-error -- "invitaton" is a typo
    const typo: MessageKey = 'cards:invitaton.session';
    // @ts-expect-error -- no such namespace
    const namespace: MessageKey = 'kaarten:invitation.session';
    // @ts-expect-error -- a branch, not a message
    const branch: MessageKey = 'cards:invitation';
    // @ts-expect-error -- plural forms are asked for by their base key or exactly
    const plural: MessageKey = 'bot:messageQueued_many';
    expect([typo, namespace, branch, plural].every((k) => !isMessageKey(k))).toBe(true);
  });

  it('accepts a plural message by its base key, with the count', () => {
    const key: MessageKey = 'bot:messageQueued';
    expect(t(key, 'nl', { count: 3 })).toContain('3');
  });

  it('types the keys under a prefix for helpers', () => {
    const label: KeysUnder<'cards', 'invitation'> = 'session';
    // @ts-expect-error -- not under cards:invitation
    const wrong: KeysUnder<'cards', 'invitation'> = 'profile';
    expect(t(`cards:invitation.${label}`, 'nl', { n: 1 })).not.toContain('cards:');
    expect(wrong).toBe('profile');
  });
});
