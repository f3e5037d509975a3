import { describe, expect, it } from 'vitest';
import { classifySendError, SendTimeout } from './send-errors.js';

const channelError = (statusCode: number, code?: string, retryAfter?: string) => ({
  statusCode,
  ...(code ? { code } : {}),
  response: { headers: retryAfter ? { 'retry-after': retryAfter } : {} },
});

describe('what a failed proactive send is, as a code', () => {
  it.each([
    [channelError(403, 'ConversationBlockedByUser'), { kind: 'permanent', failure: 'blocked' }],
    [channelError(403, 'Forbidden'), { kind: 'permanent', failure: 'not-installed' }],
    [channelError(404, 'NotFound'), { kind: 'permanent', failure: 'gone' }],
    [channelError(400, 'BadArgument'), { kind: 'permanent', failure: 'rejected' }],
    [channelError(429, undefined, '3'), { kind: 'retry', failure: 'throttled', retryAfterMs: 3_000 }],
    [channelError(502), { kind: 'retry', failure: 'server-error', uncertain: true }],
    [new SendTimeout(15_000), { kind: 'retry', failure: 'timeout', uncertain: true }],
    [new Error('socket hang up'), { kind: 'retry', failure: 'network', uncertain: true }],
  ])('%o → %o', (error, expected) => {
    expect(classifySendError(error)).toMatchObject(expected);
  });

  it('keeps the channel words for the log only, never as the code', () => {
    const outcome = classifySendError(channelError(403, 'ConversationBlockedByUser'));
    expect(outcome).toEqual({ kind: 'permanent', failure: 'blocked', detail: 'HTTP 403 ConversationBlockedByUser' });
  });
});
