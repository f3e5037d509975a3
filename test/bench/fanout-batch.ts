/** Teams' batch API (sendMessageToListOfUsers) against the stand-in, which delivers at `rps`: what the app does. */
import pino from 'pino';
import { loadConfig } from '../../bot/src/config.js';
import { createAdapter } from '../../bot/src/teams/adapter.js';
import { sendToListOfUsers } from '../../bot/src/teams/batch-sender.js';
import { startStandin } from '../connector-standin/standin.js';
import { aadOf, TENANT } from '../fanout/seed.js';

export const measureBatch = async (recipients: number, rps: number) => {
  const standin = await startStandin({ perConversation: [{ limit: 7, ms: 1_000 }], perApp: [{ limit: rps, ms: 1_000 }], batchRps: rps, blocked: [aadOf(7)] });
  const adapter = createAdapter(loadConfig({ LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  const ids = Array.from({ length: recipients }, (_, i) => aadOf(i + 1));
  const started = Date.now();
  const outcome = await sendToListOfUsers(
    adapter, '',
    { channelId: 'msteams', serviceUrl: standin.url, conversation: { id: `a:${aadOf(1)}`, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: '28:bot', name: 'bot' }, user: { id: aadOf(1), name: '' } },
    { type: 'message', text: 'Uitnodiging' }, TENANT, ids, 250,
  );
  const elapsed = (Date.now() - started) / 1000;
  const stats = standin.stats();
  await standin.close();
  const counts = ids.map((id) => stats.perRecipient[id] ?? 0);
  // What the app controls: how many requests it made per recipient, whom it lost, when it was done.
  // No ratio: the stand-in paces batch delivery itself, so its rate says nothing about the app.
  return {
    recipients,
    allowed_rps: rps,
    requests_per_recipient: Math.round((outcome.requests / recipients) * 10_000) / 10_000,
    duplicates: counts.filter((c) => c > 1).length,
    lost: counts.filter((c) => c === 0).length - outcome.failed.length,
    failed_reported: outcome.failed.length,
    completed_after_s: Math.round(elapsed * 10) / 10,
  };
};
